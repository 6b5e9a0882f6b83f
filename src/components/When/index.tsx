import type { ReactNode } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useProfileValues } from '@site/src/services/ProfileStore';
import { conditionNote, evaluateCondition } from '@site/src/lib/templates/format';
import type { TranslatedLabels } from '@site/src/lib/templates/tree';
import styles from './styles.module.css';

export interface WhenProps {
  /** A feature from the registry (features.<name>), e.g. "live_streaming". */
  feature?: string;
  /** A jurisdiction code: true if the platform is established in it or has users in it. */
  jurisdiction?: string;
  /** Reverse the condition: <When not feature="e2ee">. */
  not?: boolean;
  /** Set by the build: the feature's label or the place's name. */
  label?: string;
  /** Set by the build: JSON of that label in the kit's other languages (`{"fr": "…"}`). */
  labels?: string;
  /** Set by the build when the element sits inside a paragraph. */
  inline?: boolean;
  children?: ReactNode;
}

function parseLabels(labels: string | undefined): TranslatedLabels | undefined {
  if (!labels) return undefined;
  try {
    return JSON.parse(labels) as TranslatedLabels;
  } catch {
    return undefined;
  }
}

/**
 * A section of a template that applies only to some platforms. With a saved profile it shows or
 * hides its content; without one, it shows the content marked with the condition, so a reader
 * sees every part of the template and knows when each applies.
 */
export default function When({
  feature,
  jurisdiction,
  not = false,
  label,
  labels,
  inline = false,
  children,
}: WhenProps): ReactNode {
  const values = useProfileValues();
  const { currentLocale } = useDocusaurusContext().i18n;
  const condition =
    feature !== undefined
      ? { kind: 'feature' as const, feature, not }
      : { kind: 'jurisdiction' as const, jurisdiction, not };
  const holds = values ? evaluateCondition(condition, values) : undefined;
  if (holds === false) return null;
  if (holds === true) return <>{children}</>;
  const note = conditionNote(
    { ...condition, label: label ?? feature ?? jurisdiction ?? '', labels: parseLabels(labels) },
    currentLocale === 'fr' ? 'fr' : 'en',
  );
  if (inline) {
    return (
      <span className={styles.inline}>
        <span className={styles.inlineNote}>[{note}:</span> {children}
        <span className={styles.inlineNote}>]</span>
      </span>
    );
  }
  return (
    <div className={styles.conditional} role="group" aria-label={note}>
      <p className={styles.note}>{note}</p>
      {children}
    </div>
  );
}
