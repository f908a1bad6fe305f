import type { Metric } from '@northstar/core';

/**
 * The result of parsing a typed check-in value: the number, or why it was refused (the dialog shows that
 * message on the field; nothing is sent).
 *
 * @example
 * const parsed: ParsedCheckIn = { ok: false, reason: 'outOfRange', min: 95, max: 100 };
 */
export type ParsedCheckIn =
  | { ok: true; value: number }
  | { ok: false; reason: 'empty' | 'notANumber' | 'notBinary' }
  | { ok: false; reason: 'outOfRange'; min: number; max: number };

interface Separators {
  group: string;
  decimal: string;
  digits: string[];
}

const separatorCache = new Map<string, Separators>();

function separatorsOf(locale: string): Separators {
  let cached = separatorCache.get(locale);
  if (cached) return cached;
  const format = new Intl.NumberFormat(locale, { useGrouping: true });
  const parts = format.formatToParts(12345.6);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const digits = Array.from({ length: 10 }, (_, d) =>
    new Intl.NumberFormat(locale, { useGrouping: false }).format(d),
  );
  cached = { group, decimal, digits };
  separatorCache.set(locale, cached);
  return cached;
}

/**
 * Parses a number as people type it in `locale`: its own grouping and decimal marks ("1.234,5" in de-DE,
 * "1 234,5" in fr-FR, "1,234.5" in en-US), its own digits (Arabic-Indic in ar-EG), an optional sign; NaN for
 * anything else (letters, two decimal marks, "NaN", "Infinity").
 *
 * @example
 * parseLocaleNumber('1.234,5', 'de-DE'); // 1234.5
 */
export function parseLocaleNumber(text: string, locale: string): number {
  const { group, decimal, digits } = separatorsOf(locale);
  let s = text.trim();
  digits.forEach((digit, d) => {
    if (digit !== String(d)) s = s.split(digit).join(String(d));
  });
  // Arabic decimal/grouping marks, minus signs and spaces people type instead of the locale's exact ones.
  s = s
    .replace(/[\u2212\u2012\u2013]/g, '-')
    .replace(/\u066b/g, decimal)
    .replace(/\u066c/g, group);
  const spaceGroup = /\s/u.test(group);
  if (spaceGroup) s = s.replace(/[\s\u00a0\u202f]/gu, '');
  else s = s.split(group).join('');
  if (decimal !== '.') {
    // In a comma-decimal locale whose grouping is not a dot, "1.5" can only mean one and a half.
    if (!(s.includes('.') && !s.includes(decimal) && group !== '.')) s = s.split(decimal).join('.');
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return Number.NaN;
  return Number(s);
}

/**
 * The values a check-in may carry for a metric: 0 or 1 for a binary key result; for a range key result the
 * values that can still score above zero (`min − tolerance` to `max + tolerance`); any finite number otherwise.
 *
 * @example
 * allowedCheckInRange({ kind: 'range', min: 95, max: 100, tolerance: 2 }); // { min: 93, max: 102 }
 */
export function allowedCheckInRange(metric: Metric | undefined): { min: number; max: number } | undefined {
  if (metric?.kind !== 'range') return undefined;
  const tolerance = metric.tolerance ?? 0;
  return { min: metric.min - tolerance, max: metric.max + tolerance };
}

/**
 * Parses and checks a typed check-in value for a goal's metric in `locale`.
 *
 * @example
 * parseCheckInValue('1.234,5', 'de-DE', { start: 0, target: 2000 }); // { ok: true, value: 1234.5 }
 * parseCheckInValue('abc', 'en-US', { start: 0, target: 10 }); // { ok: false, reason: 'notANumber' }
 */
export function parseCheckInValue(text: string, locale: string, metric: Metric | undefined): ParsedCheckIn {
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  return checkCheckInValue(parseLocaleNumber(text, locale), metric);
}

/**
 * Checks a check-in value already a number (a host's own check-in UI) against a goal's metric: finite, 0 or 1 for
 * a binary key result, inside a range key result's allowed values.
 *
 * @example
 * checkCheckInValue(1, { kind: 'binary' }); // { ok: true, value: 1 }
 * checkCheckInValue(Number.NaN, undefined); // { ok: false, reason: 'notANumber' }
 */
export function checkCheckInValue(value: number, metric: Metric | undefined): ParsedCheckIn {
  if (typeof value !== 'number' || !Number.isFinite(value)) return { ok: false, reason: 'notANumber' };
  if (metric?.kind === 'binary' && value !== 0 && value !== 1) return { ok: false, reason: 'notBinary' };
  const range = allowedCheckInRange(metric);
  if (range && (value < range.min || value > range.max)) return { ok: false, reason: 'outOfRange', ...range };
  return { ok: true, value };
}
