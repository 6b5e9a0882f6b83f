/**
 * Wraps (does not eject) the doc content: a template page (`page_type: template`) gets the
 * template toolbar (profile status and downloads) above its text, whichever section it is in,
 * without each page having to include it. A page with change notes starts with "Last updated …
 * — see all updates"; a page of an older release that a later release corrected starts with the
 * errata (src/plugins/errata.ts).
 */
import type { ReactNode } from 'react';
import { useDoc, useDocsVersion, useDocVersionSuggestions } from '@docusaurus/plugin-content-docs/client';
import { usePluginData } from '@docusaurus/useGlobalData';
import Errata from '@site/src/components/Errata';
import type { ErrataGlobal } from '@site/src/plugins/errata';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { LastUpdated } from '@site/src/components/PageUpdates';
import TemplateToolbar from '@site/src/components/TemplateToolbar';
import { changeNotesOf } from '@site/src/lib/changes';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props): ReactNode {
  const { frontMatter, metadata } = useDoc();
  const version = useDocsVersion();
  const suggestions = useDocVersionSuggestions(undefined);
  const errata = (usePluginData('child-safety-kit-errata') as ErrataGlobal | undefined)?.[version.version]?.[metadata.id] ?? [];
  const newestPath = suggestions.latestDocSuggestion?.path ?? suggestions.latestVersionSuggestion.path;
  const isTemplate = (frontMatter as Record<string, unknown>).page_type === 'template';
  const changes = changeNotesOf(frontMatter as Record<string, unknown>);
  return (
    <>
      {errata.length > 0 ? <Errata errata={errata} newestPath={newestPath} /> : null}
      {changes.length > 0 ? <LastUpdated changes={changes} /> : null}
      {isTemplate ? <TemplateToolbar /> : null}
      <Content {...props} />
    </>
  );
}
