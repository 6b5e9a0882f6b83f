import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataText } from '../../../src/lib/node/data';
import {
  checkProfile,
  problemsByField,
  profileFromValues,
  profileValues,
  readStoredProfile,
  recoverValues,
} from '../../../src/lib/profile';
import { serialiseProfile, validateProfileText } from '../../../src/lib/profile-file';
import type { VariableRegistry } from '../../../src/schema/variables-data';

const root = join(import.meta.dirname, '../../..');
const registryResult = validateDataText(
  readFileSync(join(root, 'docs/policies/_data/variables.yaml'), 'utf8'),
  'variables.yaml',
);
if (!registryResult.ok) throw new Error('the registry is invalid');
const registry = registryResult.data as VariableRegistry;
const validText = readFileSync(join(root, 'tests/fixtures/profiles/valid.yaml'), 'utf8');
const parsed = validateProfileText(validText, 'valid.yaml');
if (!parsed.ok) throw new Error('fixture invalid');
const profile = parsed.profile;

describe('profile values', () => {
  it('flattens a profile to values by variable name, and builds it back', () => {
    const values = profileValues(profile, registry);
    expect(values['platform.name']).toBe('Lumen Photos');
    expect(values.users_in).toEqual(['EU', 'UK']);
    expect(values['features.uploads']).toBe(true);
    const rebuilt = checkProfile(profileFromValues(values, registry));
    expect(rebuilt.ok && rebuilt.profile).toEqual(profile);
  });

  it('treats blank text as missing, and names each missing field, not its group', () => {
    const values = { ...profileValues(profile, registry), 'platform.name': '   ', 'contacts.appeals_email': '' };
    const result = checkProfile(profileFromValues(values, registry));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect([...problemsByField(result.problems, registry)]).toEqual([
      ['platform.name', 'Expected the name of your platform'],
      ['contacts.appeals_email', 'Expected an email address for appeals'],
    ]);
    const empty = checkProfile(profileFromValues({}, registry));
    expect(!empty.ok && [...problemsByField(empty.problems, registry).keys()].slice(0, 3)).toEqual([
      'platform.name',
      'platform.legal_entity',
      'platform.url',
    ]);
  });

  it('serialises a profile to YAML and JSON that read back the same', () => {
    for (const format of ['yaml', 'json'] as const) {
      const back = validateProfileText(serialiseProfile(profile, format), `p.${format}`);
      expect(back.ok && back.profile).toEqual(profile);
    }
  });
});

describe('the profile saved in the browser', () => {
  it('is empty, valid, corrupt, invalid or outdated, and never throws', () => {
    expect(readStoredProfile(null).status).toBe('empty');
    expect(readStoredProfile(JSON.stringify(profile))).toEqual({ status: 'ok', profile });
    const corrupt = readStoredProfile('{"version": 1, "platform": ');
    expect(corrupt.status).toBe('corrupt');
    expect(corrupt.status === 'corrupt' && corrupt.message).toMatch(/^The saved profile is not valid JSON \(/);
    expect(readStoredProfile('[1, 2]')).toMatchObject({
      status: 'corrupt',
      message: 'The saved profile is not an object of fields',
    });
    expect(readStoredProfile(JSON.stringify({ ...profile, size_band: 'vast' })).status).toBe('invalid');
    const old = readStoredProfile(readFileSync(join(root, 'tests/fixtures/profiles/old.json'), 'utf8'));
    expect(old).toMatchObject({ status: 'outdated', found: undefined });
  });

  it('recovers every field that has no problem of its own', () => {
    const stored = readStoredProfile(
      JSON.stringify({ ...profile, version: 0, size_band: 'vast', platform: { ...profile.platform, url: 'ftp://x' } }),
    );
    expect(stored.status).toBe('outdated');
    if (stored.status !== 'outdated') return;
    const values = recoverValues(stored.input, stored.problems, registry);
    expect(values['platform.name']).toBe('Lumen Photos');
    expect(values['platform.url']).toBeUndefined();
    expect(values.size_band).toBeUndefined();
    expect(values['features.minors_allowed']).toBe(true);
    // Every field but the two broken ones, and the optional document-control fields the profile leaves out.
    const optional = registry.filter((variable) => variable.name.startsWith('documents.')).length;
    expect(Object.keys(values)).toHaveLength(registry.length - 2 - optional);
  });
});
