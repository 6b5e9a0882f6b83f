/**
 * Replaces @docusaurus/plugin-content-docs 3.10's client/docsPreferredVersion (see
 * src/plugins/hydration.ts) with the same exports and one change: what it reads from storage after
 * hydration applies only if it differs from what the page already shows, and then in a transition.
 *
 * The provider starts with no preferred version (the server cannot read storage), then reads it in
 * an effect. The original always set a new state object there, so on every page load React rendered
 * every reader again (each docs link and the version menu in the navbar and in the phone menu) at
 * default priority, which React 19 does in one piece. Most readers have no preferred version saved,
 * and then nothing needs to render at all.
 */
import React, { startTransition, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { DEFAULT_PLUGIN_ID } from '@docusaurus/constants';
import { useAllDocsData, useDocsData, type GlobalPluginData, type GlobalVersion } from '@docusaurus/plugin-content-docs/client';
import { useThemeConfig } from '@docusaurus/theme-common';
import { ReactContextError, createStorageSlot } from '@docusaurus/theme-common/internal';

type Persistence = 'localStorage' | 'none';
type State = { [pluginId: string]: { preferredVersionName: string | null } };
type ContextValue = [state: State, api: { savePreferredVersion: (pluginId: string, versionName: string) => void }];

const storageKey = (pluginId: string) => `docs-preferred-version-${pluginId}`;

const DocsPreferredVersionStorage = {
  save: (pluginId: string, persistence: Persistence, versionName: string) => {
    createStorageSlot(storageKey(pluginId), { persistence }).set(versionName);
  },
  read: (pluginId: string, persistence: Persistence) => createStorageSlot(storageKey(pluginId), { persistence }).get(),
  clear: (pluginId: string, persistence: Persistence) => {
    createStorageSlot(storageKey(pluginId), { persistence }).del();
  },
};

const getInitialState = (pluginIds: string[]): State => Object.fromEntries(pluginIds.map((id) => [id, { preferredVersionName: null }]));

/** Read storage; a stored version the site no longer has is removed, as in the original. */
function readStorageState({
  pluginIds,
  versionPersistence,
  allDocsData,
}: {
  pluginIds: string[];
  versionPersistence: Persistence;
  allDocsData: { [pluginId: string]: GlobalPluginData };
}): State {
  function restorePluginState(pluginId: string): { preferredVersionName: string | null } {
    const preferredVersionNameUnsafe = DocsPreferredVersionStorage.read(pluginId, versionPersistence);
    const versionExists = allDocsData[pluginId]!.versions.some((version) => version.name === preferredVersionNameUnsafe);
    if (versionExists) return { preferredVersionName: preferredVersionNameUnsafe };
    DocsPreferredVersionStorage.clear(pluginId, versionPersistence);
    return { preferredVersionName: null };
  }
  return Object.fromEntries(pluginIds.map((id) => [id, restorePluginState(id)]));
}

const sameState = (a: State, b: State) =>
  Object.keys(a).length === Object.keys(b).length && Object.keys(a).every((id) => a[id]?.preferredVersionName === b[id]?.preferredVersionName);

function useVersionPersistence(): Persistence {
  return useThemeConfig().docs.versionPersistence as Persistence;
}

const Context = React.createContext<ContextValue | null>(null);

function useContextValue(): ContextValue {
  const allDocsData = useAllDocsData();
  const versionPersistence = useVersionPersistence();
  const pluginIds = useMemo(() => Object.keys(allDocsData), [allDocsData]);
  // Empty at first: the server cannot read browser storage.
  const [state, setState] = useState(() => getInitialState(pluginIds));
  // On mount, what storage holds: only a difference renders, and in a transition.
  useEffect(() => {
    const stored = readStorageState({ allDocsData, versionPersistence, pluginIds });
    startTransition(() => setState((current) => (sameState(current, stored) ? current : stored)));
  }, [allDocsData, versionPersistence, pluginIds]);
  const api = useMemo(() => {
    function savePreferredVersion(pluginId: string, versionName: string) {
      DocsPreferredVersionStorage.save(pluginId, versionPersistence, versionName);
      setState((s) => ({ ...s, [pluginId]: { preferredVersionName: versionName } }));
    }
    return { savePreferredVersion };
  }, [versionPersistence]);
  return [state, api];
}

function DocsPreferredVersionContextProviderUnsafe({ children }: { children: ReactNode }): ReactNode {
  const value = useContextValue();
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** A maybe-layer: if the docs plugin is not enabled, this provider passes its children through. */
export function DocsPreferredVersionContextProvider({ children }: { children: ReactNode }): ReactNode {
  return <DocsPreferredVersionContextProviderUnsafe>{children}</DocsPreferredVersionContextProviderUnsafe>;
}

function useDocsPreferredVersionContext(): ContextValue {
  const value = useContext(Context);
  if (!value) throw new ReactContextError('DocsPreferredVersionContextProvider');
  return value;
}

/** A plugin's preferred version (the last version the reader visited); always null before mount. */
export function useDocsPreferredVersion(pluginId: string = DEFAULT_PLUGIN_ID): {
  preferredVersion: GlobalVersion | null;
  savePreferredVersionName: (versionName: string) => void;
} {
  const docsData = useDocsData(pluginId);
  const [state, api] = useDocsPreferredVersionContext();
  const { preferredVersionName } = state[pluginId]!;
  const preferredVersion = docsData.versions.find((version) => version.name === preferredVersionName) ?? null;
  const savePreferredVersionName = useCallback((versionName: string) => api.savePreferredVersion(pluginId, versionName), [api, pluginId]);
  return { preferredVersion, savePreferredVersionName };
}

export function useDocsPreferredVersionByPluginId(): { [pluginId: string]: GlobalVersion | null } {
  const allDocsData = useAllDocsData();
  const [state] = useDocsPreferredVersionContext();
  function getPluginIdPreferredVersion(pluginId: string): GlobalVersion | null {
    const { preferredVersionName } = state[pluginId]!;
    return allDocsData[pluginId]!.versions.find((version) => version.name === preferredVersionName) ?? null;
  }
  return Object.fromEntries(Object.keys(allDocsData).map((id) => [id, getPluginIdPreferredVersion(id)]));
}
