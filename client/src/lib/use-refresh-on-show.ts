import { useDidShow } from '@tarojs/taro';
import { useEffect, useRef, type MutableRefObject } from 'react';

/** A ref that is true while the component is mounted, for async work that finishes after it left. */
export function useMountedRef(): MutableRefObject<boolean> {
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return mounted;
}

/**
 * Runs `load` when the component mounts (and whenever `load` changes), and again each time its page
 * is shown after that, e.g. coming back from another page. The first show comes with the mount.
 */
export function useRefreshOnShow(load: () => void): void {
  useEffect(() => {
    load();
  }, [load]);
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) load();
    shown.current = true;
  });
}
