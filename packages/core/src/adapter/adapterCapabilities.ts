import type { AdapterCapabilities, DomainCapabilities, NorthstarAdapter } from './adapter.types.js';
import { ADAPTER_DOMAINS, ADAPTER_METHODS } from './adapterMethods.js';

/**
 * What an adapter can do, per domain (`read`, `write`, the methods present) plus whether it pushes changes,
 * so a widget can hide edit controls when a domain has no write method.
 *
 * @example
 * const caps = adapterCapabilities(adapter);
 * const canCheckIn = caps.goals.methods.includes('checkIn');
 * const readOnly = !caps.goals.write;
 */
export function adapterCapabilities(adapter: NorthstarAdapter): AdapterCapabilities {
  const capabilities = { subscribe: typeof adapter?.subscribe === 'function' } as AdapterCapabilities;
  for (const domain of ADAPTER_DOMAINS) {
    const target = adapter?.[domain] as Record<string, unknown> | undefined | null;
    // `typeof` on each known name (not Object.keys) also finds methods on a class prototype.
    const present = (method: string): boolean => typeof target?.[method] === 'function';
    const read = ADAPTER_METHODS[domain].read.filter(present);
    const write = ADAPTER_METHODS[domain].write.filter(present);
    const entry: DomainCapabilities = {
      read: read.length > 0,
      write: write.length > 0,
      methods: [...read, ...write],
    };
    capabilities[domain] = entry;
  }
  return capabilities;
}
