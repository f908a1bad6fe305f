import type { TokenName } from './tokens.js';

/**
 * How tight the layout is: drives the spacing scale and the base font size.
 *
 * @example
 * const density: ThemeDensity = 'compact';
 */
export type ThemeDensity = 'compact' | 'comfortable' | 'spacious';

/**
 * One value per token of `TOKENS`, keyed by token name (`text`, `surface`, `chart1`, …), as CSS values.
 *
 * @example
 * const tokens: ThemeTokens = DEFAULT_THEME.light;
 * tokens.text; // '#16202d'
 */
export type ThemeTokens = Readonly<Record<TokenName, string>>;

/**
 * A complete theme: every token for light and for dark appearance. Build one with `createTheme`.
 *
 * @example
 * const theme: NorthstarTheme = createTheme({ accent: '#0f766e' });
 */
export interface NorthstarTheme {
  readonly light: ThemeTokens;
  readonly dark: ThemeTokens;
}

/**
 * The brand knobs `createTheme` turns into a full token set; every knob is optional.
 *
 * @example
 * const options: ThemeOptions = { accent: '#0f766e', neutral: '#475569', radius: 12, density: 'comfortable' };
 */
export interface ThemeOptions {
  /**
   * Brand colour, any CSS colour. Hex, named, rgb(), hsl(), oklch() and oklab() are evaluated exactly (contrast is
   * guaranteed); other syntax such as `var(--brand)` is derived by the browser with relative colours (best effort).
   * Default: a calm indigo.
   */
  accent?: string;
  /** Base grey the surfaces, text and borders are tinted from (only its hue and a little chroma are used). */
  neutral?: string;
  /** Corner radius in px. Default 8. */
  radius?: number;
  /** CSS font-family list; `'inherit'` adopts the host page's font. Default: the system UI font. */
  font?: string;
  /** Spacing scale and base font size. Default `'comfortable'`. */
  density?: ThemeDensity;
  /** Final say on individual tokens, per appearance, after everything is derived. */
  overrides?: {
    light?: Partial<Record<TokenName, string>>;
    dark?: Partial<Record<TokenName, string>>;
  };
}
