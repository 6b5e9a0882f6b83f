/**
 * A released version is immutable. In a copy of the site: change a value in docs/, cut a release
 * with `npm run release`, change the value again, build, and read each version's page in Chromium:
 * the first release shows the original value, the new release the value it was cut with, next the latest.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite, type SiteCopy } from './support/site-copy';
import { openHydrated, startHarness, withWatchedPage, type Harness } from './support/site';

const DATA = 'docs/legal/_data/jurisdictions.yaml';
const ORIGINAL = "report_to: NCMEC's CyberTipline";

let copy: SiteCopy;
let harness: Harness;

function run(command: string, args: string[]) {
  const result = copy.run(command, args);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

function setUsDestination(value: string) {
  const path = join(copy.dir, DATA);
  const text = readFileSync(path, 'utf8');
  const current = text.match(/^ {2}report_to: .*$/m)![0];
  writeFileSync(path, text.replace(current, `  report_to: ${value}`));
}

beforeAll(async () => {
  copy = copySite('versioning');
  expect(readFileSync(join(copy.dir, DATA), 'utf8')).toContain(ORIGINAL);

  setUsDestination('Destination frozen in release 2099.01');
  const notes = join(copy.dir, 'docs/release-notes.mdx');
  writeFileSync(notes, readFileSync(notes, 'utf8').replace('\n## Next release\n', '\n## 2099.01\n'));
  run('npm', ['run', '--silent', 'release', '--', '2099.01']);
  setUsDestination('Destination edited after 2099.01');
  run('npx', ['docusaurus', 'build', '--out-dir', 'build']);
  harness = await startHarness(join(copy.dir, 'build'));
  // The release runs the whole lint, then the build has every release: minutes on a busy two-core machine.
}, 900_000);

afterAll(async () => {
  await harness?.close();
  copy?.remove();
});

async function usDestination(path: string): Promise<string> {
  return withWatchedPage(harness, async ({ page }) => {
    await openHydrated(page, harness.site.origin + path);
    return (await page.locator('#jurisdiction-us [data-field="report_to"]').textContent()) ?? '';
  });
}

describe('released versions are immutable', () => {
  it('the release script recorded the new version first', () => {
    const released = JSON.parse(readFileSync(join(import.meta.dirname, '../../versions.json'), 'utf8')) as string[];
    expect(JSON.parse(readFileSync(join(copy.dir, 'versions.json'), 'utf8'))).toEqual(['2099.01', ...released]);
  });

  it('the first release still shows the value it was released with', async () => {
    expect(await usDestination('/docs/2026.12/legal')).toBe("NCMEC's CyberTipline");
  });

  it('the new release is the default version and shows the value it was cut with', async () => {
    expect(await usDestination('/docs/legal')).toBe('Destination frozen in release 2099.01');
  });

  it('next shows the latest edit', async () => {
    expect(await usDestination('/docs/next/legal')).toBe('Destination edited after 2099.01');
  });

  it('refuses to cut the same version twice, changing nothing', () => {
    const result = copy.run('npm', ['run', '--silent', 'release', '--', '2099.01']);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'release: Version 2099.01 already exists in versions.json; released versions never change',
    );
  });
});
