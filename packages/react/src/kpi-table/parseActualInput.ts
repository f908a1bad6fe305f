/**
 * What the user typed into a number field, read: nothing, not a number, or a finite number.
 *
 * @example
 * const parsed: ParsedActual = { kind: 'number', value: 1234.5 };
 */
export type ParsedActual = { kind: 'empty' } | { kind: 'invalid' } | { kind: 'number'; value: number };

const separatorCache = new Map<string, { group: string; decimal: string }>();

function separatorsOf(locale: string): { group: string; decimal: string } {
  let found = separatorCache.get(locale);
  if (!found) {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    found = {
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    };
    separatorCache.set(locale, found);
  }
  return found;
}

const SPACES = /[\s\u00a0\u202f\u2009]/g;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Reads a number typed in the provider's locale: `.` is always a decimal point, the locale's own decimal
 * separator (`,` in de-DE) too, and group separators are accepted only where they really group thousands
 * (`1,234.5` in en-US, `1.234,5` in de-DE), so `1,5` in en-US is rejected instead of silently read as 15.
 *
 * @example
 * parseActualInput('1.234,5', 'de-DE'); // { kind: 'number', value: 1234.5 }
 */
export function parseActualInput(input: string, locale: string): ParsedActual {
  // Spaces (including the narrow no-break space fr-FR groups with) carry no meaning; U+2212 is a typeset minus.
  const text = input.replace(SPACES, '').replace(/\u2212/g, '-');
  if (text === '') return { kind: 'empty' };
  const { group, decimal } = separatorsOf(locale);
  // The locale's decimal separator wins when present; otherwise '.' is the decimal point.
  const point = decimal !== '.' && text.includes(decimal) ? decimal : '.';
  const groupSep = group === point ? (point === '.' ? ',' : '.') : group;
  const g = escapeRegExp(groupSep);
  const d = escapeRegExp(point);
  const shape = new RegExp(`^([+-]?)(\\d{1,3}(?:${g}\\d{3})+|\\d*)(?:${d}(\\d*))?(?:[eE]([+-]?\\d+))?$`);
  const m = shape.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return { kind: 'invalid' };
  const canonical = `${m[1]}${m[2]!.split(groupSep).join('') || '0'}.${m[3] || '0'}${m[4] ? `e${m[4]}` : ''}`;
  const value = Number(canonical);
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
}
