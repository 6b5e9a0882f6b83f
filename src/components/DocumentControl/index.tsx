/**
 * The document-control block of a template page, for its print view: the same rows as the
 * downloaded Markdown and Word files (title, platform, owner, version, effective and review
 * dates, approval, release), filled from the reader's saved profile. Hidden on screen, where the
 * template toolbar does this job; printed above the policy so a printed copy reads as the
 * company's document. It shows once the saved profile has been read, because its dates are the
 * reader's today and would not match the page as built.
 */
import type { ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useDoc, useDocsVersion } from '@docusaurus/plugin-content-docs/client';
import { useProfile } from '@site/src/services/ProfileStore';
import { provenanceNow, useKitVersion } from '@site/src/services/TemplateExport/provenance';
import { documentControl } from '@site/src/lib/templates/control';
import styles from './styles.module.css';

/** The rows' labels in the page's language (the downloaded files keep the lib's English labels). */
const LABELS: Record<string, () => string> = {
  Document: () => translate({ id: 'kit.documentControl.document', message: 'Document' }),
  Platform: () => translate({ id: 'kit.documentControl.platform', message: 'Platform' }),
  Owner: () => translate({ id: 'kit.documentControl.owner', message: 'Owner' }),
  Version: () => translate({ id: 'kit.documentControl.version', message: 'Version' }),
  'Effective date': () => translate({ id: 'kit.documentControl.effective', message: 'Effective date' }),
  'Next review': () => translate({ id: 'kit.documentControl.review', message: 'Next review' }),
  'Approved by': () => translate({ id: 'kit.documentControl.approved', message: 'Approved by' }),
  'Generated from': () => translate({ id: 'kit.documentControl.generated', message: 'Generated from' }),
};

export default function DocumentControl(): ReactNode {
  const { metadata, frontMatter } = useDoc();
  const { version } = useDocsVersion();
  const kitVersion = useKitVersion();
  /** Downloads and the document-control block take the page's language (French wording on /fr/). */
  const lang = useDocusaurusContext().i18n.currentLocale === 'fr' ? 'fr' : 'en';
  const profile = useProfile();
  if (profile.status === 'loading') return null;
  const months = (frontMatter as Record<string, unknown>).review_every_months;
  const rows = documentControl(
    { title: metadata.title, ...(typeof months === 'number' ? { reviewEveryMonths: months } : {}) },
    profile.status === 'ok' ? profile.values : {},
    provenanceNow(kitVersion, version),
    lang,
  );
  return (
    <table className={styles.control} data-testid="document-control">
      <caption>{translate({ id: 'kit.documentControl.caption', message: 'Document control' })}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{LABELS[row.label]?.() ?? row.label}</th>
            <td className={row.placeholder ? styles.placeholder : undefined}>
              <bdi>{row.placeholder ? `[${row.value}]` : row.value}</bdi>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
