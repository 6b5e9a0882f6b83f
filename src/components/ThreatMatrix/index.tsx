import { translate } from '@docusaurus/Translate';
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
        caption={translate({
          id: 'kit.threatMatrix.caption',
          message: 'Which features expose you to which threats (how: in the table for each feature below)',
        })}
        columns={[
          translate({ id: 'kit.threatMatrix.threat', message: 'Threat' }),
          ...features.map((feature) => label(registry, feature)),
        ]}
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
                    <span data-cell={`${feature}-${threat.id}`}>
                      {cell.inferred
                        ? translate({ id: 'kit.threatMatrix.likely', message: 'Likely' })
                        : translate({ id: 'kit.threatMatrix.yes', message: 'Yes' })}
                    </span>
                  ) : (
                    <>
                      <span aria-hidden="true">–</span>
                      <span className="visually-hidden">
                        {translate({ id: 'kit.threatMatrix.notExposed', message: 'Not exposed' })}
                      </span>
                    </>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </DataTable>
      <p>
        {translate({
          id: 'kit.threatMatrix.legend',
          message:
            '“Yes” means a source we cite describes the exposure. “Likely” means no source we read names it: it is our inference, and you should judge it for your own service.',
        })}
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
                {translate(
                  {
                    id: 'kit.threatMatrix.featureCaption',
                    message: 'Threats that {feature} expose you to, and what handles them',
                  },
                  { feature: label(registry, feature).toLowerCase() },
                )}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{translate({ id: 'kit.threatMatrix.threat', message: 'Threat' })}</th>
                  <th scope="col">
                    {translate({ id: 'kit.threatMatrix.how', message: 'How the feature is exposed' })}
                  </th>
                  <th scope="col">{translate({ id: 'kit.threatMatrix.addresses', message: 'What addresses it' })}</th>
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
                      {cell.inferred ? (
                        <em>
                          {' '}
                          (
                          {translate({
                            id: 'kit.threatMatrix.inference',
                            message: 'Our inference; no source we read names it.',
                          })}
                          )
                        </em>
                      ) : null}
                    </td>
                    <td>
                      <ul className={styles.links}>
                        {(cell.flows ?? []).map((flow) => (
                          <li key={flow}>
                            {translate({ id: 'kit.threatMatrix.flow', message: 'Flow:' })}{' '}
                            <a href={`../flows/${flow}`}>{title(flow)}</a>
                          </li>
                        ))}
                        <li>
                          {translate({ id: 'kit.threatMatrix.policies', message: 'Policies:' })}{' '}
                          <a href="../policies">
                            {translate({ id: 'kit.threatMatrix.policyTemplates', message: 'policy templates' })}
                          </a>
                        </li>
                        <li>
                          {translate({ id: 'kit.threatMatrix.controls', message: 'Controls:' })}{' '}
                          <a href={`landscape#${threat.id}`}>{threat.name}</a>
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
