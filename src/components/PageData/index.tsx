import type { ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import styles from './styles.module.css';

export interface PageDataProps {
  /** The release in the URLs: 2026.12, or next. */
  release: string;
  /** The data kinds this page shows. */
  kinds: readonly string[];
}

/**
 * "This page's data as JSON": a link to each kind's published file for the page's own release,
 * its schema and the index of every release (files written by src/plugins/kit-data-export.ts).
 */
export default function PageData({ release, kinds }: PageDataProps): ReactNode {
  const base = useBaseUrl('/data/');
  if (kinds.length === 0) return null;
  const index = (
    <a href={`${base}index.json`}>
      <Translate id="kit.pageData.index">index</Translate>
    </a>
  );
  return (
    <section className={styles.box} aria-labelledby="page-data">
      <h2 id="page-data" className={styles.heading}>
        <Translate id="kit.pageData.heading">Data on this page</Translate>
      </h2>
      <p className={styles.intro}>
        <Translate id="kit.pageData.intro" values={{ release, index }}>
          {
            'The records this page shows, from release {release}, as JSON with the date they are as of. Each file has a JSON Schema; the {index} lists every release.'
          }
        </Translate>
      </p>
      <ul className={styles.list}>
        {kinds.map((kind) => (
          <li key={kind}>
            <a href={`${base}${release}/${kind}.json`}>{kind}.json</a> (
            <a href={`${base}schema/${kind}.schema.json`}>
              <Translate id="kit.pageData.schema">schema</Translate>
            </a>
            )
          </li>
        ))}
      </ul>
    </section>
  );
}
