import { describe, expect, it } from 'vitest';
import { packReadme } from '../../../../src/lib/templates/pack-readme';

const provenance = { kitVersion: '2027.1.0', release: '2027.01', generated: '2026-12-07' };
const documents = [
  { id: 'child-safety-policy', title: 'Child safety policy' },
  { id: 'appeals-policy', title: 'Appeals policy' },
];

describe('the policy pack README', () => {
  it('in English, word for word as before', () => {
    expect(packReadme({ documents, platform: 'Lumen Photos', provenance, crosswalk: true, records: true })).toBe(
      [
        '# Policy pack',
        '',
        'Filled in from your platform profile with Child Safety Kit.',
        'The templates are dedicated to the public domain (CC0 1.0): adapt and publish them freely.',
        'Generated with Child Safety Kit 2027.1.0, release 2027.01, on 2026-12-07.',
        '',
        '- Child safety policy: markdown/child-safety-policy.md, word/child-safety-policy.docx',
        '- Appeals policy: markdown/appeals-policy.md, word/appeals-policy.docx',
        '- Crosswalk of requirements and the clauses that meet them: crosswalk.csv, crosswalk.md',
        '- Record templates (logs) to fill as you work: records/ (CSV with a header row, and Word tables); the audit checklist: audit-checklist.md',
        '',
      ].join('\n'),
    );
  });

  it('in French, with no English left', () => {
    const french = [
      { id: 'child-safety-policy', title: 'Politique de protection des enfants' },
      { id: 'appeals-policy', title: 'Politique de contestation' },
    ];
    expect(
      packReadme({ documents: french, platform: undefined, provenance, crosswalk: true, records: false }, 'fr'),
    ).toBe(
      [
        '# Pack de politiques',
        '',
        'Tiré de Child Safety Kit, avec des passages entre [crochets] là où vos informations doivent figurer.',
        'Les modèles sont versés dans le domaine public (CC0 1.0) : adaptez-les et publiez-les librement.',
        'Généré avec Child Safety Kit 2027.1.0, version 2027.01, le 2026-12-07.',
        '',
        '- Politique de protection des enfants : markdown/child-safety-policy.md, word/child-safety-policy.docx',
        '- Politique de contestation : markdown/appeals-policy.md, word/appeals-policy.docx',
        '- Table de correspondance des exigences et des clauses qui y répondent : crosswalk.csv, crosswalk.md',
        '',
      ].join('\n'),
    );
  });
});
