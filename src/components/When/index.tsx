import type { ReactNode } from 'react';

/**
 * Minimal stand-in for the template system's `<When>` (being built on another branch, which
 * replaces this file at merge): shows its content whatever the condition, so every optional
 * section of a template is visible until a platform profile is applied.
 */
export default function When({
  children,
}: {
  children?: ReactNode;
  feature?: string;
  jurisdiction?: string;
  not?: boolean;
}): ReactNode {
  return <>{children}</>;
}
