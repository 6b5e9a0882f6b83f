import { translate } from '@docusaurus/Translate';
import type { ReactNode } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useProfileValues } from '@site/src/services/ProfileStore';
import { formatValue, hrefFor, labelIn } from '@site/src/lib/templates/format';
import type { TranslatedLabels, VariableOption } from '@site/src/lib/templates/tree';
import type { VariableType } from '@site/src/schema/variables-data';
import styles from './styles.module.css';

export interface VarProps {
  /** A dotted profile path declared in the variable registry, e.g. "platform.name". */
  name: string;
  /** Set by the build from the registry (src/plugins/remark-template-components.ts). */
  label?: string;
  /** JSON of the registry's label in the kit's other languages (`{"fr": "…"}`), for translated pages. */
  labels?: string;
  type?: VariableType;
  /** JSON of the registry's options, for enum and list variables. */
  options?: string;
  /** The registry's default, shown when the profile leaves the variable out. */
  fallback?: string;
}

function parseJson<T>(json: string | undefined): T | undefined {
  if (!json) return undefined;
  try {
    return JSON.parse(json) as T;
  } catch {
    return undefined;
  }
}

/** A placeholder the reader can see and hear, until a profile fills it. */
export function Placeholder({ name, label }: { name: string; label: string }): ReactNode {
  return (
    <mark className={styles.placeholder} data-variable={name}>
      <span className="visually-hidden">
        {translate({
          id: 'kit.var.placeholder',
          message: 'Placeholder: ',
          description: 'Read before the label of a template value the profile does not give',
        })}
      </span>
      <span aria-hidden="true">[</span>
      {label}
      <span aria-hidden="true">]</span>
    </mark>
  );
}

/**
 * A variable part of a template. With a saved profile it shows the value, as text only: React
 * escapes it, and only a well-formed email or https address becomes a link. Without one, it shows
 * a placeholder with the variable's label.
 */
export default function Var({ name, label, labels, type = 'text', options, fallback }: VarProps): ReactNode {
  const given = useProfileValues()?.[name];
  const { currentLocale } = useDocusaurusContext().i18n;
  const lang = currentLocale === 'fr' ? 'fr' : 'en';
  const value = given === undefined || (typeof given === 'string' && given.trim() === '') ? fallback : given;
  if (value === undefined || (typeof value === 'string' && value.trim() === ''))
    return (
      <Placeholder
        name={name}
        label={labelIn({ label: label ?? name, labels: parseJson<TranslatedLabels>(labels) }, lang)}
      />
    );
  const text = formatValue({ varType: type, options: parseJson<VariableOption[]>(options) }, value, lang);
  const href = hrefFor(type, value);
  const shown = <bdi data-variable={name}>{text}</bdi>;
  return href ? <a href={href}>{shown}</a> : shown;
}
