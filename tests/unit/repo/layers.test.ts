/**
 * The code's layers, checked from its imports: schema ← lib ← lint, plugins, services, components,
 * theme, pages, CLI, with no cycle between folders; code that runs in the browser never reaches a
 * Node-only module; and in the shared folders a Node-only module says so in its path (`src/lib/node/`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const src = join(root, 'src');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = walk(src).map((file) => relative(root, file));

/** Every module a file imports, statically or with `import()`, as written; `typeOnly` for `import type`. */
function importsOf(text: string): { specifier: string; typeOnly: boolean }[] {
  const found = [
    ...text.matchAll(/^\s*(?:import|export)\s([^'"]*?)from\s+['"]([^'"]+)['"]/gm),
    ...text.matchAll(/^\s*import\s+()['"]([^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\(\s*()['"]([^'"]+)['"]\s*\)/g),
  ];
  return found.map((match) => ({ specifier: match[2]!, typeOnly: /^type\s/.test(match[1]!) }));
}

/** The file of ours an import names (relative or `@site/`), or undefined for a package. */
function resolveLocal(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith('@site/')) base = join(root, specifier.slice('@site/'.length));
  else if (specifier.startsWith('.')) base = resolve(root, dirname(from), specifier);
  else return undefined;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(root, candidate);
  }
  return undefined;
}

const isNodeBuiltin = (specifier: string) =>
  specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!);

/** Each source file's imports of our own TypeScript modules, and of Node's built-in modules. */
const graph = new Map(
  files.map((file) => {
    const imports = importsOf(readFileSync(join(root, file), 'utf8'));
    const local = (typeOnly: boolean) =>
      imports
        .filter((found) => typeOnly || !found.typeOnly)
        .map(({ specifier }) => resolveLocal(file, specifier))
        .filter((path): path is string => path !== undefined && /^src\/.*\.tsx?$/.test(path));
    return [
      file,
      {
        /** Every module of ours it names, types included: what the layers are about. */
        local: local(true),
        /** The modules it loads when it runs (type-only imports are erased). */
        runtime: local(false),
        builtins: imports.map(({ specifier }) => specifier).filter(isNodeBuiltin),
      },
    ];
  }),
);

const folderOf = (file: string) => file.split('/')[1]!;
/** Where shared code that needs Node lives. */
const isNodeOnly = (file: string) => file.split('/').includes('node');

/** What each folder of src/ may import, besides itself. */
const ALLOWED: Record<string, string[]> = {
  schema: [],
  lib: ['schema'],
  lint: ['schema', 'lib'],
  plugins: ['schema', 'lib', 'lint'],
  services: ['schema', 'lib'],
  components: ['schema', 'lib', 'services'],
  theme: ['schema', 'lib', 'services', 'components'],
  pages: ['schema', 'lib', 'services', 'components'],
  cli: ['schema', 'lib', 'lint'],
};

/** Browser code: what the site ships to readers. */
const BROWSER_FOLDERS = ['services', 'components', 'theme', 'pages'];
const isBrowserEntry = (file: string) =>
  BROWSER_FOLDERS.includes(folderOf(file)) || (folderOf(file) === 'plugins' && /\.client\.tsx?$/.test(file));

describe('layers', () => {
  it('finds the source files and their imports', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(graph.get('src/lib/places.ts')?.local).toContain('src/schema/countries.ts');
    expect(
      importsOf("const x = await import('./a');\nexport { b } from './b';\nimport type { C } from './c';"),
    ).toEqual([
      { specifier: './b', typeOnly: false },
      { specifier: './c', typeOnly: true },
      { specifier: './a', typeOnly: false },
    ]);
    expect(graph.get('src/lib/profile-file.ts')?.local).toContain('src/lib/node/data.ts');
    expect(graph.get('src/lib/profile-file.ts')?.runtime).not.toContain('src/lib/node/data.ts');
  });

  it('each folder imports only the layers below it', () => {
    const wrong: string[] = [];
    for (const [file, { local }] of graph) {
      const from = folderOf(file);
      const allowed = ALLOWED[from];
      if (!allowed) {
        wrong.push(`${file}: src/${from}/ has no place in the layers (add it to ALLOWED)`);
        continue;
      }
      for (const target of local) {
        const to = folderOf(target);
        if (to !== from && !allowed.includes(to))
          wrong.push(`${file} imports ${target} (src/${from} may not import src/${to})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has no cycle between folders', () => {
    const edges = new Map<string, Set<string>>();
    for (const [file, { local }] of graph) {
      for (const target of local) {
        if (folderOf(target) !== folderOf(file)) {
          edges.set(folderOf(file), (edges.get(folderOf(file)) ?? new Set()).add(folderOf(target)));
        }
      }
    }
    const cycles: string[] = [];
    const visit = (folder: string, path: string[]) => {
      if (path.includes(folder)) {
        cycles.push([...path.slice(path.indexOf(folder)), folder].join(' → '));
        return;
      }
      for (const next of edges.get(folder) ?? []) visit(next, [...path, folder]);
    };
    for (const folder of edges.keys()) visit(folder, []);
    expect(cycles).toEqual([]);
  });

  it('no browser module reaches a Node-only module', () => {
    const wrong: string[] = [];
    for (const entry of files.filter(isBrowserEntry)) {
      const seen = new Set<string>();
      const queue: { file: string; via: string[] }[] = [{ file: entry, via: [] }];
      while (queue.length > 0) {
        const { file, via } = queue.shift()!;
        if (seen.has(file)) continue;
        seen.add(file);
        const chain = [...via, file];
        const node = graph.get(file);
        if (!node) continue;
        if (isNodeOnly(file) || node.builtins.length > 0) {
          wrong.push(`${chain.join(' → ')}${node.builtins.length > 0 ? ` (imports ${node.builtins.join(', ')})` : ''}`);
          continue;
        }
        for (const target of node.runtime) queue.push({ file: target, via: chain });
      }
    }
    expect(wrong).toEqual([]);
  });

  it('in the shared folders, a module that imports Node lives in a node/ folder', () => {
    // src/lib/flows/validate.ts is being split with the rest of src/lib/flows (issue 18) and is
    // renamed there.
    const pending = ['src/lib/flows/validate.ts'];
    const unnamed = [...graph]
      .filter(([file, { builtins }]) => ['schema', 'lib'].includes(folderOf(file)) && builtins.length > 0)
      .map(([file]) => file)
      .filter((file) => !isNodeOnly(file) && !pending.includes(file));
    expect(unnamed).toEqual([]);
  });
});
