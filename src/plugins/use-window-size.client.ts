/**
 * Replaces @docusaurus/theme-common 3.10's hooks/useWindowSize (see src/plugins/hydration.ts) with
 * the same export and one change: the update after hydration (and on resize) is a transition.
 *
 * The hook starts as "ssr" so that hydration matches the server's HTML, then an effect sets the
 * real size. On a phone that update renders the mobile menu's copy of the doc sidebar (every
 * category and link) in place of the desktop one, and at default priority React does it in one long
 * task right after hydration. As a transition React renders it in short slices; a tap on the menu
 * button in that moment opens the menu as soon as the slices are done.
 */
import { startTransition, useEffect, useState } from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

type WindowSize = 'desktop' | 'mobile' | 'ssr';

// The same value is hardcoded in Infima: both must change together.
const DesktopBreakpoint = 996;

function getWindowSize(desktopBreakpoint: number): WindowSize {
  if (!ExecutionEnvironment.canUseDOM) {
    throw new Error('getWindowSize() should only be called after React hydration');
  }
  return window.innerWidth > desktopBreakpoint ? 'desktop' : 'mobile';
}

export function useWindowSize({ desktopBreakpoint = DesktopBreakpoint }: { desktopBreakpoint?: number } = {}): WindowSize {
  // A constant first value, so that hydration matches the server's HTML.
  const [windowSize, setWindowSize] = useState<WindowSize>('ssr');
  useEffect(() => {
    function updateWindowSize() {
      const size = getWindowSize(desktopBreakpoint);
      startTransition(() => setWindowSize(size));
    }
    updateWindowSize();
    window.addEventListener('resize', updateWindowSize);
    return () => {
      window.removeEventListener('resize', updateWindowSize);
    };
  }, [desktopBreakpoint]);
  return windowSize;
}
