/**
 * The platform profile saved in this browser, for every component that needs it. It lives in
 * `localStorage` under one key and is never sent anywhere. Reading is lazy: a page without a
 * template never touches it, and the profile schema (zod) loads only when a saved profile exists.
 * Whatever is saved — valid, corrupt, outdated — becomes a state a component can show; nothing
 * here throws, so a bad profile can never blank a page.
 */
import { startTransition, useEffect, useRef, useState } from 'react';
import type { StoredProfile } from '@site/src/lib/profile';
import type { Profile } from '@site/src/schema/profile';

export const STORAGE_KEY = 'child-safety-kit:profile';

type Flat = Record<string, string | boolean | readonly string[]>;

export type ProfileState =
  | { status: 'loading' }
  /** The browser refuses storage (private mode, a policy): the editor says so. */
  | { status: 'unavailable'; message: string }
  | (Exclude<StoredProfile, { status: 'ok' }> & { text?: string })
  | { status: 'ok'; profile: Profile; values: Flat };

const LOADING: ProfileState = { status: 'loading' };
let state: ProfileState = LOADING;
let started = false;
const listeners = new Set<() => void>();

function set(next: ProfileState) {
  state = next;
  listeners.forEach((listener) => listener());
}

/** Values by dotted path: `{ platform: { name } }` becomes `{ 'platform.name': … }`. */
export function flatten(input: unknown, prefix = '', into: Flat = {}): Flat {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return into;
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) flatten(value, name, into);
    else if (typeof value === 'string' || typeof value === 'boolean') into[name] = value;
    else if (Array.isArray(value)) into[name] = value.filter((item): item is string => typeof item === 'string');
  }
  return into;
}

function readText(): string | null | { error: string } {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Read (or re-read) the saved profile. */
export async function refreshProfile(): Promise<void> {
  const text = readText();
  if (text !== null && typeof text === 'object') {
    set({ status: 'unavailable', message: `This browser does not let the site store data (${text.error}).` });
    return;
  }
  if (text === null) {
    set({ status: 'empty' });
    return;
  }
  try {
    const { readStoredProfile } = await import('@site/src/lib/profile');
    const stored = readStoredProfile(text);
    set(stored.status === 'ok' ? { ...stored, values: flatten(stored.profile) } : stored);
  } catch (error) {
    set({ status: 'corrupt', text, message: `The saved profile could not be read (${(error as Error).message})` });
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!started) {
    started = true;
    window.addEventListener('storage', (event) => {
      if (event.key === STORAGE_KEY || event.key === null) void refreshProfile();
    });
    void refreshProfile();
  }
  return () => listeners.delete(listener);
}

/** Follows `select(state)`: its value on first render, then, after each change, in a transition. */
function useSelected<T>(select: (current: ProfileState) => T): T {
  // During server rendering and hydration `state` is still "loading": it changes only once the
  // first effect below subscribes. So the first render matches the server's HTML, and a component
  // mounted after hydration starts from what is known.
  const [selected, setSelected] = useState<T>(() => select(state));
  // What this component shows, or is about to show once its transition renders: `selected` changes only here.
  const shown = useRef(selected);
  useEffect(() => {
    const update = () => {
      const next = select(state);
      if (Object.is(next, shown.current)) return;
      shown.current = next;
      startTransition(() => setSelected(next));
    };
    const unsubscribe = subscribe(update);
    update();
    return unsubscribe;
  }, [select]);
  return selected;
}

const whole = (current: ProfileState) => current;
const valuesOf = (current: ProfileState) => (current.status === 'ok' ? current.values : undefined);

/**
 * The saved profile's state; "loading" during server rendering and hydration.
 *
 * Not `useSyncExternalStore`: React renders its store updates synchronously, and the first one comes
 * right after hydration, when the store reads localStorage. On a template page, with dozens of
 * variables, that was one long task over the whole page. Here every update is a transition, which
 * React renders in short slices.
 */
export function useProfile(): ProfileState {
  return useSelected(whole);
}

/**
 * The saved profile's values by dotted path, or undefined until a valid profile is read. For
 * components that show a value or a placeholder and nothing else (`Var`, `When`): without a
 * profile they never render again after hydration.
 */
export function useProfileValues(): Flat | undefined {
  return useSelected(valuesOf);
}

/** Save a valid profile; every component showing it updates. */
export function saveProfile(profile: Profile): { ok: true } | { ok: false; message: string } {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(profile));
  } catch (error) {
    return { ok: false, message: `This browser did not let the site save the profile (${(error as Error).message}).` };
  }
  set({ status: 'ok', profile, values: flatten(profile) });
  return { ok: true };
}

/** Forget the saved profile. */
export function clearProfile(): void {
  try {
    window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing was stored, then.
  }
  set({ status: 'empty' });
}
