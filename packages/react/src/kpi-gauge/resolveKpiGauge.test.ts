import { describe, expect, it } from 'vitest';
import { createFormatters } from '../i18n/createFormatters.js';
import { createTranslator } from '../i18n/createTranslator.js';
import type { KpiGaugeProps } from './kpiGauge.types.js';
import { KPI_GAUGE_MESSAGES } from './kpiGaugeMessages.js';
import { resolveKpiGauge } from './resolveKpiGauge.js';

const resolve = (props: KpiGaugeProps, locale: string) =>
  resolveKpiGauge(props, {
    formatters: createFormatters(locale),
    t: createTranslator(KPI_GAUGE_MESSAGES, locale),
    messages: {},
  });

const winRate: KpiGaugeProps = {
  label: 'Win rate',
  value: 0.24,
  target: 0.28,
  previous: 0.231,
  format: 'percent',
};

describe('resolveKpiGauge (pure, every string from the catalogue of the locale)', () => {
  it.each([
    ['en-US', '24%, at risk', 'At risk', 'Target 28%', '+0.9 pp vs. previous period, better'],
    ['de-DE', '24\u00a0%, gefährdet', 'Gefährdet', 'Ziel 28\u00a0%', '+0,9 Pp. ggü. Vorperiode, besser'],
    ['ja-JP', '24%、要注意', '要注意', '目標 28%', '前期比 +0.9 ポイント、改善'],
  ])('%s: meter text, band, target and trend', (locale, valueText, band, target, trend) => {
    const { result, warnings } = resolve(winRate, locale);
    expect(warnings).toEqual([]);
    if (result.state !== 'ready') throw new Error(result.state);
    expect(result.model.valueText).toBe(valueText);
    expect(result.model.bandLabel).toBe(band);
    expect(
      createTranslator(KPI_GAUGE_MESSAGES, locale)('kpiGauge.target', { target: result.model.targetLabel! }),
    ).toBe(target);
    expect(result.model.trend?.text).toBe(trend);
  });

  it('ar-EG: Arabic-Indic digits and the Arabic band name in the meter text (24 of 28 is at risk)', () => {
    const { result } = resolve(winRate, 'ar-EG');
    if (result.state !== 'ready') throw new Error(result.state);
    expect(result.model.valueText).toMatch(/^[٠-٩]+٪.*، معرّض للخطر$/u);
    expect(result.model.valueText).not.toMatch(/[0-9]/);
  });

  it('a host band keeps its own label; a core band id with a host label is the host band', () => {
    const bands = [
      { id: 'off-track', label: 'Behind', from: 0 },
      { id: 'ahead', label: 'Ahead', from: 0.5 },
    ];
    const low = resolve({ label: 'X', value: 1, target: 10, bands }, 'de-DE').result;
    const high = resolve({ label: 'X', value: 9, target: 10, bands }, 'de-DE').result;
    expect(low.state === 'ready' && low.model.bandLabel).toBe('Behind');
    expect(high.state === 'ready' && high.model.bandLabel).toBe('Ahead');
  });

  it('days are spelled by Intl in the locale', () => {
    const props: KpiGaugeProps = {
      label: 'Cycle',
      value: 68,
      target: 60,
      max: 120,
      direction: 'lower-is-better',
      unit: 'days',
    };
    const de = resolve(props, 'de-DE').result;
    expect(de.state === 'ready' && de.model.valueLabel).toBe('68 Tage');
  });

  it('an invalid prop is an issue naming the prop, never a throw', () => {
    const { result } = resolve({ label: 'Bad', value: 50, min: 100, max: 0 }, 'en-US');
    expect(result.state).toBe('invalid');
    expect(result.state === 'invalid' && result.issue.prop).toBe('max');
  });
});
