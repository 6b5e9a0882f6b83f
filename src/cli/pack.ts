/**
 * `npm run pack:cli [-- --out <dir>]`: makes the installable `child-safety-kit` package of the newest
 * release and packs it with `npm pack` into `<dir>` (default `dist/`). What goes in, and why, is
 * src/lib/cli-package.ts; this file does the I/O.
 *
 * The CLI is bundled by esbuild (already installed for tsx) into one ES module with its libraries
 * inside, so the package has no dependencies: it installs offline, and `--version` starts in tens of
 * milliseconds. The bundle keeps our modules' `import.meta.dirname` meaning what it means in the
 * repository: each module sees its folder under the package root, where the release's `docs/` is.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build, type Plugin } from 'esbuild';
import { BIN_FILE, packageManifest, packageVersion } from '../lib/cli-package';
import { CACHE_CODE, codeSources, type CacheName } from '../lib/node/cache';

const root = join(import.meta.dirname, '..', '..');

/** The module whose cache keys read our sources, which the package does not hold, and where it expects them packed. */
const CACHE_MODULE = join('lib', 'node', 'cache.ts');
const PACKED_CODE = 'const PACKED_CODE: Packed = {};';

/** Our modules' `import.meta.dirname`, as the same folder under the package root; see the banner. */
function kitDirnamePlugin(): Plugin {
  return {
    name: 'kit-dirname',
    setup(context) {
      let cacheSeen = false;
      // The cache module must be bundled and rewritten; a move or rename must stop the pack, not ship a broken CLI.
      context.onEnd(() => {
        if (!cacheSeen)
          throw new Error('src/lib/node/cache.ts was not bundled; update CACHE_MODULE in src/cli/pack.ts');
      });
      context.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
        let contents = readFileSync(args.path, 'utf8');
        const dir = relative(root, dirname(args.path)).split('\\').join('/');
        if (args.path.endsWith(CACHE_MODULE)) {
          cacheSeen = true;
          // Every cache key holds its code's text as it was packed, read here from the repository.
          if (!contents.includes(PACKED_CODE))
            throw new Error(`src/lib/node/cache.ts no longer declares ${PACKED_CODE}; update src/cli/pack.ts`);
          const packed = Object.fromEntries(
            (Object.keys(CACHE_CODE) as CacheName[]).map((name) => [name, codeSources(name)]),
          );
          // A function, so that `$&` or `$'` in a packed text is not read as a replacement pattern.
          contents = contents.replace(PACKED_CODE, () => `const PACKED_CODE: Packed = ${JSON.stringify(packed)};`);
        }
        contents = contents.replaceAll('import.meta.dirname', `__kitSourceDir(${JSON.stringify(dir)})`);
        return { contents, loader: 'ts' };
      });
    },
  };
}

// esbuild keeps the entry's own `#!/usr/bin/env node` line above this banner.
const BANNER = `// child-safety-kit: the Child Safety Kit's command, bundled by src/cli/pack.ts. Licences: THIRD-PARTY-NOTICES.md.
import { createRequire as __kitCreateRequire } from 'node:module';
import { dirname as __kitDirname, join as __kitJoin } from 'node:path';
import { fileURLToPath as __kitFileURLToPath } from 'node:url';
const require = __kitCreateRequire(import.meta.url);
const __kitHere = __kitDirname(__kitFileURLToPath(import.meta.url));
const __kitRoot = __kitJoin(__kitHere, /[\\/]chunks$/.test(__kitHere) ? '../..' : '..');
const __kitSourceDir = (dir) => __kitJoin(__kitRoot, dir);`;

interface Bundled {
  name: string;
  version: string;
  license: string;
  licenseText?: string;
}

/** The packages whose code is in the bundle, with their licences, from esbuild's metafile. */
function bundledPackages(inputs: string[]): Bundled[] {
  const dirs = new Set<string>();
  for (const input of inputs) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) dirs.add(match[1]!);
  }
  const seen = new Set<string>();
  return [...dirs]
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as {
        name: string;
        version: string;
        license?: string;
        licenses?: { type: string }[];
      };
      const licenseFile = ['LICENSE', 'LICENSE.md', 'license', 'license.md', 'LICENSE.txt']
        .map((name) => join(root, dir, name))
        .find((path) => existsSync(path));
      return {
        name: manifest.name,
        version: manifest.version,
        license: manifest.license ?? manifest.licenses?.map((item) => item.type).join(' OR ') ?? 'see its licence text',
        licenseText: licenseFile && readFileSync(licenseFile, 'utf8').trim(),
      };
    })
    .filter((item) => !seen.has(`${item.name}@${item.version}`) && Boolean(seen.add(`${item.name}@${item.version}`)))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function notices(packages: Bundled[]): string {
  return [
    '# Third-party notices',
    '',
    "`bin/child-safety-kit.js` contains the code of these packages, under their licences (Node's own modules are not included):",
    '',
    ...packages.flatMap((item) => [
      `## ${item.name} ${item.version} (${item.license})`,
      '',
      ...(item.licenseText ? ['```text', item.licenseText, '```', ''] : []),
    ]),
  ].join('\n');
}

const PACKAGE_README = (release: string) => `# child-safety-kit ${release}

The command-line tool of the Child Safety Kit, release ${release}: adoptable child-safety
policy templates, reporting-flow checks and legal-reporting guidance for small online platforms. The templates and
data of release ${release} are inside the package (\`docs/\`), so it needs nothing else and no network.

The kit contains no detection code and is not legal advice.

\`\`\`bash
npm install --save-dev ./child-safety-kit-${packageVersion(release)}.tgz    # or from your registry
npx child-safety-kit --version
npx child-safety-kit validate-profile my-platform.yaml
npx child-safety-kit applicable --profile my-platform.yaml
npx child-safety-kit generate --profile my-platform.yaml --out policies/ --format md,docx
npx child-safety-kit validate-flow --profile my-platform.yaml my-flows/
\`\`\`

Start from an example profile in \`node_modules/child-safety-kit/examples/\`. \`--help\` on every command lists its
options. Exit codes: 0 success, 1 invalid input (each problem as file:line:column with the field and the fix;
nothing is written), 2 usage error.

Licences: the code is MIT (\`LICENSE\`); policy templates are CC0 1.0 and guides CC BY 4.0; bundled libraries are
listed with their licences in \`THIRD-PARTY-NOTICES.md\`.
`;

export async function packCli(outDir: string): Promise<{ tarball: string; stage: string }> {
  const versions = JSON.parse(readFileSync(join(root, 'versions.json'), 'utf8')) as string[];
  const release = versions[0];
  if (!release) throw new Error('versions.json lists no release: cut one with npm run release first');
  const engines = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } })
    .engines.node;
  const stage = join(outDir, 'package');
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });

  const result = await build({
    // The entry loads the commands' chunk only when it runs one: `--version` parses a few lines.
    entryPoints: { [basename(BIN_FILE, '.js')]: join(root, 'src', 'cli', 'index.ts') },
    outdir: join(stage, dirname(BIN_FILE)),
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    metafile: true,
    banner: { js: BANNER },
    plugins: [kitDirnamePlugin()],
    logLevel: 'warning',
  });

  cpSync(join(root, 'versioned_docs', `version-${release}`), join(stage, 'docs'), { recursive: true });
  cpSync(join(root, 'static', 'examples'), join(stage, 'examples'), { recursive: true });
  cpSync(join(root, 'LICENSE'), join(stage, 'LICENSE'));
  writeFileSync(join(stage, 'README.md'), PACKAGE_README(release));
  writeFileSync(join(stage, 'THIRD-PARTY-NOTICES.md'), notices(bundledPackages(Object.keys(result.metafile.inputs))));
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(packageManifest(release, engines), null, 2)}\n`);

  const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', outDir], { cwd: stage, encoding: 'utf8' });
  if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
  const [info] = JSON.parse(packed.stdout) as [{ filename: string }];
  return { tarball: join(outDir, info.filename), stage };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
  const { tarball } = await packCli(resolve(values.out!));
  process.stdout.write(`pack:cli: ${relative(process.cwd(), tarball)}\n`);
}
