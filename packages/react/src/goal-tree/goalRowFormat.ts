import type { Formatters } from '../i18n/createFormatters.js';
import type { GoalRowFormat } from './describeGoalRow.js';

const DAY = 86_400_000;

/**
 * The resolver's formatting over the provider's Intl formatters: percentages, numbers, medium dates and relative
 * dates in days, weeks, months or years, whichever reads naturally.
 *
 * @example
 * const format = goalRowFormat(createFormatters('de-DE'), Date.now());
 * format.relative('2026-12-31'); // 'in 4 Wochen'
 */
export function goalRowFormat(formatters: Formatters, now: number): GoalRowFormat {
  return {
    percent: (value) => formatters.percent(value),
    number: (value) => formatters.number(value),
    date: (iso) => formatters.date(iso, { dateStyle: 'medium', timeZone: 'UTC' }),
    relative: (iso) => {
      const days = Math.round((Date.parse(iso) - now) / DAY);
      const size = Math.abs(days);
      if (size < 14) return formatters.relativeTime(days, 'day');
      if (size < 60) return formatters.relativeTime(Math.round(days / 7), 'week');
      if (size < 365) return formatters.relativeTime(Math.round(days / 30), 'month');
      return formatters.relativeTime(Math.round(days / 365), 'year');
    },
  };
}
