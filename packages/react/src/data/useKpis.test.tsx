import type { Kpi, KpiQuery, KpiSample, NorthstarAdapter } from '@northstar/core';
import { createMemoryAdapter, type MemoryAdapterOptions } from '@northstar/core/adapters';
import { QueryClient } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NorthstarProvider } from '../provider/NorthstarProvider.js';
import type { NorthstarQueryResult } from './data.types.js';
import { useAdapterCapabilities } from './useAdapterCapabilities.js';
import { useKpi } from './useKpi.js';
import { useKpiHistory } from './useKpiHistory.js';
import { useKpis } from './useKpis.js';

afterEach(cleanup);

const KPIS: Kpi[] = [
  {
    id: 'k-1',
    name: 'Net revenue',
    actual: 80,
    target: 100,
    direction: 'higher-is-better',
    department: 'Sales',
    period: '2025-09',
  },
  {
    id: 'k-2',
    name: 'Monthly churn',
    actual: 3.1,
    target: 4,
    direction: 'lower-is-better',
    department: 'Success',
    period: '2025-09',
  },
];
const HISTORY: KpiSample[] = [
  { kpiId: 'k-1', period: '2025-07', actual: 70 },
  { kpiId: 'k-1', period: '2025-08', actual: 75 },
  { kpiId: 'k-1', period: '2025-09', actual: 80 },
];

const memory = (options?: MemoryAdapterOptions) =>
  createMemoryAdapter({ kpis: KPIS, kpiHistory: HISTORY }, options);
// Retries without the exponential back-off, so failure paths settle in milliseconds.
const testClient = () => new QueryClient({ defaultOptions: { queries: { retryDelay: 1 } } });

function renderWith(ui: ReactNode, adapter?: NorthstarAdapter, client = testClient()) {
  return render(
    <NorthstarProvider adapter={adapter} queryClient={client}>
      {ui}
    </NorthstarProvider>,
  );
}

/** What a connected widget renders for a query: loading, error with retry, or the data. */
function View<T>({ result, show }: { result: NorthstarQueryResult<T>; show: (data: T) => ReactNode }) {
  if (result.status === 'error') {
    return (
      <div role="alert" data-code={result.error?.code}>
        {result.error?.message}
        {result.error?.retryable && (
          <button type="button" onClick={result.refetch}>
            Retry
          </button>
        )}
      </div>
    );
  }
  if (result.isLoading) return <p role="status">Loading…</p>;
  if (result.status === 'pending') return <p>Idle</p>;
  return <>{show(result.data as T)}</>;
}

function KpiList({ query }: { query?: KpiQuery }) {
  const result = useKpis(query);
  return (
    <View
      result={result}
      show={(kpis) => (
        <ul>
          {kpis.map((k) => (
            <li key={k.id}>{`${k.name}: ${k.actual}`}</li>
          ))}
        </ul>
      )}
    />
  );
}

function OneKpi({ id }: { id: string }) {
  return <View result={useKpi(id)} show={(kpi) => <p>{kpi.name}</p>} />;
}

function KpiName({ id }: { id: string }) {
  const kpi = useKpi(id);
  return <p>{kpi.data ? kpi.data.name : 'nothing yet'}</p>;
}

function Controlled() {
  const kpi = useKpi(undefined);
  const history = useKpiHistory(undefined);
  return <p>{`${kpi.status}/${kpi.isFetching}/${history.status}/${String(kpi.error)}`}</p>;
}

function Detail() {
  const kpi = useKpi('k-1');
  const history = useKpiHistory('k-1', { from: '2025-08' });
  return (
    <>
      <View result={kpi} show={(k) => <h2>{k.name}</h2>} />
      <View result={history} show={(s) => <p>{s.map((x) => `${x.period}=${x.actual}`).join(', ')}</p>} />
    </>
  );
}

function Caps() {
  const caps = useAdapterCapabilities();
  return <p>{`${caps.kpis.read}/${caps.kpis.write}/${caps.goals.read}`}</p>;
}

describe('useKpis', () => {
  it('loads KPIs from the adapter, showing a loading state first', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    renderWith(<KpiList />, memory({ gate: () => held }));
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    release();
    expect(await screen.findByText('Net revenue: 80')).toBeTruthy();
    expect(screen.getByText('Monthly churn: 3.1')).toBeTruthy();
  });

  it('passes the query to the adapter', async () => {
    renderWith(<KpiList query={{ department: 'Success' }} />, memory());
    expect(await screen.findByText('Monthly churn: 3.1')).toBeTruthy();
    expect(screen.queryByText('Net revenue: 80')).toBeNull();
  });

  it('retries a failing request twice, then shows the error with a retry that recovers', async () => {
    let failing = true;
    const failWith = vi.fn(() => (failing ? new Error('Network down') : undefined));
    renderWith(<KpiList />, memory({ failWith }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Network down');
    expect(alert.dataset.code).toBe('REQUEST_FAILED');
    expect(failWith).toHaveBeenCalledTimes(3);

    failing = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Net revenue: 80')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('does not retry an error the adapter will repeat (NOT_FOUND)', async () => {
    const adapter = memory();
    const get = vi.spyOn(adapter.kpis, 'get');
    renderWith(<OneKpi id="k-404" />, adapter);
    const alert = await screen.findByRole('alert');
    expect(alert.dataset.code).toBe('NOT_FOUND');
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('reports NOT_SUPPORTED without calling anything when the adapter has no kpis domain', async () => {
    const adapter: NorthstarAdapter = { people: memory().people };
    renderWith(<KpiList />, adapter);
    const alert = screen.getByRole('alert');
    expect(alert.dataset.code).toBe('NOT_SUPPORTED');
    expect(alert.textContent).toContain('kpis.list');
  });

  it('reports NO_ADAPTER, without crashing, outside any provider', () => {
    render(<KpiList />);
    expect(screen.getByRole('alert').dataset.code).toBe('NO_ADAPTER');
  });

  it('stays idle, with no error, while no id is given (controlled widgets)', () => {
    render(<Controlled />);
    expect(screen.getByText('pending/false/pending/null')).toBeTruthy();
  });

  it('aborts the adapter request when the widget unmounts', async () => {
    // Held until aborted: the request is still in flight when the widget unmounts, however slow the machine.
    const base = memory({ gate: () => new Promise<void>(() => {}) });
    let signal: AbortSignal | undefined;
    const adapter: NorthstarAdapter = {
      kpis: {
        ...base.kpis,
        list: (query, options) => {
          signal = options?.signal;
          return base.kpis.list(query, options);
        },
      },
    };
    const { unmount } = renderWith(<KpiList />, adapter);
    await vi.waitFor(() => expect(signal).toBeInstanceOf(AbortSignal));
    expect(signal?.aborted).toBe(false);
    unmount();
    await vi.waitFor(() => expect(signal?.aborted).toBe(true));
  });

  it('shares the cache between widgets with the same query', async () => {
    const adapter = memory();
    const list = vi.spyOn(adapter.kpis, 'list');
    renderWith(
      <>
        <KpiList />
        <KpiList />
      </>,
      adapter,
    );
    expect(await screen.findAllByText('Net revenue: 80')).toHaveLength(2);
    expect(list).toHaveBeenCalledTimes(1);
  });
});

describe('useKpi and useKpiHistory', () => {
  it('loads one KPI and its history within a range', async () => {
    renderWith(<Detail />, memory());
    expect(await screen.findByRole('heading', { name: 'Net revenue' })).toBeTruthy();
    expect(await screen.findByText('2025-08=75, 2025-09=80')).toBeTruthy();
  });

  it('shows a KPI from an already loaded list while its own request is in flight', async () => {
    const client = testClient();
    // The KPI's own request never answers: what shows must come from the loaded list.
    const adapter = memory({
      gate: (call) => (call.method === 'get' ? new Promise<void>(() => {}) : undefined),
    });
    const { rerender } = renderWith(<KpiList />, adapter, client);
    await screen.findByText('Net revenue: 80');
    rerender(
      <NorthstarProvider adapter={adapter} queryClient={client}>
        <KpiName id="k-2" />
      </NorthstarProvider>,
    );
    expect(screen.getByText('Monthly churn')).toBeTruthy();
  });
});

describe('useAdapterCapabilities', () => {
  it('reports what the adapter can do', () => {
    const base = memory();
    renderWith(<Caps />, { kpis: { list: base.kpis.list, get: base.kpis.get, history: base.kpis.history } });
    expect(screen.getByText('true/false/false')).toBeTruthy();
  });
});
