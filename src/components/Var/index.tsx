import type { ReactNode } from 'react';

/**
 * Minimal stand-in for the template system's `<Var>` (being built on another branch, which
 * replaces this file at merge): shows the variable's name where the adopter's value will go.
 */
export default function Var({ name }: { name: string }): ReactNode {
  return <span data-var={name}>{`{${name}}`}</span>;
}
