const YEAR = /^(\d{4})$/;
const HALF = /^(\d{4})-([Hh])([12])$/;
const QUARTER = /^(\d{4})-([Qq])([1-4])$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const WEEK = /^(\d{4})-([Ww])(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** ISO 8601: a year has 53 weeks when it starts on a Thursday, or is a leap year starting on a Wednesday. */
function isoWeeksIn(year: number): number {
  const p = (y: number) => (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400)) % 7;
  return p(year) === 4 || p(year - 1) === 3 ? 53 : 52;
}

const dayOf = (period: string): number | undefined => {
  const m = DAY.exec(period);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : undefined;
};

/**
 * The period after the latest of `periods` (`2026-11` → `2026-12`, `2026-Q4` → `2027-Q1`, `2026-W52` → `2026-W53`
 * or `2027-W01`, `2026`, `2026-H2`, and days stepping by the gap between the last two); undefined for an empty list
 * or a period shape it does not know, so the form then leaves the field for the user.
 *
 * @example
 * nextPeriod(['2026-10', '2026-11']); // '2026-12'
 */
export function nextPeriod(periods: readonly string[]): string | undefined {
  // Periods sort chronologically as strings (core's KpiSample contract), so the latest is the largest.
  const sorted = [...new Set(periods)].sort();
  const last = sorted.at(-1);
  if (last === undefined) return undefined;
  let m = YEAR.exec(last);
  if (m) return String(Number(m[1]) + 1);
  m = MONTH.exec(last);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return undefined;
    return month === 12 ? `${Number(m[1]) + 1}-01` : `${m[1]}-${pad(month + 1)}`;
  }
  m = QUARTER.exec(last);
  if (m) return m[3] === '4' ? `${Number(m[1]) + 1}-${m[2]}1` : `${m[1]}-${m[2]}${Number(m[3]) + 1}`;
  m = HALF.exec(last);
  if (m) return m[3] === '2' ? `${Number(m[1]) + 1}-${m[2]}1` : `${m[1]}-${m[2]}2`;
  m = WEEK.exec(last);
  if (m) {
    const year = Number(m[1]);
    const week = Number(m[3]);
    if (week < 1 || week > isoWeeksIn(year)) return undefined;
    return week === isoWeeksIn(year) ? `${year + 1}-${m[2]}01` : `${year}-${m[2]}${pad(week + 1)}`;
  }
  const lastDay = dayOf(last);
  if (lastDay !== undefined && !Number.isNaN(lastDay)) {
    // Daily, weekly or fortnightly series are all dated by day: keep the series' own step.
    const before = sorted.length > 1 ? dayOf(sorted.at(-2)!) : undefined;
    const gap = before === undefined || Number.isNaN(before) ? DAY_MS : lastDay - before;
    const step = gap > 0 && gap <= 31 * DAY_MS ? gap : DAY_MS;
    const next = new Date(lastDay + step);
    return `${pad(next.getUTCFullYear(), 4)}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
  }
  return undefined;
}
