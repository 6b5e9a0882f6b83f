/** A throwaway copy of the site (sharing node_modules) for tests that must edit content and build. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../../..');
const ENTRIES = [
  'package.json',
  'package-lock.json',
  // npm run lint (which npm run release runs) checks the code with these.
  'eslint.config.js',
  '.prettierrc.json',
  '.prettierignore',
  'docusaurus.config.ts',
  'sidebars.ts',
  'tsconfig.json',
  '.remarkrc.yaml',
  'versions.json',
  'src',
  'static',
  'docs',
  'versioned_docs',
  'versioned_sidebars',
];

export interface SiteCopy {
  dir: string;
  /** Run a command in the copy; returns its exit status and output. */
  run(command: string, args: string[]): { status: number | null; stdout: string; stderr: string };
  remove(): void;
}

export function copySite(prefix: string): SiteCopy {
  const dir = mkdtempSync(join(tmpdir(), `csk-${prefix}-`));
  for (const entry of ENTRIES) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    run(command, args) {
      const result = spawnSync(command, args, {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, CI: 'true', FORCE_COLOR: '0' },
      });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
