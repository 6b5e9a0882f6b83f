/**
 * What the installable `child-safety-kit` npm package holds, and its manifest. Pure; the packing
 * (bundling, copying, `npm pack`) is src/cli/pack.ts.
 *
 * The package is one release of the kit: the CLI as one bundled JavaScript file (its libraries
 * inside it, so it installs with no dependencies and no network), and that release's content
 * (`versioned_docs/version-<release>/`) as `docs/`, laid out as in the repository, so the bundled
 * folder is one more release root for the commands that read the kit's own templates and data.
 */

/** npm needs a three-part version: release `2026.12` is package `2026.12.0`, `2026.12.1` stays. */
export function packageVersion(release: string): string {
  const match = /^(\d{4})\.(0[1-9]|1[0-2])(?:\.([1-9]\d*))?$/.exec(release);
  if (!match) throw new Error(`Release "${release}" is not a calendar version (YYYY.MM or YYYY.MM.N)`);
  // npm normalises "12" but rejects a leading zero such as "2026.01.0": keep the month's number.
  return `${match[1]}.${Number(match[2])}.${match[3] ?? 0}`;
}

/** The bundled executable, relative to the package root. */
export const BIN_FILE = 'bin/child-safety-kit.js';

/** The package.json of the installable package: no dependencies, nothing run at install. */
export function packageManifest(release: string, engines: string): Record<string, unknown> {
  return {
    name: 'child-safety-kit',
    version: packageVersion(release),
    description: `Child Safety Kit ${release}: fill its child-safety policy templates with your platform profile (Markdown and Word), check profiles and reporting flows, and see which duties apply.`,
    license: 'MIT',
    type: 'module',
    engines: { node: engines },
    bin: { 'child-safety-kit': BIN_FILE },
    files: ['bin/', 'docs/', 'examples/', 'THIRD-PARTY-NOTICES.md'],
    keywords: ['child-safety', 'trust-and-safety', 'policy-templates', 'csea'],
    kitRelease: release,
  };
}

/** Paths a package must never hold: tests, the site's build, sources, maps, the repo's tooling. */
const FORBIDDEN = [
  /^tests?\//,
  /^build\//,
  /^src\//,
  /^node_modules\//,
  /\.map$/,
  /\.tsx?$/,
  /^\.docusaurus\//,
  /(^|\/)\.cache\//,
];

/** Problems with a package's file list (paths relative to the package root); none is an empty list. */
export function packageContentProblems(files: readonly string[]): string[] {
  const problems = files
    .filter((file) => FORBIDDEN.some((pattern) => pattern.test(file)))
    .map((file) => `${file}: does not belong in the package`);
  for (const required of ['package.json', 'README.md', 'LICENSE', BIN_FILE, 'docs/policies/_data/variables.yaml']) {
    if (!files.includes(required)) problems.push(`${required}: missing from the package`);
  }
  return problems;
}
