import type { ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { newestFirst } from '@site/src/lib/changes';
import { formatLongDate } from '@site/src/lib/dates';
import type { ChangeNote } from '@site/src/schema/frontmatter';
import styles from './styles.module.css';

export const UPDATES_ID = 'page-updates';

/** "Last updated 30 November 2026 — see all updates", at the top of a page that has change notes. */
export function LastUpdated({ changes }: { changes: readonly ChangeNote[] }): ReactNode {
  const { currentLocale } = useDocusaurusContext().i18n;
  const [latest] = newestFirst(changes);
  if (!latest) return null;
  const date = <time dateTime={latest.date}>{formatLongDate(latest.date, currentLocale)}</time>;
  const link = (
    <a href={`#${UPDATES_ID}`}>
      {translate({
        id: 'kit.pageUpdates.seeAll',
        message: 'see all updates',
        description: 'Link from "Last updated" to the list of a page\'s change notes',
      })}
    </a>
  );
  return (
    <p className={styles.line}>
      <Translate
        id="kit.pageUpdates.lastUpdated"
        description="At the top of a page: its newest change note's date, and a link to all of them"
        values={{ date, link }}
      >
        {'Last updated {date} — {link}'}
      </Translate>
    </p>
  );
}

/** Every change note of the page, newest first, each correction marked with the release it corrects. */
export default function PageUpdates({ changes }: { changes: readonly ChangeNote[] }): ReactNode {
  const { currentLocale } = useDocusaurusContext().i18n;
  if (changes.length === 0) return null;
  return (
    <section className={styles.box} aria-labelledby={UPDATES_ID}>
      <h2 id={UPDATES_ID} className={styles.heading}>
        <Translate id="kit.pageUpdates.heading">Updates to this page</Translate>
      </h2>
      <p className={styles.intro}>
        <Translate id="kit.pageUpdates.intro">
          Changes since this page was first released. Earlier releases keep their own text.
        </Translate>
      </p>
      <ul className={styles.list}>
        {newestFirst(changes).map((note) => (
          <li key={`${note.date}|${note.summary}`}>
            <time dateTime={note.date}>{formatLongDate(note.date, currentLocale)}</time>:{' '}
            {note.corrects ? (
              <strong>
                {translate(
                  { id: 'kit.pageUpdates.correction', message: 'Correction to release {release}: ' },
                  { release: note.corrects },
                )}
              </strong>
            ) : null}
            {note.summary}
          </li>
        ))}
      </ul>
    </section>
  );
}
