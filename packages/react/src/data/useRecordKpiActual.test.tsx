import type { Kpi, KpiSample, NorthstarAdapter } from '@northstar/core';
import { createMemoryAdapter, type MemoryAdapterOptions, type MemoryCall } from '@northstar/core/adapters';
import { QueryClient } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { NorthstarProvider } from '../provider/NorthstarProvider.js';
import { useKpi } from './useKpi.js';
import { useKpiHistory } from './useKpiHistory.js';
import { useKpis } from './useKpis.js';
import { useRecordKpiActual } from './useRecordKpiActual.js';

afterEach(cleanup);

const KPIS: Kpi[] = [
  {
    id: 'k-1',
    name: 'Net revenue',
    actual: 80,
    target: 100,
    direction: 'higher-is-better',
    period: '2025-09',
  },
  {
    id: 'k-2',
    name: 'Monthly churn',
    actual: 3.1,
    target: 4,
    direction: 'lower-is-better',
    period: '2025-09',
  },
];
const HISTORY: KpiSample[] = [
  { kpiId: 'k-1', period: '2025-08', actual: 75 },
  { kpiId: 'k-1', period: '2025-09', actual: 80 },
];

/** A connected "record actual" widget: headline value, the list row, the history, and a visible write state. */
function Recorder() {
  const kpi = useKpi('k-1');
  const list = useKpis();
  const history = useKpiHistory('k-1');
  const record = useRecordKpiActual();
  const row = list.data?.find((k) => k.id === 'k-1');
  return (
    <section>
      <p data-testid="actual">
        {kpi.data ? `${kpi.data.actual} (prev ${kpi.data.previous ?? '–'})` : 'loading'}
      </p>
      <p data-testid="row">{row ? String(row.actual) : 'loading'}</p>
      <p data-testid="history">{history.data?.map((s) => s.actual).join(',') ?? 'loading'}</p>
      <p data-testid="status">{record.status}</p>
      <button
        type="button"
        disabled={!record.canRecord}
        onClick={() => record.mutate({ kpiId: 'k-1', sample: { period: '2025-10', actual: 99 } })}
      >
        Record 99
      </button>
      {record.status === 'error' && (
        <div role="alert" data-code={record.error?.code}>
          {`Could not save: ${record.error?.message}`}
          <button type="button" onClick={record.retry}>
            Try again
          </button>
          <button type="button" onClick={record.reset}>
            Dismiss
          </button>
        </div>
      )}
    </section>
  );
}

/** Writes without looking at canRecord, to see what the hook reports. */
function Forced() {
  const record = useRecordKpiActual();
  return (
    <button
      type="button"
      onClick={() => record.mutate({ kpiId: 'k-1', sample: { period: '2025-10', actual: 1 } })}
    >
      {record.error ? record.error.code : 'Force'}
    </button>
  );
}

function setup(options: MemoryAdapterOptions = {}, adapter?: NorthstarAdapter) {
  const client = new QueryClient({ defaultOptions: { queries: { retryDelay: 1 } } });
  const target = adapter ?? createMemoryAdapter({ kpis: KPIS, kpiHistory: HISTORY }, options);
  render(
    <NorthstarProvider adapter={target} queryClient={client}>
      <Recorder />
    </NorthstarProvider>,
  );
  return { client, user: userEvent.setup() };
}

const text = (id: string) => screen.getByTestId(id).textContent;

/** Holds every `kpis.record` call until the test releases it (then holds the next one), instead of a latency. */
function holdRecords() {
  let release!: () => void;
  let held = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    gate: (call: MemoryCall) => (call.method === 'record' ? held : undefined),
    release() {
      release();
      held = new Promise<void>((resolve) => {
        release = resolve;
      });
    },
  };
}
const loaded = async () => {
  await screen.findByText('80 (prev –)');
  await screen.findByText('75,80');
  expect(text('row')).toBe('80');
};

describe('useRecordKpiActual', () => {
  it('shows the new actual everywhere at once, before the adapter answers, and keeps it after', async () => {
    const hold = holdRecords();
    const { user } = setup({ gate: hold.gate });
    await loaded();

    await user.click(screen.getByRole('button', { name: 'Record 99' }));
    // optimistic: visible while the write is still held
    expect(text('status')).toBe('pending');
    expect(text('actual')).toBe('99 (prev 80)');
    expect(text('row')).toBe('99');
    expect(text('history')).toBe('75,80,99');

    hold.release();
    await screen.findByText('success');
    await screen.findByText('99 (prev 80)');
    expect(text('history')).toBe('75,80,99');
  });

  it('rolls back with a visible message when the write fails, and retries with the same idempotency key', async () => {
    const writes: MemoryCall[] = [];
    let failing = true;
    const hold = holdRecords();
    const { user } = setup({
      gate: hold.gate,
      failWith: (call) => {
        if (call.method !== 'record') return undefined;
        writes.push(call);
        return failing ? new Error('Network down') : undefined;
      },
    });
    await loaded();

    await user.click(screen.getByRole('button', { name: 'Record 99' }));
    expect(text('actual')).toBe('99 (prev 80)');
    hold.release();

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not save: Network down');
    expect(alert.dataset.code).toBe('REQUEST_FAILED');
    expect(text('actual')).toBe('80 (prev –)');
    expect(text('row')).toBe('80');
    expect(text('history')).toBe('75,80');

    failing = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(text('actual')).toBe('99 (prev 80)');
    hold.release();
    await screen.findByText('success');
    expect(screen.queryByRole('alert')).toBeNull();

    expect(writes).toHaveLength(2);
    const [first, second] = writes.map((w) => w.options?.idempotencyKey);
    expect(first).toMatch(/\S{8,}/);
    expect(second).toBe(first);
  });

  it('uses a fresh idempotency key for each new write and lets the user dismiss an error', async () => {
    const keys: string[] = [];
    const { user } = setup({
      failWith: (call) => {
        if (call.method !== 'record') return undefined;
        keys.push(call.options?.idempotencyKey ?? '');
        return new Error('Server said no');
      },
    });
    await loaded();
    const button = screen.getByRole('button', { name: 'Record 99' });
    await user.click(button);
    await screen.findByRole('alert');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(text('status')).toBe('idle');
    await user.click(button);
    await screen.findByRole('alert');
    expect(keys).toHaveLength(2);
    expect(keys[0]).not.toBe(keys[1]);
  });

  it('disables writing and reports NOT_SUPPORTED when the adapter is read-only', async () => {
    const base = createMemoryAdapter({ kpis: KPIS, kpiHistory: HISTORY });
    const readOnly: NorthstarAdapter = {
      kpis: { list: base.kpis.list, get: base.kpis.get, history: base.kpis.history },
    };
    setup({}, readOnly);
    await loaded();
    expect((screen.getByRole('button', { name: 'Record 99' }) as HTMLButtonElement).disabled).toBe(true);

    cleanup();
    render(
      <NorthstarProvider adapter={readOnly}>
        <Forced />
      </NorthstarProvider>,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Force' }));
    expect(await screen.findByRole('button', { name: 'NOT_SUPPORTED' })).toBeTruthy();
  });
});
