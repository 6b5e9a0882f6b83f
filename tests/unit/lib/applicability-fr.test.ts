import { describe, expect, it } from 'vitest';
import { coverage, UNRECORDED_SCOPE, type ApplicabilityInputs } from '../../../src/lib/applicability';
import { joinEt, placeNameFr } from '../../../src/lib/applicability-fr';
import { formatPlaceCoverage, ncmecOutsideUs, NCMEC_OUTSIDE_US } from '../../../src/lib/coverage';

type ScopeInputs = Pick<ApplicabilityInputs, 'obligations' | 'rules'>;

const inputs = (doesNotCover?: string[]) =>
  ({
    obligations: [
      { jurisdiction: 'US', kind: 'report', as_of: '2026-12-01' },
      { jurisdiction: 'EU', kind: 'removal', as_of: '2026-12-07' },
      { jurisdiction: 'UK', kind: 'age_assurance', as_of: '2026-11-30' },
    ],
    rules: doesNotCover ? { does_not_cover: doesNotCover } : {},
  }) as unknown as ScopeInputs;

const LINES = [
  'Duties of very large online platforms and search engines, of app stores and of internet access providers.',
  'A line this release added that has no French yet.',
];

describe('what the list covers, in French', () => {
  it('says exactly what the English says: the places, the kinds of duty, the date, guidance not advice', () => {
    expect(coverage(inputs(LINES)).covers).toBe(
      'This list covers the child-safety duties the kit records for the United States, the European Union and the United Kingdom: report, remove and age assurance, as of 2026-12-07. It is guidance, not legal advice.',
    );
    expect(coverage(inputs(LINES), 'fr')).toEqual({
      as_of: '2026-12-07',
      jurisdictions: ['US', 'EU', 'UK'],
      kinds: ['report', 'remove', 'age assurance'],
      covers:
        "Cette liste couvre les obligations de protection de l'enfance que le kit recense pour les États-Unis, l'Union européenne et le Royaume-Uni : signaler, retirer et vérification de l'âge, à jour au 2026-12-07. Ce sont des indications, pas un avis juridique.",
      does_not_cover: [
        "Les obligations des très grandes plateformes en ligne et des très grands moteurs de recherche, des boutiques d'applications et des fournisseurs d'accès à internet.",
        // A line with no French yet is shown as written, never dropped.
        'A line this release added that has no French yet.',
      ],
    });
  });

  it('without recorded limits, says the list is incomplete, in either language', () => {
    expect(coverage(inputs()).does_not_cover).toEqual([UNRECORDED_SCOPE]);
    expect(coverage(inputs(), 'fr').does_not_cover).toEqual([
      "Cette version n'indique pas ce que la liste laisse de côté. Considérez-la comme incomplète : elle ne couvre que les obligations citées ci-dessus, pas l'ensemble du droit.",
    ]);
  });

  it('names places with their article, and any other place by its French region name', () => {
    expect(placeNameFr('CA')).toBe('le Canada');
    expect(placeNameFr('SG')).toBe('Singapour');
    expect(placeNameFr('JP')).toBe('Japon');
    expect(joinEt(['a'])).toBe('a');
    expect(joinEt(['a', 'b', 'c'])).toBe('a, b et c');
  });
});

describe('the NCMEC sentence for a company outside the US', () => {
  it('is the English sentence by default and the French one on a French page or answer', () => {
    expect(ncmecOutsideUs()).toBe(NCMEC_OUTSIDE_US);
    expect(ncmecOutsideUs('fr')).toBe(
      "La loi des États-Unis (18 U.S.C. § 2258A) oblige les fournisseurs de services aux États-Unis à faire leurs signalements au CyberTipline du NCMEC. Le NCMEC indique que toute entreprise dans le monde peut lui faire un signalement, dans un texte reproduit par la Childhood Foundation (nous ne l'avons pas lu sur une page du NCMEC au 7 décembre 2026) : demandez vos identifiants au NCMEC avant d'en avoir besoin, et signalez aussi selon la loi du pays où vous êtes établi.",
    );
    expect(formatPlaceCoverage([], 'text', true, 'fr').split('\n').at(-1)).toBe(`- NCMEC : ${ncmecOutsideUs('fr')}`);
    expect(formatPlaceCoverage([], 'text', true).split('\n').at(-1)).toBe(`- NCMEC: ${NCMEC_OUTSIDE_US}`);
  });
});
