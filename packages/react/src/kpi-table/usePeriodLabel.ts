import { useCallback, useMemo } from 'react';

const MONTH = /^(\d{4})-(\d{2})$/;

/**
 * A function that shows a period for people: `2026-03` as "Mar 2026" in the given locale; other period shapes
 * (`2026-Q1`, `2026-W12`, dates) are shown as they are.
 *
 * @example
 * const label = usePeriodLabel('en-US');
 * label('2026-12'); // 'Dec 2026'
 */
export function usePeriodLabel(locale: string): (period: string) => string {
  const month = useMemo(
    () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' }),
    [locale],
  );
  return useCallback(
    (period: string) => {
      const m = MONTH.exec(period);
      return m ? month.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)) : period;
    },
    [month],
  );
}
