/** The CLI's caches (src/lib/node/cache.ts): validated data files and parsed templates, under one key discipline. */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateDataText } from '../../../../src/lib/node/data';
import {
  codeSources,
  loadTemplateSetCached,
  openDataCache,
  saveDataCache,
  validateDataTextCached,
} from '../../../../src/lib/node/cache';
import { readTemplateSources } from '../../../../src/lib/node/template-sources';

const NAME = 'docs/policies/_data/templates.yaml';
const fixtures = join(import.meta.dirname, '../../../fixtures');
const TEXT = readFileSync(join(import.meta.dirname, '../../../..', NAME), 'utf8');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'csk-data-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A cache file whose entry for NAME holds `data` under the current key, as a later run would find it. */
function plantEntry(data: unknown, key?: string) {
  openDataCache(dir);
  validateDataTextCached(TEXT, NAME);
  saveDataCache();
  const file = join(dir, 'data.json');
  const cached = JSON.parse(readFileSync(file, 'utf8')) as { key: string; entries: Record<string, { data: unknown }> };
  cached.entries[NAME]!.data = data;
  if (key !== undefined) cached.key = key;
  writeFileSync(file, JSON.stringify(cached));
}

describe('the validated-data cache', () => {
  it('answers a file validated before with the same data, from the cache file', () => {
    const fresh = validateDataText(TEXT, NAME);
    expect(fresh.ok).toBe(true);
    plantEntry(['from the cache']);
    openDataCache(dir);
    expect(validateDataTextCached(TEXT, NAME)).toEqual({ ok: true, data: ['from the cache'] });
    plantEntry((fresh as { data: unknown }).data);
    openDataCache(dir);
    expect(validateDataTextCached(TEXT, NAME)).toEqual(fresh);
  });

  it('validates afresh when the text, the file name or the validating code differ', () => {
    plantEntry(['stale']);
    openDataCache(dir);
    const edited = `${TEXT}\n- id: 7\n`;
    expect(validateDataTextCached(edited, NAME)).toEqual(validateDataText(edited, NAME));
    expect(validateDataTextCached(edited, NAME).ok).toBe(false);
    const renamed = 'docs/policies/_data/variables.yaml';
    expect(validateDataTextCached(TEXT, renamed)).toEqual(validateDataText(TEXT, renamed));

    plantEntry(['stale'], JSON.stringify([2, 'data', codeSources('data').map((text) => `${text} `)]));
    openDataCache(dir);
    expect(validateDataTextCached(TEXT, NAME)).toEqual(validateDataText(TEXT, NAME));
  });

  it('keys on every schema and the code that parses and checks a file', () => {
    const names = codeSources('data').map((text) => text.split('\n')[0]);
    expect(names).toEqual(
      expect.arrayContaining([
        'schema/data-kinds.ts',
        'schema/templates-data.ts',
        'lib/node/data.ts',
        'lib/issues.ts',
        'lib/yaml-positions.ts',
      ]),
    );
  });

  it('never stores a file with problems', () => {
    openDataCache(dir);
    expect(validateDataTextCached('- id: [\n', NAME).ok).toBe(false);
    saveDataCache();
    expect(existsSync(join(dir, 'data.json'))).toBe(false);
  });
});

describe('the CLI cache of parsed templates', () => {
  it('reuses trees while the texts are the same, and parses again when one changes', async () => {
    cpSync(join(fixtures, 'templates/policies'), join(dir, 'policies'), { recursive: true });
    const cache = join(dir, 'cache');
    const first = await loadTemplateSetCached(readTemplateSources(join(dir, 'policies'), dir), cache);
    expect(JSON.parse(readFileSync(join(cache, 'templates.json'), 'utf8')).entries.documents).toHaveLength(2);
    const second = await loadTemplateSetCached(readTemplateSources(join(dir, 'policies'), dir), cache);
    expect(second.templates.map((template) => template.document)).toEqual(
      first.templates.map((template) => template.document),
    );
    const file = join(dir, 'policies/streaming-rules.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('stops a live stream', 'ends a live stream'));
    const third = await loadTemplateSetCached(readTemplateSources(join(dir, 'policies'), dir), cache);
    expect(JSON.stringify(third.templates[1]!.document.body)).toContain('ends a live stream');
  });

  it('never caches a template with problems, so they are reported every time', async () => {
    cpSync(join(fixtures, 'templates/broken'), join(dir, 'broken'), { recursive: true });
    for (let run = 0; run < 2; run += 1) {
      const set = await loadTemplateSetCached(readTemplateSources(join(dir, 'broken'), dir), join(dir, 'cache'));
      expect(set.templates[0]!.problems).toHaveLength(1);
    }
  });
});
