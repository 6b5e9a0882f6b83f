/**
 * Does a template apply to a platform? The rule is data (`applies_when` in templates.yaml); this
 * evaluates it against a profile and says why, in words a reader can check.
 */
import { placeIn } from '../../schema/jurisdiction';
import { PLACE_NAMES, type ProfileJurisdiction } from '../../schema/places';
import type { AppliesWhen } from '../../schema/templates-data';
import type { VariableRegistry } from '../../schema/variables-data';
import type { ProfileValues } from '../profile';
import { joinOu, placeInFr, type ScopeLanguage } from '../applicability-fr';
import { joinAnd, labelIn } from './format';

export interface Applicability {
  applies: boolean;
  /** "Applies to every platform." / "Applies because your platform has: Live streaming." */
  reason: string;
}

function either(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

export function applicability(
  rule: AppliesWhen | undefined,
  values: ProfileValues,
  registry: VariableRegistry,
  lang: ScopeLanguage = 'en',
): Applicability {
  const fr = lang === 'fr';
  if (!rule) return { applies: true, reason: fr ? "S'applique à toute plateforme." : 'Applies to every platform.' };
  const label = (feature: string) => {
    const variable = registry.find((item) => item.name === `features.${feature}`);
    return variable ? labelIn(variable, lang) : feature;
  };
  const and = (items: readonly string[]) => joinAnd(items, fr ? 'fr' : 'en');
  const or = fr ? joinOu : either;
  const has = fr ? 'votre plateforme a : ' : 'your platform has: ';
  const because: string[] = [];
  const missing: string[] = [];
  if (rule.any_feature) {
    const present = rule.any_feature.filter((feature) => values[`features.${feature}`] === true);
    if (present.length > 0) because.push(`${has}${and(present.map(label))}`);
    else missing.push(`${has}${or(rule.any_feature.map(label))}`);
  }
  if (rule.any_jurisdiction) {
    const places = [values.established_in, values.users_in].flatMap((list) =>
      Array.isArray(list) ? (list as string[]) : [],
    );
    const present = rule.any_jurisdiction.filter((code) => places.some((place) => placeIn(place, code)));
    const names = (codes: readonly string[]) => codes.map((code) => PLACE_NAMES[code as ProfileJurisdiction] ?? code);
    if (fr) {
      if (present.length > 0) because.push(`vous opérez ${joinAnd(present.map(placeInFr), 'fr')}`);
      else missing.push(`vous opérez ${joinOu(rule.any_jurisdiction.map(placeInFr))}`);
    } else if (present.length > 0) because.push(`you operate in ${joinAnd(names(present))}`);
    else missing.push(`you operate in ${either(names(rule.any_jurisdiction))}`);
  }
  if (missing.length > 0)
    return {
      applies: false,
      reason: fr ? `Ne s'applique que si ${joinAnd(missing, 'fr')}.` : `Applies only if ${joinAnd(missing)}.`,
    };
  return {
    applies: true,
    reason: fr ? `S'applique parce que ${joinAnd(because, 'fr')}.` : `Applies because ${joinAnd(because)}.`,
  };
}
