import type { ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import type { ProfileState } from '@site/src/services/ProfileStore';
import { save } from '@site/src/services/TemplateExport/save';
import { describeProblem } from '@site/src/lib/issues';
import styles from './styles.module.css';

type Problematic = Extract<ProfileState, { status: 'corrupt' | 'invalid' | 'outdated' }>;

function reason(stored: Problematic): string {
  if (stored.status === 'corrupt') return `${stored.message}.`;
  if (stored.status === 'outdated') {
    return typeof stored.found === 'number' || typeof stored.found === 'string'
      ? translate(
          {
            id: 'kit.storedProblem.savedInVersion',
            message: 'It was saved in version {found} of the profile format; this version of the kit reads version 1.',
          },
          { found: String(stored.found) },
        )
      : translate({
          id: 'kit.storedProblem.savedInOlder',
          message: 'It was saved in an older version of the profile format; this version of the kit reads version 1.',
        });
  }
  return translate({ id: 'kit.storedProblem.noMatch', message: 'It does not match the profile format.' });
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
      <h2 className={styles.storedTitle}>
        <Translate id="kit.storedProblem.heading">Your saved profile needs attention</Translate>
      </h2>
      <p>
        <Translate id="kit.storedProblem.couldNotUse">We could not use the profile saved in this browser.</Translate>{' '}
        {reason(stored)}
      </p>
      {'problems' in stored && stored.problems.length > 0 ? (
        <ul>
          {stored.problems.map((problem, index) => (
            <li key={index}>{describeProblem(problem)}</li>
          ))}
        </ul>
      ) : null}
      <p>
        {recovered === 1
          ? translate({
              id: 'kit.storedProblem.recoveredOne',
              message:
                'The form below holds the 1 field we could recover. Check the rest, then save to replace the saved profile.',
            })
          : recovered > 1
            ? translate(
                {
                  id: 'kit.storedProblem.recovered',
                  message:
                    'The form below holds the {count} fields we could recover. Check the rest, then save to replace the saved profile.',
                },
                { count: recovered },
              )
            : translate({
                id: 'kit.storedProblem.nothing',
                message: 'Nothing could be recovered. Fill in the form, or import a profile file, then save.',
              })}{' '}
        <Translate id="kit.storedProblem.untilThen">Until then, template pages show placeholders.</Translate>
      </p>
      <div className={styles.actions}>
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={() =>
            save({ blob: new Blob([stored.text], { type: 'text/plain;charset=utf-8' }), name: 'saved-profile.txt' })
          }
        >
          <Translate id="kit.storedProblem.download">Download the saved text</Translate>
        </button>
        <button type="button" className="button button--secondary button--sm" onClick={onDiscard}>
          <Translate id="kit.storedProblem.discard">Discard the saved profile</Translate>
        </button>
      </div>
    </div>
  );
}
