import { describe, expect, it } from 'vitest';
import {
  checkCrosswalk,
  crosswalkCsv,
  crosswalkJson,
  crosswalkMarkdown,
  crosswalkRows,
  requirementApplies,
  targetIndex,
  CSV_HEADER,
} from '../../../src/lib/crosswalk';
import type { Requirement } from '../../../src/schema/requirements';

const source = { title: 'DSA', url: 'https://eur-lex.europa.eu/dsa', accessed: '2026-12-07', pinpoint: 'Art. 16(1)' };
const requirements: Requirement[] = [
  {
    id: 'eu-notice',
    regime: 'eu-dsa',
    pinpoint: 'DSA Art. 16(1)',
    requirement: 'Let people notify you of illegal content.',
    applies_to: 'Hosting services',
    source,
    met_by: ['policy#reporting', 'flows/intake#report-button'],
  },
  {
    id: 'apple-block',
    regime: 'apple-app-review',
    pinpoint: 'Guideline 1.2',
    requirement: 'Let users block abusive users.',
    applies_to: 'Apps with user-generated content',
    applies_when: { any_feature: ['mobile_apps'] },
    source: { ...source, title: 'Apple' },
    not_covered: { reason: 'depends_on_product', why: 'Blocking is a product feature.' },
  },
  {
    id: 'dtsp-1',
    regime: 'dtsp',
    pinpoint: 'Commitment 1',
    requirement: 'Assess risks in product development.',
    applies_to: 'Voluntary',
    source,
    met_by: ['other-template#review'],
  },
];
const index = targetIndex({
  templates: [
    { id: 'policy', title: 'Child safety policy', clauses: [{ id: 'reporting', title: 'How to report' }] },
    { id: 'other-template', title: 'Other', clauses: [{ id: 'review', title: 'Review' }] },
  ],
  flows: [{ id: 'intake', title: 'Intake', nodes: [{ id: 'report-button', label: 'Report button' }] }],
});

describe('checking the crosswalk', () => {
  it('passes when every reference exists, and names the missing clause and what the template has', () => {
    expect(checkCrosswalk(requirements, index)).toEqual([]);
    const broken = [{ ...requirements[0]!, met_by: ['policy#reprting', 'flows/gone#x'] }];
    expect(checkCrosswalk(broken, index)).toEqual([
      { requirement: 'eu-notice', message: 'met_by policy#reprting does not exist; policy has reporting' },
      {
        requirement: 'eu-notice',
        message: 'met_by flows/gone#x does not exist; there is no template or flow flows/gone',
      },
    ]);
  });
});

describe('filtering by a profile', () => {
  const base = { established_in: ['US'], users_in: ['US'], 'features.mobile_apps': false };
  it('keeps a law only where the platform is established or has users', () => {
    expect(requirementApplies(requirements[0]!, base)).toBe(false);
    expect(requirementApplies(requirements[0]!, { ...base, users_in: ['US', 'EU'] })).toBe(true);
  });

  it('keeps an app store rule only for a platform with apps', () => {
    expect(requirementApplies(requirements[1]!, base)).toBe(false);
    expect(requirementApplies(requirements[1]!, { ...base, 'features.mobile_apps': true })).toBe(true);
  });

  it('is safe by default: a profile that does not say where or which features keeps the requirement', () => {
    expect(requirementApplies(requirements[0]!, {})).toBe(true);
    expect(requirementApplies(requirements[1]!, {})).toBe(true);
  });

  it('always keeps a voluntary framework', () => {
    expect(requirementApplies(requirements[2]!, base)).toBe(true);
  });

  it('drops a requirement for a size band the law exempts, and only when the profile gives that band', () => {
    const complaints: Requirement = {
      ...requirements[0]!,
      id: 'eu-complaints',
      pinpoint: 'DSA Art. 20(1)',
      exempt_size_bands: ['micro', 'small'],
    };
    const eu = { established_in: ['EU'], users_in: ['EU'] };
    expect(
      (['micro', 'small', 'medium', 'large'] as const).map((band) =>
        requirementApplies(complaints, { ...eu, size_band: band }),
      ),
    ).toEqual([false, false, true, true]);
    expect(requirementApplies(complaints, eu)).toBe(true);
    expect(requirementApplies(requirements[0]!, { ...eu, size_band: 'micro' })).toBe(true);
  });
});

describe('the outputs', () => {
  const rows = crosswalkRows(requirements, index);
  const meta = {
    release: '2026.12',
    asOf: '2026-12-07',
    platform: '=HYPERLINK("https://evil.example","x")',
    packTemplates: ['policy'],
  };

  it('CSV has the header row first and a hostile platform name stays text in its own cell', () => {
    const csv = crosswalkCsv(rows, meta);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines[1]).toBe(
      'eu-notice,Digital Services Act,EU,DSA Art. 16(1),Let people notify you of illegal content.,Hosting services,yes,policy#reporting; flows/intake#report-button,,,DSA,https://eur-lex.europa.eu/dsa,2026-12-07,2026.12,2026-12-07,"\'=HYPERLINK(""https://evil.example"",""x"")"',
    );
    expect(lines[3]).toContain(',yes,other-template#review (not in your pack),');
    expect(lines).toHaveLength(5);
  });

  it('JSON says the release, the date and what it covers', () => {
    const json = JSON.parse(crosswalkJson(rows, meta));
    expect(json.release).toBe('2026.12');
    expect(json.as_of).toBe('2026-12-07');
    expect(json.covers).toMatch(/^Covers 18 U\.S\.C\./);
    expect(json.requirements[1].not_covered).toEqual({
      reason: 'Depends on your product',
      why: 'Blocking is a product feature.',
    });
  });

  it('Markdown is a table whose cells a pipe in a value cannot break', () => {
    const md = crosswalkMarkdown(rows, { ...meta, platform: 'Pipe | Co' });
    expect(md.split('\n')[0]).toBe('# Crosswalk for Pipe \\| Co');
    expect(md).toContain(
      '| Let people notify you of illegal content. | Digital Services Act | DSA Art. 16(1) | Child safety policy: How to report (policy#reporting); Intake: Report button (flows/intake#report-button) |',
    );
    expect(md).toContain('Not covered: Depends on your product. Blocking is a product feature.');
  });

  it('French Markdown gives the reason a requirement is not covered in French', () => {
    const md = crosswalkMarkdown(rows, { ...meta, lang: 'fr' });
    expect(md).toContain('Non couverte : Dépend de votre produit. Blocking is a product feature.');
    expect(md).not.toContain('Depends on your product');
  });
});
