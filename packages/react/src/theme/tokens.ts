/**
 * Every CSS custom property a widget may read. Widgets style themselves only through these; `createTheme` fills
 * them and `NorthstarProvider` writes them on its `[data-ns-root]` element (never on `:root`).
 *
 * @example
 * const style = { color: `var(${TOKENS.text})` };
 */
export const TOKENS = {
  accent: '--ns-color-accent',
  accentContrast: '--ns-color-accent-contrast',
  surface: '--ns-color-surface',
  surfaceRaised: '--ns-color-surface-raised',
  surfaceSunken: '--ns-color-surface-sunken',
  text: '--ns-color-text',
  textMuted: '--ns-color-text-muted',
  border: '--ns-color-border',
  focus: '--ns-color-focus',
  track: '--ns-color-track',
  success: '--ns-color-success',
  warning: '--ns-color-warning',
  danger: '--ns-color-danger',
  info: '--ns-color-info',
  neutral: '--ns-color-neutral',
  chart1: '--ns-color-chart-1',
  chart2: '--ns-color-chart-2',
  chart3: '--ns-color-chart-3',
  chart4: '--ns-color-chart-4',
  chart5: '--ns-color-chart-5',
  chart6: '--ns-color-chart-6',
  radius: '--ns-radius',
  fontFamily: '--ns-font-family',
  fontSize: '--ns-font-size',
  space1: '--ns-space-1',
  space2: '--ns-space-2',
  space3: '--ns-space-3',
  space4: '--ns-space-4',
  motionDuration: '--ns-motion-duration',
} as const;

/** A token key of {@link TOKENS}. */
export type TokenName = keyof typeof TOKENS;

/** Maps a band tone from @northstar/core to the token that colours it. */
export const TONE_TOKEN: Readonly<Record<'danger' | 'warning' | 'success' | 'neutral' | 'info', string>> = {
  danger: TOKENS.danger,
  warning: TOKENS.warning,
  success: TOKENS.success,
  neutral: TOKENS.neutral,
  info: TOKENS.info,
};
