import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  APPROVAL_PLACEHOLDER,
  documentControl,
  frontMatter,
  provenanceLine,
  stampOf,
} from '../../../../src/lib/templates/control';

const provenance = { kitVersion: '2026.12.0', release: '2026.12', generated: '2026-12-07' };
const document = {
  title: 'Child safety policy',
  reviewEveryMonths: 6,
  lastReviewed: '2026-11-30',
  sources: [{ title: 'A "quoted" source', url: 'https://example.org/a?b=1&c=2', accessed: '2026-11-30' }],
};

describe('dates', () => {
  it('adds months, clamping to the end of a shorter month', () => {
    expect(addMonths('2026-12-07', 3)).toBe('2027-03-07');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-12-07', 12)).toBe('2027-12-07');
  });
});

describe('document control', () => {
  it('uses sensible defaults: the safety lead owns it, version 1.0, effective when generated, reviewed after the template interval', () => {
    const rows = documentControl(
      document,
      { 'platform.name': 'Lumen Photos', 'contacts.safety_lead': 'Head of Trust and Safety' },
      provenance,
    );
    expect(rows).toEqual([
      { label: 'Document', value: 'Child safety policy' },
      { label: 'Platform', value: 'Lumen Photos' },
      { label: 'Owner', value: 'Head of Trust and Safety' },
      { label: 'Version', value: '1.0' },
      { label: 'Effective date', value: '2026-12-07' },
      { label: 'Next review', value: '2027-06-07' },
      { label: 'Approved by', value: APPROVAL_PLACEHOLDER, placeholder: true },
      { label: 'Generated from', value: 'Child Safety Kit 2026.12.0, release 2026.12, generated 2026-12-07' },
    ]);
  });

  it('takes every field the profile gives, and reviews after 12 months when the template does not say', () => {
    const rows = documentControl(
      { title: 'T' },
      {
        'platform.name': 'Lumen',
        'contacts.safety_lead': 'Lead',
        'documents.owner': 'Chief Operating Officer',
        'documents.version': '2.1',
        'documents.effective_date': '2027-01-04',
        'documents.approved_by': 'Jane Doe, CEO, 2026-12-18',
      },
      provenance,
    );
    const byLabel = Object.fromEntries(rows.map((row) => [row.label, row.value]));
    expect(byLabel).toMatchObject({
      Owner: 'Chief Operating Officer',
      Version: '2.1',
      'Effective date': '2027-01-04',
      'Next review': '2028-01-04',
      'Approved by': 'Jane Doe, CEO, 2026-12-18',
    });
    expect(rows.some((row) => row.placeholder)).toBe(false);
    expect(
      documentControl({ title: 'T' }, { 'documents.next_review': '2027-02-01' }, provenance).find(
        (row) => row.label === 'Next review',
      )!.value,
    ).toBe('2027-02-01');
  });

  it('without a profile, marks platform, owner and approval as placeholders', () => {
    const rows = documentControl(document, {}, provenance);
    expect(rows.filter((row) => row.placeholder).map((row) => row.value)).toEqual([
      '[Platform name]',
      '[Document owner]',
      APPROVAL_PLACEHOLDER,
    ]);
  });
});

describe('document control in French', () => {
  it('labels, placeholders and provenance in French; the values are the same', () => {
    expect(documentControl({ ...document, title: 'Politique de sécurité des enfants' }, {}, provenance, 'fr')).toEqual([
      { label: 'Intitulé', value: 'Politique de sécurité des enfants' },
      { label: 'Plateforme', value: '[Nom de la plateforme]', placeholder: true },
      { label: 'Responsable', value: '[Responsable du document]', placeholder: true },
      { label: 'Version', value: '1.0' },
      { label: "Date d'entrée en vigueur", value: '2026-12-07' },
      { label: 'Prochain réexamen', value: '2027-06-07' },
      {
        label: 'Approuvé par',
        value: "À compléter par votre entreprise : nom, fonction et date de l'approbation",
        placeholder: true,
      },
      {
        label: 'Généré à partir de',
        value: 'Child Safety Kit 2026.12.0, version 2026.12, document généré le 2026-12-07',
      },
    ]);
  });

  it('English stays the default, word for word', () => {
    expect(documentControl(document, {}, provenance)).toEqual(documentControl(document, {}, provenance, 'en'));
    expect(provenanceLine(provenance)).toBe('Child Safety Kit 2026.12.0, release 2026.12, generated 2026-12-07');
    expect(provenanceLine(provenance, 'fr')).toBe(
      'Child Safety Kit 2026.12.0, version 2026.12, document généré le 2026-12-07',
    );
  });
});

describe('front matter', () => {
  it('is YAML that reads back to exactly the stamp, whatever the titles and URLs hold', () => {
    const stamp = stampOf({ ...document, title: 'Policy: "x"\n---\nevil: true' }, provenance);
    const text = frontMatter(stamp);
    expect(text.startsWith('---\ntitle: ')).toBe(true);
    expect(text.endsWith('\n---\n')).toBe(true);
    const inner = text.slice(4, text.lastIndexOf('---\n'));
    expect(parseYaml(inner)).toEqual({
      title: 'Policy: "x"\n---\nevil: true',
      kit_version: '2026.12.0',
      release: '2026.12',
      generated: '2026-12-07',
      last_reviewed: '2026-11-30',
      license: 'CC0-1.0',
      sources: [{ title: 'A "quoted" source', url: 'https://example.org/a?b=1&c=2', accessed: '2026-11-30' }],
    });
    expect(parseYaml(frontMatter(stampOf({ title: 'T' }, provenance)).slice(4, -4))).toMatchObject({ sources: [] });
  });
});
