/**
 * French templates read their values and placeholders in French: every variable of the registry
 * has a French label (its placeholder and the profile's condition notes), and every option a
 * French template can show (any option of an enum or list variable) has a French label, from the
 * registry's `labels.fr`, a place's name in CLDR, or a number. A new option without one fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { translatedOptionLabel } from '../../src/lib/templates/format';
import { variablesDataSchema } from '../../src/schema/variables-data';

const root = join(import.meta.dirname, '../..');
const registry = variablesDataSchema.parse(
  parse(readFileSync(join(root, 'docs/policies/_data/variables.yaml'), 'utf8')),
);

describe('the variable registry in French', () => {
  it('gives every variable a French label, not the English one', () => {
    const missing = registry
      .filter((variable) => !variable.labels?.fr || variable.labels.fr === variable.label)
      .map((variable) => variable.name);
    expect(missing).toEqual([]);
  });

  it('gives every option a French template can show a French label', () => {
    const options = registry.flatMap((variable) =>
      (variable.options ?? []).map((option) => ({ name: variable.name, option })),
    );
    expect(options.length).toBeGreaterThan(40);
    const missing = options
      .filter(({ option }) => translatedOptionLabel(option, 'fr') === undefined)
      .map(({ name, option }) => `${name}: ${option.value} (${option.label})`);
    expect(missing).toEqual([]);
  });

  it('names the kit’s places in French', () => {
    const places = registry.find((variable) => variable.name === 'users_in')!.options!;
    expect(places.map((option) => translatedOptionLabel(option, 'fr'))).toEqual([
      'États-Unis',
      'Union européenne',
      'Royaume-Uni',
      'Canada',
      'Australie',
      'Brésil',
      'France',
      'Allemagne',
      'Inde',
      'Irlande',
      'Nouvelle-Zélande',
      'Singapour',
      'Afrique du Sud',
    ]);
  });
});
