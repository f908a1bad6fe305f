import type { AdapterCapabilities } from '@northstar/core';
import { adapterCapabilities } from '@northstar/core/adapters';
import { useMemo } from 'react';
import { useNorthstar } from '../provider/useNorthstar.js';

/**
 * What the provider's adapter can do, per domain (`read`, `write`, methods present), so a widget can go read-only
 * when a write is missing; everything is false without a provider or adapter.
 *
 * @example
 * const caps = useAdapterCapabilities();
 * const canRecord = caps.kpis.methods.includes('record');
 */
export function useAdapterCapabilities(): AdapterCapabilities {
  const { adapter } = useNorthstar();
  return useMemo(() => adapterCapabilities(adapter ?? {}), [adapter]);
}
