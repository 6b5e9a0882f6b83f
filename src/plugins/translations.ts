/**
 * Docusaurus plugin: tells the pages of a translated locale which of its translations are stale
 * (their English source changed since `translation_of` was stamped: src/lib/i18n/translation.ts).
 * Global data holds only the stale pages' sources, in the form `useDoc().metadata.source` has
 * (`@site/i18n/fr/…`), so it stays small; src/components/TranslationNotice reads it. It is worked
 * out at every build from the files, so a cached page never hides a change to its English source.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { translatedDocs } from '../lib/node/translation';

export interface TranslationsData {
  stale: string[];
}

export default function translationsPlugin(context: LoadContext): Plugin {
  return {
    name: 'kit-translations',
    async loadContent(): Promise<TranslationsData> {
      const locale = context.i18n.currentLocale;
      if (locale === context.i18n.defaultLocale) return { stale: [] };
      const docs = translatedDocs(context.siteDir, locale);
      return { stale: docs.filter((doc) => doc.status.state === 'stale').map((doc) => `@site/${doc.file}`) };
    },
    async contentLoaded({ content, actions }) {
      actions.setGlobalData(content);
    },
    getPathsToWatch() {
      return [`${context.siteDir}/docs/**/*.{md,mdx}`, `${context.siteDir}/i18n/**/*.{md,mdx}`];
    },
  };
}
