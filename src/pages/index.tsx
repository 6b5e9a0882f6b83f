import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import styles from './index.module.css';

interface Path {
  title: string;
  text: string;
  to: string;
  action: string;
}

const PATHS: readonly Path[] = [
  {
    title: 'We just got our first CSAM report',
    text: 'What to do in the first hour, what never to do, and where the law says you must report.',
    to: '/docs/legal/first-csam-report',
    action: 'Handle the report',
  },
  {
    title: 'We are writing our policies',
    text: 'Which policies a platform like yours needs, as complete text you can adopt and fill with your details.',
    to: '/docs/policies',
    action: 'Choose your policies',
  },
  {
    title: 'We are reviewing compliance',
    text: 'Each jurisdiction’s duty, status and primary sources, with the date we checked them, in a release you can cite.',
    to: '/docs/legal',
    action: 'Review the duties',
  },
];

export default function Home(): ReactNode {
  return (
    <Layout
      title="Handle child sexual exploitation reports responsibly"
      description="Policy templates, reporting flows and legal reporting guidance for small online platforms handling child sexual exploitation and abuse (CSEA)."
    >
      <main className={styles.main}>
        <div className="container">
          <h1 className={styles.title}>Child Safety Kit</h1>
          <p className={styles.lead}>
            For small online platforms that must handle child sexual exploitation and abuse (CSEA) with a team of two or
            three and no lawyer on staff. Adoptable policies, reporting flows and plain-language guidance on the legal
            duty to report, with every legal statement traced to its source.
          </p>
          <p className={styles.urgent}>
            <strong>If a child is in immediate danger, call your local emergency number now.</strong>
          </p>
          <h2 className={styles.pathsHeading}>Where are you today?</h2>
          <ul className={styles.paths}>
            {PATHS.map((path) => (
              <li key={path.to} className={styles.path}>
                <h3 className={styles.pathTitle}>{path.title}</h3>
                <p>{path.text}</p>
                <Link className="button button--primary" to={path.to}>
                  {path.action}
                </Link>
              </li>
            ))}
          </ul>
          <p className={styles.note}>
            Not legal advice. No tracking: this site sets no cookies and loads nothing from other websites.
          </p>
        </div>
      </main>
    </Layout>
  );
}
