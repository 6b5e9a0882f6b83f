/**
 * Replaces @docusaurus/theme-common 3.10's utils/reactUtils (see src/plugins/hydration.ts) with the
 * same five exports and one change: `useShallowMemoObject` sorts keys in code-unit order instead of
 * with `localeCompare`. The first `localeCompare` of a page loads the browser's collation data, 20–40
 * ms in one piece on a slow phone, and theme-common called it while hydrating every doc page (the
 * mobile menu's copy of the sidebar) and every code block (its word-wrap observer). Key order only
 * has to be stable, not linguistic, so nothing else changes.
 */
import React, { useCallback, useMemo, useRef, type ComponentType, type ReactNode } from 'react';
import useIsomorphicLayoutEffect from '@docusaurus/useIsomorphicLayoutEffect';

export function useEvent<T extends (...args: never[]) => unknown>(callback: T): T {
  const ref = useRef(callback);
  useIsomorphicLayoutEffect(() => {
    ref.current = callback;
  }, [callback]);
  return useCallback((...args: Parameters<T>) => ref.current(...args), []) as T;
}

export function usePrevious<T>(value: T): T | undefined {
  const ref = useRef<T | undefined>(undefined);
  useIsomorphicLayoutEffect(() => {
    ref.current = value;
  });
  return ref.current;
}

export class ReactContextError extends Error {
  constructor(providerName: string, additionalInfo?: string) {
    super();
    this.name = 'ReactContextError';
    const hook = this.stack?.split('\n')[1]?.match(/at (?:\w+\.)?(?<name>\w+)/)?.groups?.name ?? '';
    this.message = `Hook ${hook} is called outside the <${providerName}>. ${additionalInfo ?? ''}`;
  }
}

export function useShallowMemoObject<O extends object>(obj: O): O {
  const deps = Object.entries(obj);
  // Sort by key so that the order keys were written in does not matter.
  deps.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => obj, deps.flat());
}

export function composeProviders(providers: ComponentType<{ children: ReactNode }>[]): ComponentType<{ children: ReactNode }> {
  return ({ children }) =>
    React.createElement(
      React.Fragment,
      null,
      providers.reduceRight<ReactNode>((element, Provider) => React.createElement(Provider, null, element), children),
    );
}
