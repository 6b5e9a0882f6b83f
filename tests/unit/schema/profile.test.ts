import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDataProblem, validateDataText } from '../../../src/lib/node/data';
import { validateProfileText } from '../../../src/lib/profile-file';
import { checkProfile } from '../../../src/lib/profile';
import { MAX_TEXT_LENGTH } from '../../../src/schema/profile';

const fixtures = join(import.meta.dirname, '../../fixtures');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const valid = () => {
  const result = validateProfileText(read('profiles/valid.yaml'), 'valid.yaml');
  if (!result.ok) throw new Error('fixture profiles/valid.yaml is invalid');
  return result.profile;
};

describe('profile schema', () => {
  it('accepts a complete profile, in YAML and in JSON, and reads a minimum age written as a number', () => {
    const profile = valid();
    expect(profile.platform.minimum_age).toBe('16');
    expect(validateProfileText(JSON.stringify(profile), 'valid.json').ok).toBe(true);
  });

  it('takes optional document-control fields, and names each bad one with its fix', () => {
    const yaml = read('profiles/valid.yaml');
    const withDocuments = (block: string) => validateProfileText(`${yaml.trimEnd()}\ndocuments:\n${block}`, 'p.yaml');
    const good = withDocuments(
      "  owner: Head of Trust and Safety\n  version: '1.1'\n  effective_date: 2027-01-04\n  next_review: 2027-07-04\n  approved_by: '<b>Jane</b>, CEO'\n",
    );
    expect(good.ok && good.profile.documents).toEqual({
      owner: 'Head of Trust and Safety',
      version: '1.1',
      effective_date: '2027-01-04',
      next_review: '2027-07-04',
      approved_by: '<b>Jane</b>, CEO',
    });
    const lines = yaml.trimEnd().split('\n').length;
    const bad = withDocuments(
      '  version: v1\n  effective_date: 2027-02-30\n  next_review: 2026-01-01\n  signed: yes\n',
    );
    expect(bad.ok ? [] : bad.problems.map(formatDataProblem)).toEqual([
      `p.yaml:${lines + 2}:3 \`documents.version\`: Expected a version such as 1.0, 1.1 or 2.0, found "v1"`,
      `p.yaml:${lines + 3}:3 \`documents.effective_date\`: Expected a real date written as YYYY-MM-DD, found "2027-02-30"`,
      `p.yaml:${lines + 5}:3 \`documents.signed\`: Unexpected key \`signed\`; remove it or check its spelling`,
    ]);
    const early = withDocuments('  effective_date: 2027-01-04\n  next_review: 2027-01-04\n');
    expect(early.ok ? [] : early.problems.map(formatDataProblem)).toEqual([
      `p.yaml:${lines + 3}:3 \`documents.next_review\`: Expected the next review after the effective date (2027-01-04), found "2027-01-04"`,
    ]);
  });

  it('lists every problem with its line, field and fix', () => {
    const result = validateProfileText(read('profiles/bad.yaml'), 'bad.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatDataProblem)).toEqual([
      'bad.yaml:3:3 `platform.name`: Expected the name of your platform, found ""',
      'bad.yaml:5:3 `platform.url`: Expected a well-formed https URL (https://host.example/path), found "http://lumen.example"',
      'bad.yaml:7:1 Missing `contacts.safety_lead`: expected the name or role of your child safety point of contact',
      'bad.yaml:8:3 `contacts.safety_email`: Expected an email address for child safety reports, such as safety@example.com, found "safety-at-lumen"',
      'bad.yaml:12:22 `established_in[1]`: Expected a country code such as FR or BR (ISO 3166-1 alpha-2; UK for the United Kingdom), or EU when you do not know the Member State (write UK for the United Kingdom), found "GB"',
      'bad.yaml:13:1 `users_in`: Expected at least one place where your users are, such as [US] or [FR, DE], found a list',
      'bad.yaml:14:1 `size_band`: Expected one of micro, small, medium, large, found "tiny"',
      'bad.yaml:16:3 `features.uploads`: Expected true or false, found "yes please"',
      'bad.yaml:30:3 `features.telepathy`: Unexpected key `telepathy`; remove it or check its spelling',
    ]);
  });

  it('checks that the minimum age agrees with whether under-18s are allowed', () => {
    const profile = valid();
    const adults = checkProfile({ ...profile, platform: { ...profile.platform, minimum_age: '18' } });
    expect(!adults.ok && adults.problems.map((problem) => problem.message)).toEqual([
      'Expected a minimum age under 18, because features.minors_allowed is true, found "18"',
    ]);
    const minors = checkProfile({ ...profile, features: { ...profile.features, minors_allowed: false } });
    expect(!minors.ok && minors.problems.map((problem) => problem.message)).toEqual([
      'Expected a minimum age of 18, because features.minors_allowed is false, found "16"',
    ]);
  });

  it(`takes values of up to ${MAX_TEXT_LENGTH} characters, on one line, in any script`, () => {
    const profile = valid();
    const withName = (name: string) => checkProfile({ ...profile, platform: { ...profile.platform, name } });
    expect(withName('x'.repeat(MAX_TEXT_LENGTH)).ok).toBe(true);
    expect(withName('متجر الصور 🎉').ok).toBe(true);
    expect(withName('<img src=x onerror=alert(1)>').ok).toBe(true);
    const long = withName('x'.repeat(MAX_TEXT_LENGTH + 1));
    expect(!long.ok && long.problems[0]?.message).toMatch(/^Expected at most 10,000 characters, found "x{37}\.\.\."$/);
    const lines = withName('Lumen\n# Photos');
    expect(!lines.ok && lines.problems[0]?.message).toBe(
      'Expected a single line of text, without line breaks or control characters, found "Lumen\n# Photos"',
    );
  });

  it('reports a file that is not YAML, or not a mapping', () => {
    const broken = validateProfileText(read('profiles/broken.yaml'), 'broken.yaml');
    expect(!broken.ok && broken.problems.map(formatDataProblem)[0]).toMatch(
      /^broken\.yaml:\d+:\d+ Not valid YAML or JSON: /,
    );
    const list = validateProfileText('- a\n- b\n', 'list.yaml');
    expect(!list.ok && list.problems.map(formatDataProblem)).toEqual([
      'list.yaml:1:1 Expected a profile: a mapping with version, platform, contacts, established_in, users_in, size_band and features',
    ]);
  });
});

describe('variable registry schema', () => {
  it('rejects a variable declared twice', () => {
    const entry = '- { name: platform.name, label: Platform name, type: text, example: Lumen, help: The name. }\n';
    const result = validateDataText(entry + entry, 'variables.yaml');
    expect(!result.ok && result.problems.map(formatDataProblem)).toEqual([
      'variables.yaml:2:5 `[1].name`: Duplicate variable platform.name; declare each variable once, found "platform.name"',
    ]);
  });

  it('rejects bad names, types, examples and options, naming the line of each', () => {
    const result = validateDataText(read('registry/variables.yaml'), 'registry/variables.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatDataProblem)).toEqual([
      'registry/variables.yaml:6:3 `[1].name`: Expected a dotted profile path in snake_case, such as platform.name, found "Platform Name"',
      'registry/variables.yaml:14:3 `[2].example`: Expected the example to use only the values of options, found "huge"',
      'registry/variables.yaml:21:3 `[3].example`: Expected true or false as the example of a boolean variable, found "yes"',
      'registry/variables.yaml:23:3 `[3].options`: Expected no options on a variable of type boolean, found a list',
      'registry/variables.yaml:27:3 `[4].type`: Expected type to be one of text, email, url, date, enum, boolean, list, found "colour"',
    ]);
  });
});
