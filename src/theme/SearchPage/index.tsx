/**
 * Wraps (does not eject) the local-search plugin's search page, @easyops-cn/docusaurus-search-local
 * 0.55.3. The plugin's page reads the query from the URL (`/search?q=…`) only once `useIsBrowser()`
 * is true, and on its first render writes its query back to the URL. Our `useIsBrowser()` turns true
 * in a transition after hydration (patches/@docusaurus+core+3.10.2.patch), so the plugin's page
 * would first write an empty query and lose the reader's. It is mounted after that flip instead:
 * the server's HTML and hydration show the page's layout and heading, and results follow.
 *
 * tests/e2e/search.test.ts ("shows results on the search page") proves it in Chromium.
 */
import type { ReactNode } from 'react';
import BrowserOnly from '@docusaurus/BrowserOnly';
import Head from '@docusaurus/Head';
import { translate } from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import SearchPage from '@theme-original/SearchPage';

export default function SearchPageWrapper(): ReactNode {
  // The plugin's own title for an empty query, so the heading does not change when it mounts.
  const title = translate({
    id: 'theme.SearchPage.emptyResultsTitle',
    message: 'Search the documentation',
    description: 'The search page title for empty query',
  });
  return (
    <BrowserOnly
      fallback={
        <Layout>
          <Head>
            <meta property="robots" content="noindex, follow" />
            <title>{title}</title>
          </Head>
          <div className="container margin-vert--lg">
            <h1>{title}</h1>
          </div>
        </Layout>
      }
    >
      {() => <SearchPage />}
    </BrowserOnly>
  );
}
