import { translate } from '@docusaurus/Translate';
import type { ReactNode } from 'react';
import { JURISDICTIONS, type JurisdictionCode } from '@site/src/schema/jurisdiction';
import type { LawChange } from '@site/src/schema/law-changes';
import CitationList from '@site/src/components/CitationList';
import QuotedText from '@site/src/components/QuotedText';
import styles from './styles.module.css';

export interface RecentChangesProps {
  changes: readonly LawChange[];
  jurisdictions: readonly JurisdictionCode[];
  /** Show at most this many changes, newest first. */
  limit?: number;
}

/** The "What changed recently" box of a guide, rendered from `_data/law-changes.yaml`. */
export default function RecentChanges({ changes, jurisdictions, limit }: RecentChangesProps): ReactNode {
  const selected = changes.filter((change) => jurisdictions.includes(change.jurisdiction)).slice(0, limit);
  return (
    <div className={styles.box}>
      <ol className={styles.list}>
        {selected.map((change) => (
          <li key={`${change.date}|${change.title}`} className={styles.item}>
            <p className={styles.head}>
              <time dateTime={change.date}>{change.date}</time>
              {jurisdictions.length > 1 ? (
                <span className={styles.where}> · {JURISDICTIONS[change.jurisdiction]}</span>
              ) : null}
              {' · '}
              <strong>
                <QuotedText text={change.title} />
              </strong>
            </p>
            <p className={styles.summary}>
              <QuotedText text={change.summary} />
              {change.certainty === 'reported' ? (
                <strong className={styles.reported}>
                  {' '}
                  {translate({
                    id: 'kit.recentChanges.reported',
                    message: 'Reported only in secondary sources; not confirmed in an official source.',
                  })}
                </strong>
              ) : null}
            </p>
            <CitationList sources={change.sources} />
          </li>
        ))}
      </ol>
    </div>
  );
}
