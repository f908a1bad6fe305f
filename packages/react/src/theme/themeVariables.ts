import { warnInvalidProp } from '../internal/warnOnce.js';
import { DEFAULT_THEME } from './createTheme.js';
import type { NorthstarTheme, ThemeTokens } from './theme.types.js';
import { TOKENS, type TokenName } from './tokens.js';

// Why two prefixed sets instead of writing --ns-color-* directly: the provider cannot know at render time (nor on
// the server) whether "inherit" resolves to light or dark, so it writes both sets on its root and base.css picks
// one with the appearance attribute and prefers-color-scheme. A nested provider without a theme writes nothing and
// its base.css mapping reads the inherited --ns-l-*/--ns-d-* of the outer root.

const TOKEN_NAMES = Object.keys(TOKENS) as TokenName[];

/**
 * The custom property holding a token's light (`--ns-l-…`) or dark (`--ns-d-…`) value on a provider root.
 *
 * @example
 * modeVariable('text', 'dark'); // '--ns-d-color-text'
 */
export function modeVariable(token: TokenName, mode: 'light' | 'dark'): string {
  return `--ns-${mode === 'light' ? 'l' : 'd'}-${TOKENS[token].slice('--ns-'.length)}`;
}

const cache = new WeakMap<NorthstarTheme, Readonly<Record<string, string>>>();

function complete(tokens: unknown, mode: 'light' | 'dark'): ThemeTokens {
  const given = (typeof tokens === 'object' && tokens !== null ? tokens : {}) as Record<string, unknown>;
  const missing = TOKEN_NAMES.filter((name) => typeof given[name] !== 'string' || given[name] === '');
  if (missing.length === 0) return given as ThemeTokens;
  warnInvalidProp(
    'NorthstarProvider',
    `theme.${mode}`,
    missing,
    'lacks these tokens (build themes with createTheme)',
    'using the default theme for them',
  );
  const filled: Record<string, string> = { ...DEFAULT_THEME[mode] };
  for (const name of TOKEN_NAMES) if (!missing.includes(name)) filled[name] = given[name] as string;
  return filled as ThemeTokens;
}

/**
 * The inline style a provider root carries for a theme: every token twice, as `--ns-l-*` and `--ns-d-*`
 * (memoised per theme object, so re-renders keep the same style identity).
 *
 * @example
 * themeVariables(DEFAULT_THEME)['--ns-l-color-text']; // '#16202d'
 */
export function themeVariables(theme: NorthstarTheme): Readonly<Record<string, string>> {
  const cached = cache.get(theme);
  if (cached) return cached;
  const light = complete(theme?.light, 'light');
  const dark = complete(theme?.dark, 'dark');
  const style: Record<string, string> = {};
  for (const name of TOKEN_NAMES) {
    style[modeVariable(name, 'light')] = light[name];
    style[modeVariable(name, 'dark')] = dark[name];
  }
  const frozen = Object.freeze(style);
  if (typeof theme === 'object' && theme !== null) cache.set(theme, frozen);
  return frozen;
}
