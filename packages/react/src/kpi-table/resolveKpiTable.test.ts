import type { Kpi } from '@northstar/core';
import { describe, expect, it } from 'vitest';
import { createFormatters } from '../i18n/createFormatters.js';
import { createTranslator } from '../i18n/createTranslator.js';
import { CATALOGUE_LOCALES } from '../i18n/defineMessages.js';
import { SAMPLE_ORG } from '../stories/sampleOrg.js';
import { buildKpiRows, groupHistory, namesById } from './buildKpiRows.js';
import { createKpiTableText } from './createKpiTableText.js';
import { KPI_TABLE_MESSAGES } from './kpiTableMessages.js';
import { type KpiTableInput, resolveKpiTable } from './resolveKpiTable.js';
import { nextSorting, sortKpiRows } from './sortKpiRows.js';

const { kpis, kpiHistory, people } = SAMPLE_ORG;
const textFor = (locale: string) =>
  createKpiTableText(createTranslator(KPI_TABLE_MESSAGES, locale), createFormatters(locale));
const en = textFor('en-US');
const rows = buildKpiRows(kpis, groupHistory(kpiHistory), namesById(people));
const input = (over: Partial<KpiTableInput> = {}): KpiTableInput => ({
  rows,
  sorting: [],
  globalFilter: '',
  filters: {},
  ready: true,
  ...over,
});
const names = (model: { rows: readonly { kpi: Kpi }[] }) => model.rows.map((row) => row.kpi.name);

describe('resolveKpiTable', () => {
  it('labels every column in order with 1-based column indexes, and only the data columns sort', () => {
    const model = resolveKpiTable(input(), en);
    expect(model.columns.map((c) => [c.id, c.label, c.colIndex, c.sortable])).toEqual([
      ['kpi', 'KPI', 1, true],
      ['owner', 'Owner', 2, true],
      ['actual', 'Actual', 3, true],
      ['target', 'Target', 4, true],
      ['attainment', 'Attainment', 5, true],
      ['status', 'Status', 6, true],
      ['trend', 'Trend', 7, false],
      ['gauge', 'Gauge', 8, false],
    ]);
    expect(model.label).toBe('KPIs');
    expect(model.summary).toBe('Showing 32 of 32 KPIs');
    expect(model.message).toBeNull();
  });

  it('puts the row header first in a host column choice and drops unknown or repeated ids', () => {
    const model = resolveKpiTable(input({ columns: ['status', 'actual', 'status', 'nope' as 'owner'] }), en);
    expect(model.columns.map((c) => [c.id, c.colIndex])).toEqual([
      ['kpi', 1],
      ['status', 2],
      ['actual', 3],
    ]);
  });

  it('filters by search over name, owner and department, and by status and department together', () => {
    expect(names(resolveKpiTable(input({ globalFilter: '  CHURN ' }), en))).toEqual([
      'Gross revenue churn (annualised)',
    ]);
    expect(names(resolveKpiTable(input({ globalFilter: 'noah' }), en))).toEqual(['Annual recurring revenue']);
    const finance = resolveKpiTable(input({ filters: { status: 'on-track', department: 'Finance' } }), en);
    expect(finance.rows.every((r) => r.status === 'on-track' && r.kpi.department === 'Finance')).toBe(true);
    expect(finance.summary).toBe(`Showing ${finance.rows.length} of 32 KPIs`);
    expect(finance.filtered).toBe(true);
  });

  it('says "No KPIs" without rows and "No KPIs match the filters" when filters remove every row', () => {
    expect(resolveKpiTable(input({ rows: [] }), en).message).toBe('No KPIs');
    const none = resolveKpiTable(input({ globalFilter: 'zzz' }), en);
    expect(none.message).toBe('No KPIs match the filters');
    expect(none.filtered).toBe(true);
    // while loading there is neither a count nor an empty message
    const loading = resolveKpiTable(input({ rows: [], ready: false }), en);
    expect([loading.summary, loading.message]).toEqual([undefined, null]);
  });

  it('offers every core band and the departments sorted by the locale collator as filter options', () => {
    const model = resolveKpiTable(input(), en);
    expect(model.statusOptions.slice(0, 3).map((o) => o.label)).toEqual(['Off track', 'At risk', 'On track']);
    const departments = model.departmentOptions.map((o) => o.value);
    expect(departments).toEqual([...departments].sort((a, b) => a.localeCompare(b, 'en')));
    expect(departments).toContain('Finance');
  });

  it('sorts by attainment ascending and descending with KPIs lacking data last both ways', () => {
    const noData: Kpi = {
      id: 'nd',
      name: 'Brand new KPI',
      actual: null,
      target: 10,
      direction: 'higher-is-better',
    };
    const some = buildKpiRows([noData, ...kpis.slice(0, 4)], {}, {});
    const asc = resolveKpiTable(input({ rows: some, sorting: [{ id: 'attainment', desc: false }] }), en);
    const desc = resolveKpiTable(input({ rows: some, sorting: [{ id: 'attainment', desc: true }] }), en);
    const attainments = (m: typeof asc) => m.rows.map((r) => r.attainment);
    expect(attainments(asc).slice(0, 4)).toEqual([...attainments(asc).slice(0, 4)].sort((a, b) => a! - b!));
    expect(attainments(desc).slice(0, 4)).toEqual([...attainments(desc).slice(0, 4)].sort((a, b) => b! - a!));
    expect(names(asc).at(-1)).toBe('Brand new KPI');
    expect(names(desc).at(-1)).toBe('Brand new KPI');
    expect(asc.columns.find((c) => c.id === 'attainment')?.ariaSort).toBe('ascending');
    expect(desc.columns.find((c) => c.id === 'attainment')?.ariaSort).toBe('descending');
    expect(asc.columns.find((c) => c.id === 'status')?.ariaSort).toBeUndefined();
  });

  it('sorts names with the locale collator (numeric, case-insensitive) and keeps ties in input order', () => {
    const named = (name: string, id: string): Kpi => ({
      id,
      name,
      actual: 1,
      target: 1,
      direction: 'higher-is-better',
    });
    const list = buildKpiRows(
      [named('KPI 10', 'a'), named('kpi 9', 'b'), named('Ärger', 'c'), named('KPI 9', 'd')],
      {},
      {},
    );
    const sorted = sortKpiRows(list, [{ id: 'kpi', desc: false }], en.collator);
    expect(sorted.map((r) => r.kpi.id)).toEqual(['c', 'b', 'd', 'a']);
    // trend is not sortable: the order stays as given
    expect(sortKpiRows(list, [{ id: 'trend', desc: false }], en.collator)).toBe(list);
  });

  it('words the count and empty states in German and Arabic (whole sentences, local digits)', () => {
    expect(resolveKpiTable(input({ globalFilter: 'churn' }), textFor('de-DE')).summary).toBe(
      createTranslator(KPI_TABLE_MESSAGES, 'de-DE')('kpiTable.count', { shown: 1, total: 32, count: 32 }),
    );
    const ar = resolveKpiTable(input({ rows: [] }), textFor('ar-EG'));
    expect(ar.message).not.toBe('No KPIs');
    expect(resolveKpiTable(input(), textFor('ar-EG')).summary).toMatch(/٣٢/);
  });
});

describe.each(CATALOGUE_LOCALES)('resolveKpiTable in %s', (locale) => {
  it('names every column, the grid and the count from the catalogue (no raw keys)', () => {
    const model = resolveKpiTable(input({ globalFilter: 'churn' }), textFor(locale));
    const words = [model.label, model.summary!, ...model.columns.map((c) => c.label)];
    expect(words.every((w) => w.length > 0 && !w.startsWith('kpiTable.'))).toBe(true);
    expect(resolveKpiTable(input({ rows: [] }), textFor(locale)).message).not.toMatch(/^kpiTable\./);
  });
});

describe('nextSorting', () => {
  it('cycles a column unsorted → ascending → descending → unsorted and switches columns to ascending', () => {
    expect(nextSorting([], 'attainment')).toEqual([{ id: 'attainment', desc: false }]);
    expect(nextSorting([{ id: 'attainment', desc: false }], 'attainment')).toEqual([
      { id: 'attainment', desc: true },
    ]);
    expect(nextSorting([{ id: 'attainment', desc: true }], 'attainment')).toEqual([]);
    expect(nextSorting([{ id: 'attainment', desc: true }], 'status')).toEqual([
      { id: 'status', desc: false },
    ]);
  });
});
