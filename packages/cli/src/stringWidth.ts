// ANSI SGR sequences (colours) take no columns; built from a string because lint rejects control characters in regex literals.
const ESC = String.fromCharCode(27);
const ANSI = new RegExp(`${ESC}\\[[0-9;]*m`, 'g');
const ANSI_AT_START = new RegExp(`^${ESC}\\[[0-9;]*m`);
const PLAIN = /^[\u0020-\u007e]*$/;
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;

/** Columns one code point takes in a terminal: 0 for combining marks, 2 for East Asian wide and emoji, else 1. */
function codePointWidth(cp: number, ch: string): number {
  if (cp < 0x300) return cp < 0x20 || (cp >= 0x7f && cp < 0xa0) ? 0 : 1;
  // Punctuation, arrows, maths, box drawing and blocks (bars, rules): one column, no marks among them.
  if ((cp >= 0x2010 && cp < 0x2028) || (cp >= 0x2100 && cp < 0x2e80)) return 1;
  if (ZERO_WIDTH.test(ch)) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

/**
 * Terminal columns a string takes: ANSI colour codes and combining marks count 0, CJK and emoji count 2.
 *
 * @example
 * stringWidth('Zoë'); // 3
 * stringWidth('日本'); // 4
 */
export function stringWidth(text: string): number {
  if (PLAIN.test(text)) return text.length;
  let width = 0;
  const bare = text.indexOf(ESC) === -1 ? text : text.replace(ANSI, '');
  for (const ch of bare) width += codePointWidth(ch.codePointAt(0)!, ch);
  return width;
}

/**
 * Cuts a string to at most `width` columns, ending in `…` when cut; colour codes are kept and reset after a cut.
 *
 * @example
 * truncateToWidth('Reach $48M ARR', 8); // 'Reach $…'
 */
export function truncateToWidth(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  if (width <= 0) return '';
  let out = '';
  let used = 0;
  let colored = false;
  for (let i = 0; i < text.length; ) {
    if (text.charCodeAt(i) === 0x1b) {
      const m = ANSI_AT_START.exec(text.slice(i));
      if (m !== null) {
        out += m[0];
        colored = true;
        i += m[0].length;
        continue;
      }
    }
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const w = codePointWidth(cp, ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
    i += ch.length;
  }
  return `${out}…${colored ? '\u001b[0m' : ''}`;
}

/**
 * Pads a string with spaces to `width` columns, on the right (`left` alignment) or the left (`right`).
 *
 * @example
 * padToWidth('7', 3, 'right'); // '  7'
 */
export function padToWidth(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const gap = width - stringWidth(text);
  if (gap <= 0) return text;
  return align === 'right' ? ' '.repeat(gap) + text : text + ' '.repeat(gap);
}
