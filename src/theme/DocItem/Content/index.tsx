/**
 * Wraps (does not eject) the doc content: a template page (`page_type: template`) gets the
 * template toolbar (profile status and downloads) above its text, and a document-control block
 * for its print view, whichever section it is in, without each page having to include it; a legal
 * page gets its "as of" and "not legal advice" notice (src/components/LegalNotice) from its front matter.
 */
import type { ReactNode } from 'react';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import LegalNotice from '@site/src/components/LegalNotice';
import DocumentControl from '@site/src/components/DocumentControl';
import TemplateToolbar from '@site/src/components/TemplateToolbar';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props): ReactNode {
  const { frontMatter } = useDoc();
  const fields = frontMatter as Record<string, unknown>;
  const isTemplate = fields.page_type === 'template';
  return (
    <>
      <LegalNotice frontMatter={fields} />
      {isTemplate ? <TemplateToolbar /> : null}
      {isTemplate ? <DocumentControl /> : null}
      <Content {...props} />
    </>
  );
}
