import { useEffect, useLayoutEffect } from 'react';

/**
 * `useLayoutEffect` in the browser, `useEffect` on the server (where layout effects never run and React would warn),
 * for work that must happen before paint, such as syncing a ref that event handlers read.
 *
 * @example
 * useIsomorphicLayoutEffect(() => { latest.current = props.onChange; });
 */
export const useIsomorphicLayoutEffect: typeof useLayoutEffect =
  typeof document !== 'undefined' ? useLayoutEffect : useEffect;
