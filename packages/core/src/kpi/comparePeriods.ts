/**
 * Orders two KPI periods chronologically (negative, zero or positive, like a sort comparator). Periods are strings
 * that sort chronologically by contract (`2025-07`, `2025-Q3`, `2025-07-14`, zero-padded), so this is their plain
 * code-unit order — the one order every adapter, widget and report uses.
 *
 * @example
 * ['2026-11', '2026-02', '2026-10'].sort(comparePeriods); // ['2026-02', '2026-10', '2026-11']
 * comparePeriods('2026-Q4', '2027-Q1'); // -1
 */
export function comparePeriods(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
