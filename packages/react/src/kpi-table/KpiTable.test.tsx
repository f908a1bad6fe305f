import type { Kpi } from '@northstar/core';
import { createMemoryAdapter } from '@northstar/core/adapters';
import { QueryClient } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../styles.css';
import { NorthstarProvider } from '../provider/NorthstarProvider.js';
import { SAMPLE_ORG, SAMPLE_SEED } from '../stories/sampleOrg.js';
import { KpiTable } from './KpiTable.js';
import type { KpiTableSorting } from './kpiTable.types.js';

const { kpis, kpiHistory, people } = SAMPLE_ORG;

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Body rows only (the header row is row 1); virtualiser spacers are aria-hidden and so not rows. */
const dataRows = () => screen.getAllByRole('row').filter((row) => row.closest('tbody') !== null);
const rowNamed = (name: string) => screen.getByRole('row', { name: new RegExp(`^${escapeRegExp(name)}\\b`) });
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** What a sighted user reads in each cell (aria-hidden dashes and icons included, screen-reader-only text left out). */
const cellTexts = (row: HTMLElement) =>
  [...(row as HTMLTableRowElement).cells].map((cell) => {
    const copy = cell.cloneNode(true) as HTMLElement;
    // the visually hidden trend sentence, and the actual cell's narrow-layout form ("92.5 of 100")
    for (const hidden of copy.querySelectorAll('.ns-kpi-table-visually-hidden, .ns-kpi-table-narrow'))
      hidden.remove();
    return copy.textContent ?? '';
  });
/** What a screen reader gets for a cell: the visible text minus aria-hidden parts. */
const spokenTexts = (row: HTMLElement) =>
  [...(row as HTMLTableRowElement).cells].map((cell) => {
    const copy = cell.cloneNode(true) as HTMLElement;
    for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
    return copy.textContent ?? '';
  });
const header = (name: string) => screen.getByRole('columnheader', { name });
/** Focuses a row's row header cell (the KPI name), a row's first focus target in the grid. */
const focusRow = (row: HTMLElement) => act(() => within(row).getByRole('rowheader').focus());
/** The grid's tab stops: exactly one element with tabIndex 0. */
const tabStops = () => [...document.querySelectorAll<HTMLElement>('[role="grid"] [tabindex="0"]')];
/** The aria-rowindex of the row holding keyboard focus (the header row is 1). */
const focusedRowIndex = () => document.activeElement?.closest('tr')?.getAttribute('aria-rowindex');
const focusedColumn = () =>
  (document.activeElement?.closest('[data-column]') as HTMLElement | null)?.dataset.column;

function tenThousandKpis(): Kpi[] {
  return Array.from({ length: 10_000 }, (_, i) => {
    const base = kpis[i % kpis.length]!;
    return { ...base, id: `kpi-${i + 1}`, name: `KPI ${String(i + 1).padStart(5, '0')}` };
  });
}

// These tests read the wide layout (every column); the test page is narrower than the 480 px container-query
// breakpoint, which has its own test in the layout suite (src/stories/storyLayout.test.tsx).
beforeEach(() => {
  document.body.style.width = '1200px';
});
afterEach(() => {
  document.body.style.width = '';
});

describe('KpiTable (controlled)', () => {
  it('renders a row per KPI with Intl-formatted values, core attainment and status in en-US', () => {
    render(<KpiTable kpis={kpis} history={kpiHistory} people={people} />);
    expect(screen.getByRole('grid', { name: 'KPIs' })).toBeTruthy();
    expect(screen.getByRole('grid').getAttribute('aria-rowcount')).toBe('33');

    const arr = cellTexts(rowNamed('Annual recurring revenue'));
    expect(arr.slice(0, 6)).toEqual([
      'Annual recurring revenue',
      'Noah Müller',
      '$41,200,000',
      '$44,500,000',
      '93%',
      'On track',
    ]);
    expect(spokenTexts(rowNamed('Annual recurring revenue'))[6]).toMatch(/^up \d+% over 12 months$/);
    expect(cellTexts(rowNamed('Win rate')).slice(2, 6)).toEqual(['24%', '28%', '86%', 'At risk']);
    expect(cellTexts(rowNamed('Average sales cycle')).slice(2, 4)).toEqual(['68 days', '60 days']);
    // target-range without a target shows the range
    render(<KpiTable kpis={kpis.filter((k) => k.id === 'k-031')} />);
    expect(cellTexts(rowNamed('Cloud cost per robot per month')).slice(2, 4)).toEqual([
      '$57.50',
      '$40.00 – $55.00',
    ]);

    const meter = screen.getByRole('meter', { name: 'Annual recurring revenue attainment' });
    expect(meter.getAttribute('aria-valuetext')).toMatch(/93%/);
    // every gauge has its own name
    const names = screen.getAllByRole('meter').map((m) => m.getAttribute('aria-label'));
    expect(new Set(names).size).toBe(names.length);
  });

  it('formats numbers, percentages and currency in the provider locale (de-DE)', () => {
    render(
      <NorthstarProvider locale="de-DE">
        <KpiTable kpis={kpis} history={kpiHistory} people={people} />
      </NorthstarProvider>,
    );
    const nbsp = (s: string) => s.replace(/\u00a0|\u202f/g, ' ');
    expect(cellTexts(rowNamed('Annual recurring revenue')).slice(2, 5).map(nbsp)).toEqual([
      '41.200.000 $',
      '44.500.000 $',
      '93 %',
    ]);
    expect(cellTexts(rowNamed('Pipeline coverage')).slice(2, 4)).toEqual(['3,4×', '4×']);
    expect(cellTexts(rowNamed('Average sales cycle')).slice(2, 4)).toEqual(['68 Tage', '60 Tage']);
  });

  it('sorts by attainment with a click and from the keyboard, and aria-sort follows', async () => {
    const user = userEvent.setup();
    const onSortingChange = vi.fn<(s: KpiTableSorting) => void>();
    render(<KpiTable kpis={kpis} history={kpiHistory} people={people} onSortingChange={onSortingChange} />);
    expect(header('Attainment').getAttribute('aria-sort')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Attainment' }));
    expect(header('Attainment').getAttribute('aria-sort')).toBe('ascending');
    expect(onSortingChange).toHaveBeenLastCalledWith([{ id: 'attainment', desc: false }]);
    expect(cellTexts(dataRows()[0]!).slice(0, 1)).toEqual(['Gross revenue churn (annualised)']);
    expect(cellTexts(dataRows()[0]!)[4]).toBe('75%');

    // Enter on the focused sort button (it is a real button) flips the direction
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Attainment' }));
    await user.keyboard('{Enter}');
    expect(header('Attainment').getAttribute('aria-sort')).toBe('descending');
    expect(cellTexts(dataRows()[0]!)[4]).toBe('100%');

    // Status sorts by the same numeric attainment
    screen.getByRole('button', { name: 'Status' }).focus();
    await user.keyboard(' ');
    expect(header('Status').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Attainment').getAttribute('aria-sort')).toBeNull();
    expect(cellTexts(dataRows()[0]!)[0]).toBe('Gross revenue churn (annualised)');
  });

  it('keeps KPIs without an actual at the bottom in both sort directions', async () => {
    const user = userEvent.setup();
    const noData: Kpi = {
      id: 'nd',
      name: 'Brand new KPI',
      actual: null,
      target: 10,
      direction: 'higher-is-better',
    };
    render(<KpiTable kpis={[noData, ...kpis.slice(0, 4)]} />);
    const button = screen.getByRole('button', { name: 'Attainment' });
    await user.click(button);
    expect(cellTexts(dataRows().at(-1)!)[0]).toBe('Brand new KPI');
    await user.click(button);
    expect(cellTexts(dataRows().at(-1)!)[0]).toBe('Brand new KPI');
    expect(spokenTexts(dataRows().at(-1)!)[4]).toBe('No data');
    expect(cellTexts(dataRows().at(-1)!)[5]).toBe('No data');
  });

  it('narrows rows with the status filter, the department filter and the text search', async () => {
    const user = userEvent.setup();
    render(<KpiTable kpis={kpis} history={kpiHistory} people={people} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'On track');
    expect(dataRows()).toHaveLength(14);
    expect(dataRows().every((row) => cellTexts(row)[5] === 'On track')).toBe(true);
    expect(screen.getByText('Showing 14 of 32 KPIs')).toBeTruthy();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Department' }), 'Finance');
    expect(dataRows().map((row) => cellTexts(row)[0])).toEqual([
      'Budget variance',
      'Days to close the books',
      'Net cash burn (monthly)',
      'Cash runway',
      'Days sales outstanding',
    ]);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'All');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Department' }), 'All');
    await user.type(screen.getByRole('searchbox', { name: 'Search KPIs' }), 'churn');
    expect(dataRows().map((row) => cellTexts(row)[0])).toEqual(['Gross revenue churn (annualised)']);

    // the search also matches owners
    await user.clear(screen.getByRole('searchbox', { name: 'Search KPIs' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search KPIs' }), 'noah');
    expect(dataRows().map((row) => cellTexts(row)[0])).toEqual(['Annual recurring revenue']);

    await user.type(screen.getByRole('searchbox', { name: 'Search KPIs' }), 'zzz');
    expect(screen.getByText('No KPIs match the filters')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByRole('grid').getAttribute('aria-rowcount')).toBe('33');
  });

  it('keeps the tab stop on the same KPI (by id) when a re-sort moves it to another position', async () => {
    const user = userEvent.setup();
    const five = kpis.slice(0, 5);
    const { rerender } = render(<KpiTable kpis={five} sorting={[]} />);
    const third = dataRows()[2]!;
    const name = cellTexts(third)[0]!;
    focusRow(third);
    await user.keyboard('{ArrowUp}{ArrowDown}');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(tabStops().map((cell) => [cellTexts(cell.closest('tr')!)[0], cell.dataset.column])).toEqual([
      [name, 'actual'],
    ]);
    rerender(<KpiTable kpis={five} sorting={[{ id: 'kpi', desc: true }]} />);
    const stops = tabStops();
    expect(stops.map((cell) => [cellTexts(cell.closest('tr')!)[0], cell.dataset.column])).toEqual([
      [name, 'actual'],
    ]);
    expect(dataRows().indexOf(stops[0]!.closest('tr')!)).not.toBe(2);
  });

  it('keeps keyboard focus on its row when the mouse wheel scrolls that row out of the window', async () => {
    const user = userEvent.setup();
    const { container } = render(<KpiTable kpis={tenThousandKpis()} />);
    const first = dataRows()[0]!;
    focusRow(first);
    const scroller = first.closest('table')!.parentElement!;
    // A wheel scroll moves the window far below row 1 without any keyboard action.
    act(() => {
      scroller.scrollTop = 200_000;
      scroller.dispatchEvent(new Event('scroll'));
    });
    // the window has moved (rows far below are mounted) while the focused row stayed
    const deepest = () => Math.max(...dataRows().map((row) => Number(row.getAttribute('aria-rowindex'))));
    await waitFor(() => expect(deepest()).toBeGreaterThan(4000));
    expect(focusedRowIndex()).toBe('2');
    expect(container.querySelectorAll('tr').length).toBeLessThan(60);
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(focusedRowIndex()).toBe('3'));
  });

  it('renders only a window of 10,000 rows; Ctrl+End and Ctrl+Home reach the grid corners', async () => {
    const user = userEvent.setup();
    const { container } = render(<KpiTable kpis={tenThousandKpis()} />);
    const grid = screen.getByRole('grid');
    expect(grid.getAttribute('aria-rowcount')).toBe('10001');
    expect(grid.getAttribute('aria-colcount')).toBe('8');
    expect(container.querySelectorAll('tr').length).toBeLessThan(60);

    const first = dataRows()[0]!;
    expect(first.getAttribute('aria-rowindex')).toBe('2');
    expect(tabStops()).toEqual([within(first).getByRole('rowheader')]);
    focusRow(first);

    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(focusedRowIndex()).toBe('3'));

    await user.keyboard('{Control>}{End}{/Control}');
    await waitFor(() => expect(focusedRowIndex()).toBe('10001'));
    expect(focusedColumn()).toBe('gauge');
    expect(document.activeElement?.getAttribute('aria-colindex')).toBe('8');
    expect(cellTexts(document.activeElement!.closest('tr')!)[0]).toBe('KPI 10000');
    expect(container.querySelectorAll('tr').length).toBeLessThan(60);
    expect(tabStops()).toEqual([document.activeElement]);

    await user.keyboard('{PageUp}');
    await waitFor(() => expect(Number(focusedRowIndex())).toBeLessThan(10001));
    expect(Number(focusedRowIndex())).toBeGreaterThan(10001 - 30);
    expect(focusedColumn()).toBe('gauge');

    // Ctrl+Home: the first cell of the first row, the header's KPI sort button
    await user.keyboard('{Control>}{Home}{/Control}');
    await waitFor(() => expect(focusedRowIndex()).toBe('1'));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'KPI' }));
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(focusedRowIndex()).toBe('2'));
    expect(focusedColumn()).toBe('kpi');
  });

  it('moves between cells with the arrows, Home/End and Page Up/Down, one tab stop throughout', async () => {
    const user = userEvent.setup();
    render(<KpiTable kpis={tenThousandKpis()} />);
    focusRow(dataRows()[0]!);
    await user.keyboard('{ArrowRight}');
    expect([focusedRowIndex(), focusedColumn()]).toEqual(['2', 'owner']);
    expect(document.activeElement?.getAttribute('role')).toBe('gridcell');
    await user.keyboard('{End}');
    expect([focusedRowIndex(), focusedColumn()]).toEqual(['2', 'gauge']);
    await user.keyboard('{ArrowRight}');
    expect(focusedColumn()).toBe('gauge');
    await user.keyboard('{Home}');
    expect([focusedRowIndex(), focusedColumn()]).toEqual(['2', 'kpi']);
    await user.keyboard('{ArrowLeft}');
    expect(focusedColumn()).toBe('kpi');
    await user.keyboard('{PageDown}');
    await waitFor(() => expect(Number(focusedRowIndex())).toBeGreaterThan(3));
    expect(focusedColumn()).toBe('kpi');
    await user.keyboard('{ArrowUp}');
    expect(tabStops()).toEqual([document.activeElement]);
    // up into the header row: a sortable column's focus target is its button; Enter there sorts
    await user.keyboard('{Control>}{Home}{/Control}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Attainment' }));
    await user.keyboard('{Enter}');
    expect(header('Attainment').getAttribute('aria-sort')).toBe('ascending');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    // the trend header cannot sort: the header cell itself takes focus
    expect(document.activeElement).toBe(header('Trend'));
    expect(tabStops()).toEqual([header('Trend')]);
  });

  it('mirrors the left and right arrows in a right-to-left grid (ar-EG)', async () => {
    const user = userEvent.setup();
    render(
      <NorthstarProvider locale="ar-EG">
        <KpiTable kpis={kpis.slice(0, 3)} />
      </NorthstarProvider>,
    );
    focusRow(dataRows()[0]!);
    await user.keyboard('{ArrowLeft}');
    expect(focusedColumn()).toBe('owner');
    await user.keyboard('{ArrowRight}');
    expect(focusedColumn()).toBe('kpi');
  });

  it('keeps the narrow layout (< 480 px) keyboard-usable: arrows skip the columns it hides', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <div style={{ width: 360 }}>
        <KpiTable kpis={kpis} history={kpiHistory} people={people} />
      </div>,
    );
    const root = container.querySelector('.ns-kpi-table') as HTMLElement;
    await waitFor(() => expect(root.dataset.layout).toBe('narrow'));
    const shown = (el: Element | null) => (el?.getClientRects().length ?? 0) > 0;
    expect(shown(container.querySelector('th[data-column="owner"]'))).toBe(false);
    expect(shown(header('Status'))).toBe(true);
    focusRow(dataRows()[0]!);
    await user.keyboard('{ArrowRight}');
    expect(focusedColumn()).toBe('actual');
    await user.keyboard('{ArrowRight}');
    expect(focusedColumn()).toBe('status');
    await user.keyboard('{End}{ArrowRight}');
    expect(focusedColumn()).toBe('status');
    expect(shown(document.activeElement)).toBe(true);
    await user.keyboard('{ArrowDown}{Enter}');
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(focusedColumn()).toBe('status'));
    expect(focusedRowIndex()).toBe('3');
  });

  it('moves a tab stop that sits in a column the narrow layout hides to the row header', async () => {
    const { container } = render(
      <div style={{ width: 1000 }}>
        <KpiTable kpis={kpis.slice(0, 4)} />
      </div>,
    );
    const user = userEvent.setup();
    focusRow(dataRows()[1]!);
    await user.keyboard('{End}');
    expect(focusedColumn()).toBe('gauge');
    (container.firstElementChild as HTMLElement).style.width = '360px';
    await waitFor(() => expect(tabStops().map((cell) => cell.dataset.column)).toEqual(['kpi']));
    expect(tabStops()[0]!.closest('tr')).toBe(dataRows()[1]);
  });

  it('opens the dialog with Space from any cell of a row and returns focus to that cell', async () => {
    const user = userEvent.setup();
    render(<KpiTable kpis={kpis} history={kpiHistory} people={people} />);
    focusRow(rowNamed('Win rate'));
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(focusedColumn()).toBe('actual');
    await user.keyboard(' ');
    await screen.findByRole('dialog', { name: 'Win rate' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(focusedColumn()).toBe('actual'));
    expect(document.activeElement?.closest('tr')).toBe(rowNamed('Win rate'));
  });

  it('reports filter changes to a controlled owner and shows what the owner passes back', async () => {
    const user = userEvent.setup();
    const onFiltersChange = vi.fn();
    const onGlobalFilterChange = vi.fn();
    const { rerender } = render(
      <KpiTable
        kpis={kpis}
        filters={{}}
        onFiltersChange={onFiltersChange}
        globalFilter=""
        onGlobalFilterChange={onGlobalFilterChange}
      />,
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'At risk');
    expect(onFiltersChange).toHaveBeenLastCalledWith({ status: 'at-risk' });
    expect(screen.getByText('Showing 32 of 32 KPIs')).toBeTruthy();
    await user.type(screen.getByRole('searchbox', { name: 'Search KPIs' }), 'w');
    expect(onGlobalFilterChange).toHaveBeenLastCalledWith('w');

    rerender(
      <KpiTable kpis={kpis} filters={{ status: 'at-risk', department: 'Sales' }} globalFilter="rate" />,
    );
    expect(dataRows().map((row) => cellTexts(row)[0])).toEqual(['Win rate']);
  });

  it('opens the row dialog with Enter, shows the history, and returns focus to the row on Escape', async () => {
    const user = userEvent.setup();
    const onRowOpen = vi.fn();
    render(<KpiTable kpis={kpis} history={kpiHistory} people={people} onRowOpen={onRowOpen} />);
    const row = rowNamed('Win rate');
    focusRow(row);
    await user.keyboard('{Enter}');

    const dialog = await screen.findByRole('dialog', { name: 'Win rate' });
    expect(onRowOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 'k-004' }));
    expect(within(dialog).getByRole('meter', { name: 'Win rate attainment' })).toBeTruthy();
    const history = within(dialog).getByRole('table', { name: 'History' });
    const historyRows = within(history).getAllByRole('row');
    expect(historyRows).toHaveLength(13); // header + 12 months
    expect(cellTexts(historyRows[1]!)).toEqual(['Dec 2025', '19%', '28%']);
    expect(dialog.textContent).toContain('Owner: Søren Osei');

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() =>
      expect(document.activeElement).toBe(within(rowNamed('Win rate')).getByRole('rowheader')),
    );
  });

  it('opens the dialog from a click and closes it with the Close button', async () => {
    const user = userEvent.setup();
    render(<KpiTable kpis={kpis} history={kpiHistory} people={people} />);
    await user.click(within(rowNamed('Gross margin')).getByText('Gross margin'));
    const dialog = await screen.findByRole('dialog', { name: 'Gross margin' });
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement?.closest('tr')).toBe(rowNamed('Gross margin')));
  });

  it('portals the dialog into the provider root so it stays themed', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <NorthstarProvider>
        <KpiTable kpis={kpis} history={kpiHistory} people={people} />
      </NorthstarProvider>,
    );
    focusRow(rowNamed('Cash runway'));
    await user.keyboard(' ');
    const dialog = await screen.findByRole('dialog', { name: 'Cash runway' });
    const root = container.querySelector('[data-ns-root]');
    expect(root).not.toBeNull();
    expect(root!.contains(dialog)).toBe(true);
  });

  it('forwards its ref to the root and spreads unknown props onto it', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <KpiTable ref={ref} kpis={kpis.slice(0, 2)} id="sales-kpis" data-testid="kpis" className="host" />,
    );
    const root = screen.getByTestId('kpis');
    expect(ref.current).toBe(root);
    expect(root.id).toBe('sales-kpis');
    expect(root.className).toBe('ns-kpi-table host');
    expect(root.contains(screen.getByRole('grid'))).toBe(true);
  });

  it('shows "No KPIs" for an empty list', () => {
    render(<KpiTable kpis={[]} />);
    expect(screen.getByText('No KPIs')).toBeTruthy();
  });

  it('renders a KPI that core rejects as "Invalid data" and warns once naming it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken = { id: 'broken-1', name: 'Broken KPI', actual: 5, direction: 'higher-is-better' } as Kpi;
    render(<KpiTable kpis={[broken, ...kpis.slice(0, 2)]} />);
    expect(cellTexts(rowNamed('Broken KPI'))[5]).toBe('Invalid data');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/<KpiTable> prop "kpis\[0\]" = "broken-1".*"target"/);
  });
});

describe('KpiTable right to left', () => {
  it('mirrors the sparklines and isolates each name so it truncates in its own direction (ar-EG)', () => {
    render(
      <div style={{ width: 1000 }}>
        <NorthstarProvider locale="ar-EG">
          <KpiTable kpis={kpis.slice(0, 3)} history={kpiHistory} people={people} />
        </NorthstarProvider>
      </div>,
    );
    const row = dataRows()[0]!;
    const sparkline = row.querySelector('.ns-kpi-table-sparkline') as SVGElement;
    expect(getComputedStyle(sparkline).transform).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    const name = row.querySelector('bdi.ns-kpi-table-name') as HTMLElement;
    expect(name.getAttribute('dir')).toBe('auto');
    // the Latin name keeps its own left-to-right direction inside the right-to-left table
    expect(getComputedStyle(name).direction).toBe('ltr');
    expect(getComputedStyle(name.closest('table')!).direction).toBe('rtl');
  });

  it('keeps the sparkline unmirrored left to right', () => {
    render(
      <div style={{ width: 1000 }}>
        <KpiTable kpis={kpis.slice(0, 3)} history={kpiHistory} people={people} />
      </div>,
    );
    const sparkline = dataRows()[0]!.querySelector('.ns-kpi-table-sparkline') as SVGElement;
    expect(getComputedStyle(sparkline).transform).toBe('none');
  });
});

describe('KpiTable (connected)', () => {
  const retryFree = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

  it('shows busy skeleton rows, then the KPIs with owner names from the adapter', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const adapter = createMemoryAdapter(SAMPLE_SEED, { gate: () => held });
    render(
      <NorthstarProvider adapter={adapter} queryClient={retryFree()}>
        <KpiTable />
      </NorthstarProvider>,
    );
    expect(screen.getByRole('grid', { busy: true })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Loading KPIs…');
    release();
    const row = await screen.findByRole('row', { name: /^Annual recurring revenue\b/ });
    expect(screen.getByRole('grid').getAttribute('aria-busy')).toBeNull();
    await waitFor(() => expect(cellTexts(row)[1]).toBe('Noah Müller'));
    expect(screen.getByRole('grid').getAttribute('aria-rowcount')).toBe('33');
  });

  it('loads the history for the dialog through the adapter', async () => {
    const user = userEvent.setup();
    const adapter = createMemoryAdapter(SAMPLE_SEED);
    render(
      <NorthstarProvider adapter={adapter} queryClient={retryFree()}>
        <KpiTable />
      </NorthstarProvider>,
    );
    const row = await screen.findByRole('row', { name: /^Support CSAT\b/ });
    focusRow(row);
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Support CSAT' });
    const history = await within(dialog).findByRole('table', { name: 'History' });
    expect(within(history).getAllByRole('row')).toHaveLength(13);
  });

  it('shows the error with a Retry that loads the KPIs once the adapter recovers', async () => {
    const user = userEvent.setup();
    let down = true;
    const adapter = createMemoryAdapter(SAMPLE_SEED, {
      failWith: ({ domain, method }) =>
        down && domain === 'kpis' && method === 'list' ? new Error('Network down') : undefined,
    });
    render(
      <NorthstarProvider adapter={adapter} queryClient={retryFree()}>
        <KpiTable />
      </NorthstarProvider>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Network down');
    down = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('row', { name: /^Annual recurring revenue\b/ })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
