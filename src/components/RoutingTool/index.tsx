import Translate, { translate } from '@docusaurus/Translate';
import { useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { Destination } from '@site/src/schema/destinations';
import type { Hotline } from '@site/src/schema/hotlines';
import type { Obligation, ReachFactor } from '@site/src/schema/obligations';
import { statusLabel } from '@site/src/components/labels';
import { COUNTRIES, EU_MEMBER_STATES, countryName, listNames } from '@site/src/lib/places';
import { routeReports, TIER_ORDER, type Route, type RouteTier, type RoutingResult } from '@site/src/lib/routing';
import QuotedText from '@site/src/components/QuotedText';
import filterStyles from '@site/src/css/filters.module.css';
import styles from './styles.module.css';

export interface RoutingToolProps {
  obligations: readonly Obligation[];
  destinations: readonly Destination[];
  hotlines: readonly Hotline[];
}

/** The three questions, in the reader's language (translate() runs at render time). */
const questions = (): Record<ReachFactor, { legend: string; hint: string; because: string }> => ({
  established: {
    legend: translate({ id: 'kit.routing.established.legend', message: 'Where is your company established?' }),
    hint: translate({
      id: 'kit.routing.established.hint',
      message: 'Where it is incorporated or registered, or where you live if you run the service yourself.',
    }),
    because: translate({ id: 'kit.routing.established.because', message: 'You are established in' }),
  },
  users: {
    legend: translate({ id: 'kit.routing.users.legend', message: 'Where are your users?' }),
    hint: translate({ id: 'kit.routing.users.hint', message: 'Add every country with a real number of users.' }),
    because: translate({ id: 'kit.routing.users.because', message: 'You have users in' }),
  },
  hosted: {
    legend: translate({ id: 'kit.routing.hosted.legend', message: 'Where is the content hosted?' }),
    hint: translate({
      id: 'kit.routing.hosted.hint',
      message: "Where the servers that store it are, yours or someone else's.",
    }),
    because: translate({ id: 'kit.routing.hosted.because', message: 'The content is hosted in' }),
  },
});

const tierHeadings = (): Record<RouteTier, { heading: string; intro: string }> => ({
  must: {
    heading: translate({ id: 'kit.routing.must.heading', message: 'You must report here' }),
    intro: translate({ id: 'kit.routing.must.intro', message: "The law in the kit's data says you report here." }),
  },
  check: {
    heading: translate({ id: 'kit.routing.check.heading', message: 'Check with counsel: these may apply' }),
    intro: translate({
      id: 'kit.routing.check.intro',
      message:
        'Whether these duties reach you depends on facts or wording we could not settle. Ask a lawyer in that jurisdiction.',
    }),
  },
  may: {
    heading: translate({ id: 'kit.routing.may.heading', message: 'You may also report here (voluntary)' }),
    intro: translate({
      id: 'kit.routing.may.intro',
      message: 'National hotlines take voluntary reports. A hotline report does not replace a report the law requires.',
    }),
  },
});

/**
 * Countries outside the EU whose law the kit's data describes, from the obligations' jurisdictions (UK → GB, the ISO
 * code), first the ones the kit covered first; then the Member States; then every other country.
 */
function placeGroups(obligations: readonly Obligation[]): {
  covered: string[];
  memberStates: string[];
  other: string[];
} {
  const byName = (a: string, b: string) => countryName(a).localeCompare(countryName(b), 'en');
  const first = ['US', 'GB', 'CA', 'AU'];
  const described = [
    ...new Set(obligations.map((obligation) => (obligation.jurisdiction === 'UK' ? 'GB' : obligation.jurisdiction))),
  ].filter((code) => Object.hasOwn(COUNTRIES, code) && !EU_MEMBER_STATES.includes(code) && !first.includes(code));
  const covered = [...first, ...described.sort(byName)];
  return {
    covered,
    memberStates: [...EU_MEMBER_STATES].sort(byName),
    other: Object.keys(COUNTRIES)
      .filter((code) => !covered.includes(code) && !EU_MEMBER_STATES.includes(code))
      .sort(byName),
  };
}

function placeLabel(code: string): string {
  return code === 'EU'
    ? translate({ id: 'kit.routing.euUnknown', message: 'European Union, Member State not known' })
    : countryName(code);
}

function PlaceOptions({ groups }: { groups: ReturnType<typeof placeGroups> }): ReactNode {
  return (
    <>
      <option value="">{translate({ id: 'kit.routing.chooseCountry', message: 'Choose a country' })}</option>
      <optgroup label={translate({ id: 'kit.routing.withGuide', message: 'Countries with a legal guide' })}>
        {groups.covered.map((code) => (
          <option key={code} value={code}>
            {countryName(code)}
          </option>
        ))}
        <option value="EU">{placeLabel('EU')}</option>
      </optgroup>
      <optgroup label={translate({ id: 'kit.routing.memberStates', message: 'EU Member States' })}>
        {groups.memberStates.map((code) => (
          <option key={code} value={code}>
            {countryName(code)}
          </option>
        ))}
      </optgroup>
      <optgroup label={translate({ id: 'kit.routing.otherCountries', message: 'Other countries' })}>
        {groups.other.map((code) => (
          <option key={code} value={code}>
            {countryName(code)}
          </option>
        ))}
      </optgroup>
    </>
  );
}

function RouteItem({ route }: { route: Route }): ReactNode {
  const QUESTIONS = questions();
  return (
    <li className={styles.route}>
      <p className={styles.target}>
        {route.target.url ? (
          <a href={route.target.url} rel="noopener noreferrer">
            {route.target.name}
          </a>
        ) : (
          <strong>{route.target.name}</strong>
        )}
        <span className={styles.operator}> ({route.target.operator})</span>
      </p>
      {route.target.url === null ? (
        <p className={styles.small}>
          <Translate id="kit.routing.noAddress">
            We could not confirm an official address; see the guide for how to reach it.
          </Translate>
        </p>
      ) : null}
      <ul className={styles.reasons}>
        {route.reasons.map((reason, index) => (
          <li key={index}>
            <strong>
              {QUESTIONS[reason.factor].because} {listNames(reason.places)}:
            </strong>{' '}
            <QuotedText text={reason.text} />
            {reason.obligation ? (
              <span className={styles.small}>
                {' '}
                ({reason.obligation.instrument}; {statusLabel(reason.obligation.status).toLowerCase()})
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {route.alternatives.map((alternative) => (
        <p key={alternative.target.id} className={styles.alternative}>
          <strong>
            {translate(
              { id: 'kit.routing.alsoPossible', message: 'Also possible: {name}.' },
              { name: alternative.target.name },
            )}
          </strong>{' '}
          <QuotedText text={alternative.when} />
        </p>
      ))}
    </li>
  );
}

function summary(result: RoutingResult): string {
  const count = (tier: RouteTier) => result.routes.filter((route) => route.tier === tier).length;
  return translate(
    {
      id: 'kit.routing.summary',
      message: 'Result: {must} where you must report, {check} to check with counsel, {may} voluntary.',
    },
    { must: count('must'), check: count('check'), may: count('may') },
  );
}

/**
 * The routing tool: three lists of places in, the routes out, each with its reasons. Everything is
 * computed by `routeReports` in src/lib/routing.ts from the page's own data files.
 */
export default function RoutingTool({ obligations, destinations, hotlines }: RoutingToolProps): ReactNode {
  const id = useId();
  const QUESTIONS = questions();
  const TIER_HEADINGS = tierHeadings();
  const [chosen, setChosen] = useState<Record<ReachFactor, string[]>>({ established: [], users: [], hosted: [] });
  const [pending, setPending] = useState<Record<ReachFactor, string>>({ established: '', users: '', hosted: '' });
  const [result, setResult] = useState<RoutingResult | undefined>(undefined);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const data = useMemo(() => ({ obligations, destinations, hotlines }), [obligations, destinations, hotlines]);
  const groups = useMemo(() => placeGroups(obligations), [obligations]);

  const add = (factor: ReachFactor) => {
    const code = pending[factor];
    if (!code) return;
    setChosen((current) =>
      current[factor].includes(code) ? current : { ...current, [factor]: [...current[factor], code] },
    );
    setPending((current) => ({ ...current, [factor]: '' }));
  };
  const remove = (factor: ReachFactor, code: string) =>
    setChosen((current) => ({ ...current, [factor]: current[factor].filter((known) => known !== code) }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // A country chosen but not yet added counts too.
    const input = { ...chosen };
    for (const factor of Object.keys(pending) as ReachFactor[]) {
      const code = pending[factor];
      if (code && !input[factor].includes(code)) input[factor] = [...input[factor], code];
    }
    setChosen(input);
    setPending({ established: '', users: '', hosted: '' });
    setResult(routeReports(input, data));
    requestAnimationFrame(() => resultHeading.current?.focus());
  };

  const reset = () => {
    setChosen({ established: [], users: [], hosted: [] });
    setPending({ established: '', users: '', hosted: '' });
    setResult(undefined);
  };

  return (
    <div className={styles.tool}>
      <form
        onSubmit={submit}
        aria-label={translate({ id: 'kit.routing.formLabel', message: 'Find where to report' })}
        noValidate
      >
        {(Object.keys(QUESTIONS) as ReachFactor[]).map((factor) => {
          const selectId = `${id}-${factor}`;
          return (
            <fieldset key={factor} className={filterStyles.panel}>
              <legend className={filterStyles.legend}>{QUESTIONS[factor].legend}</legend>
              <p className={styles.hint} id={`${selectId}-hint`}>
                {QUESTIONS[factor].hint}
              </p>
              <div className={styles.row}>
                <label htmlFor={selectId} className={filterStyles.label}>
                  Country
                </label>
                <select
                  id={selectId}
                  aria-describedby={`${selectId}-hint`}
                  value={pending[factor]}
                  onChange={(event) => setPending((current) => ({ ...current, [factor]: event.target.value }))}
                >
                  <PlaceOptions groups={groups} />
                </select>
                <button type="button" className="button button--secondary button--sm" onClick={() => add(factor)}>
                  <Translate id="kit.routing.add">Add</Translate>
                  <span className="visually-hidden">
                    {translate(
                      { id: 'kit.routing.addTo', message: ' to: {question}' },
                      { question: QUESTIONS[factor].legend },
                    )}
                  </span>
                </button>
              </div>
              {chosen[factor].length > 0 ? (
                <ul
                  className={styles.chosen}
                  aria-label={translate(
                    { id: 'kit.routing.added', message: 'Added: {question}' },
                    { question: QUESTIONS[factor].legend },
                  )}
                >
                  {chosen[factor].map((code) => (
                    <li key={code}>
                      {placeLabel(code)}{' '}
                      <button type="button" className={styles.remove} onClick={() => remove(factor, code)}>
                        <Translate id="kit.routing.remove">Remove</Translate>
                        <span className="visually-hidden"> {placeLabel(code)}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className={styles.none}>
                  <Translate id="kit.routing.noneAdded">None added.</Translate>
                </p>
              )}
            </fieldset>
          );
        })}
        <div className={styles.buttons}>
          <button type="submit" className="button button--primary">
            <Translate id="kit.routing.show">Show where to report</Translate>
          </button>
          <button type="button" className="button button--secondary" onClick={reset}>
            <Translate id="kit.routing.startAgain">Start again</Translate>
          </button>
        </div>
      </form>

      <p role="status" aria-live="polite" aria-atomic="true" className={styles.status}>
        {result ? summary(result) : ''}
      </p>

      {result ? (
        <section className={styles.result} aria-labelledby={`${id}-result`}>
          <h3 id={`${id}-result`} ref={resultHeading} tabIndex={-1} className={styles.resultHeading}>
            <Translate id="kit.routing.resultHeading">Where to report</Translate>
          </h3>
          <p className={styles.emergency}>
            <strong>
              <Translate id="kit.routing.emergency">
                If a child is in immediate danger, call the local emergency number first.
              </Translate>
            </strong>
          </p>
          {result.unknown.length > 0 ? (
            <p>
              {translate(
                { id: 'kit.routing.unknown', message: 'We did not recognise: {codes}.' },
                { codes: result.unknown.map((entry) => entry.code).join(', ') },
              )}
            </p>
          ) : null}
          {result.routes.length === 0 ? (
            <p>
              <Translate id="kit.routing.nothing">
                Nothing in the kit's data routes a report for these places. Add where your company is established, where
                your users are and where the content is hosted. The kit covers the United States, the European Union,
                the United Kingdom, Canada and Australia; elsewhere, ask a local lawyer.
              </Translate>
            </p>
          ) : null}
          {TIER_ORDER.map((tier) => {
            const routes = result.routes.filter((route) => route.tier === tier);
            if (routes.length === 0) return null;
            return (
              <div key={tier} className={styles.tier}>
                <h4>{TIER_HEADINGS[tier].heading}</h4>
                <p>{TIER_HEADINGS[tier].intro}</p>
                <ul className={styles.routes}>
                  {routes.map((route) => (
                    <RouteItem key={`${route.target.source}:${route.target.id}`} route={route} />
                  ))}
                </ul>
              </div>
            );
          })}
          {result.withoutHotline.length > 0 ? (
            <p>
              {translate(
                {
                  id: 'kit.routing.noHotline',
                  message:
                    "The directory lists no national hotline for {places}. INHOPE's site lists its member hotlines.",
                },
                { places: listNames(result.withoutHotline) },
              )}
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
