import type { AdapterChange } from '@northstar/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { portalAdapter } from '../data/portalAdapter';

/**
 * Listens to the server's change stream (SSE) while someone is signed in and invalidates every cached query of the
 * changed domain — the widgets' (`['northstar', 'goals', …]`) and the portal's (`['portal', 'goals', …]`) alike —
 * so a check-in or a 9-box move made in another browser shows up here.
 */
export function useLiveUpdates(enabled: boolean, onChange?: (change: AdapterChange) => void): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled) return;
    const stop = portalAdapter.subscribe((change) => {
      const related: string[] = change.type === 'talent' ? ['talent', 'talentMoves'] : [change.type];
      void queryClient.invalidateQueries({
        predicate: (query) =>
          query.queryKey.some((part) => typeof part === 'string' && related.includes(part)),
      });
      onChange?.(change);
    });
    return stop;
  }, [enabled, queryClient, onChange]);
}
