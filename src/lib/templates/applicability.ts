/**
 * Does a template apply to a platform? The rule is data (`applies_when` in templates.yaml); this
 * evaluates it against a profile and says why, in words a reader can check.
 */
import { placeIn } from '../../schema/jurisdiction';
import { PLACE_NAMES, type ProfileJurisdiction } from '../../schema/places';
import type { AppliesWhen } from '../../schema/templates-data';
import type { VariableRegistry } from '../../schema/variables-data';
import type { ProfileValues } from '../profile';
import { joinAnd } from './format';

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
): Applicability {
  if (!rule) return { applies: true, reason: 'Applies to every platform.' };
  const label = (feature: string) =>
    registry.find((variable) => variable.name === `features.${feature}`)?.label ?? feature;
  const because: string[] = [];
  const missing: string[] = [];
  if (rule.any_feature) {
    const present = rule.any_feature.filter((feature) => values[`features.${feature}`] === true);
    if (present.length > 0) because.push(`your platform has: ${joinAnd(present.map(label))}`);
    else missing.push(`your platform has: ${either(rule.any_feature.map(label))}`);
  }
  if (rule.any_jurisdiction) {
    const places = [values.established_in, values.users_in].flatMap((list) =>
      Array.isArray(list) ? (list as string[]) : [],
    );
    const present = rule.any_jurisdiction.filter((code) => places.some((place) => placeIn(place, code)));
    const names = (codes: readonly string[]) => codes.map((code) => PLACE_NAMES[code as ProfileJurisdiction] ?? code);
    if (present.length > 0) because.push(`you operate in ${joinAnd(names(present))}`);
    else missing.push(`you operate in ${either(names(rule.any_jurisdiction))}`);
  }
  if (missing.length > 0) return { applies: false, reason: `Applies only if ${joinAnd(missing)}.` };
  return { applies: true, reason: `Applies because ${joinAnd(because)}.` };
}
