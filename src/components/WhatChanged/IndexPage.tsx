/** `/changes`: each release against the one before it, and every other pair of releases to compare. */
import type { ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';

interface Pair {
  from: string;
  to: string;
  substantive: number;
  editorial: number;
}

const label = (name: string) =>
  name === 'next' ? translate({ id: 'kit.whatChanged.next', message: 'next (unreleased)' }) : name;
const path = (pair: Pair) => `/changes/${pair.from}-to-${pair.to}`;

export default function WhatChangedIndex({ index }: { index: { releases: string[]; pairs: Pair[] } }): ReactNode {
  const { releases, pairs } = index;
  const steps = releases
    .slice(1)
    .map((to, position) => pairs.find((pair) => pair.from === releases[position] && pair.to === to)!);
  return (
    <Layout
      title={translate({ id: 'kit.whatChanged.indexTitle', message: 'What changed between releases' })}
      description={translate({
        id: 'kit.whatChanged.indexDescription',
        message:
          'What each release of Child Safety Kit changed in its data and templates, and a comparison of any two releases.',
      })}
    >
      <main className="container margin-vert--lg markdown">
        <h1>{translate({ id: 'kit.whatChanged.indexTitle', message: 'What changed between releases' })}</h1>
        <p>
          {translate(
            {
              id: 'kit.whatChanged.indexIntro',
              message:
                'Each release compared with the one before it: data records and template clauses added, removed and changed, marked substantive or editorial. The releases built into this site are {releases}.',
            },
            { releases: releases.map(label).join(', ') },
          )}
        </p>
        {steps.length === 0 ? (
          <p>
            {translate({
              id: 'kit.whatChanged.onlyOne',
              message: 'There is only one release, so there is nothing to compare yet.',
            })}
          </p>
        ) : null}
        <ul>
          {steps.map((pair) => (
            <li key={path(pair)}>
              <Link to={path(pair)}>
                {translate(
                  { id: 'kit.whatChanged.step', message: 'What changed in {to} since {from}' },
                  { to: label(pair.to), from: label(pair.from) },
                )}
              </Link>{' '}
              (
              {translate(
                { id: 'kit.whatChanged.counts', message: '{substantive} substantive, {editorial} editorial' },
                { substantive: pair.substantive, editorial: pair.editorial },
              )}
              )
            </li>
          ))}
        </ul>
        <h2>{translate({ id: 'kit.whatChanged.compareAny', message: 'Compare any two releases' })}</h2>
        <ul>
          {pairs.map((pair) => (
            <li key={path(pair)}>
              <Link to={path(pair)}>
                {translate(
                  { id: 'kit.whatChanged.pair', message: '{from} to {to}' },
                  { from: label(pair.from), to: label(pair.to) },
                )}
              </Link>
            </li>
          ))}
        </ul>
      </main>
    </Layout>
  );
}
