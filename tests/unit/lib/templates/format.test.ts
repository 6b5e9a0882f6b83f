import { describe, expect, it } from 'vitest';
import {
  conditionNote,
  formatValue,
  joinAnd,
  placeholderText,
  translatedOptionLabel,
} from '../../../../src/lib/templates/format';
import { resolveTemplate } from '../../../../src/lib/templates/resolve';
import type { Root } from 'mdast';

const durations = {
  varType: 'enum' as const,
  options: [
    { value: '1h', label: '1 hour', labels: { fr: '1 heure' } },
    { value: '4h', label: '4 hours' },
  ],
};

describe('a value in the language of its template', () => {
  it('reads the English label by default and the French one in a French template, English when none is given', () => {
    expect(formatValue(durations, '1h')).toBe('1 hour');
    expect(formatValue(durations, '1h', 'fr')).toBe('1 heure');
    expect(formatValue(durations, '4h', 'fr')).toBe('4 hours');
  });

  it('says yes, no, none and "and" in the language of the template', () => {
    const feature = { varType: 'boolean' as const };
    expect([formatValue(feature, true), formatValue(feature, false)]).toEqual(['yes', 'no']);
    expect([formatValue(feature, true, 'fr'), formatValue(feature, false, 'fr')]).toEqual(['oui', 'non']);
    const list = { varType: 'list' as const };
    expect(formatValue(list, [], 'fr')).toBe('aucun');
    expect(joinAnd(['A', 'B', 'C'])).toBe('A, B and C');
    expect(joinAnd(['A', 'B', 'C'], 'fr')).toBe('A, B et C');
  });

  it('resolves a default response time in French in a French template', () => {
    const body: Root = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'Dans un délai de ' },
            {
              type: 'templateVar',
              name: 'response_times.critical',
              label: 'Time to act on a Tier 1 report',
              varType: 'enum',
              options: durations.options,
              fallback: '1h',
            } as never,
            { type: 'text', value: '.' },
          ],
        },
      ],
    };
    // Adjacent text merges into one sentence once resolved.
    const text = (lang?: 'en' | 'fr') => JSON.stringify(resolveTemplate(structuredClone(body), {}, lang).tree);
    expect(text('fr')).toContain('Dans un délai de 1 heure.');
    expect(text()).toContain('Dans un délai de 1 hour.');
  });
});

describe('places, placeholders and condition notes in French', () => {
  const places = {
    varType: 'list' as const,
    options: [
      { value: 'EU', label: 'European Union' },
      { value: 'UK', label: 'United Kingdom' },
      { value: 'US', label: 'United States' },
      { value: 'DE', label: 'Germany' },
    ],
  };

  it('names places in French from CLDR, the kit’s UK as the Royaume-Uni, a code outside the options too', () => {
    expect(formatValue(places, ['EU', 'UK', 'US', 'DE'], 'fr')).toBe(
      'Union européenne, Royaume-Uni, États-Unis et Allemagne',
    );
    expect(formatValue(places, ['EU', 'UK'])).toBe('European Union and United Kingdom');
    expect(formatValue(places, ['JP'], 'fr')).toBe('Japon');
    expect(
      formatValue({ varType: 'enum', options: [{ value: 'micro', label: 'Fewer than 10 people' }] }, 'micro', 'fr'),
    ).toBe('Fewer than 10 people');
  });

  it('finds a French label for an option: its translation, a place’s name, or a number; none otherwise', () => {
    expect(
      translatedOptionLabel({ value: 'small', label: '10 to 49 people', labels: { fr: 'De 10 à 49 personnes' } }, 'fr'),
    ).toBe('De 10 à 49 personnes');
    expect(translatedOptionLabel({ value: 'GB', label: 'United Kingdom' }, 'fr')).toBe('Royaume-Uni');
    expect(translatedOptionLabel({ value: '16', label: '16' }, 'fr')).toBe('16');
    expect(translatedOptionLabel({ value: 'micro', label: 'Fewer than 10 people' }, 'fr')).toBeUndefined();
    expect(translatedOptionLabel({ value: 'XX', label: 'Nowhere' }, 'fr')).toBeUndefined();
  });

  it('shows a missing value and an undecided section in the language of the template', () => {
    const body: Root = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'Écrivez à ' },
            {
              type: 'templateVar',
              name: 'contacts.safety_email',
              label: 'Child safety email',
              labels: { fr: "Adresse électronique pour la protection de l'enfance" },
              varType: 'email',
            } as never,
            { type: 'text', value: '.' },
          ],
        },
        {
          type: 'templateWhen',
          inline: false,
          condition: {
            kind: 'feature',
            feature: 'live_streaming',
            not: false,
            label: 'Live streaming',
            labels: { fr: 'Diffusion en direct' },
          },
          children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Direct.' }] }],
        } as never,
        {
          type: 'templateWhen',
          inline: false,
          condition: {
            kind: 'jurisdiction',
            jurisdiction: 'UK',
            not: true,
            label: 'the United Kingdom',
            labels: { fr: 'Royaume-Uni' },
          },
          children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Ailleurs.' }] }],
        } as never,
      ],
    };
    const texts = (lang?: 'en' | 'fr') => {
      const { tree } = resolveTemplate(structuredClone(body), {}, lang);
      return JSON.stringify(tree).match(/"value":"[^"]*"/g);
    };
    expect(texts('fr')).toEqual([
      `"value":"Écrivez à [Adresse électronique pour la protection de l'enfance]."`,
      `"value":"S'applique si votre plateforme propose : Diffusion en direct:"`,
      '"value":"Direct."',
      `"value":"S'applique si vous n'êtes pas établi et n'avez pas d'utilisateurs dans ce lieu : Royaume-Uni:"`,
      '"value":"Ailleurs."',
    ]);
    expect(texts()).toEqual([
      '"value":"Écrivez à [Child safety email]."',
      '"value":"Applies if your platform has: Live streaming:"',
      '"value":"Direct."',
      '"value":"Applies if you are neither established in nor have users in the United Kingdom:"',
      '"value":"Ailleurs."',
    ]);
    expect(
      conditionNote({ kind: 'jurisdiction', not: false, label: 'the EU', labels: { fr: 'Union européenne' } }, 'fr'),
    ).toBe("S'applique si vous êtes établi, ou avez des utilisateurs, dans ce lieu : Union européenne");
    expect(placeholderText({ label: 'Platform name', labels: { fr: 'Nom de la plateforme' } }, 'fr')).toBe(
      '[Nom de la plateforme]',
    );
  });
});
