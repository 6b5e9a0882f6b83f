import { useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useActiveVersion, useDoc, useDocsVersion } from '@docusaurus/plugin-content-docs/client';
import { useProfile, type ProfileState } from '@site/src/services/ProfileStore';
import StableText from '@site/src/components/StableText';
import { templateKey } from '@site/src/services/TemplateExport/load';
import { provenanceNow, useKitVersion } from '@site/src/services/TemplateExport/provenance';
import styles from './styles.module.css';

type Format = 'md' | 'docx';

/** What a reader without a saved profile sees; `edit` names the profile editor. */
function NoProfile({ edit }: { edit: ReactNode }): ReactNode {
  return (
    <Translate id="kit.templateToolbar.noProfile" values={{ edit }}>
      {'Parts in [brackets] are placeholders. Set up {edit} to fill them in with your details.'}
    </Translate>
  );
}

/** Where the profile editor of this version lives, if it has one. */
export function useProfilePagePath(): string | undefined {
  return useActiveVersion(undefined)?.docs.find((doc) => doc.id === 'policies/profile')?.path;
}

function ProfileLine({ profile, editor }: { profile: ProfileState; editor: string | undefined }): ReactNode {
  const yourProfile = translate({
    id: 'kit.templateToolbar.yourProfile',
    message: 'your platform profile',
    description: 'Names the profile editor inside the toolbar sentences of a template page',
  });
  const edit = editor ? <Link to={editor}>{yourProfile}</Link> : yourProfile;
  const name = profile.status === 'ok' ? <bdi className={styles.name}>{profile.profile.platform.name}</bdi> : null;
  switch (profile.status) {
    case 'ok':
      return (
        <Translate id="kit.templateToolbar.filledIn" values={{ edit, name }}>
          {'Filled in from {edit} for {name}.'}
        </Translate>
      );
    case 'loading':
      // Most readers have no profile: the line keeps room for that message, so the page stays put.
      return (
        <StableText next={<NoProfile edit={yourProfile} />}>
          <Translate id="kit.templateToolbar.reading">Reading your platform profile…</Translate>
        </StableText>
      );
    case 'empty':
      return <NoProfile edit={edit} />;
    case 'unavailable':
      return (
        <Translate id="kit.templateToolbar.unavailable">
          This browser does not let the site keep a profile, so the placeholders stay. You can still download the
          template.
        </Translate>
      );
    default:
      return (
        <Translate id="kit.templateToolbar.unreadable" values={{ edit }}>
          {'Your saved profile could not be read, so placeholders are shown. Open {edit} to fix or reset it.'}
        </Translate>
      );
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
  /** Downloads and the document-control block take the page's language (French wording on /fr/). */
  const lang = useDocusaurusContext().i18n.currentLocale === 'fr' ? 'fr' : 'en';
  const [busy, setBusy] = useState<Format | undefined>();
  const [message, setMessage] = useState('');

  /** Start loading the export code when the reader points at or focuses a download button. */
  const warm = () => void import('@site/src/services/TemplateExport').catch(() => undefined);

  async function download(format: Format) {
    setBusy(format);
    setMessage(
      format === 'md'
        ? translate({ id: 'kit.templateToolbar.preparingMarkdown', message: 'Preparing the Markdown file…' })
        : translate({ id: 'kit.templateToolbar.preparingWord', message: 'Preparing the Word document…' }),
    );
    try {
      const exporter = await import('@site/src/services/TemplateExport');
      const values = profile.status === 'ok' ? profile.values : {};
      const file = await exporter.exportTemplate(
        templateKey(version, metadata.id),
        values,
        format,
        provenanceNow(kitVersion, version),
        lang,
      );
      exporter.save(file);
      setMessage(
        file.unresolved.length > 0
          ? file.unresolved.length === 1
            ? translate(
                {
                  id: 'kit.templateToolbar.downloadedOnePlaceholder',
                  message: 'Downloaded {file}, with 1 placeholder still to fill in.',
                },
                { file: file.name },
              )
            : translate(
                {
                  id: 'kit.templateToolbar.downloadedPlaceholders',
                  message: 'Downloaded {file}, with {count} placeholders still to fill in.',
                },
                { file: file.name, count: file.unresolved.length },
              )
          : translate({ id: 'kit.templateToolbar.downloaded', message: 'Downloaded {file}.' }, { file: file.name }),
      );
    } catch (error) {
      setMessage(
        translate(
          {
            id: 'kit.templateToolbar.failed',
            message: 'The download failed: {reason}. Reload the page and try again.',
          },
          { reason: (error as Error).message },
        ),
      );
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <aside
      className={styles.toolbar}
      aria-label={translate({ id: 'kit.templateToolbar.label', message: 'Use this template' })}
    >
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
          <Translate id="kit.templateToolbar.downloadWord">Download Word (.docx)</Translate>
        </button>
        <button
          type="button"
          className="button button--secondary button--sm"
          disabled={busy !== undefined}
          onPointerEnter={warm}
          onFocus={warm}
          onClick={() => void download('md')}
        >
          <Translate id="kit.templateToolbar.downloadMarkdown">Download Markdown (.md)</Translate>
        </button>
      </div>
      <p className={styles.hint}>
        <Translate id="kit.templateToolbar.hint">
          Downloads open with a document-control block (owner, version, dates, approval) and hold the policy text,
          without the notes on how to adapt it.
        </Translate>
      </p>
      <p className={styles.status} role="status" aria-live="polite">
        {message}
      </p>
    </aside>
  );
}
