import { translate } from '@docusaurus/Translate';
import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { useActiveVersion } from '@docusaurus/plugin-content-docs/client';
import { SourceLinks } from '@site/src/components/PageSources';
import { answerLabel, costLabel, effortLabel, programmeKindLabel } from '@site/src/components/labels';
import { NOT_PUBLISHED } from '@site/src/schema/programme-values';
import { asOfDate, findProgramme, PROGRAMME_PARTS, programmeDocId, type ProgrammePart } from '@site/src/lib/programmes';
import type { Programme } from '@site/src/schema/programmes';
import styles from './styles.module.css';

/** The path of a programme's page in the version being viewed, so released versions link to their own pages. */
export function useProgrammeHref(): (id: string) => string {
  const version = useActiveVersion(undefined);
  return (id) => {
    const doc = version?.docs.find((candidate) => candidate.id === programmeDocId(id));
    if (!doc) throw new Error(`No page for programme "${id}": add docs/hash-sharing/programmes/${id}.mdx`);
    return doc.path;
  };
}

function Items({ items, ordered = false }: { items: readonly string[]; ordered?: boolean }): ReactNode {
  const List = ordered ? 'ol' : 'ul';
  return (
    <List>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </List>
  );
}

function KeyFacts({ programme }: { programme: Programme }): ReactNode {
  return (
    <dl className={styles.facts}>
      <div>
        <dt>{translate({ id: 'kit.programmes.runBy', message: 'Run by' })}</dt>
        <dd>{programme.operator}</dd>
      </div>
      <div>
        <dt>{translate({ id: 'kit.programmes.kind', message: 'Kind' })}</dt>
        <dd>{programmeKindLabel(programme.kind)}</dd>
      </div>
      <div>
        <dt>{translate({ id: 'kit.programmes.outsideUs', message: 'Open to companies outside the US' })}</dt>
        <dd>{answerLabel(programme.eligibility.outside_us)}</dd>
      </div>
      <div>
        <dt>{translate({ id: 'kit.programmes.cost', message: 'Cost' })}</dt>
        <dd>{costLabel(programme.cost_model)}</dd>
      </div>
      <div>
        <dt>{translate({ id: 'kit.programmes.effort', message: 'Integration effort' })}</dt>
        <dd>{effortLabel(programme.integration_effort)}</dd>
      </div>
      {programme.operator_page ? (
        <div>
          <dt>{translate({ id: 'kit.programmeFacts.operatorPage', message: "Operator's page" })}</dt>
          <dd>
            <a href={programme.operator_page} rel="noopener noreferrer">
              {new URL(programme.operator_page).hostname.replace(/^www\./, '')}
            </a>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

/**
 * One part of a programme's page, rendered from `docs/hash-sharing/_data/programmes.yaml`. Pages
 * write their own headings (so the table of contents lists them) and render every fact from here,
 * so no fact is ever copied into a page by hand.
 */
export default function ProgrammeFacts({
  programmes,
  id,
  part,
}: {
  programmes: readonly Programme[];
  id: string;
  part: ProgrammePart;
}): ReactNode {
  const programme = findProgramme(programmes, id);
  const asOf = asOfDate(programme);
  switch (part) {
    case 'summary':
      return (
        <div className={styles.summary}>
          <p>{programme.summary}</p>
          <KeyFacts programme={programme} />
        </div>
      );
    case 'eligibility':
      return (
        <>
          <p>{programme.eligibility.who}</p>
          <ul>
            <li>
              {translate({
                id: 'kit.programmeFacts.outsideUs',
                message: 'Open to companies established outside the US:',
              })}{' '}
              <strong>{answerLabel(programme.eligibility.outside_us)}</strong>
              {programme.eligibility.outside_us_note ? `. ${programme.eligibility.outside_us_note}` : '.'}
            </li>
            <li>
              {translate({ id: 'kit.programmeFacts.membership', message: 'Membership required:' })}{' '}
              <strong>{answerLabel(programme.eligibility.membership_required)}</strong>.
            </li>
            <li>
              {translate({ id: 'kit.programmeFacts.costPublished', message: 'Cost as published:' })}{' '}
              {programme.cost === NOT_PUBLISHED
                ? translate({ id: 'kit.programmeFacts.notPublished', message: 'not published.' })
                : programme.cost}
            </li>
          </ul>
        </>
      );
    case 'apply':
      return <Items items={programme.how_to_apply} ordered />;
    case 'agreements':
      return <Items items={programme.agreements} />;
    case 'prerequisites':
      return <Items items={programme.prerequisites} />;
    case 'receive':
      return (
        <>
          <Items items={programme.provides} />
          <p>
            <strong>
              {translate(
                { id: 'kit.programmeFacts.effort', message: 'Integration effort: {effort}.' },
                { effort: effortLabel(programme.integration_effort) },
              )}
            </strong>{' '}
            {programme.integration_note}
          </p>
        </>
      );
    case 'must-still':
      return <Items items={programme.you_must_still} />;
    case 'duties':
      return <Items items={programme.related_duties} />;
    case 'not-confirmed':
      return programme.not_confirmed?.length ? (
        <>
          <p>
            {translate(
              {
                id: 'kit.programmeFacts.notConfirmed',
                message:
                  "We looked for these facts and could not confirm them from the operator's own pages as of {asOf}. Ask the operator, and check with counsel before you rely on them.",
              },
              { asOf },
            )}
          </p>
          <Items items={programme.not_confirmed} />
        </>
      ) : (
        <p>
          {translate(
            {
              id: 'kit.programmeFacts.allConfirmed',
              message: 'Nothing: every fact on this page comes from the sources below, checked on {asOf}.',
            },
            { asOf },
          )}
        </p>
      );
    case 'sources':
      return <SourceLinks sources={programme.sources} />;
    default:
      throw new Error(`Unknown part "${String(part)}"; use one of ${PROGRAMME_PARTS.join(', ')}`);
  }
}

/** A short list of programmes with what a small team compares first, linked to their pages. */
export function ProgrammeList({
  programmes,
  ids,
}: {
  programmes: readonly Programme[];
  ids: readonly string[];
}): ReactNode {
  const href = useProgrammeHref();
  return (
    <ul className={styles.list}>
      {ids.map((id) => {
        const programme = findProgramme(programmes, id);
        return (
          <li key={id}>
            <Link to={href(id)}>{programme.name}</Link> ({programme.operator}):{' '}
            {translate(
              {
                id: 'kit.programmeFacts.listItem',
                message:
                  '{kind}; cost: {cost}; integration effort: {effort}; open to companies outside the US: {outsideUs}.',
              },
              {
                kind: programmeKindLabel(programme.kind).toLowerCase(),
                cost: costLabel(programme.cost_model).toLowerCase(),
                effort: effortLabel(programme.integration_effort).toLowerCase(),
                outsideUs: answerLabel(programme.eligibility.outside_us).toLowerCase(),
              },
            )}
          </li>
        );
      })}
    </ul>
  );
}
