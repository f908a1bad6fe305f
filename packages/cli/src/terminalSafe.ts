// Built from strings because lint rejects control characters in regex literals.
const ESC = String.fromCharCode(27);
/** Our own colour codes (SGR) survive; every other C0/C1 control, DEL and bidi override goes. */
const CONTROLS_BUT_SGR = new RegExp(
  `${ESC}\\[[0-9;]*m|[${String.fromCharCode(0)}-${String.fromCharCode(9)}${String.fromCharCode(11)}-${String.fromCharCode(31)}${String.fromCharCode(0x7f)}-${String.fromCharCode(0x9f)}\\u202a-\\u202e\\u2066-\\u2069]`,
  'g',
);
const ANY_CONTROL = new RegExp(
  `[${String.fromCharCode(0)}-${String.fromCharCode(31)}${String.fromCharCode(0x7f)}-${String.fromCharCode(0x9f)}\\u202a-\\u202e\\u2066-\\u2069]`,
  'g',
);
const HAS_CONTROL = new RegExp(ANY_CONTROL.source);

/**
 * Data text made safe to print on a terminal: control characters (ESC, BEL, CR, …, C1) and bidirectional overrides
 * are removed, tabs and line breaks become spaces, so a goal title like `"\u001b]0;pwned\u0007Q3"` cannot retitle,
 * clear or recolour the analyst's terminal.
 *
 * @example
 * terminalSafe('Q3\u001b[2J plan'); // 'Q3[2J plan'
 */
export function terminalSafe(text: string): string {
  if (!HAS_CONTROL.test(text)) return text;
  return text.replace(ANY_CONTROL, (c) => (c === '\t' || c === '\n' || c === '\r' ? ' ' : ''));
}

/**
 * A rendered table cell with every control character removed except line breaks and the colour codes the CLI
 * itself adds (a second line of defence behind {@link terminalSafe} on data fields).
 *
 * @example
 * stripControls('\u001b[1mbold\u001b[22m\u0007'); // '\u001b[1mbold\u001b[22m'
 */
export function stripControls(cell: string): string {
  if (!HAS_CONTROL.test(cell)) return cell;
  return cell.replace(CONTROLS_BUT_SGR, (m) => (m.length > 1 ? m : ''));
}
