import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  coverage,
  UNRECORDED_SCOPE,
  whatApplies,
  type ApplicabilityInputs,
  type ApplicabilityProfile,
} from '../../../src/lib/applicability';
import { joinOu, placeInFr, placeNameFr } from '../../../src/lib/applicability-fr';
import { joinAnd } from '../../../src/lib/templates/format';
import { checklistMarkdown, formatWhatApplies } from '../../../src/lib/applicability-format';
import { applicability } from '../../../src/lib/templates/applicability';
import { loadApplicabilityInputs } from '../../../src/lib/node/applicability-load';
import { profileSchema, type Profile } from '../../../src/schema/profile';
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
    expect(joinAnd(['a'], 'fr')).toBe('a');
    expect(joinAnd(['a', 'b', 'c'], 'fr')).toBe('a, b et c');
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

describe('the reasons "what applies" gives, in French', () => {
  const data = loadApplicabilityInputs(join(import.meta.dirname, '../../../docs'));
  const load = (name: string): Profile =>
    profileSchema.parse(
      parse(readFileSync(join(import.meta.dirname, '../../fixtures/profiles/applicable', `${name}.yaml`), 'utf8')),
    );
  const reasons = (profile: ApplicabilityProfile, id: string, lang: 'en' | 'fr' = 'fr') =>
    whatApplies(profile, data, lang).obligations.find((item) => item.id === id)!.reasons;

  it('says where you are established or have users, with the French preposition, and quotes the record', () => {
    expect(reasons(load('ca-forum-small'), 'ca-notify-police')).toEqual([
      'Parce que vous êtes établi au Canada et hébergez du contenu de vos utilisateurs : The Act binds a person who provides an Internet service to the public (s. 3); a provider in Canada is the clear case.',
    ]);
    expect(reasons(load('ca-forum-small'), 'ca-amendments-state')).toEqual([
      "Parce que vous êtes établi au Canada. Vérifiez si elle s'impose à votre service. Qui elle vise : Everyone bound by S.C. 2011, c. 4.",
    ]);
    // English stays the default, word for word.
    expect(reasons(load('ca-forum-small'), 'ca-notify-police', 'en')[0]).toMatch(
      /^Because you are established in Canada and host user content: The Act binds/u,
    );
  });

  it('says in French that a duty follows another, and why a size or a feature matters', () => {
    expect(reasons(load('ca-forum-small'), 'ca-preserve-computer-data')).toEqual([
      "Elle découle de l'obligation « Notify the police when you have reasonable grounds to believe your service is used for a CSAM offence » [ca-notify-police] : elle s'applique parce que cette obligation s'applique à vous.",
    ]);
    const micro = whatApplies({ ...load('eu-file-host-medium'), size_band: 'micro' }, data, 'fr');
    expect(micro.exempt.find((item) => item.id === 'eu-dsa-art24-user-numbers')?.reason).toMatch(
      /^Selon votre profil, vous êtes une micro-entreprise\. Article 19\(1\) DSA: /u,
    );
    const { size_band: _size, ...unsized } = load('eu-file-host-micro');
    expect(reasons(unsized, 'eu-dsa-art15-transparency-report').at(-1)).toMatch(
      /^Vos réponses n'indiquent pas votre taille\. Article 15\(2\) DSA: /u,
    );
    const social = load('eu-social-large-minors');
    const adults = { ...social, features: { ...social.features, minors_allowed: false } };
    expect(reasons(adults, 'eu-dsa-art28-protection-of-minors').slice(-2)).toEqual([
      expect.stringMatching(
        /^Selon votre profil, vous êtes une grande entreprise, ce que l'exemption ne couvre pas\. Article 19\(1\) DSA: /u,
      ),
      expect.stringMatching(
        /^Votre profil n'active pas : Utilisateurs de moins de 18 ans admis\. Article 28\(1\) binds /u,
      ),
    ]);
  });

  it('asks counsel in French, and names features by their French labels', () => {
    const none = whatApplies(load('eu-no-user-content'), data, 'fr');
    expect(none.questions[0]).toEqual({
      id: 'no-user-content',
      ask: "Votre service est-il seulement un service d'hébergement ou de partage entre utilisateurs au sens des lois des pays où vous opérez ?",
      why: "Selon votre profil, les utilisateurs ne peuvent pas partager de contenu (aucune de ces fonctionnalités : Téléversement d'images ou de vidéos, Messages privés, Discussions de groupe, Diffusion en direct, Appels vidéo, Abonnements aux créateurs). La plupart des obligations de signalement visent les services qui transmettent ou stockent le contenu de leurs utilisateurs.",
    });
    expect(none.questions.find((item) => item.id === 'hosted-ca-report-internet-address')?.ask).toBe(
      "Hébergez-vous du contenu au Canada ? Si oui, l'obligation « Report an Internet address where CSAM may be publicly available to the Canadian Centre for Child Protection » (S.C. 2011, c. 4, s. 2; SOR/2011-292, ss. 2, 3, 10) s'applique-t-elle à vous ?",
    );
    expect(none.obligations.find((item) => item.id === 'eu-dsa-art18-notify-law-enforcement')?.reasons.at(-1)).toBe(
      "Selon votre profil, les utilisateurs ne peuvent pas partager de contenu sur votre service. Cette obligation porte sur le contenu d'un service : demandez à un conseil juridique si elle vous vise.",
    );
    const elsewhere = whatApplies(load('elsewhere-everywhere'), data, 'fr');
    expect(elsewhere.questions.find((item) => item.id === 'established-elsewhere')?.ask).toBe(
      "Quelle loi du pays où votre entreprise est établie vous oblige à signaler le matériel d'abus sexuel d'enfants, et à qui ?",
    );
    expect(whatApplies(load('us-provider-eu-users'), data, 'fr').threats[0]?.reason).toBe(
      "Votre plateforme a : Téléversement d'images ou de vidéos et Discussions de groupe.",
    );
  });

  it('names any place with a correct preposition, and joins with "ou"', () => {
    expect(['US', 'EU', 'FR', 'SG', 'JP'].map(placeInFr)).toEqual([
      'aux États-Unis',
      "dans l'Union européenne",
      'en France',
      'à Singapour',
      'dans ce lieu (Japon)',
    ]);
    expect(joinOu(['a', 'b', 'c'])).toBe('a, b ou c');
  });

  it('says in French why a template, flow or programme applies', () => {
    const result = whatApplies(load('ca-forum-small'), data, 'fr');
    const english = whatApplies(load('ca-forum-small'), data);
    expect(result.templates.map((item) => item.reason)).toEqual(
      english.templates.map((item) =>
        item.reason === 'Applies to every platform.'
          ? "S'applique à toute plateforme."
          : expect.stringMatching(/^S'applique parce que (votre plateforme a : |vous opérez )\S.*\.$/u),
      ),
    );
    expect(result.templates.map((item) => item.reason)).toContain("S'applique à toute plateforme.");
  });

  it('names the features and places of a rule in French', () => {
    const registry = data.registry;
    const values = { established_in: ['CA'], users_in: ['CA', 'US'], 'features.live_streaming': true };
    expect(applicability({ any_feature: ['live_streaming', 'video_calls'] }, values, registry, 'fr').reason).toBe(
      "S'applique parce que votre plateforme a : Diffusion en direct.",
    );
    expect(applicability({ any_jurisdiction: ['EU', 'UK'] }, values, registry, 'fr')).toEqual({
      applies: false,
      reason: "Ne s'applique que si vous opérez dans l'Union européenne ou au Royaume-Uni.",
    });
    expect(applicability({ any_jurisdiction: ['CA', 'US'] }, values, registry, 'fr').reason).toBe(
      "S'applique parce que vous opérez au Canada et aux États-Unis.",
    );
    expect(applicability({ any_jurisdiction: ['CA', 'US'] }, values, registry).reason).toBe(
      'Applies because you operate in Canada and the United States.',
    );
  });

  it('exports the first-30-days checklist with French headings, ticks and footer', () => {
    const result = whatApplies(load('ca-forum-small'), data, 'fr');
    const markdown = checklistMarkdown(result, new Set(['name-safety-lead']), 'fr');
    expect(markdown.split('\n').slice(0, 3)).toEqual([
      '# Les 30 premiers jours',
      '',
      '- [x] Au plus tard le jour 2 : Name your child safety lead and a deputy, and publish your child safety contact address.',
    ]);
    expect(markdown.trimEnd().split('\n').at(-1)).toBe(
      `Premières étapes seulement, tirées de la réponse « Ce qui s'applique » de Child Safety Kit à jour au ${result.coverage.as_of}. Les obligations, où signaler et les questions pour votre conseil juridique figurent dans la réponse complète. Les tâches sont citées en anglais : leur traduction n'est pas encore faite. Ce sont des indications, pas un avis juridique.`,
    );
  });

  it('sets a space before ":" and ";" in the French text, as the rest of the French kit does', () => {
    const text = formatWhatApplies(whatApplies(load('ca-forum-small'), data, 'fr'), 'text', 'Forum', 'fr');
    expect(text).toContain(
      "\n- S'applique (CA, Signaler, En vigueur) : Notify the police when you have reasonable grounds to believe your service is used for a CSAM offence [ca-notify-police]\n",
    );
    expect(text).toMatch(/^ {2}Source : S\.C\. 2011, c\. 4, s\. 3; SOR\/2011-292, s\. 11 ; /mu);
    expect(text).toMatch(/^- D'abord : /mu);
    expect(text).toMatch(/^- Au plus tard le jour 2 : Name your child safety lead/mu);
    expect(text).not.toMatch(/(S'applique \([^)]*\)|D'abord|Source|jour \d+): /u);
  });
});
