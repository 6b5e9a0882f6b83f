import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useProfile } from '@site/src/services/ProfileStore';
import { whatApplies, type ApplicabilityInputs, type ApplicabilityProfile } from '@site/src/lib/applicability';
import { PLACE_NAMES, PROFILE_JURISDICTIONS, type ProfileJurisdiction } from '@site/src/schema/places';
import type { Feature } from '@site/src/schema/profile';
import type { VariableRegistry } from '@site/src/schema/variables-data';
import styles from './styles.module.css';

/** The answers on this page, kept in this browser only. */
export const ANSWERS_KEY = 'child-safety-kit:what-applies';
/** The ticked checklist items, by id. */
export const CHECKLIST_KEY = 'child-safety-kit:first-30-days';

type Answers = ApplicabilityProfile;

/** The profile's features, in the registry's order (a content test keeps it in step with the schema), without loading zod. */
const featuresOf = (registry: VariableRegistry) =>
  registry.filter((variable) => variable.name.startsWith('features.')).map((variable) => variable.name.slice('features.'.length) as Feature);

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
    Array.isArray(value) ? PROFILE_JURISDICTIONS.filter((code) => value.includes(code)) : [];
  const features = (raw.features ?? {}) as Record<string, unknown>;
  return {
    established_in: places(raw.established_in),
    users_in: places(raw.users_in),
    features: Object.fromEntries(FEATURES.map((feature) => [feature, features[feature] === true])) as Record<Feature, boolean>,
  };
}

const EFFECT = { applies: 'Applies', unclear: 'Check with counsel' } as const;

export interface WhatAppliesProps extends Omit<ApplicabilityInputs, 'registry'> {
  registry: ApplicabilityInputs['registry'];
}

export default function WhatApplies(props: WhatAppliesProps): ReactNode {
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
    const { established_in, users_in, features } = saved.profile;
    setAnswers({ established_in, users_in, features });
    setFrom('profile');
  }, [loaded, from, saved]);

  const update = (next: Answers) => {
    setAnswers(next);
    setFrom('page');
    writeJson(ANSWERS_KEY, next);
  };
  const togglePlace = (field: 'established_in' | 'users_in', code: ProfileJurisdiction) => {
    const list = answers[field];
    const nextList = list.includes(code) ? list.filter((item) => item !== code) : PROFILE_JURISDICTIONS.filter((item) => item === code || list.includes(item));
    update({ ...answers, [field]: nextList });
  };
  const toggleFeature = (feature: Feature) => update({ ...answers, features: { ...answers.features, [feature]: !answers.features[feature] } });
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

  const result = useMemo(() => (answers.users_in.length > 0 ? whatApplies(answers, props) : undefined), [answers, props]);
  const label = (feature: string) => props.registry.find((variable) => variable.name === `features.${feature}`)?.label ?? feature;

  const exportChecklist = async () => {
    if (!result) return;
    const { checklistMarkdown } = await import('@site/src/lib/applicability-format');
    const blob = new Blob([checklistMarkdown(result, done)], { type: 'text/markdown' });
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
        {PROFILE_JURISDICTIONS.map((code) => (
          <label key={code} className={styles.option}>
            <input
              type="checkbox"
              name={field}
              value={code}
              checked={answers[field].includes(code)}
              onChange={() => togglePlace(field, code)}
              aria-describedby={`${field}-hint`}
            />{' '}
            {PLACE_NAMES[code].replace(/^the /, '').replace(/^./, (letter) => letter.toUpperCase())}
          </label>
        ))}
      </div>
    </fieldset>
  );

  const ticked = result ? result.checklist.filter((item) => done.has(item.id)).length : 0;

  return (
    <div className={styles.wrap} data-ready={loaded ? 'true' : 'false'}>
      <form className={styles.form} aria-labelledby="what-applies-questions" onSubmit={(event) => event.preventDefault()}>
        <h2 id="what-applies-questions">Your platform</h2>
        <p>
          {from === 'profile'
            ? 'These answers come from the platform profile saved in this browser. Change them here to explore; your profile stays as it is.'
            : 'Answer three questions. Your answers stay in this browser and are never sent anywhere.'}
        </p>
        {placeBoxes('established_in', 'Where is your company established?', 'Leave all unticked if it is established somewhere else.')}
        {placeBoxes('users_in', 'Where are your users?', 'Tick at least one.')}
        <fieldset className={styles.fieldset}>
          <legend>Which features does your platform have?</legend>
          <div className={styles.options}>
            {FEATURES.map((feature) => (
              <label key={feature} className={styles.option}>
                <input type="checkbox" name="features" value={feature} checked={answers.features[feature]} onChange={() => toggleFeature(feature)} />{' '}
                {label(feature)}
              </label>
            ))}
          </div>
        </fieldset>
        <button type="button" className="button button--secondary" onClick={reset}>
          Clear my answers and ticks
        </button>
      </form>

      <div aria-live="polite" className={styles.status}>
        {result
          ? `${result.obligations.filter((item) => item.effect === 'applies').length} duties apply, ${result.obligations.filter((item) => item.effect === 'unclear').length} to check with counsel, ${result.threats.length} threats to assess, ${result.checklist.length} checklist items.`
          : 'Tick at least one place where your users are to see what applies.'}
      </div>

      {result ? (
        <div className={styles.result}>
          <h2 id="result-obligations">Legal obligations</h2>
          {result.obligations.length === 0 ? <p>None of the duties the kit covers reaches you from these answers. See the questions for counsel.</p> : null}
          <ul>
            {result.obligations.map((item) => (
              <li key={item.id}>
                <strong>{EFFECT[item.effect]}</strong> ({item.jurisdiction}
                {item.status === 'in_flux' ? ', in flux' : ''}): <a href="../legal">{item.title}</a>
                <ul>
                  {item.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>

          <h2 id="result-destinations">Where to report</h2>
          {result.destinations.length === 0 ? <p>No reporting destination follows from these answers.</p> : null}
          <ul>
            {result.destinations.map((item) => (
              <li key={item.id}>
                {item.url ? <a href={item.url}>{item.name}</a> : item.name} ({EFFECT[item.effect].toLowerCase()})
              </li>
            ))}
          </ul>

          <h2 id="result-templates">Templates to adopt</h2>
          <ul>
            {result.templates.map((item) => (
              <li key={item.id}>
                {item.first ? <strong>First: </strong> : null}
                <a href="../policies">{item.summary}</a> {item.reason}
              </li>
            ))}
          </ul>

          <h2 id="result-flows">Flows to adopt</h2>
          {result.flows.length === 0 ? <p>No reporting flow follows from these answers.</p> : null}
          <ul>
            {result.flows.map((item) => (
              <li key={item.id}>
                {item.first ? <strong>First: </strong> : null}
                <a href={`../flows/${item.id}`}>{item.title}</a>. {item.reason}
              </li>
            ))}
          </ul>

          <h2 id="result-threats">Threats to assess</h2>
          {result.threats.length === 0 ? <p>None of your features exposes you to the threats the kit describes.</p> : null}
          <ul>
            {result.threats.map((item) => (
              <li key={item.id}>
                <a href={`landscape#${item.id}`}>{item.name}</a>. {item.reason}
              </li>
            ))}
          </ul>

          <h2 id="result-programmes">Programmes to consider</h2>
          {result.programmes.length === 0 ? <p>No hash-sharing programme follows from these answers.</p> : null}
          <ul>
            {result.programmes.map((item) => (
              <li key={item.id}>
                <a href={`../hash-sharing/programmes/${item.id}`}>{item.name}</a>. {item.reason}
              </li>
            ))}
          </ul>

          <h2 id="result-questions">Questions for counsel</h2>
          <ul>
            {result.questions.map((item) => (
              <li key={item.id}>
                <strong>{item.ask}</strong> {item.why}
              </li>
            ))}
          </ul>

          <h2 id="result-checklist">Your first 30 days</h2>
          <p aria-live="polite">
            {ticked} of {result.checklist.length} done.
          </p>
          <ul className={styles.checklist}>
            {result.checklist.map((item) => (
              <li key={item.id}>
                <label>
                  <input type="checkbox" checked={done.has(item.id)} onChange={() => toggleDone(item.id)} /> By day {item.by_day}: {item.task}
                </label>
                {item.page ? (
                  <>
                    {' '}
                    <a href={`../${item.page.replace(/\/index$/, '')}`}>How</a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
          <button type="button" className="button button--primary" onClick={() => void exportChecklist()}>
            Download the checklist as Markdown
          </button>
        </div>
      ) : null}
    </div>
  );
}
