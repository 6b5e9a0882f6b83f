import type { ReactNode } from 'react';
import { newestFirst } from '@site/src/lib/changes';
import { formatLongDate } from '@site/src/lib/dates';
import type { ChangeNote } from '@site/src/schema/frontmatter';
import box from '@site/src/css/page-box.module.css';
import styles from './styles.module.css';

export const UPDATES_ID = 'page-updates';

/** "Last updated 30 November 2026 — see all updates", at the top of a page that has change notes. */
export function LastUpdated({ changes }: { changes: readonly ChangeNote[] }): ReactNode {
  const [latest] = newestFirst(changes);
  if (!latest) return null;
  return (
    <p className={styles.line}>
      Last updated <time dateTime={latest.date}>{formatLongDate(latest.date)}</time> —{' '}
      <a href={`#${UPDATES_ID}`}>see all updates</a>
    </p>
  );
}

/** Every change note of the page, newest first, each correction marked with the release it corrects. */
export default function PageUpdates({ changes }: { changes: readonly ChangeNote[] }): ReactNode {
  if (changes.length === 0) return null;
  return (
    <section className={box.box} aria-labelledby={UPDATES_ID}>
      <h2 id={UPDATES_ID} className={box.heading}>
        Updates to this page
      </h2>
      <p className={box.intro}>Changes since this page was first released. Earlier releases keep their own text.</p>
      <ul className={box.list}>
        {newestFirst(changes).map((note) => (
          <li key={`${note.date}|${note.summary}`}>
            <time dateTime={note.date}>{formatLongDate(note.date)}</time>:{' '}
            {note.corrects ? <strong>Correction to release {note.corrects}: </strong> : null}
            {note.summary}
          </li>
        ))}
      </ul>
    </section>
  );
}
