import { createRequire } from 'node:module';
import { join } from 'node:path';

/** `require` resolving from the site's folder, so it finds Docusaurus' packages wherever npm put them. */
export function siteRequire(siteDir: string): NodeJS.Require {
  return createRequire(join(siteDir, 'package.json'));
}
