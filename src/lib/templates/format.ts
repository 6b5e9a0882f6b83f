/**
 * How a profile value reads in a policy, and whether a condition holds. Shared by the site's
 * `<Var>` and `<When>` components and by the Markdown and Word exports, so a value never reads
 * differently on the page and in the download. No zod here: this runs on every template page.
 */
import { placeIn } from '../../schema/jurisdiction';
import { EMAIL_PATTERN, isHttpsUrl } from '../../schema/patterns';
import { placeNameIn } from '../places';
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

/** A label that reads the same in every language: a number ("13"). */
const NEUTRAL_LABEL = /^[\d\s.,]+$/u;

/**
 * An option's label in a translated language, or undefined when the kit has none: the registry's
 * `labels`, else, for a place code (FR, UK, EU), the place's name from the runtime's CLDR data,
 * else the English label when it is a number. The content tests use this to find options with
 * no translation.
 */
export function translatedOptionLabel(
  option: Pick<VariableOption, 'value' | 'label' | 'labels'>,
  lang: Exclude<ValueLanguage, 'en'>,
): string | undefined {
  return (
    option.labels?.[lang] ??
    (/^[A-Z]{2}$/u.test(option.value) ? placeNameIn(option.value, lang) : undefined) ??
    (NEUTRAL_LABEL.test(option.label) ? option.label : undefined)
  );
}

/**
 * The text a value shows as: option labels for choices (in the template's language: the
 * registry's translation, or a place's name in that language), "yes"/"no" for a feature.
 */
export function formatValue(spec: ValueSpec, value: Value, lang: ValueLanguage = 'en'): string {
  const label = (item: string) => {
    const option = spec.options?.find((candidate) => candidate.value === item);
    if (lang === 'en') return option?.label ?? item;
    return (
      (option ? translatedOptionLabel(option, lang) : /^[A-Z]{2}$/u.test(item) ? placeNameIn(item, lang) : undefined) ??
      option?.label ??
      item
    );
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

/** A label in the template's language: the registry's translation, else the English label. */
export function labelIn(item: { label: string; labels?: { fr?: string } }, lang: ValueLanguage): string {
  return (lang === 'en' ? undefined : item.labels?.[lang]) ?? item.label;
}

/** "[Platform name]" ("[Nom de la plateforme]"): what a template shows for a value the profile leaves out. */
export function placeholderText(item: { label: string; labels?: { fr?: string } }, lang: ValueLanguage = 'en'): string {
  return `[${labelIn(item, lang)}]`;
}

/** "your platform has: Live streaming", for the note on a section the profile has not decided. */
export function conditionText(
  condition: Pick<Condition, 'kind' | 'not' | 'label'> & { labels?: { fr?: string } },
  lang: ValueLanguage = 'en',
): string {
  const label = labelIn(condition, lang);
  if (lang === 'fr') {
    if (condition.kind === 'feature') {
      return condition.not ? `votre plateforme ne propose pas : ${label}` : `votre plateforme propose : ${label}`;
    }
    return condition.not
      ? `vous n'êtes pas établi et n'avez pas d'utilisateurs dans ce lieu : ${label}`
      : `vous êtes établi, ou avez des utilisateurs, dans ce lieu : ${label}`;
  }
  if (condition.kind === 'feature') {
    return condition.not ? `your platform does not have: ${label}` : `your platform has: ${label}`;
  }
  return condition.not
    ? `you are neither established in nor have users in ${label}`
    : `you are established in, or have users in, ${label}`;
}

/** "Applies if your platform has: Live streaming" ("S'applique si votre plateforme propose : Diffusion en direct"). */
export function conditionNote(
  condition: Pick<Condition, 'kind' | 'not' | 'label'> & { labels?: { fr?: string } },
  lang: ValueLanguage = 'en',
): string {
  return `${lang === 'fr' ? "S'applique si" : 'Applies if'} ${conditionText(condition, lang)}`;
}
