/** Without Chromium the browser stage stops with one line of instruction, never a stack trace. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');

describe('browser check', () => {
  it('prints one line naming the missing binary and how to install it, and exits 1', () => {
    const result = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), 'tests/e2e/check-browser.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CHROME_PATH: '/nonexistent/chromium' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'Chromium not found at /nonexistent/chromium: install it (Debian: sudo apt-get install chromium) or set CHROME_PATH to a Chromium binary.\n',
    );
    // Starting tsx in a child process can take longer than 5 s on a busy machine.
  }, 30_000);
});
