/**
 * Wraps (does not eject) the doc content: a template page (`page_type: template`) gets the
 * template toolbar (profile status and downloads) above its text, and a document-control block
 * for its print view, whichever section it is in, without each page having to include it; a legal
 * page gets its "as of" and "not legal advice" notice (src/components/LegalNotice) from its front matter.
 * A page with change notes starts with "Last updated … — see all updates"; a page of an older release
 * that a later release corrected starts with the errata (src/plugins/errata.ts). In a translated
 * locale, a page not yet translated or whose translation may be out of date says so
 * (src/components/TranslationNotice); an untranslated page's English text is marked lang="en", so it
 * is never silently mixed in.
 */
import type { ReactNode } from 'react';
import { useDoc, useDocsVersion, useDocVersionSuggestions } from '@docusaurus/plugin-content-docs/client';
import { usePluginData } from '@docusaurus/useGlobalData';
import Errata from '@site/src/components/Errata';
import type { ErrataGlobal } from '@site/src/lib/errata';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import LegalNotice from '@site/src/components/LegalNotice';
import DocumentControl from '@site/src/components/DocumentControl';
import { LastUpdated } from '@site/src/components/PageUpdates';
import TemplateToolbar from '@site/src/components/TemplateToolbar';
import { changeNotesOf } from '@site/src/lib/changes';
import TranslationNotice, { useTranslationState } from '@site/src/components/TranslationNotice';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props): ReactNode {
  const { frontMatter, metadata } = useDoc();
  const version = useDocsVersion();
  const suggestions = useDocVersionSuggestions(undefined);
  const errata =
    (usePluginData('child-safety-kit-errata') as ErrataGlobal | undefined)?.[version.version]?.[metadata.id] ?? [];
  const newestPath = suggestions.latestDocSuggestion?.path ?? suggestions.latestVersionSuggestion.path;
  const fields = frontMatter as Record<string, unknown>;
  const isTemplate = fields.page_type === 'template';
  const changes = changeNotesOf(fields);
  const untranslated = useTranslationState() === 'untranslated';
  return (
    <>
      <TranslationNotice />
      {errata.length > 0 ? <Errata errata={errata} newestPath={newestPath} /> : null}
      <LegalNotice frontMatter={fields} />
      {changes.length > 0 ? <LastUpdated changes={changes} /> : null}
      {isTemplate ? <TemplateToolbar /> : null}
      {isTemplate ? <DocumentControl /> : null}
      {untranslated ? (
        <div lang="en">
          <Content {...props} />
        </div>
      ) : (
        <Content {...props} />
      )}
    </>
  );
}
