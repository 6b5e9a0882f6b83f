import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import { useActivePluginAndVersion, useDocsVersion } from '@docusaurus/plugin-content-docs/client';
import type { FlowBundle } from '@site/src/lib/flows/bundle';
import DataTable from '@site/src/components/DataTable';
import styles from './styles.module.css';

interface DocLink {
  id: string;
  title: string;
  path: string;
}

/** Title and URL, in the version being read, of each doc a step relies on. An unknown id fails the build. */
function useDocLinks(ids: readonly string[]): Map<string, DocLink> {
  const versionDocs = useDocsVersion().docs;
  const globalDocs = useActivePluginAndVersion()?.activeVersion?.docs ?? [];
  const links = new Map<string, DocLink>();
  for (const id of new Set(ids)) {
    const doc = versionDocs[id];
    const path = globalDocs.find((candidate) => candidate.id === id)?.path;
    if (!doc || !path)
      throw new Error(`A flow step relies on the doc "${id}", which is not in this version of the docs`);
    links.set(id, { id, title: doc.title, path });
  }
  return links;
}

/** The text alternative to a flow's diagram: every step, who acts, by when, what it records, and where it leads. */
export default function FlowSteps({ flow }: { flow: FlowBundle }): ReactNode {
  const docs = useDocLinks(flow.steps.flatMap((step) => step.reliesOn));
  const anchor = (id: string) => `step-${flow.id}-${id}`;
  const and = translate({
    id: 'kit.flowSteps.and',
    message: ' and ',
    description: 'Joins two facts a step establishes',
  });
  return (
    <DataTable
      caption={translate({ id: 'kit.flowSteps.caption', message: 'Steps of the flow: {title}' }, { title: flow.title })}
      columns={[
        translate({ id: 'kit.flowSteps.step', message: 'Step' }),
        translate({ id: 'kit.flowSteps.role', message: 'Role' }),
        translate({ id: 'kit.flowSteps.timeTarget', message: 'Time target' }),
        translate({ id: 'kit.flowSteps.records', message: 'Records' }),
        translate({ id: 'kit.flowSteps.whatHappens', message: 'What happens and where it leads' }),
      ]}
      className={styles.table}
      data-flow-steps={flow.id}
    >
      {flow.steps.map((step) => (
        <tr key={step.number} id={anchor(step.id)}>
          <th scope="row">
            {step.number}. {step.label}
          </th>
          <td>{step.role}</td>
          <td>{step.timeTarget ?? '—'}</td>
          <td>
            {step.records.length > 0 ? (
              <ul className={styles.list}>
                {step.records.map((record) => (
                  <li key={record}>{record}</li>
                ))}
              </ul>
            ) : (
              '—'
            )}
          </td>
          <td>
            <p className={styles.kind}>
              {step.kind}
              {step.detail ? `. ${step.detail}` : ''}
            </p>
            {step.note ? <p className={styles.note}>{step.note}</p> : null}
            {step.establishes.length > 0 ? (
              <p className={styles.note}>
                {translate(
                  { id: 'kit.flowSteps.fromHereOn', message: 'From here on, {facts}.' },
                  { facts: step.establishes.join(and) },
                )}
              </p>
            ) : null}
            {step.next.length > 0 ? (
              <ul className={styles.list}>
                {step.next.map((exit) => (
                  <li key={`${exit.when ?? ''}-${exit.to}`}>
                    {exit.when ? `${exit.when}: ` : translate({ id: 'kit.flowSteps.then', message: 'Then: ' })}
                    <a href={`#${anchor(flow.steps[exit.to - 1]!.id)}`}>
                      {translate(
                        { id: 'kit.flowSteps.toStep', message: 'step {number}, {label}' },
                        { number: exit.to, label: exit.toLabel },
                      )}
                    </a>
                    {exit.establishes.length > 0
                      ? translate(
                          { id: 'kit.flowSteps.exitFromHereOn', message: ' (from here on, {facts})' },
                          { facts: exit.establishes.join(and) },
                        )
                      : ''}
                  </li>
                ))}
              </ul>
            ) : null}
            {step.reliesOn.length > 0 ? (
              <p className={styles.note}>
                {translate({ id: 'kit.flowSteps.reliesOn', message: 'Relies on:' })}{' '}
                {step.reliesOn.map((id, index) => (
                  <span key={id}>
                    {index > 0 ? ', ' : ''}
                    <Link to={docs.get(id)!.path}>{docs.get(id)!.title}</Link>
                  </span>
                ))}
              </p>
            ) : null}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
