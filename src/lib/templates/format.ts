/**
 * How a profile value reads in a policy, and whether a condition holds. Shared by the site's
 * `<Var>` and `<When>` components and by the Markdown and Word exports, so a value never reads
 * differently on the page and in the download. No zod here: this runs on every template page.
 */
import { placeIn } from '../../schema/jurisdiction';
import { EMAIL_PATTERN, isHttpsUrl } from '../../schema/patterns';
import type { VariableType } from '../../schema/variables-data';
import type { ProfileValues, Value } from '../profile';
import type { Condition, VariableOption } from './tree';

/** The languages a value can read in: the kit's English and its translations. */
export type ValueLanguage = 'en' | 'fr';

const WORDS = {
  en: { and: 'and', yes: 'yes', no: 'no', none: 'none' },
  fr: { and: 'et', yes: 'oui', no: 'non', none: 'aucun' },
} as const;

export interface ValueSpec {
  varType: VariableType;
  options?: readonly VariableOption[];
}

/** "A, B and C" ("A, B et C" in French). */
export function joinAnd(items: readonly string[], lang: ValueLanguage = 'en'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${WORDS[lang].and} ${items.at(-1)}`;
}

/**
 * The text a value shows as: option labels for choices (in the template's language when the
 * registry gives one), "yes"/"no" for a feature.
 */
export function formatValue(spec: ValueSpec, value: Value, lang: ValueLanguage = 'en'): string {
  const label = (item: string) => {
    const option = spec.options?.find((candidate) => candidate.value === item);
    return (lang === 'en' ? undefined : option?.labels?.[lang]) ?? option?.label ?? item;
  };
  const words = WORDS[lang];
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (Array.isArray(value)) return value.length === 0 ? words.none : joinAnd(value.map(label), lang);
  return spec.varType === 'enum' ? label(value as string) : (value as string).trim();
}

/** A link target for an email or web address that is well formed; never for anything else. */
export function hrefFor(varType: VariableType, value: Value): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (varType === 'email' && EMAIL_PATTERN.test(text)) return `mailto:${text}`;
  if (varType === 'url' && isHttpsUrl(text)) return text;
  return undefined;
}

/** True or false when the profile answers the condition; undefined when it does not (yet). */
export function evaluateCondition(
  condition: Pick<Condition, 'kind' | 'not'> & { feature?: string; jurisdiction?: string },
  values: ProfileValues,
): boolean | undefined {
  let holds: boolean | undefined;
  if (condition.kind === 'feature') {
    const value = values[`features.${condition.feature}`];
    holds = typeof value === 'boolean' ? value : undefined;
  } else {
    const established = values.established_in;
    const users = values.users_in;
    if (!Array.isArray(established) && !Array.isArray(users)) holds = undefined;
    else {
      const code = condition.jurisdiction ?? '';
      // A Member State is in the EU: <When jurisdiction="EU"> holds for a profile with users in FR.
      const within = (list: unknown) =>
        Array.isArray(list) && list.some((place) => typeof place === 'string' && placeIn(place, code));
      holds = within(established) || within(users);
    }
  }
  return holds === undefined ? undefined : condition.not ? !holds : holds;
}

/** "your platform has: Live streaming", for the note on a section the profile has not decided. */
export function conditionText(condition: Pick<Condition, 'kind' | 'not' | 'label'>): string {
  if (condition.kind === 'feature') {
    return condition.not ? `your platform does not have: ${condition.label}` : `your platform has: ${condition.label}`;
  }
  return condition.not
    ? `you are neither established in nor have users in ${condition.label}`
    : `you are established in, or have users in, ${condition.label}`;
}
