import type { ReactNode } from 'react';
import type { ProfileState } from '@site/src/services/ProfileStore';
import { save } from '@site/src/services/TemplateExport/save';
import { describeProblem } from '@site/src/lib/issues';
import styles from './styles.module.css';

type Problematic = Extract<ProfileState, { status: 'corrupt' | 'invalid' | 'outdated' }>;

function reason(stored: Problematic): string {
  if (stored.status === 'corrupt') return `${stored.message}.`;
  if (stored.status === 'outdated') {
    const found =
      typeof stored.found === 'number' || typeof stored.found === 'string'
        ? `version ${String(stored.found)}`
        : 'an older version';
    return `It was saved in ${found} of the profile format; this version of the kit reads version 1.`;
  }
  return 'It does not match the profile format.';
}

/**
 * What is wrong with the profile saved in this browser, and the ways out: the form below holds
 * every field that could be recovered; the saved text can be downloaded before it is replaced.
 */
export default function StoredProblem({
  stored,
  recovered,
  onDiscard,
}: {
  stored: Problematic;
  recovered: number;
  onDiscard: () => void;
}): ReactNode {
  return (
    <div className={`alert alert--warning ${styles.stored}`} role="alert">
      <h2 className={styles.storedTitle}>Your saved profile needs attention</h2>
      <p>We could not use the profile saved in this browser. {reason(stored)}</p>
      {'problems' in stored && stored.problems.length > 0 ? (
        <ul>
          {stored.problems.map((problem, index) => (
            <li key={index}>{describeProblem(problem)}</li>
          ))}
        </ul>
      ) : null}
      <p>
        {recovered > 0
          ? `The form below holds the ${recovered} field${recovered === 1 ? '' : 's'} we could recover. Check the rest, then save to replace the saved profile.`
          : 'Nothing could be recovered. Fill in the form, or import a profile file, then save.'}{' '}
        Until then, template pages show placeholders.
      </p>
      <div className={styles.actions}>
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={() =>
            save({ blob: new Blob([stored.text], { type: 'text/plain;charset=utf-8' }), name: 'saved-profile.txt' })
          }
        >
          Download the saved text
        </button>
        <button type="button" className="button button--secondary button--sm" onClick={onDiscard}>
          Discard the saved profile
        </button>
      </div>
    </div>
  );
}
