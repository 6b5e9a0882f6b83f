/**
 * On a page of a translated locale: says when the page is not translated yet (the English text
 * follows, marked lang="en" by the DocItem/Content wrapper) or when its translation may be out of
 * date (its English source changed since it was stamped: src/plugins/translations.ts), with a
 * link to the English page. Nothing on an English page or on a current translation.
 */
import type { ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { usePluginData } from '@docusaurus/useGlobalData';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import { useAlternatePageUtils } from '@docusaurus/theme-common/internal';
import noticeStyles from '@site/src/css/notice.module.css';

export type TranslationState = 'source' | 'translated' | 'untranslated' | 'stale';

/** Where the current doc stands in the current locale. */
export function useTranslationState(): TranslationState {
  const { i18n } = useDocusaurusContext();
  const { metadata } = useDoc();
  const data = usePluginData('kit-translations') as { stale?: string[] } | undefined;
  if (i18n.currentLocale === i18n.defaultLocale) return 'source';
  if (!metadata.source.startsWith(`@site/i18n/${i18n.currentLocale}/`)) return 'untranslated';
  return data?.stale?.includes(metadata.source) ? 'stale' : 'translated';
}

export default function TranslationNotice(): ReactNode {
  const state = useTranslationState();
  const { i18n } = useDocusaurusContext();
  const english = useAlternatePageUtils().createUrl({ locale: i18n.defaultLocale, fullyQualified: false });
  if (state === 'source' || state === 'translated') return null;
  const text =
    state === 'untranslated'
      ? translate({
          id: 'kit.translation.untranslated',
          message: 'This page is not translated yet: the text below is the English original.',
          description: 'Notice above a page that has no translation in the reader’s language',
        })
      : translate({
          id: 'kit.translation.stale',
          message: 'This translation may be out of date: the English page has changed since it was translated.',
          description: 'Notice above a translated page whose English source changed since',
        });
  const link = translate({
    id: 'kit.translation.englishLink',
    message: 'Read the English page',
    description: 'Link from a translation notice to the same page in English',
  });
  return (
    <p className={`${noticeStyles.notice} ${noticeStyles.info}`} role="note" data-translation={state}>
      {text}{' '}
      <a href={english} hrefLang="en" lang="en">
        {link}
      </a>
    </p>
  );
}
