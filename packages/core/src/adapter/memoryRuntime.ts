import { NorthstarError } from '../errors/NorthstarError.js';
import { fail, isFiniteNumber, show } from '../internal/assert.js';
import type {
  AdapterChange,
  AdapterDomain,
  AdapterListener,
  ReadOptions,
  WriteOptions,
} from './adapter.types.js';
import { clonePlain } from './clonePlain.js';
import type { MemoryAdapterOptions, MemoryCall, MemoryRecordKind } from './memoryAdapter.types.js';

/**
 * The shared machinery of the memory adapter's domains: latency, aborts, injected failures, idempotency, events.
 *
 * @example
 * const runtime: MemoryRuntime = createMemoryRuntime({ latencyMs: 100 });
 */
export interface MemoryRuntime {
  /** Runs a read: waits, honours abort and `failWith`, then returns a copy of `apply()`. */
  read<T>(
    domain: AdapterDomain,
    method: string,
    args: readonly unknown[],
    options: ReadOptions | undefined,
    apply: () => T,
  ): Promise<T>;
  /** Runs a write once per idempotency key; a repeat resolves to a copy of the first result. */
  write<T>(
    domain: AdapterDomain,
    method: string,
    args: readonly unknown[],
    options: WriteOptions,
    apply: () => T,
  ): Promise<T>;
  emit(change: AdapterChange): void;
  subscribe(listener: AdapterListener): () => void;
  /** The clock as an ISO date-time. */
  now(): string;
  /** A fresh id for `kind`; `taken` says whether an id is in use. */
  newId(kind: MemoryRecordKind, taken: (id: string) => boolean): string;
}

interface WriteEntry {
  label: string;
  result: Promise<unknown>;
}

function aborted(label: string, signal: AbortSignal): NorthstarError {
  return new NorthstarError('ABORTED', `${label} was aborted`, { method: label, reason: signal.reason });
}

/** Resolves after `ms`, rejecting ABORTED as soon as `signal` aborts (also when it already has). */
function wait(ms: number, signal: AbortSignal | undefined, label: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(aborted(label, signal));
      return;
    }
    if (ms <= 0) {
      resolve();
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(aborted(label, signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** `promise`, unless `signal` aborts first. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined, label: string): Promise<T> {
  if (signal === undefined) return promise;
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) {
      reject(aborted(label, signal));
      return;
    }
    const onAbort = (): void => reject(aborted(label, signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** mulberry32: a tiny seeded generator, so latency ranges repeat run to run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function latencyRange(latency: MemoryAdapterOptions['latencyMs']): [number, number] {
  if (latency === undefined) return [0, 0];
  if (isFiniteNumber(latency) && latency >= 0) return [latency, latency];
  if (Array.isArray(latency) && latency.length === 2) {
    const [min, max] = latency as readonly unknown[];
    if (isFiniteNumber(min) && isFiniteNumber(max) && min >= 0 && min <= max) return [min, max];
  }
  return fail(
    'INVALID_OPTION',
    `memory adapter option "latencyMs" must be a number ≥ 0 or [min, max] with 0 ≤ min ≤ max, got ${show(latency)}`,
    { field: 'latencyMs', value: latency },
  );
}

/**
 * Builds the runtime for one memory adapter.
 *
 * @example
 * const runtime = createMemoryRuntime({ latencyMs: [50, 200] });
 * await runtime.read('goals', 'list', [{}], undefined, () => []);
 */
export function createMemoryRuntime(options: MemoryAdapterOptions): MemoryRuntime {
  const [minLatency, maxLatency] = latencyRange(options.latencyMs);
  const random = options.random ?? seededRandom(0x5eed);
  const listeners = new Set<AdapterListener>();
  const writes = new Map<string, WriteEntry>();
  const counters = new Map<MemoryRecordKind, number>();

  const latency = (): number =>
    minLatency === maxLatency ? minLatency : minLatency + random() * (maxLatency - minLatency);

  async function execute<T>(call: MemoryCall, label: string, apply: () => T): Promise<T> {
    await wait(latency(), call.options?.signal, label);
    const gate = options.gate?.(call);
    if (gate !== undefined) await untilAborted(Promise.resolve(gate), call.options?.signal, label);
    const injected = options.failWith?.(call);
    if (injected !== undefined && injected !== null) throw injected;
    // Copy at commit time: a stored idempotent result must not follow later changes to the store.
    return clonePlain(apply());
  }

  return {
    async read(domain, method, args, readOptions, apply) {
      const label = `${domain}.${method}`;
      return execute({ domain, method, args, options: readOptions }, label, apply);
    },

    async write<T>(
      domain: AdapterDomain,
      method: string,
      args: readonly unknown[],
      writeOptions: WriteOptions,
      apply: () => T,
    ): Promise<T> {
      const label = `${domain}.${method}`;
      const key: unknown = writeOptions?.idempotencyKey;
      if (typeof key !== 'string' || key.length === 0) {
        fail('EMPTY_INPUT', `${label} needs options.idempotencyKey, a non-empty string, got ${show(key)}`, {
          method: label,
          field: 'idempotencyKey',
          value: key,
        });
      }
      const signal = writeOptions.signal;
      if (signal?.aborted) throw aborted(label, signal);
      for (;;) {
        const prior = writes.get(key);
        if (prior === undefined) break;
        if (prior.label !== label) {
          fail('CONFLICT', `idempotency key ${show(key)} was already used for ${prior.label}, not ${label}`, {
            method: label,
            field: 'idempotencyKey',
            value: key,
          });
        }
        try {
          return clonePlain((await untilAborted(prior.result, signal, label)) as T);
        } catch (error) {
          if (signal?.aborted) throw error;
          // The first attempt failed and released the key: this repeat writes for real.
        }
      }
      const entry: WriteEntry = {
        label,
        result: execute({ domain, method, args, options: writeOptions }, label, apply),
      };
      writes.set(key, entry);
      // Failed writes (validation, abort, injected) do not consume the key, so a retry can succeed.
      entry.result.catch(() => {
        if (writes.get(key) === entry) writes.delete(key);
      });
      return clonePlain((await entry.result) as T);
    },

    emit(change) {
      for (const listener of [...listeners]) {
        try {
          listener(clonePlain(change));
        } catch (error) {
          // A broken listener must not fail a write that already happened; surface it asynchronously.
          void Promise.reject(error);
        }
      }
    },

    subscribe(listener) {
      const entry: AdapterListener = (change) => listener(change);
      listeners.add(entry);
      return () => {
        listeners.delete(entry);
      };
    },

    now() {
      const date = options.now ? options.now() : new Date();
      if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
        fail('INVALID_OPTION', `memory adapter option "now" must return a valid Date, got ${show(date)}`, {
          field: 'now',
          value: date,
        });
      }
      return date.toISOString();
    },

    newId(kind, taken) {
      if (options.idGenerator) {
        const id = options.idGenerator(kind);
        if (typeof id !== 'string' || id.length === 0) {
          fail(
            'INVALID_OPTION',
            `memory adapter "idGenerator" must return a non-empty string for ${kind}, got ${show(id)}`,
            {
              field: 'idGenerator',
              value: id,
            },
          );
        }
        if (taken(id))
          fail(
            'DUPLICATE_ID',
            `memory adapter "idGenerator" returned ${kind} id ${show(id)}, which is taken`,
            { id },
          );
        return id;
      }
      let n = counters.get(kind) ?? 0;
      let id: string;
      do {
        n += 1;
        id = `${kind}-${n}`;
      } while (taken(id));
      counters.set(kind, n);
      return id;
    },
  };
}
