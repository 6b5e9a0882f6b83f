/**
 * "As of <date>" and "not legal advice" at the top of every legal page, from its front matter
 * (src/lib/legal-notice.ts decides which pages and what it says; the English sentences here are its
 * own). Added by the DocItem/Content wrapper; in French through code.json.
 */
import type { ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { formatLongDate } from '@site/src/lib/dates';
import { legalNotice } from '@site/src/lib/legal-notice';
import noticeStyles from '@site/src/css/notice.module.css';

export default function LegalNotice({ frontMatter }: { frontMatter: Readonly<Record<string, unknown>> }): ReactNode {
  const { currentLocale } = useDocusaurusContext().i18n;
  const notice = legalNotice(frontMatter);
  if (!notice) return null;
  const when = notice.asOf
    ? translate(
        {
          id: 'kit.legalNotice.asOf',
          message: 'The law on this page is stated as of {date}, the date it was last checked.',
        },
        { date: formatLongDate(notice.asOf, currentLocale) },
      )
    : translate({
        id: 'kit.legalNotice.noDate',
        message: 'The date the law on this page was last checked is not recorded: treat it as out of date.',
      });
  const advice = translate({
    id: 'kit.legalNotice.notAdvice',
    message: 'This is guidance, not legal advice: check with a lawyer before you rely on it.',
  });
  return (
    <p className={`${noticeStyles.notice} ${noticeStyles.warning}`} role="note" data-as-of={notice.asOf ?? 'unknown'}>
      {`${when} ${advice}`}
    </p>
  );
}
