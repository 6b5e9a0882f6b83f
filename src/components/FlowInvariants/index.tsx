import { translate } from '@docusaurus/Translate';
import type { ReactNode } from 'react';
import { INVARIANTS } from '@site/src/lib/flows/invariants';

/** The checks every flow passes, with their ids, straight from the list the checker uses. */
export default function FlowInvariants({ group }: { group: 'structure' | 'safety' }): ReactNode {
  const rows = INVARIANTS.filter((invariant) => invariant.group === group);
  return (
    <table>
      <caption>
        {translate(
          { id: 'kit.flowInvariants.caption', message: '{group}, with the id that names each in messages' },
          {
            group:
              group === 'safety'
                ? translate({ id: 'kit.flowInvariants.safety', message: 'Safety invariants' })
                : translate({ id: 'kit.flowInvariants.structure', message: 'Structural checks' }),
          },
        )}
      </caption>
      <thead>
        <tr>
          <th scope="col">{translate({ id: 'kit.flowInvariants.id', message: 'Id' })}</th>
          <th scope="col">{translate({ id: 'kit.flowInvariants.rule', message: 'Rule' })}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((invariant) => (
          <tr key={invariant.id}>
            <th scope="row">
              <code>{invariant.id}</code>
            </th>
            <td>{invariant.rule}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
