/**
 * The "What changed" page between two releases (route added by src/plugins/what-changed.ts): data
 * records and template clauses added, removed and changed, each marked substantive or editorial.
 */
import type { ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import type { FieldChange, ReleaseDiff } from '@site/src/lib/release-diff';
import { changeLabel, clauseChangeLabel, diffKindLabel } from '@site/src/components/labels';
import styles from './styles.module.css';

const LIMIT = 300;
function show(value: unknown): string {
  if (value === undefined) return translate({ id: 'kit.whatChanged.none', message: '(none)' });
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > LIMIT ? `${text.slice(0, LIMIT)}…` : text;
}

const releaseLabel = (name: string) =>
  name === 'next'
    ? translate({ id: 'kit.whatChanged.next', message: 'next (unreleased)' })
    : translate({ id: 'kit.whatChanged.release', message: 'release {name}' }, { name });

function Mark({ substantive }: { substantive: boolean }): ReactNode {
  return (
    <span className={substantive ? styles.substantive : styles.editorial}>
      {substantive
        ? translate({ id: 'kit.whatChanged.substantive', message: 'Substantive' })
        : translate({ id: 'kit.whatChanged.editorial', message: 'Editorial' })}
    </span>
  );
}

function Field({ field }: { field: FieldChange }): ReactNode {
  return (
    <li>
      <code>{field.path}</code> <Mark substantive={field.substantive} />: <del>{show(field.before)}</del> →{' '}
      <ins>{show(field.after)}</ins>
    </li>
  );
}

export default function WhatChanged({ diff }: { diff: ReleaseDiff }): ReactNode {
  const title = translate(
    { id: 'kit.whatChanged.title', message: 'What changed from {from} to {to}' },
    { from: releaseLabel(diff.from), to: releaseLabel(diff.to) },
  );
  const substantive = <strong>{diff.substantive}</strong>;
  const editorial = <strong>{diff.editorial}</strong>;
  return (
    <Layout
      title={title}
      description={translate(
        {
          id: 'kit.whatChanged.description',
          message: 'Data records and template clauses that {to} added, removed or changed since {from}.',
        },
        { to: releaseLabel(diff.to), from: releaseLabel(diff.from) },
      )}
    >
      <main className="container margin-vert--lg markdown">
        <h1>{title}</h1>
        <p>
          {translate({
            id: 'kit.whatChanged.intro',
            message:
              'Generated when the site was built, from the data and templates of both releases as they were released. It covers the obligations, destinations, hotlines, programmes, threats and reporting flows, field by field, and the policy templates, clause by clause. It does not cover the prose of guide and legal pages: each page lists its own updates, and the release notes say what changed in the law.',
          })}
        </p>
        <p>
          <Translate id="kit.whatChanged.summary" values={{ substantive, editorial }}>
            {'{substantive} substantive and {editorial} editorial changes.'}
          </Translate>{' '}
          {translate({
            id: 'kit.whatChanged.meaning',
            message:
              'Substantive means a duty, a deadline, a destination, a flow step or a promise in a template changed; editorial means only wording, notes, titles or source details did.',
          })}{' '}
          <Link to="/changes">
            {translate({ id: 'kit.whatChanged.compareOther', message: 'Compare other releases' })}
          </Link>
          .
        </p>
        {diff.kinds.map(({ kind, records }) => (
          <section key={kind} aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`}>{diffKindLabel(kind)}</h2>
            {records.length === 0 ? (
              <p>{translate({ id: 'kit.whatChanged.noChanges', message: 'No changes.' })}</p>
            ) : (
              <ul>
                {records.map((record) => (
                  <li key={record.id}>
                    <Mark substantive={record.substantive} /> {changeLabel(record.change)}: <code>{record.id}</code>
                    {record.fields.length > 0 ? (
                      <ul>
                        {record.fields.map((field) => (
                          <Field key={field.path} field={field} />
                        ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
        <section aria-labelledby="kind-templates">
          <h2 id="kind-templates">{translate({ id: 'kit.whatChanged.templates', message: 'Policy templates' })}</h2>
          {diff.templates.length === 0 ? (
            <p>{translate({ id: 'kit.whatChanged.noChanges', message: 'No changes.' })}</p>
          ) : (
            <ul>
              {diff.templates.map((template) => (
                <li key={template.id}>
                  <Mark substantive={template.substantive} /> {changeLabel(template.change)}: {template.title} (
                  <code>{template.id}</code>)
                  {template.clauses.length > 0 ? (
                    <ul>
                      {template.clauses.map((clause) => (
                        <li key={clause.clause}>
                          {translate(
                            { id: 'kit.whatChanged.clause', message: 'Clause “{clause}”' },
                            { clause: clause.clause },
                          )}{' '}
                          {clauseChangeLabel(clause.change)} <Mark substantive={clause.substantive} />
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      </main>
    </Layout>
  );
}
