import Translate, { translate } from '@docusaurus/Translate';
import { useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useActiveVersion, useDocsVersion } from '@docusaurus/plugin-content-docs/client';
import DataTable from '@site/src/components/DataTable';
import { useProfile, type ProfileState } from '@site/src/services/ProfileStore';
import StableText from '@site/src/components/StableText';
import { loadTemplate, templateKey } from '@site/src/services/TemplateExport/load';
import { provenanceNow, useKitVersion } from '@site/src/services/TemplateExport/provenance';
import { applicability } from '@site/src/lib/templates/applicability';
import type { RecordsData } from '@site/src/schema/records';
import type { Requirement } from '@site/src/schema/requirements';
import type { TemplateEntry } from '@site/src/schema/templates-data';
import type { VariableRegistry } from '@site/src/schema/variables-data';
import styles from './styles.module.css';

interface PolicyPackProps {
  templates: readonly TemplateEntry[];
  variables: VariableRegistry;
  /** The requirements of this version: the pack adds the crosswalk for the profile. */
  requirements?: readonly Requirement[];
  /** The record templates of this version: the pack adds them and the audit checklist. */
  records?: RecordsData;
}

const noProfile = (status: ProfileState['status']) =>
  status === 'empty' || status === 'unavailable'
    ? translate({ id: 'kit.policyPack.noSavedProfile', message: 'You have no saved profile' })
    : translate({ id: 'kit.policyPack.noReadableProfile', message: 'You have no saved profile that can be read' });

/** What a reader without a readable saved profile sees; `link` leads to the profile editor. */
function NoProfile({ status, link }: { status: ProfileState['status']; link: ReactNode }): ReactNode {
  return (
    <Translate id="kit.policyPack.noProfile" values={{ profile: noProfile(status), link: link ?? '' }}>
      {
        '{profile}, so the pack holds every template, with placeholders in [brackets]. {link} to get only the templates that apply, filled in.'
      }
    </Translate>
  );
}

/**
 * The policy pack: every template that applies to the reader's platform, filled in from their
 * profile, as one zip of Word and Markdown files. Which templates apply, and why, comes from the
 * templates data. The zip is built in the browser, with code loaded when the button is pressed.
 */
const yes = () => translate({ id: 'kit.policyPack.yes', message: 'Yes' });
const no = () => translate({ id: 'kit.policyPack.no', message: 'No' });

export default function PolicyPack({ templates, variables, requirements, records }: PolicyPackProps): ReactNode {
  const profile = useProfile();
  const version = useDocsVersion();
  const kitVersion = useKitVersion();
  /** The pack's crosswalk and records take the page's language (French headings on /fr/). */
  const lang = useDocusaurusContext().i18n.currentLocale === 'fr' ? 'fr' : 'en';
  const docs = useActiveVersion(undefined)?.docs ?? [];
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const values = profile.status === 'ok' ? profile.values : undefined;
  const rows = templates.map((entry) => ({
    entry,
    docId: `policies/${entry.id}`,
    rule: values ? applicability(entry.applies_when, values, variables) : undefined,
  }));
  const chosen = rows.filter((row) => !row.rule || row.rule.applies);
  const editor = docs.find((doc) => doc.id === 'policies/profile')?.path;

  /** When the reader points at or focuses the button, start loading the export code and the templates. */
  function warm() {
    void import('@site/src/services/TemplateExport').catch(() => undefined);
    for (const row of chosen) void loadTemplate(templateKey(version.version, row.docId)).catch(() => undefined);
  }

  async function build() {
    setBusy(true);
    setMessage(translate({ id: 'kit.policyPack.building', message: 'Building your policy pack…' }));
    try {
      const exporter = await import('@site/src/services/TemplateExport');
      const platform = profile.status === 'ok' ? profile.profile.platform.name : undefined;
      const extras = requirements || records ? await import('@site/src/components/Crosswalk/pack') : undefined;
      const crosswalk = {
        ...(requirements && extras
          ? await extras.packCrosswalk(
              requirements,
              version,
              values,
              platform,
              chosen.map((row) => row.entry.id),
              lang,
            )
          : {}),
        ...(records && extras ? await extras.packRecords(records, version, platform, lang) : {}),
      };
      const file = await exporter.exportPack(
        chosen.map((row) => templateKey(version.version, row.docId)),
        values ?? {},
        platform,
        provenanceNow(kitVersion, version.version),
        crosswalk,
        lang,
      );
      exporter.save(file);
      setMessage(
        translate(
          {
            id: 'kit.policyPack.downloaded',
            message: 'Downloaded {file}: {count} templates, each as Word and Markdown{crosswalk}{records}.',
          },
          {
            file: file.name,
            count: file.count,
            crosswalk: requirements
              ? translate({ id: 'kit.policyPack.withCrosswalk', message: ', the crosswalk' })
              : '',
            records: records
              ? translate({ id: 'kit.policyPack.withRecords', message: ' and the record templates' })
              : '',
          },
        ),
      );
    } catch (error) {
      setMessage(
        translate(
          {
            id: 'kit.policyPack.failed',
            message: 'The pack could not be built: {error}. Reload the page and try again.',
          },
          { error: (error as Error).message },
        ),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={styles.pack}>
      <p>
        {profile.status === 'ok' ? (
          <>
            {translate({ id: 'kit.policyPack.for', message: 'For' })}{' '}
            <bdi className={styles.name}>{profile.profile.platform.name}</bdi>
            {translate(
              {
                id: 'kit.policyPack.applyCount',
                message: ', from your saved profile: {count} of {total} templates apply.',
              },
              { count: chosen.length, total: templates.length },
            )}{' '}
            {editor ? (
              <Link to={editor}>{translate({ id: 'kit.policyPack.editProfile', message: 'Edit your profile' })}</Link>
            ) : null}
          </>
        ) : profile.status === 'loading' ? (
          // Most readers have no profile: the line keeps room for that message, so the table stays put.
          <StableText
            next={
              <NoProfile
                status="empty"
                link={translate({ id: 'kit.policyPack.setUp', message: 'Set up your profile' })}
              />
            }
          >
            {translate({ id: 'kit.policyPack.reading', message: 'Reading your platform profile…' })}
          </StableText>
        ) : (
          <NoProfile
            status={profile.status}
            link={
              editor ? (
                <Link to={editor}>{translate({ id: 'kit.policyPack.setUp', message: 'Set up your profile' })}</Link>
              ) : null
            }
          />
        )}
      </p>
      <DataTable
        caption={translate({ id: 'kit.policyPack.caption', message: 'Templates in the policy pack' })}
        columns={[
          translate({ id: 'kit.policyPack.template', message: 'Template' }),
          translate({ id: 'kit.policyPack.forColumn', message: 'For' }),
          translate({ id: 'kit.policyPack.inPack', message: 'In your pack' }),
        ]}
        className={styles.table}
      >
        {rows.map((row) => {
          const path = docs.find((doc) => doc.id === row.docId)?.path;
          const title = version.docs[row.docId]?.title ?? row.entry.id;
          return (
            <tr key={row.entry.id}>
              <th scope="row">
                {path ? <Link to={path}>{title}</Link> : title}
                <div className={styles.summary}>{row.entry.summary}</div>
              </th>
              <td>
                {row.entry.audience === 'public'
                  ? translate({ id: 'kit.policyPack.publish', message: 'Publish' })
                  : translate({ id: 'kit.policyPack.internal', message: 'Internal' })}
              </td>
              <td>{row.rule ? `${row.rule.applies ? yes() : no()}. ${row.rule.reason}` : yes()}</td>
            </tr>
          );
        })}
      </DataTable>
      <button
        type="button"
        className="button button--primary"
        disabled={busy || profile.status === 'loading'}
        onPointerEnter={warm}
        onFocus={warm}
        onClick={() => void build()}
      >
        {translate({ id: 'kit.policyPack.download', message: 'Download the policy pack (.zip)' })}
      </button>
      <p className={styles.status} role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
