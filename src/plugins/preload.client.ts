/**
 * Replaces @docusaurus/core 3.10's client/preload (see src/plugins/hydration.ts) with the same
 * export and one change: its first call in the browser, from the app's entry script, starts in a
 * task of its own.
 *
 * `preload(pathname)` loads the route's chunks (adding a script element for each) before React
 * hydrates the page. The entry script called it while the browser was still evaluating main.js, so
 * that work made the longest task of a page's start longer still; in a non-minified profile it was
 * about 40 % of the entry's run time. Starting it one task later splits that task in two, and the
 * chunks start downloading a moment later. Later calls (navigations, links the pointer enters, the
 * server's rendering) run at once, as before.
 */
import routes from '@generated/routes';
import { matchRoutes } from 'react-router-config';

let deferredOnce = false;

function loadRouteChunks(pathname: string): Promise<void[]> {
  const matches = Array.from(new Set([pathname, decodeURI(pathname)]))
    .map((path) => matchRoutes(routes, path))
    .flat();
  return Promise.all(matches.map((match) => match.route.component.preload?.())) as Promise<void[]>;
}

export default function preload(pathname: string): Promise<void[]> {
  if (deferredOnce || typeof window === 'undefined') return loadRouteChunks(pathname);
  deferredOnce = true;
  return new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => loadRouteChunks(pathname));
}
