import type { Kpi } from '@northstar/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties, ReactNode } from 'react';
import { KpiGauge } from '../kpi-gauge/KpiGauge.js';
import { KpiTable } from '../kpi-table/KpiTable.js';
import type { Appearance } from '../provider/NorthstarContext.js';
import { NorthstarProvider } from '../provider/NorthstarProvider.js';
import { SAMPLE_ORG, sampleKpi } from './sampleOrg.js';
import { ACME_TEAL_THEME, GLOBEX_AMBER_THEME } from './storyThemes.js';

// The gauges shown in every panel: a scale for each sample KPI (the KPI record has only the attainment-0 bound).
const GAUGES: readonly { kpi: Kpi; min: number; max: number; variant: 'radial' | 'linear' }[] = [
  { kpi: sampleKpi('k-001'), min: 0, max: 50_000_000, variant: 'radial' },
  { kpi: sampleKpi('k-005'), min: 0, max: 120, variant: 'radial' },
  { kpi: sampleKpi('k-009'), min: 0.5, max: 1, variant: 'linear' },
];
const TABLE_KPIS = ['k-004', 'k-006', 'k-015', 'k-021', 'k-027'].map(sampleKpi);
const TABLE_HISTORY = SAMPLE_ORG.kpiHistory.filter((s) => TABLE_KPIS.some((k) => k.id === s.kpiId));

interface PanelProps {
  title: string;
  theme: Parameters<typeof NorthstarProvider>[0]['theme'];
  appearance: Appearance;
  locale: string;
  /** The host page's own colours around the widget root (a dark host page for the dark panel). */
  hostStyle: CSSProperties;
}

// One host "page" section: its own heading (host markup) and a NorthstarProvider with that brand's theme.
function BrandPanel({ title, theme, appearance, locale, hostStyle }: PanelProps): ReactNode {
  const headingId = `host-branding-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section aria-labelledby={headingId} style={{ ...panelStyle, ...hostStyle }}>
      <h2 id={headingId} style={{ margin: '0 0 12px', fontSize: 18 }}>
        {title}
      </h2>
      <NorthstarProvider theme={theme} appearance={appearance} locale={locale}>
        <div
          style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))', gap: 12 }}
        >
          {GAUGES.map(({ kpi, min, max, variant }) => (
            // a bullet bar reads best across the panel's full width
            <div key={kpi.id} style={variant === 'linear' ? { gridColumn: '1 / -1' } : undefined}>
              <KpiGauge
                variant={variant}
                label={kpi.name}
                value={kpi.actual ?? null}
                min={min}
                max={max}
                target={kpi.target ?? undefined}
                direction={kpi.direction}
                format={kpi.format}
                currency={kpi.format === 'currency' ? (kpi.currency ?? kpi.unit) : undefined}
                unit={kpi.format === 'number' ? kpi.unit : undefined}
              />
            </div>
          ))}
        </div>
        <KpiTable kpis={TABLE_KPIS} history={TABLE_HISTORY} people={SAMPLE_ORG.people} />
      </NorthstarProvider>
    </section>
  );
}

const panelStyle: CSSProperties = {
  padding: 16,
  borderRadius: 8,
  minWidth: 0,
  fontFamily: 'system-ui, sans-serif',
};

const meta = {
  title: 'Foundations/Host branding',
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    // This story sets up its own three providers; the global decorator's provider would only wrap them.
    northstar: { provider: false },
    docs: {
      description: {
        component:
          'Three NorthstarProviders on one host page: two brands built with `createTheme` (Acme teal, Globex amber) and a dark-mode root. Each provider writes its tokens on its own `[data-ns-root]`, so the brands never leak into each other or onto the host.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** Acme teal (light), Globex amber (light) and Acme teal in dark mode, side by side, in the toolbar's locale. */
export const SideBySide: Story = {
  render: (_args, { globals }) => {
    const locale = (globals.locale as string | undefined) ?? 'en-US';
    return (
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fit, minmax(min(320px, 100%), 1fr))',
          gap: 16,
          padding: 16,
          background: '#f1f5f9',
        }}
      >
        <BrandPanel
          title="Acme teal"
          theme={ACME_TEAL_THEME}
          appearance="light"
          locale={locale}
          hostStyle={{ background: '#ffffff', color: '#0f172a' }}
        />
        <BrandPanel
          title="Globex amber"
          theme={GLOBEX_AMBER_THEME}
          appearance="light"
          locale={locale}
          hostStyle={{ background: '#fffbeb', color: '#1c1917' }}
        />
        <BrandPanel
          title="Acme teal, dark mode"
          theme={ACME_TEAL_THEME}
          appearance="dark"
          locale={locale}
          hostStyle={{ background: '#0b1220', color: '#e2e8f0' }}
        />
      </div>
    );
  },
};
