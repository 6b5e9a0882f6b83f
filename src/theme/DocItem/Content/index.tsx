/**
 * Wraps (does not eject) the doc content: a template page (`page_type: template`) gets the
 * template toolbar (profile status and downloads) above its text, whichever section it is in,
 * without each page having to include it. A page with change notes starts with "Last updated …
 * — see all updates".
 */
import type { ReactNode } from 'react';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { LastUpdated } from '@site/src/components/PageUpdates';
import TemplateToolbar from '@site/src/components/TemplateToolbar';
import type { ChangeNote } from '@site/src/schema/frontmatter';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props): ReactNode {
  const { frontMatter } = useDoc();
  const isTemplate = (frontMatter as Record<string, unknown>).page_type === 'template';
  const changes = (frontMatter as { changes?: ChangeNote[] }).changes;
  return (
    <>
      {changes?.length ? <LastUpdated changes={changes} /> : null}
      {isTemplate ? <TemplateToolbar /> : null}
      <Content {...props} />
    </>
  );
}
