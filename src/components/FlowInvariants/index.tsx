import type { ReactNode } from 'react';
import { INVARIANTS } from '@site/src/lib/flows/invariants';

/** The checks every flow passes, with their ids, straight from the list the checker uses. */
export default function FlowInvariants({ group }: { group: 'structure' | 'safety' }): ReactNode {
  const rows = INVARIANTS.filter((invariant) => invariant.group === group);
  return (
    <table>
      <caption>
        {group === 'safety' ? 'Safety invariants' : 'Structural checks'}, with the id that names each in messages
      </caption>
      <thead>
        <tr>
          <th scope="col">Id</th>
          <th scope="col">Rule</th>
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
