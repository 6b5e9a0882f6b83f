import { describe, expect, it } from 'vitest';
import { formatValue, joinAnd } from '../../../../src/lib/templates/format';
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
