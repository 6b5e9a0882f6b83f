/**
 * Wraps (does not eject) the local-search plugin's navbar search box, to close two accessibility
 * gaps in @easyops-cn/docusaurus-search-local 0.55.3 without copying its code:
 *
 * 1. Focus theft. Focusing the box starts loading the search index; when the index arrives the
 *    plugin calls `input.focus()` (its autocomplete re-parents the input, which drops focus). If a
 *    keyboard user has tabbed on in the meantime, that call pulls them back into the navbar, and
 *    their next keys land in the search box. We let the call through only while the user has not
 *    moved elsewhere, or when they pressed the search shortcut (Ctrl+K or ⌘K).
 * 2. The autocomplete makes the input a combobox that names its list with `aria-owns` only; ARIA 1.2
 *    requires `aria-controls` (axe: aria-required-attr once the list is open). We mirror it.
 * 3. Its `listbox` is the whole dropdown, which also holds the "See all results" link; a listbox may
 *    hold only options (axe: aria-required-children). We move the role, and the id the input points
 *    to, onto the element that holds just the options; the link stays in the dropdown, outside it.
 *    With no results, the "No results" message is a disabled option, so the open list is never empty.
 *
 * tests/e2e/search.test.ts proves both in Chromium.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import SearchBar from '@theme-original/SearchBar';
import type SearchBarType from '@theme/SearchBar';
import type { WrapperProps } from '@docusaurus/types';

type Props = WrapperProps<typeof SearchBarType>;

const isShortcut = (event: KeyboardEvent) => (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';

/** Install the guards on the search input inside `container`; returns the clean-up. */
function guardSearchInput(container: HTMLElement): () => void {
  const input = container.querySelector<HTMLInputElement>('input.navbar__search-input');
  if (!input) return () => {};

  // Has the user moved on from the search box (focused or pressed something else)?
  let movedOn = false;
  let shortcutPressed = false;
  const onFocusIn = (event: FocusEvent) => {
    movedOn = event.target !== input;
  };
  const onPointerDown = (event: PointerEvent) => {
    if (!container.contains(event.target as Node)) movedOn = true;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!isShortcut(event)) return;
    shortcutPressed = true;
    setTimeout(() => (shortcutPressed = false));
  };
  document.addEventListener('focusin', onFocusIn, true);
  document.addEventListener('pointerdown', onPointerDown, true);
  window.addEventListener('keydown', onKeyDown, true);

  const nativeFocus = HTMLInputElement.prototype.focus;
  input.focus = function focusUnlessUserMovedOn(options?: FocusOptions) {
    if (!movedOn || shortcutPressed) nativeFocus.call(this, options);
  };

  let dropdown: Element | null = null;
  const repairAria = () => {
    const listId = input.getAttribute('aria-owns');
    if (!listId) return;
    if (input.getAttribute('aria-controls') !== listId) input.setAttribute('aria-controls', listId);
    dropdown ??= container.querySelector(`[id="${CSS.escape(listId)}"]`);
    if (!dropdown) return;
    // With no results, the "No results" message becomes a disabled option, so the list is never empty.
    const noResults = dropdown.querySelector('[class*="noResults"]:not([role])');
    if (noResults && !dropdown.querySelector('[role="option"]')) {
      noResults.setAttribute('role', 'option');
      noResults.setAttribute('aria-disabled', 'true');
    }
    // The options' parent is re-rendered as results change.
    const list = dropdown.querySelector('[role="option"]')?.parentElement ?? dropdown;
    if (list.id === listId) return;
    for (const stale of [dropdown, ...Array.from(dropdown.querySelectorAll('[role="listbox"]'))]) {
      stale.removeAttribute('role');
      stale.removeAttribute('id');
    }
    list.setAttribute('role', 'listbox');
    list.id = listId;
  };
  const observer = new MutationObserver(repairAria);
  observer.observe(container, { attributes: true, attributeFilter: ['aria-owns'], childList: true, subtree: true });
  repairAria();

  return () => {
    observer.disconnect();
    document.removeEventListener('focusin', onFocusIn, true);
    document.removeEventListener('pointerdown', onPointerDown, true);
    window.removeEventListener('keydown', onKeyDown, true);
    delete (input as { focus?: unknown }).focus;
  };
}

export default function SearchBarWrapper(props: Props): ReactNode {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => (container.current ? guardSearchInput(container.current) : undefined), []);
  return (
    <div ref={container} style={{ display: 'contents' }}>
      <SearchBar {...props} />
    </div>
  );
}
