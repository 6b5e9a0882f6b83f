/**
 * "As of <date>" and "not legal advice" at the top of every legal page, from its front matter
 * (src/lib/legal-notice.ts decides which pages and what it says). Added by the DocItem/Content wrapper.
 */
import type { ReactNode } from 'react';
import { legalNotice } from '@site/src/lib/legal-notice';
import styles from './styles.module.css';

export default function LegalNotice({ frontMatter }: { frontMatter: Readonly<Record<string, unknown>> }): ReactNode {
  const notice = legalNotice(frontMatter);
  if (!notice) return null;
  return (
    <p className={styles.notice} role="note" data-as-of={notice.asOf ?? 'unknown'}>
      {notice.text}
    </p>
  );
}
