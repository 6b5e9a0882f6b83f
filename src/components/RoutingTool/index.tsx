import { useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { Destination } from '@site/src/schema/destinations';
import type { Hotline } from '@site/src/schema/hotlines';
import { STATUS_LABELS, type Obligation, type ReachFactor } from '@site/src/schema/obligations';
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

const QUESTIONS: Record<ReachFactor, { legend: string; hint: string; because: string }> = {
  established: {
    legend: 'Where is your company established?',
    hint: 'Where it is incorporated or registered, or where you live if you run the service yourself.',
    because: 'You are established in',
  },
  users: {
    legend: 'Where are your users?',
    hint: 'Add every country with a real number of users.',
    because: 'You have users in',
  },
  hosted: {
    legend: 'Where is the content hosted?',
    hint: "Where the servers that store it are, yours or someone else's.",
    because: 'The content is hosted in',
  },
};

const TIER_HEADINGS: Record<RouteTier, { heading: string; intro: string }> = {
  must: { heading: 'You must report here', intro: "The law in the kit's data says you report here." },
  check: {
    heading: 'Check with counsel: these may apply',
    intro:
      'Whether these duties reach you depends on facts or wording we could not settle. Ask a lawyer in that jurisdiction.',
  },
  may: {
    heading: 'You may also report here (voluntary)',
    intro: 'National hotlines take voluntary reports. A hotline report does not replace a report the law requires.',
  },
};

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
  return code === 'EU' ? 'European Union, Member State not known' : countryName(code);
}

function PlaceOptions({ groups }: { groups: ReturnType<typeof placeGroups> }): ReactNode {
  return (
    <>
      <option value="">Choose a country</option>
      <optgroup label="Countries with a legal guide">
        {groups.covered.map((code) => (
          <option key={code} value={code}>
            {countryName(code)}
          </option>
        ))}
        <option value="EU">{placeLabel('EU')}</option>
      </optgroup>
      <optgroup label="EU Member States">
        {groups.memberStates.map((code) => (
          <option key={code} value={code}>
            {countryName(code)}
          </option>
        ))}
      </optgroup>
      <optgroup label="Other countries">
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
        <p className={styles.small}>We could not confirm an official address; see the guide for how to reach it.</p>
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
                ({reason.obligation.instrument}; {STATUS_LABELS[reason.obligation.status].toLowerCase()})
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {route.alternatives.map((alternative) => (
        <p key={alternative.target.id} className={styles.alternative}>
          <strong>Also possible: {alternative.target.name}.</strong> <QuotedText text={alternative.when} />
        </p>
      ))}
    </li>
  );
}

function summary(result: RoutingResult): string {
  const count = (tier: RouteTier) => result.routes.filter((route) => route.tier === tier).length;
  const parts = [
    `${count('must')} where you must report`,
    `${count('check')} to check with counsel`,
    `${count('may')} voluntary`,
  ];
  return `Result: ${parts.join(', ')}.`;
}

/**
 * The routing tool: three lists of places in, the routes out, each with its reasons. Everything is
 * computed by `routeReports` in src/lib/routing.ts from the page's own data files.
 */
export default function RoutingTool({ obligations, destinations, hotlines }: RoutingToolProps): ReactNode {
  const id = useId();
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
      <form onSubmit={submit} aria-label="Find where to report" noValidate>
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
                  Add<span className="visually-hidden"> to: {QUESTIONS[factor].legend}</span>
                </button>
              </div>
              {chosen[factor].length > 0 ? (
                <ul className={styles.chosen} aria-label={`Added: ${QUESTIONS[factor].legend}`}>
                  {chosen[factor].map((code) => (
                    <li key={code}>
                      {placeLabel(code)}{' '}
                      <button type="button" className={styles.remove} onClick={() => remove(factor, code)}>
                        Remove<span className="visually-hidden"> {placeLabel(code)}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className={styles.none}>None added.</p>
              )}
            </fieldset>
          );
        })}
        <div className={styles.buttons}>
          <button type="submit" className="button button--primary">
            Show where to report
          </button>
          <button type="button" className="button button--secondary" onClick={reset}>
            Start again
          </button>
        </div>
      </form>

      <p role="status" aria-live="polite" aria-atomic="true" className={styles.status}>
        {result ? summary(result) : ''}
      </p>

      {result ? (
        <section className={styles.result} aria-labelledby={`${id}-result`}>
          <h3 id={`${id}-result`} ref={resultHeading} tabIndex={-1} className={styles.resultHeading}>
            Where to report
          </h3>
          <p className={styles.emergency}>
            <strong>If a child is in immediate danger, call the local emergency number first.</strong>
          </p>
          {result.unknown.length > 0 ? (
            <p>We did not recognise: {result.unknown.map((entry) => entry.code).join(', ')}.</p>
          ) : null}
          {result.routes.length === 0 ? (
            <p>
              Nothing in the kit's data routes a report for these places. Add where your company is established, where
              your users are and where the content is hosted. The kit covers the United States, the European Union, the
              United Kingdom, Canada and Australia; elsewhere, ask a local lawyer.
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
              The directory lists no national hotline for {listNames(result.withoutHotline)}. INHOPE's site lists its
              member hotlines.
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
