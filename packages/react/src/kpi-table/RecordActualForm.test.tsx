import type { Kpi, KpiSample, NorthstarAdapter } from '@northstar/core';
import { createMemoryAdapter, type MemoryAdapterOptions, type MemoryCall } from '@northstar/core/adapters';
import { QueryClient } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../styles.css';
import { NorthstarProvider } from '../provider/NorthstarProvider.js';
import { KpiTable } from './KpiTable.js';
import { nextPeriod } from './nextPeriod.js';
import { parseActualInput } from './parseActualInput.js';

afterEach(cleanup);

const KPIS: Kpi[] = [
  {
    id: 'k-1',
    name: 'Net revenue',
    actual: 80,
    target: 100,
    previous: 75,
    direction: 'higher-is-better',
    period: '2026-11',
  },
  {
    id: 'k-2',
    name: 'Win rate',
    actual: 0.24,
    target: 0.28,
    format: 'percent',
    direction: 'higher-is-better',
    period: '2026-11',
  },
];
const HISTORY: KpiSample[] = [
  { kpiId: 'k-1', period: '2026-10', actual: 75, target: 100 },
  { kpiId: 'k-1', period: '2026-11', actual: 80, target: 100 },
  { kpiId: 'k-2', period: '2026-11', actual: 0.24, target: 0.28 },
];

/** Every `kpis.record` call the adapter saw, failing while `state.failing` is true. */
function recorder() {
  const state = { failing: false, writes: [] as MemoryCall[] };
  const failWith: MemoryAdapterOptions['failWith'] = (call) => {
    if (call.method !== 'record') return undefined;
    state.writes.push(call);
    return state.failing ? new Error('Network down') : undefined;
  };
  return { state, failWith };
}

/**
 * Holds every `kpis.record` call until the test calls `release()`: the write is pending exactly as long as the
 * test says, whatever the machine's load (no latency, no clock).
 */
function writeGate() {
  let open: () => void = () => {};
  const hold = () => new Promise<void>((resolve) => (open = resolve));
  let held = hold();
  const gate: MemoryAdapterOptions['gate'] = (call) => (call.method === 'record' ? held : undefined);
  const release = () => {
    open();
    held = hold();
  };
  return { gate, release };
}

function renderTable(adapter: NorthstarAdapter, table = <KpiTable />) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <NorthstarProvider adapter={adapter} queryClient={client}>
      {table}
    </NorthstarProvider>,
  );
  return userEvent.setup();
}

/** Opens a row's dialog and waits for its history (the period suggestion comes from it). */
async function openDialog(user: ReturnType<typeof userEvent.setup>, name: string, historyName = 'History') {
  const row = await screen.findByRole('row', { name: new RegExp(`^${name}\\b`) });
  // the row header cell is the row's focus target in the grid
  act(() => within(row).getByRole('rowheader').focus());
  await user.keyboard('{Enter}');
  const dialog = await screen.findByRole('dialog', { name });
  await within(dialog).findByRole('table', { name: historyName });
  return dialog;
}

const field = (dialog: HTMLElement, name: string) =>
  within(dialog).getByRole('textbox', { name }) as HTMLInputElement;

/** The "Actual" fact next to the gauge. */
const dialogActual = (dialog: HTMLElement) =>
  [...dialog.querySelectorAll('dt')].find((dt) => dt.textContent === 'Actual')?.nextElementSibling
    ?.textContent;

/** Period → actual, as the history table shows them. */
const historyRows = (dialog: HTMLElement) =>
  within(within(dialog).getByRole('table', { name: 'History' }))
    .getAllByRole('row')
    .slice(1)
    .map((r) =>
      [...(r as HTMLTableRowElement).cells]
        .slice(0, 2)
        .map((c) => c.textContent)
        .join(' = '),
    );

/** The table row's Actual cell (the modal dialog hides the table from the accessibility tree). */
const rowActual = (name: string) =>
  (
    screen.getByRole('row', { name: new RegExp(`^${name}\\b`), hidden: true }) as HTMLTableRowElement
  ).cells[2]?.querySelector('.ns-kpi-table-wide')?.textContent;

// These tests read the wide layout (every column); the test page is narrower than the 480 px container-query
// breakpoint, which has its own test in the layout suite (src/stories/storyLayout.test.tsx).
beforeEach(() => {
  document.body.style.width = '1200px';
});
afterEach(() => {
  document.body.style.width = '';
});

describe('RecordActualForm in the KPI dialog (connected)', () => {
  it('suggests the next period and shows a new actual at once, then a polite "saved" status', async () => {
    const { state, failWith } = recorder();
    const { gate, release } = writeGate();
    const user = renderTable(createMemoryAdapter({ kpis: KPIS, kpiHistory: HISTORY }, { gate, failWith }));
    const dialog = await openDialog(user, 'Net revenue');
    const form = within(dialog).getByRole('form', { name: 'Record actual' });
    expect(field(form, 'Period').value).toBe('2026-12');
    expect(dialogActual(dialog)).toBe('80');

    await user.type(field(form, 'Actual'), '92.5');
    await user.click(within(form).getByRole('button', { name: 'Save actual' }));

    // optimistic, while the write is held
    await waitFor(() => expect(dialogActual(dialog)).toBe('92.5'));
    const busy = within(form).getByRole('button', { name: 'Saving…' });
    expect(busy.getAttribute('aria-busy')).toBe('true');
    expect(busy.getAttribute('aria-disabled')).toBe('true');
    expect(field(form, 'Actual').readOnly).toBe(true);
    expect(dialogActual(dialog)).toBe('92.5');
    expect(historyRows(dialog)).toEqual(['Oct 2026 = 75', 'Nov 2026 = 80', 'Dec 2026 = 92.5']);
    expect(rowActual('Net revenue')).toBe('92.5');
    expect(
      within(dialog).getByRole('meter', { name: 'Net revenue attainment' }).getAttribute('aria-valuetext'),
    ).toMatch(/^93%/);
    // a second press while pending sends nothing
    await user.click(busy);
    release();

    const status = within(dialog).getByRole('status');
    await waitFor(() => expect(status.textContent).toBe('Saved 92.5 for Dec 2026.'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(state.writes).toHaveLength(1);
    expect(state.writes[0]!.args).toEqual(['k-1', { period: '2026-12', actual: 92.5, target: 100 }]);
    // ready for the next period once the history has been refetched
    await waitFor(() => expect(field(form, 'Period').value).toBe('2027-01'));
    expect(field(form, 'Actual').value).toBe('');
    expect(dialogActual(dialog)).toBe('92.5');
    expect(rowActual('Net revenue')).toBe('92.5');
    expect(historyRows(dialog).at(-1)).toBe('Dec 2026 = 92.5');
  });

  it('rolls a failed write back with a visible alert, keeps what was typed, and retries with the same key', async () => {
    const { state, failWith } = recorder();
    const { gate, release } = writeGate();
    state.failing = true;
    const user = renderTable(createMemoryAdapter({ kpis: KPIS, kpiHistory: HISTORY }, { gate, failWith }));
    const dialog = await openDialog(user, 'Net revenue');
    await user.clear(field(dialog, 'Period'));
    await user.type(field(dialog, 'Period'), '2027-01');
    await user.type(field(dialog, 'Actual'), '90{Enter}');

    // the optimistic value first…
    await waitFor(() => expect(dialogActual(dialog)).toBe('90'));
    expect(rowActual('Net revenue')).toBe('90');
    expect(historyRows(dialog).at(-1)).toBe('Jan 2027 = 90');
    release();

    // …then the alert and the rolled-back value
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain(
      '90 for Jan 2027 was not saved and has been rolled back: Network down',
    );
    expect(dialogActual(dialog)).toBe('80');
    expect(rowActual('Net revenue')).toBe('80');
    expect(historyRows(dialog)).toEqual(['Oct 2026 = 75', 'Nov 2026 = 80']);
    expect(field(dialog, 'Period').value).toBe('2027-01');
    expect(field(dialog, 'Actual').value).toBe('90');
    expect(within(dialog).getByRole('status').textContent).toBe('');

    state.failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(dialogActual(dialog)).toBe('90'));
    expect(screen.queryByRole('alert')).toBeNull();
    // focus stays in the form, on the busy button, instead of falling to <body> with the alert
    expect(document.activeElement?.textContent).toBe('Saving…');
    release();

    await waitFor(() =>
      expect(within(dialog).getByRole('status').textContent).toBe('Saved 90 for Jan 2027.'),
    );
    expect(dialogActual(dialog)).toBe('90');
    expect(state.writes).toHaveLength(2);
    const [first, second] = state.writes.map((w) => w.options?.idempotencyKey);
    expect(first).toMatch(/\S{8,}/);
    expect(second).toBe(first);
    expect(state.writes[1]!.args).toEqual(state.writes[0]!.args);
  });

  it('shows an inline error tied to the field for a value that is not a number, and records nothing', async () => {
    const { state, failWith } = recorder();
    const user = renderTable(createMemoryAdapter({ kpis: KPIS, kpiHistory: HISTORY }, { failWith }));
    const dialog = await openDialog(user, 'Net revenue');
    const actual = field(dialog, 'Actual');
    await user.type(actual, '12,x');
    await user.click(within(dialog).getByRole('button', { name: 'Save actual' }));

    const message = '“12,x” is not a number. Enter a number such as 12.5.';
    expect(within(dialog).getByText(message)).toBeTruthy();
    expect(actual.getAttribute('aria-invalid')).toBe('true');
    const described = (actual.getAttribute('aria-describedby') ?? '').split(' ');
    expect(described.map((id) => document.getElementById(id)?.textContent)).toContain(message);
    expect(document.activeElement).toBe(actual);

    // an empty field and an emptied period are errors too
    await user.clear(actual);
    expect(within(dialog).getByText('Enter the actual value.')).toBeTruthy();
    await user.clear(field(dialog, 'Period'));
    await user.type(actual, '1,000.5');
    await user.click(within(dialog).getByRole('button', { name: 'Save actual' }));
    expect(within(dialog).getByText('Enter a period, such as 2026-12.')).toBeTruthy();
    expect(field(dialog, 'Period').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field(dialog, 'Period'));
    expect(actual.getAttribute('aria-invalid')).toBeNull();

    await new Promise((r) => setTimeout(r, 50));
    expect(state.writes).toHaveLength(0);
    expect(dialogActual(dialog)).toBe('80');
  });

  it('takes a percent KPI as the percentage people see, in the provider locale', async () => {
    const { state, failWith } = recorder();
    const adapter = createMemoryAdapter({ kpis: KPIS, kpiHistory: HISTORY }, { failWith });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <NorthstarProvider adapter={adapter} queryClient={client} locale="de-DE">
        <KpiTable />
      </NorthstarProvider>,
    );
    const user = userEvent.setup();
    const dialog = await openDialog(user, 'Win rate', 'Verlauf');
    expect(within(dialog).getByText('In %')).toBeTruthy();
    await user.type(field(dialog, 'Istwert'), '25,5');
    await user.click(within(dialog).getByRole('button', { name: 'Istwert speichern' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('status').textContent).toMatch(
        /^25,5\s%.? für Dez\. 2026 gespeichert\.$/u,
      ),
    );
    expect(state.writes[0]!.args[1]).toEqual({ period: '2026-12', actual: 0.255, target: 0.28 });
  });

  it('has no form for a read-only adapter, a controlled table, or a table given its history', async () => {
    const base = createMemoryAdapter({ kpis: KPIS, kpiHistory: HISTORY });
    const readOnly: NorthstarAdapter = {
      kpis: { list: base.kpis.list, get: base.kpis.get, history: base.kpis.history },
    };
    let user = renderTable(readOnly);
    let dialog = await openDialog(user, 'Net revenue');
    expect(historyRows(dialog)).toEqual(['Oct 2026 = 75', 'Nov 2026 = 80']);
    expect(within(dialog).queryByRole('form')).toBeNull();
    expect(within(dialog).queryByRole('textbox')).toBeNull();
    cleanup();

    user = renderTable(base, <KpiTable kpis={KPIS} history={HISTORY} />);
    dialog = await openDialog(user, 'Net revenue');
    expect(within(dialog).queryByRole('form')).toBeNull();
    cleanup();

    user = renderTable(base, <KpiTable history={HISTORY} />);
    dialog = await openDialog(user, 'Net revenue');
    expect(within(dialog).queryByRole('form')).toBeNull();
    cleanup();

    // and none without a provider at all
    render(<KpiTable kpis={KPIS} history={HISTORY} />);
    dialog = await openDialog(userEvent.setup(), 'Net revenue');
    expect(within(dialog).queryByRole('form')).toBeNull();
  });
});

describe('nextPeriod', () => {
  it('steps months, quarters, halves, years, ISO weeks and dated series', () => {
    expect(nextPeriod(['2026-10', '2026-11'])).toBe('2026-12');
    expect(nextPeriod(['2026-11', '2026-12'])).toBe('2027-01');
    expect(nextPeriod(['2026-Q4', '2026-Q3'])).toBe('2027-Q1');
    expect(nextPeriod(['2026-Q2'])).toBe('2026-Q3');
    expect(nextPeriod(['2026-H1'])).toBe('2026-H2');
    expect(nextPeriod(['2026'])).toBe('2027');
    expect(nextPeriod(['2026-W52'])).toBe('2026-W53'); // 2026 starts on a Thursday: 53 ISO weeks
    expect(nextPeriod(['2027-W52'])).toBe('2028-W01');
    expect(nextPeriod(['2026-12-31'])).toBe('2027-01-01');
    expect(nextPeriod(['2026-02-16', '2026-02-23'])).toBe('2026-03-02');
    expect(nextPeriod([])).toBeUndefined();
    expect(nextPeriod(['FY26 close'])).toBeUndefined();
  });
});

describe('parseActualInput', () => {
  it('accepts "." decimals everywhere, the locale separators where they really group, and rejects the rest', () => {
    const n = (value: number) => ({ kind: 'number', value });
    expect(parseActualInput('92.5', 'en-US')).toEqual(n(92.5));
    expect(parseActualInput(' -1,234.5 ', 'en-US')).toEqual(n(-1234.5));
    expect(parseActualInput('.5', 'en-US')).toEqual(n(0.5));
    expect(parseActualInput('1,5', 'en-US')).toEqual({ kind: 'invalid' });
    expect(parseActualInput('1.234,5', 'de-DE')).toEqual(n(1234.5));
    expect(parseActualInput('3.5', 'de-DE')).toEqual(n(3.5));
    expect(parseActualInput('\u22122,5', 'de-DE')).toEqual(n(-2.5));
    expect(parseActualInput('1\u202f234,5', 'fr-FR')).toEqual(n(1234.5));
    expect(parseActualInput('', 'en-US')).toEqual({ kind: 'empty' });
    for (const bad of ['abc', 'NaN', '12x', '-', '.', '1..2', 'Infinity', '1e999']) {
      expect(parseActualInput(bad, 'en-US')).toEqual({ kind: 'invalid' });
    }
  });
});
