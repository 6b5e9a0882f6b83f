import type { ReactNode } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import StableText from '@site/src/components/StableText';
import { citation } from '@site/src/lib/changes';
import { formatLongDate } from '@site/src/lib/dates';
import box from '@site/src/css/page-box.module.css';
import styles from './styles.module.css';

export interface CitePageProps {
  title: string;
  /** The release, such as 2026.12; undefined for the unreleased next version. */
  release: string | undefined;
  /** The absolute URL of this page in this release, which keeps working after later releases. */
  permanentUrl: string;
}

const today = () => formatLongDate(new Date().toISOString().slice(0, 10));

/** "Cite this page": the release, its permanent URL, the date accessed and a suggested citation. */
export default function CitePage({ title, release, permanentUrl }: CitePageProps): ReactNode {
  const isBrowser = useIsBrowser();
  const accessed = isBrowser ? today() : 'the date you read it';
  return (
    <section className={box.box} aria-labelledby="cite-this-page">
      <h2 id="cite-this-page" className={box.heading}>
        Cite this page
      </h2>
      {release ? (
        <dl className={styles.facts}>
          <dt>Release</dt>
          <dd>{release}</dd>
          <dt>Permanent URL</dt>
          <dd>
            <a href={permanentUrl}>{permanentUrl}</a>
          </dd>
          <dt>Date accessed</dt>
          <dd>
            <StableText next="30 November 2026">{accessed}</StableText>
          </dd>
          <dt>Suggested citation</dt>
          <dd>
            <StableText next={citation({ title, release, url: permanentUrl, accessed: '30 November 2026' })}>
              {citation({ title, release, url: permanentUrl, accessed })}
            </StableText>
          </dd>
        </dl>
      ) : (
        <p>
          This is the unreleased next version, which changes without notice. Cite a release instead: choose one in the
          version menu.
        </p>
      )}
    </section>
  );
}
