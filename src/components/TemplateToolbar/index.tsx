import { useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { useActiveVersion, useDoc, useDocsVersion } from '@docusaurus/plugin-content-docs/client';
import { useProfile, type ProfileState } from '@site/src/services/ProfileStore';
import StableText from '@site/src/components/StableText';
import { templateKey } from '@site/src/services/TemplateExport/load';
import { provenanceNow, useKitVersion } from '@site/src/services/TemplateExport/provenance';
import styles from './styles.module.css';

type Format = 'md' | 'docx';

/** What a reader without a saved profile sees; `edit` names the profile editor. */
function NoProfile({ edit }: { edit: ReactNode }): ReactNode {
  return <>Parts in [brackets] are placeholders. Set up {edit} to fill them in with your details.</>;
}

/** Where the profile editor of this version lives, if it has one. */
export function useProfilePagePath(): string | undefined {
  return useActiveVersion(undefined)?.docs.find((doc) => doc.id === 'policies/profile')?.path;
}

function ProfileLine({ profile, editor }: { profile: ProfileState; editor: string | undefined }): ReactNode {
  const edit = editor ? <Link to={editor}>your platform profile</Link> : 'your platform profile';
  switch (profile.status) {
    case 'ok':
      return (
        <>
          Filled in from {edit} for <bdi className={styles.name}>{profile.profile.platform.name}</bdi>.
        </>
      );
    case 'loading':
      // Most readers have no profile: the line keeps room for that message, so the page stays put.
      return <StableText next={<NoProfile edit="your platform profile" />}>Reading your platform profile…</StableText>;
    case 'empty':
      return <NoProfile edit={edit} />;
    case 'unavailable':
      return (
        <>
          This browser does not let the site keep a profile, so the placeholders stay. You can still download the
          template.
        </>
      );
    default:
      return <>Your saved profile could not be read, so placeholders are shown. Open {edit} to fix or reset it.</>;
  }
}

/**
 * Above every template page: whether the page is filled in from the reader's profile, and
 * downloads of the filled template as Markdown and Word. The export code loads on click only.
 */
export default function TemplateToolbar(): ReactNode {
  const { metadata } = useDoc();
  const { version } = useDocsVersion();
  const profile = useProfile();
  const editor = useProfilePagePath();
  const kitVersion = useKitVersion();
  const [busy, setBusy] = useState<Format | undefined>();
  const [message, setMessage] = useState('');

  /** Start loading the export code when the reader points at or focuses a download button. */
  const warm = () => void import('@site/src/services/TemplateExport').catch(() => undefined);

  async function download(format: Format) {
    setBusy(format);
    setMessage(format === 'md' ? 'Preparing the Markdown file…' : 'Preparing the Word document…');
    try {
      const exporter = await import('@site/src/services/TemplateExport');
      const values = profile.status === 'ok' ? profile.values : {};
      const file = await exporter.exportTemplate(
        templateKey(version, metadata.id),
        values,
        format,
        provenanceNow(kitVersion, version),
      );
      exporter.save(file);
      setMessage(
        file.unresolved.length > 0
          ? `Downloaded ${file.name}, with ${file.unresolved.length} placeholder${file.unresolved.length === 1 ? '' : 's'} still to fill in.`
          : `Downloaded ${file.name}.`,
      );
    } catch (error) {
      setMessage(`The download failed: ${(error as Error).message}. Reload the page and try again.`);
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <aside className={styles.toolbar} aria-label="Use this template">
      <p className={styles.line}>
        <ProfileLine profile={profile} editor={editor} />
      </p>
      <div className={styles.actions}>
        <button
          type="button"
          className="button button--primary button--sm"
          disabled={busy !== undefined}
          onPointerEnter={warm}
          onFocus={warm}
          onClick={() => void download('docx')}
        >
          Download Word (.docx)
        </button>
        <button
          type="button"
          className="button button--secondary button--sm"
          disabled={busy !== undefined}
          onPointerEnter={warm}
          onFocus={warm}
          onClick={() => void download('md')}
        >
          Download Markdown (.md)
        </button>
      </div>
      <p className={styles.hint}>
        Downloads open with a document-control block (owner, version, dates, approval) and hold the policy text, without
        the notes on how to adapt it.
      </p>
      <p className={styles.status} role="status" aria-live="polite">
        {message}
      </p>
    </aside>
  );
}
