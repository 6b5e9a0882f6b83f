/**
 * `npm run release -- <version>`: check the content, then freeze `docs/` (prose, templates and the
 * `_data/` they show) as a new version with `docusaurus docs:version`. The site's default version
 * follows `versions.json`; the package version follows the release.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readVersions } from '../lib/node/releases';
import { packageVersion } from '../lib/cli-package';
import { checkReleaseNotes, checkVersionName } from '../lib/release';

const root = process.cwd();
const version = process.argv[2];

function fail(message: string, code = 1): never {
  process.stderr.write(`release: ${message}\n`);
  process.exit(code);
}

if (!version || process.argv.length > 3 || version === '--help') {
  fail('usage: npm run release -- <YYYY.MM>   (e.g. npm run release -- 2027.06)', 2);
}

const existing = readVersions(root);
const nameProblem = checkVersionName(version, existing);
if (nameProblem) fail(nameProblem);

const notesProblem = checkReleaseNotes(readFileSync(resolve(root, 'docs/release-notes.mdx'), 'utf8'), version);
if (notesProblem) fail(notesProblem);

const run = (command: string, args: string[]) => {
  process.stdout.write(`release: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) fail(`${command} ${args.join(' ')} failed; nothing was released`);
};

run('npm', ['run', '--silent', 'lint']);
run('npx', ['docusaurus', 'docs:version', version]);
// The kit's package version follows the release (2027.01 is 2027.1.0), so --version and every stamp name it.
run('npm', ['version', packageVersion(version), '--no-git-tag-version', '--allow-same-version']);
process.stdout.write(
  `release: ${version} is cut. Commit versions.json, versioned_docs/, versioned_sidebars/, package.json and package-lock.json.\n`,
);
