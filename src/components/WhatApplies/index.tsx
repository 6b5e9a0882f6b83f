import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { labelIn } from '@site/src/lib/templates/format';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useProfile } from '@site/src/services/ProfileStore';
import {
  coverage,
  whatApplies,
  type ApplicabilityInputs,
  type ApplicabilityProfile,
} from '@site/src/lib/applicability';
import { ncmecOutsideUs, placeCoverage, type CoverageInputs } from '@site/src/lib/coverage';
import { isProfilePlace, PLACE_NAMES, PROFILE_JURISDICTIONS, type ProfileJurisdiction } from '@site/src/schema/places';
import type { Feature, SizeBand } from '@site/src/schema/profile';
import type { VariableRegistry } from '@site/src/schema/variables-data';
import styles from './styles.module.css';

/** The answers on this page, kept in this browser only. */
export const ANSWERS_KEY = 'child-safety-kit:what-applies';
/** The ticked checklist items, by id. */
export const CHECKLIST_KEY = 'child-safety-kit:first-30-days';

type Answers = ApplicabilityProfile;

/** Size bands as the profile schema has them (kept here so the page loads no zod). */
const SIZES: readonly { value: SizeBand; label: () => string }[] = [
  {
    value: 'micro',
    label: () =>
      translate({
        id: 'kit.whatApplies.size.micro',
        message: 'Micro: fewer than 10 staff and at most €2 million turnover or balance sheet',
      }),
  },
  {
    value: 'small',
    label: () =>
      translate({
        id: 'kit.whatApplies.size.small',
        message: 'Small: fewer than 50 staff and at most €10 million turnover or balance sheet',
      }),
  },
  {
    value: 'medium',
    label: () =>
      translate({
        id: 'kit.whatApplies.size.medium',
        message: 'Medium: fewer than 250 staff, and at most €50 million turnover or €43 million balance sheet',
      }),
  },
  { value: 'large', label: () => translate({ id: 'kit.whatApplies.size.large', message: 'Larger than that' }) },
];

/** The profile's features, in the registry's order (a content test keeps it in step with the schema), without loading zod. */
const featuresOf = (registry: VariableRegistry) =>
  registry
    .filter((variable) => variable.name.startsWith('features.'))
    .map((variable) => variable.name.slice('features.'.length) as Feature);

const emptyAnswers = (features: readonly Feature[]): Answers => ({
  established_in: [],
  users_in: [],
  features: Object.fromEntries(features.map((feature) => [feature, false])) as Record<Feature, boolean>,
});

function readJson(key: string): unknown {
  try {
    const text = window.localStorage.getItem(key);
    return text === null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

function writeJson(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage refused (private mode): the page still works, it just forgets on reload.
  }
}

/** Keep only answers this page knows, so a stale or edited value never breaks the page. */
function cleanAnswers(input: unknown, FEATURES: readonly Feature[]): Answers | undefined {
  if (input === null || typeof input !== 'object') return undefined;
  const raw = input as Record<string, unknown>;
  const places = (value: unknown) =>
    Array.isArray(value)
      ? [...new Set(value.filter((code): code is string => typeof code === 'string' && isProfilePlace(code)))]
      : [];
  const features = (raw.features ?? {}) as Record<string, unknown>;
  const size = SIZES.find((option) => option.value === raw.size_band)?.value;
  return {
    established_in: places(raw.established_in),
    users_in: places(raw.users_in),
    ...(size ? { size_band: size } : {}),
    features: Object.fromEntries(FEATURES.map((feature) => [feature, features[feature] === true])) as Record<
      Feature,
      boolean
    >,
  };
}

const EFFECT = {
  applies: () => translate({ id: 'kit.whatApplies.effect.applies', message: 'Applies' }),
  unclear: () => translate({ id: 'kit.whatApplies.effect.unclear', message: 'Check with counsel' }),
} as const;

export interface WhatAppliesProps extends Omit<ApplicabilityInputs, 'registry'> {
  registry: ApplicabilityInputs['registry'];
  /** The jurisdictions with a legal guide (jurisdictions.yaml): offered as boxes; every other country from a list. */
  guides?: CoverageInputs['guides'];
  /** The hotline directory, for the places the kit has no guide for. */
  hotlines?: CoverageInputs['hotlines'];
}

/** "United Kingdom", "Brazil": a place's name to start a label. */
const capital = (code: string) =>
  (PLACE_NAMES[code] ?? code).replace(/^the /, '').replace(/^./, (letter) => letter.toUpperCase());

export default function WhatApplies(props: WhatAppliesProps): ReactNode {
  /** The sentences the kit builds (scope, places, NCMEC) take the page's language. */
  const lang = useDocusaurusContext().i18n.currentLocale === 'fr' ? 'fr' : 'en';
  const saved = useProfile();
  const FEATURES = useMemo(() => featuresOf(props.registry), [props.registry]);
  const EMPTY = useMemo(() => emptyAnswers(FEATURES), [FEATURES]);
  const [answers, setAnswers] = useState<Answers>(EMPTY);
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const [loaded, setLoaded] = useState(false);
  const [from, setFrom] = useState<'page' | 'profile' | 'none'>('none');

  // After hydration: the answers saved on this page, or else the saved platform profile.
  useEffect(() => {
    const stored = cleanAnswers(readJson(ANSWERS_KEY), FEATURES);
    if (stored) {
      setAnswers(stored);
      setFrom('page');
    }
    const ticked = readJson(CHECKLIST_KEY);
    if (Array.isArray(ticked)) setDone(new Set(ticked.filter((id): id is string => typeof id === 'string')));
    setLoaded(true);
  }, [FEATURES]);
  useEffect(() => {
    if (!loaded || from !== 'none' || saved.status !== 'ok') return;
    const { established_in, users_in, features, size_band } = saved.profile;
    setAnswers({ established_in, users_in, features, size_band });
    setFrom('profile');
  }, [loaded, from, saved]);

  const update = (next: Answers) => {
    setAnswers(next);
    setFrom('page');
    writeJson(ANSWERS_KEY, next);
  };
  const togglePlace = (field: 'established_in' | 'users_in', code: ProfileJurisdiction) => {
    const list = answers[field];
    const nextList = list.includes(code) ? list.filter((item) => item !== code) : [...list, code];
    update({ ...answers, [field]: nextList });
  };
  const setSize = (value: string) => {
    const size = SIZES.find((option) => option.value === value)?.value;
    const { size_band: _dropped, ...rest } = answers;
    update(size ? { ...rest, size_band: size } : rest);
  };
  const toggleFeature = (feature: Feature) =>
    update({ ...answers, features: { ...answers.features, [feature]: !answers.features[feature] } });
  const toggleDone = (id: string) => {
    const next = new Set(done);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setDone(next);
    writeJson(CHECKLIST_KEY, [...next]);
  };
  const reset = () => {
    try {
      window.localStorage.removeItem(ANSWERS_KEY);
      window.localStorage.removeItem(CHECKLIST_KEY);
    } catch {
      // Nothing stored.
    }
    setAnswers(EMPTY);
    setDone(new Set());
    setFrom('none');
  };

  const result = useMemo(
    () => (answers.users_in.length > 0 ? whatApplies(answers, props, lang) : undefined),
    [answers, props, lang],
  );
  const scope = useMemo(() => coverage(props, lang), [props, lang]);
  const placeRows = useMemo(
    () =>
      result && props.guides && props.hotlines
        ? placeCoverage(answers, { guides: props.guides, hotlines: props.hotlines }, lang)
        : [],
    [result, answers, props.guides, props.hotlines, lang],
  );
  // The places with a guide get a box each; every other country is one choice away in a list.
  const boxed = useMemo(() => {
    const guided = (props.guides ?? []).map((guide) => guide.code).filter(isProfilePlace);
    return guided.length > 0 ? guided : ['US', 'EU', 'UK', 'CA', 'AU'];
  }, [props.guides]);
  const others = useMemo(
    () =>
      PROFILE_JURISDICTIONS.filter((code) => !boxed.includes(code)).sort((a, b) =>
        capital(a).localeCompare(capital(b), 'en'),
      ),
    [boxed],
  );
  const label = (feature: string) => {
    const variable = props.registry.find((candidate) => candidate.name === `features.${feature}`);
    return variable ? labelIn(variable, lang) : feature;
  };

  const exportChecklist = async () => {
    if (!result) return;
    const { checklistMarkdown } = await import('@site/src/lib/applicability-format');
    const blob = new Blob([checklistMarkdown(result, done, lang)], { type: 'text/markdown' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'first-30-days.md';
    link.click();
    URL.revokeObjectURL(url);
  };

  const placeBoxes = (field: 'established_in' | 'users_in', legend: string, hint: string) => (
    <fieldset className={styles.fieldset}>
      <legend>{legend}</legend>
      <p className={styles.hint} id={`${field}-hint`}>
        {hint}
      </p>
      <div className={styles.options}>
        {[...boxed, ...answers[field].filter((code) => !boxed.includes(code))].map((code) => (
          <label key={code} className={styles.option}>
            <input
              type="checkbox"
              name={field}
              value={code}
              checked={answers[field].includes(code)}
              onChange={() => togglePlace(field, code)}
              aria-describedby={`${field}-hint`}
            />{' '}
            {capital(code)}
          </label>
        ))}
      </div>
      <p>
        <label htmlFor={`${field}-other`}>
          <Translate id="kit.whatApplies.addCountry">Add another country</Translate>
        </label>{' '}
        <select
          id={`${field}-other`}
          value=""
          onChange={(event) => {
            if (event.target.value !== '') togglePlace(field, event.target.value);
          }}
        >
          <option value="">{translate({ id: 'kit.routing.chooseCountry', message: 'Choose a country' })}</option>
          {others
            .filter((code) => !answers[field].includes(code))
            .map((code) => (
              <option key={code} value={code}>
                {capital(code)}
              </option>
            ))}
        </select>
      </p>
    </fieldset>
  );

  const ticked = result ? result.checklist.filter((item) => done.has(item.id)).length : 0;

  return (
    <div className={styles.wrap} data-ready={loaded ? 'true' : 'false'}>
      <section className={styles.scope} aria-labelledby="what-applies-scope">
        <h2 id="what-applies-scope">
          <Translate id="kit.whatApplies.scopeHeading">What this list covers</Translate>
        </h2>
        <p>{scope.covers}</p>
        <p>
          <Translate id="kit.whatApplies.doesNotCover">It does not cover:</Translate>
        </p>
        <ul>
          {scope.does_not_cover.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <form
        className={styles.form}
        aria-labelledby="what-applies-questions"
        onSubmit={(event) => event.preventDefault()}
      >
        <h2 id="what-applies-questions">
          <Translate id="kit.whatApplies.platformHeading">Your platform</Translate>
        </h2>
        <p>
          {from === 'profile'
            ? translate({
                id: 'kit.whatApplies.fromProfile',
                message:
                  'These answers come from the platform profile saved in this browser. Change them here to explore; your profile stays as it is.',
              })
            : translate({
                id: 'kit.whatApplies.intro',
                message: 'Answer four questions. Your answers stay in this browser and are never sent anywhere.',
              })}
        </p>
        {placeBoxes(
          'established_in',
          translate({ id: 'kit.whatApplies.establishedLegend', message: 'Where is your company established?' }),
          translate({
            id: 'kit.whatApplies.establishedHint',
            message: 'Tick or add every country where it is established. Leave it empty only if you do not know yet.',
          }),
        )}
        {placeBoxes(
          'users_in',
          translate({ id: 'kit.whatApplies.usersLegend', message: 'Where are your users?' }),
          translate({ id: 'kit.whatApplies.usersHint', message: 'Tick at least one.' }),
        )}
        <fieldset className={styles.fieldset}>
          <legend>
            <Translate id="kit.whatApplies.sizeLegend">How big is your company?</Translate>
          </legend>
          <p className={styles.hint} id="size-hint">
            <Translate id="kit.whatApplies.sizeHint">
              {
                "The EU's size classes (Recommendation 2003/361/EC). Some duties exempt micro and small enterprises. Leave it unanswered and those duties stay questions for counsel."
              }
            </Translate>
          </p>
          <div className={styles.options}>
            {SIZES.map((option) => (
              <label key={option.value} className={styles.option}>
                <input
                  type="radio"
                  name="size_band"
                  value={option.value}
                  checked={answers.size_band === option.value}
                  onChange={() => setSize(option.value)}
                  aria-describedby="size-hint"
                />{' '}
                {option.label()}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className={styles.fieldset}>
          <legend>
            <Translate id="kit.whatApplies.featuresLegend">Which features does your platform have?</Translate>
          </legend>
          <div className={styles.options}>
            {FEATURES.map((feature) => (
              <label key={feature} className={styles.option}>
                <input
                  type="checkbox"
                  name="features"
                  value={feature}
                  checked={answers.features[feature]}
                  onChange={() => toggleFeature(feature)}
                />{' '}
                {label(feature)}
              </label>
            ))}
          </div>
        </fieldset>
        <button type="button" className="button button--secondary" onClick={reset}>
          <Translate id="kit.whatApplies.reset">Clear my answers and ticks</Translate>
        </button>
      </form>

      <div aria-live="polite" className={styles.status}>
        {result
          ? translate(
              {
                id: 'kit.whatApplies.status',
                message:
                  '{applies} duties apply, {unclear} to check with counsel, {threats} threats to assess, {items} checklist items.',
              },
              {
                applies: result.obligations.filter((item) => item.effect === 'applies').length,
                unclear: result.obligations.filter((item) => item.effect === 'unclear').length,
                threats: result.threats.length,
                items: result.checklist.length,
              },
            )
          : translate({
              id: 'kit.whatApplies.statusEmpty',
              message: 'Tick at least one place where your users are to see what applies.',
            })}
      </div>

      {result ? (
        <div className={styles.result}>
          <h2 id="result-obligations">
            <Translate id="kit.whatApplies.obligationsHeading">Legal obligations</Translate>
          </h2>
          {result.obligations.length === 0 ? (
            <p>
              <Translate id="kit.whatApplies.noObligation">
                None of the duties the kit covers reaches you from these answers. See the questions for counsel.
              </Translate>
            </p>
          ) : null}
          <ul>
            {result.obligations.map((item) => (
              <li key={item.id}>
                <strong>{EFFECT[item.effect]()}</strong> ({item.jurisdiction}
                {item.status === 'in_flux'
                  ? translate({ id: 'kit.whatApplies.inFlux', message: ', in flux' })
                  : ''}): <a href="../legal">{item.title}</a>
                <ul>
                  {item.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                  <li>
                    {translate({ id: 'kit.whatApplies.source', message: 'Source:' })} {item.instrument};{' '}
                    <a href={item.source.url}>{item.source.title}</a>, {item.source.pinpoint}
                  </li>
                </ul>
              </li>
            ))}
          </ul>
          {result.exempt.length > 0 ? (
            <>
              <h2 id="result-exempt">
                <Translate id="kit.whatApplies.exemptHeading">Duties your size exempts you from</Translate>
              </h2>
              <ul>
                {result.exempt.map((item) => (
                  <li key={item.id}>
                    <strong>{translate({ id: 'kit.whatApplies.exempt', message: 'Exempt' })}</strong> (
                    {item.jurisdiction}): {item.title}. {item.reason}{' '}
                    {translate({ id: 'kit.whatApplies.source', message: 'Source:' })} {item.instrument};{' '}
                    <a href={item.source.url}>{item.source.title}</a>, {item.source.pinpoint}
                  </li>
                ))}
              </ul>
            </>
          ) : null}

          <h2 id="result-destinations">
            <Translate id="kit.whatApplies.destinationsHeading">Where to report</Translate>
          </h2>
          {result.destinations.length === 0 ? (
            <p>
              <Translate id="kit.whatApplies.noDestination">
                No reporting destination follows from these answers.
              </Translate>
            </p>
          ) : null}
          <ul>
            {result.destinations.map((item) => (
              <li key={item.id}>
                {item.url ? <a href={item.url}>{item.name}</a> : item.name} ({EFFECT[item.effect]().toLowerCase()})
              </li>
            ))}
          </ul>

          {placeRows.length > 0 ? (
            <>
              <h2 id="result-places">
                <Translate id="kit.whatApplies.placesHeading">What the kit knows about your places</Translate>
              </h2>
              <ul>
                {placeRows.map((item) => (
                  <li key={item.code}>
                    <strong>
                      {lang === 'fr' ? item.name.replace(/^./, (letter) => letter.toUpperCase()) : capital(item.code)}
                    </strong>
                    {lang === 'fr' ? '\u00a0: ' : ': '}
                    {item.notes.join(' ')}
                    {item.hotlines.length > 0 ? (
                      <ul>
                        {item.hotlines.map((hotline) => (
                          <li key={hotline.id}>
                            <a href={hotline.report_url}>{hotline.name}</a> ({hotline.organisation}
                            {hotline.kind === 'government'
                              ? translate({
                                  id: 'kit.whatApplies.governmentPortal',
                                  message: ', government reporting portal',
                                })
                              : hotline.inhope_member === true
                                ? translate({ id: 'kit.whatApplies.inhopeMember', message: ', INHOPE member' })
                                : ''}
                            )
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ul>
              {answers.established_in.some((code) => code !== 'US') || answers.established_in.length === 0 ? (
                <p>{ncmecOutsideUs(lang)}</p>
              ) : null}
            </>
          ) : null}

          <h2 id="result-templates">
            <Translate id="kit.whatApplies.templatesHeading">Templates to adopt</Translate>
          </h2>
          <ul>
            {result.templates.map((item) => (
              <li key={item.id}>
                {item.first ? <strong>{translate({ id: 'kit.whatApplies.first', message: 'First: ' })}</strong> : null}
                <a href="../policies">{item.summary}</a> {item.reason}
              </li>
            ))}
          </ul>

          <h2 id="result-flows">
            <Translate id="kit.whatApplies.flowsHeading">Flows to adopt</Translate>
          </h2>
          {result.flows.length === 0 ? (
            <p>
              <Translate id="kit.whatApplies.noFlow">No reporting flow follows from these answers.</Translate>
            </p>
          ) : null}
          <ul>
            {result.flows.map((item) => (
              <li key={item.id}>
                {item.first ? <strong>{translate({ id: 'kit.whatApplies.first', message: 'First: ' })}</strong> : null}
                <a href={`../flows/${item.id}`}>{item.title}</a>. {item.reason}
              </li>
            ))}
          </ul>

          <h2 id="result-threats">
            <Translate id="kit.whatApplies.threatsHeading">Threats to assess</Translate>
          </h2>
          {result.threats.length === 0 ? (
            <p>
              <Translate id="kit.whatApplies.noThreat">
                None of your features exposes you to the threats the kit describes.
              </Translate>
            </p>
          ) : null}
          <ul>
            {result.threats.map((item) => (
              <li key={item.id}>
                <a href={`landscape#${item.id}`}>{item.name}</a>. {item.reason}
              </li>
            ))}
          </ul>

          <h2 id="result-programmes">
            <Translate id="kit.whatApplies.programmesHeading">Programmes to consider</Translate>
          </h2>
          {result.programmes.length === 0 ? (
            <p>
              <Translate id="kit.whatApplies.noProgramme">
                No hash-sharing programme follows from these answers.
              </Translate>
            </p>
          ) : null}
          <ul>
            {result.programmes.map((item) => (
              <li key={item.id}>
                <a href={`../hash-sharing/programmes/${item.id}`}>{item.name}</a>. {item.reason}
              </li>
            ))}
          </ul>

          <h2 id="result-questions">
            <Translate id="kit.whatApplies.questionsHeading">Questions for counsel</Translate>
          </h2>
          <ul>
            {result.questions.map((item) => (
              <li key={item.id}>
                <strong>{item.ask}</strong> {item.why}
              </li>
            ))}
          </ul>

          <h2 id="result-checklist">
            <Translate id="kit.whatApplies.checklistHeading">Your first 30 days</Translate>
          </h2>
          <p aria-live="polite">
            {translate(
              { id: 'kit.whatApplies.ticked', message: '{ticked} of {total} done.' },
              { ticked, total: result.checklist.length },
            )}
          </p>
          <ul className={styles.checklist}>
            {result.checklist.map((item) => (
              <li key={item.id}>
                <label>
                  <input type="checkbox" checked={done.has(item.id)} onChange={() => toggleDone(item.id)} />{' '}
                  {translate({ id: 'kit.whatApplies.byDay', message: 'By day {day}:' }, { day: item.by_day })}{' '}
                  {item.task}
                </label>
                {item.page ? (
                  <>
                    {' '}
                    <a href={`../${item.page.replace(/\/index$/, '')}`}>
                      {translate({ id: 'kit.whatApplies.how', message: 'How' })}
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
          <button type="button" className="button button--primary" onClick={() => void exportChecklist()}>
            <Translate id="kit.whatApplies.download">Download the checklist as Markdown</Translate>
          </button>
        </div>
      ) : null}
    </div>
  );
}
