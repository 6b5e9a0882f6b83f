/**
 * Replaces @docusaurus/core 3.10's client/browserContext (see src/plugins/hydration.ts) with the
 * same exports and one change: the flip of `useIsBrowser()` to true after hydration is a transition.
 *
 * Every component that reads `useIsBrowser()` renders again when it flips: the colour-mode toggle,
 * code blocks, and on template pages every variable and conditional section. At default priority
 * React 19 does that render in one long task right after hydration, which on a slow phone blocks taps
 * and keys for tens of milliseconds. As a transition React renders it in short slices. Lighthouse's
 * total blocking time on doc pages fell by about half when this was measured (December 2026).
 *
 * The search page read its query from the URL only after an un-deferred flip; src/theme/SearchPage
 * mounts it once the flip has happened.
 */
import React, { startTransition, useEffect, useState, type ReactNode } from 'react';

export const Context = React.createContext(false);

export function BrowserContextProvider({ children }: { children: ReactNode }): ReactNode {
  const [isBrowser, setIsBrowser] = useState(false);
  useEffect(() => {
    startTransition(() => setIsBrowser(true));
  }, []);
  return <Context.Provider value={isBrowser}>{children}</Context.Provider>;
}
