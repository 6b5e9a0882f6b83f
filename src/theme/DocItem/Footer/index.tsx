/**
 * Wraps (does not eject) the doc footer to show each page's review date and sources from its
 * front matter, so a compliance reviewer sees them on every page without writers repeating them;
 * then its updates (front matter `changes`), the JSON of the data it shows, and how to cite it.
 */
import type { ReactNode } from 'react';
import { useDoc, useDocsVersion } from '@docusaurus/plugin-content-docs/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { usePluginData } from '@docusaurus/useGlobalData';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type { WrapperProps } from '@docusaurus/types';
import CitePage from '@site/src/components/CitePage';
import PageData from '@site/src/components/PageData';
import PageUpdates from '@site/src/components/PageUpdates';
import { changeNotesOf, permanentPath } from '@site/src/lib/changes';
import PageSources from '@site/src/components/PageSources';
import type { DataExportGlobal } from '@site/src/lib/data-export';
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
  const version = useDocsVersion();
  const { siteConfig } = useDocusaurusContext();
  const released = version.version === 'current' ? undefined : version.version;
  const permanentUrl = `${siteConfig.url}${released ? permanentPath(metadata.permalink, released, version.isLast) : metadata.permalink}`;
  const fields = frontMatter as Record<string, unknown>;
  const sources = (fields.sources as (Omit<Source, 'accessed'> & { accessed: unknown })[] | undefined)?.map(
    (source) => ({
      ...source,
      accessed: asDate(source.accessed) ?? '',
    }),
  );
  return (
    <>
      <PageSources
        lastReviewed={asDate(fields.last_reviewed)}
        reviewEveryMonths={typeof fields.review_every_months === 'number' ? fields.review_every_months : undefined}
        sources={sources}
      />
      <PageUpdates changes={changeNotesOf(fields)} />
      {release ? <PageData release={release} kinds={kinds} /> : null}
      <CitePage title={metadata.title} release={released} permanentUrl={permanentUrl} />
      <Footer {...props} />
    </>
  );
}
