import type { ReactNode } from 'react';

/**
 * A verbatim quotation of a statute. The terminology lint rule allows a statute's own words
 * (such as "child pornography") only inside a quotation, so writers mark quotations with this.
 */
export default function Quote({ children, cite }: { children: ReactNode; cite?: string }): ReactNode {
  return (
    <q cite={cite?.startsWith('https://') ? cite : undefined} title={cite ? `Quoted from ${cite}` : undefined}>
      {children}
    </q>
  );
}
