/** Runs before the browser tests: without Chromium, say so in one line and stop (no stack trace). */
import { existsSync } from 'node:fs';
import { missingBrowserMessage } from './support/browser';

const missing = missingBrowserMessage();
if (missing) {
  process.stderr.write(`${missing}\n`);
  process.exit(1);
}
if (!existsSync('build/sitemap.xml')) {
  process.stderr.write('No built site in build/: run `npm run build` first (npm test does it for you).\n');
  process.exit(1);
}
