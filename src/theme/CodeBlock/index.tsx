/**
 * Wraps the theme's code block so that Prism loads with the first code block a page shows, in its
 * own chunk (see src/plugins/lazy-prism.ts).
 *
 * On the server, React streams the highlighted block after a plain copy and swaps it in while the
 * page is parsed, so the HTML still carries highlighted code (and readers without JavaScript get
 * the plain copy). In the browser a server-rendered block stays as it is while the chunk loads;
 * after a client-side navigation the code shows unhighlighted for that moment.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import type CodeBlockType from '@theme/CodeBlock';
import type { WrapperProps } from '@docusaurus/types';

type Props = WrapperProps<typeof CodeBlockType>;

const Highlighted = lazy(() => import('./Highlighted'));

function Plain({ children }: Props): ReactNode {
  return (
    <pre tabIndex={0}>
      <code>{children}</code>
    </pre>
  );
}

export default function CodeBlock(props: Props): ReactNode {
  return (
    <Suspense fallback={<Plain {...props} />}>
      <Highlighted {...props} />
    </Suspense>
  );
}
