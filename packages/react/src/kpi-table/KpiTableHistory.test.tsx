// Connected history: one `kpis.historyMany` request per visible window, cached per KPI, with a per-row fallback.
// Calls are counted on the memory adapter; nothing waits on the clock (only on calls, renders and animation frames).
import type { Kpi, NorthstarAdapter } from '@northstar/core';
import { createMemoryAdapter } from '@northstar/core/adapters';
import { QueryClient } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../styles.css';
import { NorthstarProvider } from '../provider/NorthstarProvider.js';
import { SAMPLE_ORG, SAMPLE_SEED } from '../stories/sampleOrg.js';
import { KpiTable } from './KpiTable.js';

const retryFree = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });
const frame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

// The sample organisation's 32 KPIs keep their ids (and so their 12 months of history); 9,968 more follow.
const TEN_THOUSAND: Kpi[] = Array.from({ length: 10_000 }, (_, i) => {
  const base = SAMPLE_ORG.kpis[i % SAMPLE_ORG.kpis.length]!;
  return i < SAMPLE_ORG.kpis.length ? base : { ...base, id: `kpi-${i + 1}`, name: `KPI ${i + 1}` };
});

/** The trend cell's words for a screen reader (the sparkline is decorative). */
const trendOf = (name: string) => {
  const row = screen.getByRole('row', { name: new RegExp(`^${name}\\b`) });
  return row.querySelector('[data-column="trend"] .ns-kpi-table-visually-hidden')?.textContent;
};
const mountedIds = (container: HTMLElement) =>
  [...container.querySelectorAll('tbody tr[aria-rowindex]')].map(
    (row) => row.querySelector('th')?.textContent,
  );

function renderConnected(adapter: NorthstarAdapter) {
  return render(
    <NorthstarProvider adapter={adapter} queryClient={retryFree()}>
      <KpiTable />
    </NorthstarProvider>,
  );
}

beforeEach(() => {
  document.body.style.width = '1200px';
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  document.body.style.width = '';
});

describe('KpiTable connected history', () => {
  it('asks once per window with only the mounted KPIs, never per row, and not again when scrolling back', async () => {
    const adapter = createMemoryAdapter({ ...SAMPLE_SEED, kpis: TEN_THOUSAND });
    const many = vi.spyOn(adapter.kpis, 'historyMany');
    const single = vi.spyOn(adapter.kpis, 'history');
    const { container } = renderConnected(adapter);
    await screen.findByRole('row', { name: /^Annual recurring revenue\b/ });
    await waitFor(() => expect(trendOf('Annual recurring revenue')).toMatch(/^up \d+% over 12 months$/));

    // mounting: a small bounded number of batch requests (the window may settle once), each for mounted rows only
    expect(many.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(many.mock.calls.length).toBeLessThanOrEqual(2);
    const asked = many.mock.calls.flatMap(([ids]) => [...ids]);
    expect(asked.length).toBeLessThan(60);
    expect(new Set(asked).size).toBe(asked.length);
    const firstWindow = new Set(TEN_THOUSAND.slice(0, 60).map((k) => k.id));
    expect(asked.every((id) => firstWindow.has(id))).toBe(true);
    expect(single).not.toHaveBeenCalled();

    // far down: one more batch for the new window
    const scroller = container.querySelector('.ns-kpi-table-scroll') as HTMLElement;
    const before = many.mock.calls.length;
    act(() => {
      scroller.scrollTop = 200_000;
      scroller.dispatchEvent(new Event('scroll'));
    });
    await waitFor(() => expect(many.mock.calls.length).toBe(before + 1));
    const farIds = [...many.mock.calls.at(-1)![0]];
    expect(farIds.length).toBeLessThan(60);
    expect(farIds.some((id) => firstWindow.has(id))).toBe(false);

    // back to the top: the first window's history is cached, nothing is asked again
    act(() => {
      scroller.scrollTop = 0;
      scroller.dispatchEvent(new Event('scroll'));
    });
    await waitFor(() => expect(mountedIds(container)).toContain('Annual recurring revenue'));
    await frame();
    await frame();
    expect(many.mock.calls.length).toBe(before + 1);
    expect(trendOf('Annual recurring revenue')).toMatch(/over 12 months$/);
    expect(single).not.toHaveBeenCalled();
  });

  it('falls back to one history request per mounted row when the adapter has no historyMany', async () => {
    const full = createMemoryAdapter(SAMPLE_SEED);
    const { historyMany: _batch, ...kpis } = full.kpis;
    const single = vi.fn(kpis.history);
    const adapter: NorthstarAdapter = { ...full, kpis: { ...kpis, history: single } };
    renderConnected(adapter);
    await screen.findByRole('row', { name: /^Win rate\b/ });
    await waitFor(() => expect(trendOf('Win rate')).toMatch(/over 12 months$/));
    expect(
      screen.getByRole('row', { name: /^Win rate\b/ }).querySelector('.ns-kpi-table-sparkline'),
    ).not.toBeNull();
    // only mounted rows ask, each once
    const ids = single.mock.calls.map(([id]) => id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeLessThanOrEqual(SAMPLE_ORG.kpis.length);
  });

  it('shows the rows in their no-history state when historyMany fails, and the dialog still loads the history', async () => {
    const user = userEvent.setup();
    const adapter = createMemoryAdapter(SAMPLE_SEED, {
      failWith: ({ method }) => (method === 'historyMany' ? new Error('History service down') : undefined),
    });
    const many = vi.spyOn(adapter.kpis, 'historyMany');
    const single = vi.spyOn(adapter.kpis, 'history');
    renderConnected(adapter);
    const row = await screen.findByRole('row', { name: /^Win rate\b/ });
    await waitFor(() => expect(many).toHaveBeenCalled());
    await frame();
    await frame();
    // a failed KPI is not asked for again: at most one more batch, for rows the settled window added
    const asked = many.mock.calls.flatMap(([ids]) => [...ids]);
    expect(new Set(asked).size).toBe(asked.length);
    expect(many.mock.calls.length).toBeLessThanOrEqual(2);
    const calls = many.mock.calls.length;
    // previous → actual is all a row knows without history; no crash, no alert, no per-row storm
    expect(trendOf('Win rate')).toMatch(/since the previous period$/);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('grid').getAttribute('aria-rowcount')).toBe('33');
    expect(single).not.toHaveBeenCalled();

    act(() => within(row).getByRole('rowheader').focus());
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Win rate' });
    const history = await within(dialog).findByRole('table', { name: 'History' });
    expect(within(history).getAllByRole('row')).toHaveLength(13);
    expect(single).toHaveBeenCalledWith('k-004', {}, expect.anything());
    expect(many).toHaveBeenCalledTimes(calls);
  });
});
