import type { ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import StableText from '@site/src/components/StableText';
import { citation } from '@site/src/lib/changes';
import { formatLongDate } from '@site/src/lib/dates';
import styles from './styles.module.css';

export interface CitePageProps {
  title: string;
  /** The release, such as 2026.12; undefined for the unreleased next version. */
  release: string | undefined;
  /** The absolute URL of this page in this release, which keeps working after later releases. */
  permanentUrl: string;
}

const today = (locale: string) => formatLongDate(new Date().toISOString().slice(0, 10), locale);

/** "Cite this page": the release, its permanent URL, the date accessed and a suggested citation. */
export default function CitePage({ title, release, permanentUrl }: CitePageProps): ReactNode {
  const isBrowser = useIsBrowser();
  const { currentLocale } = useDocusaurusContext().i18n;
  const accessed = isBrowser
    ? today(currentLocale)
    : translate({
        id: 'kit.citePage.dateYouReadIt',
        message: 'the date you read it',
        description: "Stands for the access date in a citation until the browser knows today's date",
      });
  const example = formatLongDate('2026-11-30', currentLocale);
  return (
    <section className={styles.box} aria-labelledby="cite-this-page">
      <h2 id="cite-this-page" className={styles.heading}>
        <Translate id="kit.citePage.heading">Cite this page</Translate>
      </h2>
      {release ? (
        <dl className={styles.facts}>
          <dt>
            <Translate id="kit.citePage.release">Release</Translate>
          </dt>
          <dd>{release}</dd>
          <dt>
            <Translate id="kit.citePage.permanentUrl">Permanent URL</Translate>
          </dt>
          <dd>
            <a href={permanentUrl}>{permanentUrl}</a>
          </dd>
          <dt>
            <Translate id="kit.citePage.accessed">Date accessed</Translate>
          </dt>
          <dd>
            <StableText next={example}>{accessed}</StableText>
          </dd>
          <dt>
            <Translate id="kit.citePage.suggested">Suggested citation</Translate>
          </dt>
          <dd>
            <StableText next={citation({ title, release, url: permanentUrl, accessed: example })}>
              {citation({ title, release, url: permanentUrl, accessed })}
            </StableText>
          </dd>
        </dl>
      ) : (
        <p>
          <Translate id="kit.citePage.unreleased">
            This is the unreleased next version, which changes without notice. Cite a release instead: choose one in the
            version menu.
          </Translate>
        </p>
      )}
    </section>
  );
}
