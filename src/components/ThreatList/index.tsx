import { translate } from '@docusaurus/Translate';
import type { ReactNode } from 'react';
import type { Threat } from '@site/src/schema/threats';
import type { VariableRegistry } from '@site/src/schema/variables-data';
import styles from './styles.module.css';

export interface ThreatListProps {
  threats: readonly Threat[];
  registry: VariableRegistry;
}

const label = (registry: VariableRegistry, feature: string) =>
  registry.find((variable) => variable.name === `features.${feature}`)?.label ?? feature;

/** Each threat from the data: what it looks like from your side, the features exposed, controls and sources. */
export default function ThreatList({ threats, registry }: ThreatListProps): ReactNode {
  return (
    <div className={styles.wrap}>
      {threats.map((threat) => (
        <section key={threat.id} aria-labelledby={threat.id}>
          <h2 id={threat.id}>{threat.name}</h2>
          <p>{threat.summary}</p>
          <p>
            <strong>{translate({ id: 'kit.threatList.features', message: 'Features that expose you:' })} </strong>
            {threat.exposure.map((cell) => label(registry, cell.feature)).join(', ')}.{' '}
            <a href={`matrix#${threat.exposure[0]!.feature}-${threat.id}`}>
              {translate({ id: 'kit.threatList.matrix', message: 'How each one does, in the matrix' })}
            </a>
            .
          </p>
          <h3 id={`${threat.id}-controls`}>
            {translate({ id: 'kit.threatList.controls', message: 'Controls that address it' })}
          </h3>
          <ul>
            {threat.controls.map((control) => (
              <li key={control}>{control}.</li>
            ))}
          </ul>
          <details className={styles.sources}>
            <summary>
              {translate(
                { id: 'kit.threatList.sources', message: 'Sources for this threat ({count})' },
                { count: threat.sources.length },
              )}
            </summary>
            <ul>
              {threat.sources.map((source) => (
                <li key={`${source.url}-${source.pinpoint}`}>
                  <a href={source.url}>{source.title}</a> (
                  {translate({ id: 'kit.threatList.accessed', message: 'accessed {date}' }, { date: source.accessed })}
                  ): {source.pinpoint}
                </li>
              ))}
            </ul>
          </details>
        </section>
      ))}
    </div>
  );
}
