import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateDataText } from '../../../../src/lib/node/data';
import {
  openDataCache,
  saveDataCache,
  validateDataTextCached,
  validatorSources,
} from '../../../../src/lib/node/data-cache';

const NAME = 'docs/policies/_data/templates.yaml';
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

    plantEntry(['stale'], JSON.stringify([1, validatorSources().map((text) => `${text} `)]));
    openDataCache(dir);
    expect(validateDataTextCached(TEXT, NAME)).toEqual(validateDataText(TEXT, NAME));
  });

  it('keys on every schema and the code that parses and checks a file', () => {
    const names = validatorSources().map((text) => text.split('\n')[0]);
    expect(names).toEqual(
      expect.arrayContaining(['data-kinds.ts', 'templates-data.ts', 'data.ts', 'issues.ts', 'yaml-positions.ts']),
    );
  });

  it('never stores a file with problems', () => {
    openDataCache(dir);
    expect(validateDataTextCached('- id: [\n', NAME).ok).toBe(false);
    saveDataCache();
    expect(existsSync(join(dir, 'data.json'))).toBe(false);
  });
});
