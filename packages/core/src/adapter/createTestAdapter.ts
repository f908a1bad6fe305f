import { NorthstarError } from '../errors/NorthstarError.js';
import { fail, readOptions, show } from '../internal/assert.js';
import type {
  AdapterChange,
  AdapterDomain,
  AdapterListener,
  CompleteAdapter,
  CyclesAdapter,
  FeedbackAdapter,
  GoalsAdapter,
  KpisAdapter,
  NorthstarAdapter,
  PeopleAdapter,
  TalentAdapter,
} from './adapter.types.js';
import { ADAPTER_DOMAINS, methodsOf } from './adapterMethods.js';
import { clonePlain } from './clonePlain.js';

/**
 * The methods a test supplies to `createTestAdapter`, per domain; everything else rejects `NOT_IMPLEMENTED`.
 *
 * @example
 * const overrides: TestAdapterOverrides = { goals: { list: async () => [goal] } };
 */
export interface TestAdapterOverrides {
  goals?: Partial<GoalsAdapter>;
  kpis?: Partial<KpisAdapter>;
  feedback?: Partial<FeedbackAdapter>;
  talent?: Partial<TalentAdapter>;
  people?: Partial<PeopleAdapter>;
  cycles?: Partial<CyclesAdapter>;
  subscribe?: NorthstarAdapter['subscribe'];
}

/**
 * What `createTestAdapter` returns: every domain and method present, plus `emit` to push a change to subscribers.
 *
 * @example
 * const adapter: TestAdapter = createTestAdapter();
 * adapter.emit({ type: 'goals', ids: ['g-1'], kind: 'updated' });
 */
export interface TestAdapter extends CompleteAdapter {
  /** Delivers `change` to everyone subscribed through `subscribe`. */
  emit(change: AdapterChange): void;
}

type Method = (...args: unknown[]) => unknown;

function notImplemented(domain: AdapterDomain, method: string): Method {
  const label = `${domain}.${method}`;
  return () =>
    Promise.reject(
      new NorthstarError(
        'NOT_IMPLEMENTED',
        `${label} is not implemented by this test adapter; pass it as createTestAdapter({ ${domain}: { ${method} } })`,
        {
          method: label,
        },
      ),
    );
}

function implemented(source: Record<string, unknown>, name: string): Method {
  return (...args) => {
    // A throwing override still rejects, as a real adapter would.
    try {
      return Promise.resolve((source[name] as Method).apply(source, args));
    } catch (error) {
      return Promise.reject(error);
    }
  };
}

function buildDomain(domain: AdapterDomain, given: unknown): Record<string, Method> {
  const source = (given ?? {}) as Record<string, unknown>;
  const known = methodsOf(domain);
  for (const key of Object.keys(source)) {
    // Only functions can be misspelt methods; data fields of a class-based override are its own business.
    if (!known.includes(key) && typeof source[key] === 'function') {
      fail(
        'INVALID_OPTION',
        `createTestAdapter override "${domain}.${key}" is not an adapter method (known: ${known.join(', ')})`,
        {
          field: `${domain}.${key}`,
        },
      );
    }
  }
  const result: Record<string, Method> = {};
  for (const name of known) {
    const value = source[name];
    if (value !== undefined && typeof value !== 'function') {
      fail(
        'INVALID_OPTION',
        `createTestAdapter override "${domain}.${name}" must be a function, got ${show(value)}`,
        {
          field: `${domain}.${name}`,
          value,
        },
      );
    }
    result[name] = value === undefined ? notImplemented(domain, name) : implemented(source, name);
  }
  return result;
}

/**
 * An adapter for tests with every domain and method present; each method not in `overrides` rejects with
 * `NOT_IMPLEMENTED` naming it (`goals.create`), so a test states exactly what its widget may call.
 *
 * @example
 * const adapter = createTestAdapter({ goals: { list: async () => [{ id: 'g-1', title: 'Grow' }] } });
 * await adapter.goals.list({});                    // [{ id: 'g-1', … }]
 * await adapter.goals.create(input, { idempotencyKey: 'k' }); // rejects NOT_IMPLEMENTED "goals.create …"
 */
export function createTestAdapter(overrides: TestAdapterOverrides = {}): TestAdapter {
  overrides = readOptions(overrides, 'createTestAdapter') as TestAdapterOverrides;
  for (const key of Object.keys(overrides)) {
    if (key !== 'subscribe' && !(ADAPTER_DOMAINS as readonly string[]).includes(key)) {
      fail(
        'INVALID_OPTION',
        `createTestAdapter override "${key}" is not an adapter domain (known: ${ADAPTER_DOMAINS.join(', ')})`,
        {
          field: key,
        },
      );
    }
  }
  const listeners = new Set<AdapterListener>();
  const adapter: Record<string, unknown> = {};
  for (const domain of ADAPTER_DOMAINS) adapter[domain] = buildDomain(domain, overrides[domain]);
  adapter.subscribe = (listener: AdapterListener): (() => void) => {
    const entry: AdapterListener = (change) => listener(change);
    listeners.add(entry);
    const stopOverride = overrides.subscribe?.(listener);
    let stopped = false;
    return () => {
      if (stopped) return;
      stopped = true;
      listeners.delete(entry);
      stopOverride?.();
    };
  };
  adapter.emit = (change: AdapterChange): void => {
    for (const listener of [...listeners]) listener(clonePlain(change));
  };
  return adapter as unknown as TestAdapter;
}
