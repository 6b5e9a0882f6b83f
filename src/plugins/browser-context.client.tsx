/**
 * Replaces @docusaurus/core's client/browserContext (see src/plugins/hydration.ts): the same
 * context and provider, but the re-render that flips `useIsBrowser()` to true after hydration is a
 * transition, which React splits into short tasks, instead of one long task over the whole app.
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
