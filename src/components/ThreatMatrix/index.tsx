import type { ReactNode } from 'react';
import type { ApplicabilityData } from '@site/src/schema/applicability';
import type { Threat } from '@site/src/schema/threats';
import type { VariableRegistry } from '@site/src/schema/variables-data';
import DataTable from '@site/src/components/DataTable';
import styles from './styles.module.css';

export interface ThreatMatrixProps {
  threats: readonly Threat[];
  /** The variable registry, for the features' labels. */
  registry: VariableRegistry;
  /** The applicability rules, for the flows' titles. */
  rules: ApplicabilityData;
}

const label = (registry: VariableRegistry, feature: string) =>
  registry.find((variable) => variable.name === `features.${feature}`)?.label ?? feature;

/**
 * The threat × feature matrix, from the data: an overview grid (which feature exposes you to
 * which threat), then one table per feature saying how, with the flows that handle it. Links are
 * relative, so a released version links its own flows.
 */
export default function ThreatMatrix({ threats, registry, rules }: ThreatMatrixProps): ReactNode {
  const title = (id: string) => rules.flows.find((flow) => flow.id === id)?.title ?? id;
  // The registry lists the profile's features in order, without loading the profile schema (zod).
  const FEATURES = registry
    .filter((variable) => variable.name.startsWith('features.'))
    .map((variable) => variable.name.slice('features.'.length));
  const features = FEATURES.filter((feature) =>
    threats.some((threat) => threat.exposure.some((cell) => cell.feature === feature)),
  );
  return (
    <div className={styles.wrap}>
      <DataTable
        caption="Which features expose you to which threats (how: in the table for each feature below)"
        columns={['Threat', ...features.map((feature) => label(registry, feature))]}
        className={styles.grid}
      >
        {threats.map((threat) => (
          <tr key={threat.id}>
            <th scope="row">
              <a href={`landscape#${threat.id}`}>{threat.name}</a>
            </th>
            {features.map((feature) => {
              const cell = threat.exposure.find((item) => item.feature === feature);
              return (
                <td key={feature} className={cell ? styles.exposed : undefined}>
                  {cell ? (
                    <span data-cell={`${feature}-${threat.id}`}>{cell.inferred ? 'Likely' : 'Yes'}</span>
                  ) : (
                    <>
                      <span aria-hidden="true">–</span>
                      <span className="visually-hidden">Not exposed</span>
                    </>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </DataTable>
      <p>
        “Yes” means a source we cite describes the exposure. “Likely” means no source we read names it: it is our
        inference, and you should judge it for your own service.
      </p>
      {features.map((feature) => {
        const rows = threats.flatMap((threat) => {
          const cell = threat.exposure.find((item) => item.feature === feature);
          return cell ? [{ threat, cell }] : [];
        });
        return (
          <section key={feature} aria-labelledby={`feature-${feature}`}>
            <h2 id={`feature-${feature}`}>{label(registry, feature)}</h2>
            <table className={styles.detail}>
              <caption>
                Threats that {label(registry, feature).toLowerCase()} expose you to, and what handles them
              </caption>
              <thead>
                <tr>
                  <th scope="col">Threat</th>
                  <th scope="col">How the feature is exposed</th>
                  <th scope="col">What addresses it</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ threat, cell }) => (
                  <tr key={threat.id} id={`${feature}-${threat.id}`}>
                    <th scope="row">
                      <a href={`landscape#${threat.id}`}>{threat.name}</a>
                    </th>
                    <td>
                      {cell.how}
                      {cell.inferred ? <em> (Our inference; no source we read names it.)</em> : null}
                    </td>
                    <td>
                      <ul className={styles.links}>
                        {(cell.flows ?? []).map((flow) => (
                          <li key={flow}>
                            Flow: <a href={`../flows/${flow}`}>{title(flow)}</a>
                          </li>
                        ))}
                        <li>
                          Policies: <a href="../policies">policy templates</a>
                        </li>
                        <li>
                          Controls: <a href={`landscape#${threat.id}`}>{threat.name}</a>
                        </li>
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}
