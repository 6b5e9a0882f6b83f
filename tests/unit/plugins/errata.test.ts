/** Errata reach readers of frozen releases, from later releases' correction notes, without editing them. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errataByRelease } from '../../../src/lib/errata';
import errataPlugin, { errataContent } from '../../../src/plugins/errata';
import type { LoadContext } from '@docusaurus/types';

const KIT = join(import.meta.dirname, '../../fixtures/releases');

function hashTree(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(dir.length), createHash('sha256').update(readFileSync(path)).digest('hex')];
      }),
  );
}

describe('errata', () => {
  it('shows a correction made in 2030.02 on the 2030.01 page only; an unreleased correction nowhere', () => {
    expect(errataContent(KIT)).toEqual({
      '2030.01': {
        'legal/deadlines': [
          {
            release: '2030.02',
            date: '2030-02-10',
            summary: 'The removal deadline is 48 hours, not 72 hours as release 2030.01 said.',
          },
        ],
      },
    });
  });

  it("leaves every frozen release's files byte for byte as they were", async () => {
    const before = hashTree(join(KIT, 'versioned_docs'));
    const plugin = errataPlugin({ siteDir: KIT } as LoadContext);
    const content = await plugin.loadContent!();
    const globals: unknown[] = [];
    await plugin.contentLoaded!({
      content,
      actions: { setGlobalData: (data: unknown) => globals.push(data) } as never,
    });
    expect(globals).toEqual([errataContent(KIT)]);
    expect(hashTree(join(KIT, 'versioned_docs'))).toEqual(before);
    expect(readFileSync(join(KIT, 'versioned_docs/version-2030.01/legal/deadlines.mdx'), 'utf8')).toContain(
      'Remove reported images within 72 hours.',
    );
  });

  it('reaches every release from the corrected one up to the one before the correction, newest correction first', () => {
    const page = (id: string, changes: { date: string; summary: string; corrects?: string }[] = []) => ({
      id,
      changes,
    });
    const result = errataByRelease([
      { release: '2030.03', pages: [page('a', [{ date: '2030-03-01', summary: 'Fix two.', corrects: '2030.02' }])] },
      { release: '2030.02', pages: [page('a', [{ date: '2030-02-01', summary: 'Fix one.', corrects: '2030.01' }])] },
      { release: '2030.01', pages: [page('a'), page('b')] },
      { release: '2029.12', pages: [page('a')] },
    ]);
    expect(result['2030.01']?.a?.map((erratum) => erratum.summary)).toEqual(['Fix one.']);
    expect(result['2030.02']?.a?.map((erratum) => erratum.summary)).toEqual(['Fix two.']);
    expect(result['2030.01']?.b).toBeUndefined();
    expect(result['2029.12']).toBeUndefined();
    expect(result['2030.03']).toBeUndefined();
  });
});
