/**
 * Wraps (does not eject) the doc footer to show each page's review date and sources from its
 * front matter, so a compliance reviewer sees them on every page without writers repeating them.
 */
import type { ReactNode } from 'react';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import { usePluginData } from '@docusaurus/useGlobalData';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type { WrapperProps } from '@docusaurus/types';
import PageData from '@site/src/components/PageData';
import PageSources from '@site/src/components/PageSources';
import type { DataExportGlobal } from '@site/src/plugins/kit-data-export';
import type { Source } from '@site/src/schema/common';

type Props = WrapperProps<typeof FooterType>;

function asDate(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' ? value : undefined;
}

export default function FooterWrapper(props: Props): ReactNode {
  const { frontMatter, metadata } = useDoc();
  const exported = usePluginData('child-safety-kit-data-export') as DataExportGlobal | undefined;
  const release = exported?.releases[metadata.version];
  const kinds = exported?.pages[metadata.version]?.[metadata.id] ?? [];
  const fields = frontMatter as Record<string, unknown>;
  const sources = (fields.sources as (Omit<Source, 'accessed'> & { accessed: unknown })[] | undefined)?.map((source) => ({
    ...source,
    accessed: asDate(source.accessed) ?? '',
  }));
  return (
    <>
      <PageSources
        lastReviewed={asDate(fields.last_reviewed)}
        reviewEveryMonths={typeof fields.review_every_months === 'number' ? fields.review_every_months : undefined}
        sources={sources}
      />
      {release ? <PageData release={release} kinds={kinds} /> : null}
      <Footer {...props} />
    </>
  );
}
