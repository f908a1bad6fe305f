/// <reference types="vite/client" />
// The README's examples state results ("reads “24%, at risk”"): this test renders each stated example from the
// README text itself and compares what the widget really shows with what the README claims.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import readme from '../../README.md?raw';
import { KpiGauge } from '../kpi-gauge/KpiGauge.js';
import type { KpiTableSorting } from '../kpi-table/kpiTable.types.js';
import { useKpiTable } from '../kpi-table/useKpiTable.js';
import { NorthstarProvider } from '../provider/NorthstarProvider.js';
import { SAMPLE_ORG } from './sampleOrg.js';

afterEach(cleanup);

// Intl separates "24 %" with a no-break space; the README is written with plain spaces.
const spaced = (text: string | null) => text?.replace(/[\u00a0\u202f]/g, ' ');

/** The props of the first `<KpiGauge … />` in a snippet: string and numeric literals only (what the README uses). */
function gaugeProps(snippet: string): Record<string, string | number> {
  const tag = /<KpiGauge\s([^>]*?)\/>/.exec(snippet)?.[1];
  if (!tag) throw new Error('no <KpiGauge /> in the snippet');
  const props: Record<string, string | number> = {};
  for (const [, name, text, expr] of tag.matchAll(/(\w+)=(?:"([^"]*)"|\{([^}]*)\})/g)) {
    props[name!] = text ?? Number(expr!.replace(/_/g, ''));
  }
  return props;
}

/** The code block that follows a heading, and the paragraph after it. */
function section(heading: string): { code: string; after: string } {
  const start = readme.indexOf(`## ${heading}`);
  const rest = readme.slice(start);
  const code = /```tsx\n([\s\S]*?)```/.exec(rest)?.[1] ?? '';
  const after = rest.slice(rest.indexOf('```', rest.indexOf('```tsx') + 6) + 3).split('\n\n')[1] ?? '';
  return { code, after };
}

/** The README's `useKpiTable` component, as written there (its options come from the snippet). */
function WorstFirst({ status, defaultSorting }: { status: string; defaultSorting: KpiTableSorting }) {
  const table = useKpiTable({ kpis: SAMPLE_ORG.kpis, defaultFilters: { status }, defaultSorting });
  return (
    <ol aria-label={table.model.summary}>
      {table.model.rows.map((row) => (
        <li key={row.kpi.id}>
          {row.kpi.name}: {table.text.attainment(row)}
        </li>
      ))}
    </ol>
  );
}

describe('README examples', () => {
  it('Quick start: the gauge reads what the README says it reads', () => {
    const { code, after } = section('Quick start');
    const claimed = /reads "([^"]+)"/.exec(after)?.[1];
    expect(claimed, 'the README states the accessible value').toBeDefined();
    const locale = /locale="([^"]+)"/.exec(code)?.[1] ?? 'en-US';
    render(
      <NorthstarProvider locale={locale}>
        <KpiGauge {...gaugeProps(code)} />
      </NorthstarProvider>,
    );
    expect(spaced(screen.getByRole('meter').getAttribute('aria-valuetext'))).toBe(claimed);
  });

  it('Server Component snippet: the same gauge in de-DE reads the German sentence the README quotes', () => {
    const { code, after } = section('Theming');
    const claimed = /reads "([^"]+)"/.exec(after)?.[1];
    expect(claimed, 'the README states the accessible value').toBeDefined();
    render(
      <NorthstarProvider locale={/locale="([^"]+)"/.exec(code)?.[1]}>
        <KpiGauge {...gaugeProps(code)} />
      </NorthstarProvider>,
    );
    expect(spaced(screen.getByRole('meter').getAttribute('aria-valuetext'))).toBe(claimed);
  });

  it('Your own markup: useKpiTable lists the KPIs the README says, labelled as it says', () => {
    const { code, after } = section('Your own markup');
    const label = /labelled "([^"]+)"/.exec(after)?.[1];
    const first = /first item reads "([^"]+)"/.exec(after)?.[1];
    expect([label, first], 'the README states the label and the first item').not.toContain(undefined);
    // the options the snippet passes, read from the snippet itself
    const status = /status: '([^']+)'/.exec(code)?.[1];
    const [, id, desc] = /defaultSorting: \[\{ id: '(\w+)', desc: (true|false) \}\]/.exec(code) ?? [];
    expect([status, id, desc]).not.toContain(undefined);
    const defaultSorting = [{ id, desc: desc === 'true' }] as KpiTableSorting;
    render(<WorstFirst status={status!} defaultSorting={defaultSorting} />);
    const list = screen.getByRole('list');
    expect(list.getAttribute('aria-label')).toBe(label);
    expect(spaced(screen.getAllByRole('listitem')[0]!.textContent)).toBe(first);
    expect(code).toContain('{row.kpi.name}: {table.text.attainment(row)}');
  });
});
