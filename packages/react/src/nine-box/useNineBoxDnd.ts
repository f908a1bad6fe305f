import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { whenIdle } from '../internal/whenIdle.js';

/** The drag and drop chunk (dnd-kit and the draggable card and box). */
export type NineBoxDndModule = typeof import('./NineBoxDnd.js');

let loaded: NineBoxDndModule | null = null;
let loading: Promise<NineBoxDndModule> | undefined;
const listeners = new Set<() => void>();

function load(): Promise<NineBoxDndModule> {
  loading ??= import('./NineBoxDnd.js').then(
    (module) => {
      loaded = module;
      for (const listener of listeners) listener();
      return module;
    },
    (error: unknown) => {
      // Offline: the next focus on a handle (or idle time) tries again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * Fetches the drag and drop chunk now (tests and hosts that want drag ready before the first interaction).
 *
 * @example
 * beforeAll(() => preloadNineBoxDnd());
 */
export function preloadNineBoxDnd(): Promise<NineBoxDndModule> {
  return load();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};
const snapshot = () => loaded;
// The server (and hydration) render the plain grid: nothing of dnd-kit is in a server page.
const serverSnapshot = () => null;

/**
 * The grid's drag and drop chunk: null until it is in; fetched while the page is idle once moves are allowed, or at
 * once through `request` (a drag handle got focus, a pointer came over a card). Every grid on the page shares it.
 *
 * @example
 * const { dnd, request } = useNineBoxDnd(canMove);
 * const Cell = dnd ? dnd.DroppableNineBoxCell : NineBoxCell;
 */
export function useNineBoxDnd(wanted: boolean): { dnd: NineBoxDndModule | null; request: () => void } {
  const dnd = useSyncExternalStore(subscribe, snapshot, serverSnapshot);
  useEffect(() => {
    if (!wanted || dnd) return;
    return whenIdle(() => {
      load().catch(() => {});
    });
  }, [wanted, dnd]);
  const request = useCallback(() => {
    load().catch(() => {});
  }, []);
  return { dnd, request };
}
