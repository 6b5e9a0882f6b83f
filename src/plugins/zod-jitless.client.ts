/**
 * Client module: zod never tries `eval` in the browser.
 *
 * Before its first object parse, zod 4 probes whether it may compile fast parsers with
 * `new Function` (its "JIT"). Under the site's Content Security Policy, which has no
 * `'unsafe-eval'` (src/lib/node/security-headers.ts), the probe is refused and the browser reports a
 * CSP violation on every page that checks a profile, although zod then works without it. Zod's
 * documented switch, `jitless`, skips the probe. The profiles and data the browser checks are
 * small, so the compiled parsers would save nothing measurable. Imports only zod's config
 * function, not its schemas; webpack moves zod's small core module (about 2 KB minified, which the
 * route chunks that check profiles load anyway) into the entry chunk.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });
