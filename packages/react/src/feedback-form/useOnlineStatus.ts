import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  globalThis.addEventListener?.('online', onChange);
  globalThis.addEventListener?.('offline', onChange);
  return () => {
    globalThis.removeEventListener?.('online', onChange);
    globalThis.removeEventListener?.('offline', onChange);
  };
}

// The server (and a browser without navigator) renders online, so the offline notice never flashes on hydration.
const onlineNow = () => (typeof navigator === 'undefined' ? true : navigator.onLine !== false);

/**
 * Whether the browser says it is online, re-rendering on `online` / `offline` events.
 *
 * @example
 * const online = useOnlineStatus();
 */
export function useOnlineStatus(): boolean {
  return useSyncExternalStore(subscribe, onlineNow, () => true);
}
