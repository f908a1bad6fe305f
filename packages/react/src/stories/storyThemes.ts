import { createTheme, DEFAULT_THEME } from '../theme/createTheme.js';

/**
 * The "Acme teal" host brand: a teal accent on cool slate neutrals, soft corners, the host's sans-serif font.
 *
 * @example
 * <NorthstarProvider theme={ACME_TEAL_THEME}>…</NorthstarProvider>
 */
export const ACME_TEAL_THEME = createTheme({
  accent: '#0f766e',
  neutral: '#475569',
  radius: 12,
  font: '"Inter", "Segoe UI", system-ui, sans-serif',
  density: 'comfortable',
});

/**
 * The "Globex amber" host brand: an amber accent on warm stone neutrals, square corners, a serif font, compact.
 *
 * @example
 * <NorthstarProvider theme={GLOBEX_AMBER_THEME}>…</NorthstarProvider>
 */
export const GLOBEX_AMBER_THEME = createTheme({
  accent: '#b45309',
  neutral: '#57534e',
  radius: 2,
  font: 'Georgia, "Times New Roman", serif',
  density: 'compact',
});

/**
 * The themes offered by Storybook's "Theme" toolbar, keyed by the toolbar value.
 *
 * @example
 * const { theme } = STORY_THEMES.acme;
 */
export const STORY_THEMES = {
  default: { title: 'Default', theme: DEFAULT_THEME },
  acme: { title: 'Acme teal (brand)', theme: ACME_TEAL_THEME },
  globex: { title: 'Globex amber (brand)', theme: GLOBEX_AMBER_THEME },
} as const;

/**
 * A key of {@link STORY_THEMES}.
 *
 * @example
 * const name: StoryThemeName = 'globex';
 */
export type StoryThemeName = keyof typeof STORY_THEMES;
