/**
 * Text styles for table output; every function is the identity when colour is off.
 *
 * @example
 * const s: Style = createStyle(true); s.bold('Goals');
 */
export interface Style {
  enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
}

const wrap =
  (enabled: boolean, open: number, close: number) =>
  (text: string): string =>
    enabled && text.length > 0 ? `\u001b[${open}m${text}\u001b[${close}m` : text;

/**
 * ANSI styles, on only when `enabled` (stdout is a terminal and NO_COLOR is unset).
 *
 * @example
 * createStyle(false).red('Off track'); // 'Off track'
 */
export function createStyle(enabled: boolean): Style {
  return {
    enabled,
    bold: wrap(enabled, 1, 22),
    dim: wrap(enabled, 2, 22),
    red: wrap(enabled, 31, 39),
    yellow: wrap(enabled, 33, 39),
    green: wrap(enabled, 32, 39),
    cyan: wrap(enabled, 36, 39),
  };
}
