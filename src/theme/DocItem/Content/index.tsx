/**
 * Wraps (does not eject) the doc content: a template page (`page_type: template`) gets the
 * template toolbar (profile status and downloads) above its text, whichever section it is in,
 * without each page having to include it; a legal page gets its "as of" and "not legal advice"
 * notice (src/components/LegalNotice) from its front matter. In a translated locale, a page not yet
 * translated or whose translation may be out of date says so (src/components/TranslationNotice);
 * an untranslated page's English text is marked lang="en", so it is never silently mixed in.
 */
import type { ReactNode } from 'react';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import LegalNotice from '@site/src/components/LegalNotice';
import TemplateToolbar from '@site/src/components/TemplateToolbar';
import TranslationNotice, { useTranslationState } from '@site/src/components/TranslationNotice';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props): ReactNode {
  const { frontMatter } = useDoc();
  const fields = frontMatter as Record<string, unknown>;
  const isTemplate = fields.page_type === 'template';
  const untranslated = useTranslationState() === 'untranslated';
  return (
    <>
      <TranslationNotice />
      <LegalNotice frontMatter={fields} />
      {isTemplate ? <TemplateToolbar /> : null}
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
