import type { Band, Kpi } from '@northstar/core';
import { createMemoryAdapter } from '@northstar/core/adapters';
import { QueryClient } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import axe from 'axe-core';
import type { ReactNode } from 'react';
import { act, createRef } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { NorthstarProvider } from '../provider/NorthstarProvider.js';
import { TONE_TOKEN } from '../theme/tokens.js';
import { KpiGauge } from './KpiGauge.js';
import './kpiGauge.css';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  warn.mockRestore();
});

const inLocale = (locale: string, ui: ReactNode) => (
  <NorthstarProvider locale={locale}>{ui}</NorthstarProvider>
);
const warnings = () => warn.mock.calls.map((call) => call.map(String).join(' '));

describe('KpiGauge as a meter', () => {
  it('72 of target 100 is a meter named by its label, valued 72 on 0–120, and says "72%, at risk"', () => {
    render(<KpiGauge label="Quota attainment" value={72} target={100} unit="%" />);
    const meter = screen.getByRole('meter', { name: 'Quota attainment' });
    expect(meter.getAttribute('aria-valuenow')).toBe('72');
    expect(meter.getAttribute('aria-valuemin')).toBe('0');
    expect(meter.getAttribute('aria-valuemax')).toBe('120');
    expect(meter.getAttribute('aria-valuetext')).toBe('72%, at risk');
    expect(meter.dataset.band).toBe('at-risk');
    expect(meter.textContent).toContain('At risk');
    expect(meter.textContent).toContain('Target 100%');
    expect(warn).not.toHaveBeenCalled();
  });

  it('honours the KPI cap, so an over-achievement band from core applies (130 of 100, cap 1.5 → exceeding)', () => {
    const bands = [
      { id: 'off', label: 'Off track', from: 0 },
      { id: 'on', label: 'On track', from: 0.9 },
      { id: 'exceeding', label: 'Exceeding', from: 1.2 },
    ];
    render(<KpiGauge label="Bookings" value={130} target={100} max={150} cap={1.5} bands={bands} />);
    const meter = screen.getByRole('meter', { name: 'Bookings' });
    expect(meter.getAttribute('aria-valuetext')).toBe('130, Exceeding');
    expect(meter.dataset.band).toBe('exceeding');
  });

  it('re-scores when only the cap changes (the memo keys include cap)', () => {
    const bands = [
      { id: 'off', label: 'Off track', from: 0 },
      { id: 'on', label: 'On track', from: 0.9 },
      { id: 'exceeding', label: 'Exceeding', from: 1.2 },
    ];
    const gauge = (cap: number) => (
      <KpiGauge label="Bookings" value={130} target={100} max={150} cap={cap} bands={bands} />
    );
    const { rerender } = render(gauge(1.5));
    expect(screen.getByRole('meter').dataset.band).toBe('exceeding');
    rerender(gauge(1));
    expect(screen.getByRole('meter').dataset.band).toBe('on');
  });

  it('a percent KPI of 0.72 against 1 reads "72%, at risk" on a 0–100 % scale', () => {
    render(<KpiGauge label="Win rate" value={0.72} target={1} format="percent" />);
    const meter = screen.getByRole('meter', { name: 'Win rate' });
    expect(meter.getAttribute('aria-valuetext')).toBe('72%, at risk');
    expect(meter.getAttribute('aria-valuemax')).toBe('1');
  });

  it('the SVG drawing is hidden from assistive technology', () => {
    const { container } = render(<KpiGauge label="NPS" value={47} target={55} min={-100} max={100} />);
    const svg = container.querySelector('svg');
    expect(svg?.getAttribute('aria-hidden')).toBe('true');
    expect(svg?.getAttribute('viewBox')).toMatch(/^-?[\d.]+ -?[\d.]+ [\d.]+ [\d.]+$/);
  });

  it('hideLabel keeps the name for assistive technology only', () => {
    render(<KpiGauge label="Quiet" value={5} target={10} hideLabel />);
    const meter = screen.getByRole('meter', { name: 'Quiet' });
    expect(meter.getAttribute('aria-label')).toBe('Quiet');
    expect(screen.queryByText('Quiet')).toBeNull();
  });

  it('two gauges on one page get distinct label ids (useId)', () => {
    render(
      <>
        <KpiGauge label="First" value={1} target={2} />
        <KpiGauge label="Second" value={2} target={2} />
      </>,
    );
    expect(screen.getByRole('meter', { name: 'First' }).getAttribute('aria-valuetext')).toBe('1, off track');
    expect(screen.getByRole('meter', { name: 'Second' }).getAttribute('aria-valuetext')).toBe('2, on track');
  });
});

describe('KpiGauge as a thin view', () => {
  it('forwards its ref to the root and spreads unknown props on it, without letting them replace its role', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <KpiGauge
        ref={ref}
        label="Win rate"
        value={0.24}
        target={0.28}
        format="percent"
        id="win-rate"
        data-testid="gauge"
        style={{ maxWidth: 200 }}
        aria-valuetext="a host value the gauge overrides"
      />,
    );
    const meter = screen.getByRole('meter', { name: 'Win rate' });
    expect(ref.current).toBe(meter);
    expect(meter.id).toBe('win-rate');
    expect(meter.dataset.testid).toBe('gauge');
    expect(meter.style.maxWidth).toBe('200px');
    expect(meter.getAttribute('aria-valuetext')).toBe('24%, at risk');
  });

  it('forwards the ref to the fallback root too (connected gauge, loading)', () => {
    const ref = createRef<HTMLDivElement>();
    render(<KpiGauge ref={ref} kpiId="k-1" data-testid="connected" />);
    expect(ref.current?.dataset.testid).toBe('connected');
  });
});

describe('KpiGauge directions (status from core)', () => {
  it('lower-is-better: 68 days against a 60-day target with 120 as the worst is at risk; 50 days is on track', () => {
    const { rerender } = render(
      <KpiGauge
        label="Sales cycle"
        value={68}
        target={60}
        max={120}
        direction="lower-is-better"
        unit="days"
      />,
    );
    const meter = screen.getByRole('meter', { name: 'Sales cycle' });
    // core: (120 − 68) / (120 − 60) = 0.87 → at risk
    expect(meter.getAttribute('aria-valuetext')).toBe('68 days, at risk');
    rerender(
      <KpiGauge
        label="Sales cycle"
        value={50}
        target={60}
        max={120}
        direction="lower-is-better"
        unit="days"
      />,
    );
    expect(meter.getAttribute('aria-valuetext')).toBe('50 days, on track');
    expect(meter.dataset.met).toBe('true');
  });

  it('lower-is-better without max scores target ÷ actual (core default) and still draws on a derived scale', () => {
    render(<KpiGauge label="Churn" value={5} target={4} direction="lower-is-better" />);
    const meter = screen.getByRole('meter', { name: 'Churn' });
    expect(meter.getAttribute('aria-valuetext')).toBe('5, at risk'); // 4 / 5 = 0.8
    expect(meter.getAttribute('aria-valuemax')).toBe('6');
  });

  it('target-range: inside the range is on track, 3 outside a 5-wide range is off track, and the scale is range ± width', () => {
    const { rerender } = render(
      <KpiGauge
        label="Utilisation"
        value={97}
        rangeMin={95}
        rangeMax={100}
        direction="target-range"
        unit="%"
      />,
    );
    const meter = screen.getByRole('meter', { name: 'Utilisation' });
    expect(meter.getAttribute('aria-valuetext')).toBe('97%, on track');
    expect(meter.getAttribute('aria-valuemin')).toBe('90');
    expect(meter.getAttribute('aria-valuemax')).toBe('105');
    expect(meter.textContent).toContain('Target 95%–100%');
    rerender(
      <KpiGauge
        label="Utilisation"
        value={103}
        rangeMin={95}
        rangeMax={100}
        direction="target-range"
        unit="%"
      />,
    );
    expect(meter.getAttribute('aria-valuetext')).toBe('103%, off track'); // core: 1 − 3/5 = 0.4
  });

  it('draws the band ring from core: default bands at 70 % and 90 % of a 0–100 target become three segments', () => {
    const { container } = render(<KpiGauge label="Bands" value={50} target={100} max={100} />);
    const bands = [...container.querySelectorAll<SVGPathElement>('.ns-kpi-gauge-band')];
    expect(bands.map((b) => b.dataset.band)).toEqual(['off-track', 'at-risk', 'on-track']);
    expect(bands.map((b) => b.dataset.tone)).toEqual(['danger', 'warning', 'success']);
  });

  it('custom bands are used for status and named as written', () => {
    const bands: Band[] = [
      { id: 'low', label: 'Low', from: 0, tone: 'danger' },
      { id: 'ok', label: 'Fine', from: 0.5, tone: 'success' },
    ];
    render(<KpiGauge label="Custom" value={60} target={100} bands={bands} />);
    expect(screen.getByRole('meter', { name: 'Custom' }).getAttribute('aria-valuetext')).toBe('60, Fine');
  });
});

describe('KpiGauge formatting in the provider locale', () => {
  it.each([
    ['en-US', '€1,235', 'off track'],
    ['de-DE', '1.235\u00a0€', 'verfehlt'],
  ])('currency EUR in %s shows %s, %s', (locale, shown, band) => {
    render(
      inLocale(
        locale,
        <KpiGauge label="Revenue" value={1234.5} target={2000} format="currency" currency="EUR" />,
      ),
    );
    const meter = screen.getByRole('meter', { name: 'Revenue' });
    expect(meter.getAttribute('aria-valuetext')).toBe(`${shown}, ${band}`); // 1234.5 / 2000 = 0.62
    expect(meter.textContent).toContain(shown);
  });

  it.each([
    ['en-US', '72%', 'at risk'],
    ['de-DE', '72\u00a0%', 'gefährdet'],
  ])('percent in %s shows %s, %s', (locale, shown, band) => {
    render(inLocale(locale, <KpiGauge label="Win rate" value={0.72} target={1} format="percent" />));
    expect(screen.getByRole('meter', { name: 'Win rate' }).getAttribute('aria-valuetext')).toBe(
      `${shown}, ${band}`,
    );
  });

  it.each([
    ['en-US', '8.5\u00a0h', 'at risk'],
    ['de-DE', '8,5\u00a0h', 'gefährdet'],
  ])('a unit in %s shows %s, %s', (locale, shown, band) => {
    render(
      inLocale(
        locale,
        <KpiGauge label="MTTR" value={8.5} target={4} max={24} direction="lower-is-better" unit="h" />,
      ),
    );
    expect(screen.getByRole('meter', { name: 'MTTR' }).getAttribute('aria-valuetext')).toBe(
      `${shown}, ${band}`, // (24 − 8.5) / (24 − 4) = 0.78
    );
  });

  it('millions switch to compact notation', () => {
    render(<KpiGauge label="ARR" value={41_200_000} target={44_500_000} format="currency" currency="USD" />);
    expect(screen.getByRole('meter', { name: 'ARR' }).getAttribute('aria-valuetext')).toBe(
      '$41.2M, on track',
    );
  });

  it('Intl options are passed through', () => {
    render(
      <KpiGauge
        label="Hours"
        value={8.5}
        target={8}
        format={{ style: 'unit', unit: 'hour', unitDisplay: 'long' }}
      />,
    );
    expect(screen.getByRole('meter', { name: 'Hours' }).getAttribute('aria-valuetext')).toBe(
      '8.5 hours, on track',
    );
  });

  it('an unknown currency code degrades to plain numbers with one warning naming the prop', () => {
    render(<KpiGauge label="Odd money" value={12} target={20} format="currency" currency="EURO" />);
    expect(screen.getByRole('meter', { name: 'Odd money' }).getAttribute('aria-valuetext')).toBe(
      '12, off track',
    );
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toContain('prop "currency" = "EURO"');
    expect(warnings()[0]).toContain('formatting as a plain number');
  });
});

describe('KpiGauge out of scale', () => {
  it('a value above max is clamped for aria-valuenow, and says so in text and valuetext', () => {
    const { container } = render(<KpiGauge label="Bookings" value={130} target={100} max={120} />);
    const meter = screen.getByRole('meter', { name: 'Bookings' });
    expect(meter.getAttribute('aria-valuenow')).toBe('120');
    expect(meter.getAttribute('aria-valuetext')).toBe('130, on track, above scale');
    expect(meter.dataset.outOfRange).toBe('above');
    expect(meter.textContent).toContain('130');
    expect(meter.textContent).toContain('Above scale');
    expect(container.querySelector('.ns-kpi-gauge-overflow')).not.toBeNull();
    expect(warn).not.toHaveBeenCalled();
  });

  it('a value below min is clamped to min', () => {
    render(<KpiGauge label="NPS low" value={-120} target={55} min={-100} max={100} />);
    const meter = screen.getByRole('meter', { name: 'NPS low' });
    expect(meter.getAttribute('aria-valuenow')).toBe('-100');
    expect(meter.getAttribute('aria-valuetext')).toBe('-120, off track, below scale');
  });
});

describe('KpiGauge invalid props → accessible fallback and one warning', () => {
  const cases: [string, ReactNode, string, string][] = [
    [
      'min >= max',
      <KpiGauge key="a" label="Broken scale" value={5} min={10} max={3} target={8} />,
      'max',
      '= 3',
    ],
    [
      'NaN value',
      <KpiGauge key="b" label="Broken value" value={Number.NaN} target={8} />,
      'value',
      '= "NaN"',
    ],
    [
      'unsorted bands',
      <KpiGauge
        key="c"
        label="Broken bands"
        value={5}
        target={8}
        bands={[
          { id: 'hi', label: 'High', from: 0.8 },
          { id: 'lo', label: 'Low', from: 0.2 },
        ]}
      />,
      'bands',
      'strictly increasing',
    ],
    ['missing target', <KpiGauge key="d" label="Broken target" value={5} />, 'target', 'is required'],
    [
      'missing range',
      <KpiGauge key="e" label="Broken range" value={5} direction="target-range" rangeMax={9} />,
      'rangeMin',
      'is required',
    ],
    [
      'Infinity max',
      <KpiGauge key="f" label="Broken max" value={5} target={8} max={Infinity} />,
      'max',
      'finite',
    ],
  ];

  it.each(cases)(
    '%s renders role="img" saying the data is invalid, and warns once',
    (_, ui, prop, detail) => {
      const { rerender } = render(ui);
      const name = (ui as { props: { label: string } }).props.label;
      const fallback = screen.getByRole('img', { name: `${name}: cannot be shown, its data is invalid` });
      expect(fallback.dataset.state).toBe('invalid');
      expect(screen.queryByRole('meter')).toBeNull();
      rerender(ui); // re-rendering the same bad props must not warn again
      expect(warnings()).toHaveLength(1);
      expect(warnings()[0]).toContain(`<KpiGauge> prop "${prop}"`);
      expect(warnings()[0]).toContain(detail);
      expect(warnings()[0]).toContain('rendering the "invalid data" placeholder');
    },
  );

  it('null value is the "no data yet" state, not an error', () => {
    render(<KpiGauge label="Fresh KPI" value={null} target={8} />);
    expect(screen.getByRole('group', { name: 'Fresh KPI' }).textContent).toContain('No data yet');
    expect(warn).not.toHaveBeenCalled();
  });

  it('bad angles fall back to the default sweep with one warning', () => {
    render(<KpiGauge label="Angles" value={5} target={8} startAngle={90} endAngle={-90} />);
    expect(screen.getByRole('meter', { name: 'Angles' })).toBeTruthy();
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toContain('prop "endAngle"');
  });
});

describe('KpiGauge trend against the previous period', () => {
  it.each([
    ['higher-is-better', 80, 70, '▲', '+10 vs. previous period, better'],
    ['higher-is-better', 70, 80, '▼', '-10 vs. previous period, worse'],
    ['lower-is-better', 70, 80, '▼', '-10 vs. previous period, better'],
    ['lower-is-better', 80, 70, '▲', '+10 vs. previous period, worse'],
    ['higher-is-better', 80, 80, '▬', '0 vs. previous period, steady'],
  ] as const)(
    '%s from %d to … %d shows %s "%s" and describes the meter with it',
    (direction, value, previous, arrow, text) => {
      render(
        <KpiGauge
          label="Trend"
          value={value}
          previous={previous}
          target={100}
          max={200}
          direction={direction}
        />,
      );
      const meter = screen.getByRole('meter', { name: 'Trend', description: text });
      const trend = meter.querySelector<HTMLElement>('.ns-kpi-gauge-trend')!;
      expect(trend.textContent).toBe(`${arrow} ${text}`);
      expect(trend.querySelector('[aria-hidden="true"]')?.textContent).toBe(arrow);
    },
  );

  it('target-range: moving toward the range is better even when the value falls', () => {
    render(
      <KpiGauge
        label="Range trend"
        value={101}
        previous={103}
        rangeMin={95}
        rangeMax={100}
        direction="target-range"
      />,
    );
    expect(screen.getByRole('meter', { name: 'Range trend' }).textContent).toContain(
      '-2 vs. previous period, better',
    );
  });

  it('a percent change is shown in percentage points', () => {
    render(
      <KpiGauge label="Win rate pp" value={0.249} previous={0.24} target={0.28} max={0.5} format="percent" />,
    );
    expect(screen.getByRole('meter', { name: 'Win rate pp' }).textContent).toContain(
      '+0.9 pp vs. previous period, better',
    );
  });
});

describe('KpiGauge render props and variants', () => {
  it('renderLabel replaces the readout and receives the scored model', () => {
    render(
      <KpiGauge
        label="Custom readout"
        value={72}
        target={100}
        renderLabel={(m) => (
          <strong>{`${m.valueLabel} · ${Math.round(m.attainment * 100)} % of target · ${m.band.id}`}</strong>
        )}
      />,
    );
    expect(screen.getByText('72 · 72 % of target · at-risk')).toBeTruthy();
    expect(screen.getByRole('meter', { name: 'Custom readout' }).getAttribute('aria-valuetext')).toBe(
      '72, at risk',
    );
  });

  it('renderNeedle draws inside the SVG needle group, which the gauge rotates to the value', () => {
    const { container } = render(
      <KpiGauge
        label="Needle"
        value={50}
        target={100}
        max={100}
        renderNeedle={(m) => <line data-testid="needle" x1={0} y1={0} x2={0} y2={-80} data-angle={m.angle} />}
      />,
    );
    const needle = screen.getByTestId('needle');
    expect(needle.closest('svg')).not.toBeNull();
    expect(needle.getAttribute('data-angle')).toBe('0'); // half of −120…120
    const group = container.querySelector<SVGGElement>('.ns-kpi-gauge-needle')!;
    expect(group.style.transform).toBe('rotate(0deg)');
  });

  it('linear variant is a meter too, drawn as a bar with a target tick', () => {
    const { container } = render(
      <KpiGauge label="Linear" value={0.24} target={0.28} format="percent" variant="linear" size="lg" />,
    );
    const meter = screen.getByRole('meter', { name: 'Linear' });
    expect(meter.dataset.variant).toBe('linear');
    expect(meter.dataset.size).toBe('lg');
    expect(meter.getAttribute('aria-valuetext')).toBe('24%, at risk'); // 0.24 / 0.28 = 0.857
    expect(container.querySelector('rect.ns-kpi-gauge-track')).not.toBeNull();
    expect(container.querySelectorAll('.ns-kpi-gauge-target')).toHaveLength(1);
    expect(container.querySelector<SVGGElement>('.ns-kpi-gauge-needle')!.style.transform).toBe(
      'translate(48px, 0px)',
    );
  });

  it('a custom sweep changes the geometry, not the meaning', () => {
    const { container } = render(
      <KpiGauge label="Half" value={25} target={50} max={100} startAngle={-90} endAngle={90} />,
    );
    expect(container.querySelector('svg')?.getAttribute('viewBox')).toBe('-108 -108 216 116');
    expect(container.querySelector<SVGGElement>('.ns-kpi-gauge-needle')!.style.transform).toBe(
      'rotate(-45deg)',
    );
  });
});

describe('KpiGauge styling contract', () => {
  it('maps every band tone to the colour token TONE_TOKEN names', () => {
    const tones = Object.keys(TONE_TOKEN) as (keyof typeof TONE_TOKEN)[];
    const bands: Band[] = tones.map((tone, i) => ({ id: tone, label: tone, from: i / tones.length, tone }));
    const style = Object.fromEntries(tones.map((tone, i) => [TONE_TOKEN[tone], `rgb(${i + 1}, 2, 3)`]));
    const { container } = render(
      <div style={style}>
        <KpiGauge label="Tones" value={50} target={100} max={100} bands={bands} />
      </div>,
    );
    const painted = [...container.querySelectorAll<SVGPathElement>('.ns-kpi-gauge-band')].map((path) => [
      path.dataset.tone,
      getComputedStyle(path).fill,
    ]);
    expect(painted).toEqual(tones.map((tone, i) => [tone, `rgb(${i + 1}, 2, 3)`]));
  });

  it('animates the value with a CSS transition, off with animate={false} and under prefers-reduced-motion', () => {
    const { container, rerender } = render(<KpiGauge label="Motion" value={50} target={100} />);
    const value = () => container.querySelector<SVGPathElement>('.ns-kpi-gauge-value')!;
    expect(getComputedStyle(value()).transitionProperty).toBe('stroke-dashoffset');
    rerender(<KpiGauge label="Motion" value={50} target={100} animate={false} />);
    expect(getComputedStyle(value()).transitionProperty).toBe('none');

    const reduced = [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule)
      .filter((rule) => rule.conditionText.includes('prefers-reduced-motion: reduce'))
      .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]);
    const valueRule = reduced.find((rule) => rule.selectorText.includes('.ns-kpi-gauge-value'));
    expect(valueRule?.style.transition || valueRule?.style.transitionProperty).toMatch(/none/);
    expect(valueRule?.selectorText).toContain('.ns-kpi-gauge-needle');
  });
});

describe('KpiGauge accessibility in both appearances', () => {
  it.each(['light', 'dark'] as const)(
    'has no axe violations (contrast included) in the %s theme',
    async (appearance) => {
      const { container } = render(
        <NorthstarProvider appearance={appearance}>
          <KpiGauge label="Win rate" value={0.24} previous={0.231} target={0.28} format="percent" />
          <KpiGauge
            label="Sales cycle"
            value={68}
            previous={66}
            target={60}
            max={120}
            direction="lower-is-better"
            variant="linear"
          />
          <KpiGauge label="Bookings" value={130} target={100} max={120} size="sm" />
          <KpiGauge label="Broken" value={1} min={2} max={1} target={1} />
          <KpiGauge label="Fresh" value={null} target={1} />
        </NorthstarProvider>,
      );
      const results = await axe.run(container);
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    },
  );
});

describe('KpiGauge server rendering', () => {
  it('renderToString output is identical twice and hydrates without a recoverable error (the Node-side check is src/ssr)', async () => {
    const ui = (
      <NorthstarProvider locale="de-DE">
        <KpiGauge label="SSR" value={0.24} previous={0.231} target={0.28} format="percent" />
        <KpiGauge label="SSR linear" value={130} target={100} max={120} variant="linear" />
      </NorthstarProvider>
    );
    const html = renderToString(ui);
    expect(renderToString(ui)).toBe(html);
    expect(html).toContain('role="meter"');
    expect(html).toContain('aria-valuetext="24\u00a0%, gefährdet"');

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors: unknown[] = [];
    const consoleError = vi.spyOn(console, 'error');
    await act(async () => {
      hydrateRoot(container, ui, { onRecoverableError: (error) => errors.push(error) });
    });
    expect(errors).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
    container.remove();
  });
});

describe('KpiGauge connected to an adapter', () => {
  const KPIS: Kpi[] = [
    {
      id: 'k-cycle',
      name: 'Average sales cycle',
      unit: 'days',
      format: 'number',
      direction: 'lower-is-better',
      actual: 68,
      target: 60,
      max: 120,
      previous: 66,
    },
    { id: 'k-new', name: 'Brand-new KPI', direction: 'higher-is-better', actual: null, target: 10 },
    {
      id: 'k-budget',
      name: 'Budget variance',
      unit: '%',
      format: 'percent',
      direction: 'target-range',
      actual: 0.032,
      target: 0,
      min: -0.05,
      max: 0.05,
    },
  ];
  const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

  it('shows loading, then the KPI as a meter named by the KPI', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const adapter = createMemoryAdapter({ kpis: KPIS }, { gate: () => held });
    render(
      <NorthstarProvider adapter={adapter} queryClient={client()}>
        <KpiGauge kpiId="k-cycle" />
      </NorthstarProvider>,
    );
    expect(screen.getByRole('status').textContent).toContain('Loading KPI…');
    release();
    const meter = await screen.findByRole('meter', { name: 'Average sales cycle' });
    expect(meter.getAttribute('aria-valuetext')).toBe('68 days, at risk');
    expect(meter.getAttribute('aria-valuemax')).toBe('120');
    expect(meter.textContent).toContain('+2 days vs. previous period, worse');
  });

  it('explicit props win over the KPI, and a target-range KPI maps min/max to the range', async () => {
    const adapter = createMemoryAdapter({ kpis: KPIS });
    render(
      <NorthstarProvider adapter={adapter} queryClient={client()}>
        <KpiGauge kpiId="k-budget" label="Variance" variant="linear" />
      </NorthstarProvider>,
    );
    const meter = await screen.findByRole('meter', { name: 'Variance' });
    expect(meter.dataset.variant).toBe('linear');
    expect(meter.getAttribute('aria-valuetext')).toBe('3.2%, on track');
    expect(meter.getAttribute('aria-valuemin')).toBe('-0.15');
  });

  it('a KPI without an actual shows "no data yet"; an unknown id "not found"', async () => {
    const adapter = createMemoryAdapter({ kpis: KPIS });
    render(
      <NorthstarProvider adapter={adapter} queryClient={client()}>
        <KpiGauge kpiId="k-new" />
        <KpiGauge kpiId="k-missing" />
      </NorthstarProvider>,
    );
    expect((await screen.findByRole('group', { name: 'Brand-new KPI' })).textContent).toContain(
      'No data yet',
    );
    expect(await screen.findByText('KPI not found')).toBeTruthy();
  });

  it('an adapter error shows an alert with Retry, and Retry loads the KPI', async () => {
    let failing = true;
    const adapter = createMemoryAdapter(
      { kpis: KPIS },
      { failWith: ({ method }) => (failing && method === 'get' ? new Error('Network down') : undefined) },
    );
    render(
      <NorthstarProvider adapter={adapter} queryClient={client()}>
        <KpiGauge kpiId="k-cycle" label="Sales cycle" />
      </NorthstarProvider>,
    );
    expect((await screen.findByRole('alert')).textContent).toBe('The KPI could not be loaded.');
    expect(screen.getByRole('group', { name: 'Sales cycle' })).toBeTruthy();
    failing = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('meter', { name: 'Sales cycle' })).toBeTruthy();
  });

  it('kpiId without a provider renders the error state (no Retry: nothing to retry) and warns once', async () => {
    render(<KpiGauge kpiId="k-cycle" label="Orphan" />);
    expect((await screen.findByRole('alert')).textContent).toBe('The KPI could not be loaded.');
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toContain('prop "kpiId" = "k-cycle"');
  });
});
