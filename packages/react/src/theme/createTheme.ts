import { warnInvalidProp } from '../internal/warnOnce.js';
import { contrastRatio, type Oklch, oklchToRgb, type Rgb, rgbToHex, rgbToOklch } from './colorMath.js';
import { parseColor } from './parseColor.js';
import type { NorthstarTheme, ThemeDensity, ThemeOptions, ThemeTokens } from './theme.types.js';
import { TOKENS, type TokenName } from './tokens.js';

const DEFAULT_ACCENT = '#4c5fd5';
const DEFAULT_NEUTRAL = '#64748b';
const DEFAULT_RADIUS = 8;
const DEFAULT_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const DENSITIES: readonly ThemeDensity[] = ['compact', 'comfortable', 'spacious'];

// Rem, so the user's default font-size setting still scales the widgets.
const DENSITY_SCALE: Readonly<
  Record<ThemeDensity, { fontSize: string; space: readonly [number, number, number, number] }>
> = {
  compact: { fontSize: '0.8125rem', space: [0.125, 0.25, 0.5, 0.75] },
  comfortable: { fontSize: '0.875rem', space: [0.25, 0.5, 0.75, 1] },
  spacious: { fontSize: '1rem', space: [0.375, 0.75, 1.125, 1.5] },
};

// WCAG 2.2: 4.5:1 for text (1.4.3), 3:1 for focus rings, chart marks and other non-text graphics (1.4.11).
// A hair above, so rounding in a host's colour pipeline cannot tip a token under the line.
const TEXT_RATIO = 4.55;
const GRAPHIC_RATIO = 3.05;

/** A derived colour: the value written to CSS and the sRGB it paints (or, for browser-derived values, approximates). */
interface Tone {
  css: string;
  rgb: Rgb;
}

/** Where a knob colour came from: evaluated here, or a CSS expression only the browser can evaluate. */
type Source = { kind: 'parsed'; lch: Oklch; rgb: Rgb } | { kind: 'css'; css: string };

/** Lightness targets per appearance (OKLCH L); `toward` is the way foregrounds move to gain contrast. */
interface ModeSpec {
  toward: 1 | -1;
  surface: number;
  raised: number;
  sunken: number;
  text: number;
  muted: number;
  border: number;
  track: number;
  band: number;
  chart: readonly [number, number];
  /** Extra chroma allowed for tinted surfaces. */
  surfaceChroma: number;
}

const LIGHT: ModeSpec = {
  toward: -1,
  surface: 0.995,
  raised: 1,
  sunken: 0.965,
  text: 0.24,
  muted: 0.48,
  border: 0.87,
  track: 0.92,
  band: 0.54,
  chart: [0.52, 0.62],
  surfaceChroma: 0.005,
};

const DARK: ModeSpec = {
  toward: 1,
  surface: 0.2,
  raised: 0.245,
  sunken: 0.165,
  text: 0.95,
  muted: 0.77,
  border: 0.4,
  track: 0.33,
  band: 0.78,
  chart: [0.72, 0.82],
  surfaceChroma: 0.015,
};

// Status hues stay fixed whatever the brand, so "danger" always reads red; only lightness adapts per appearance.
const BAND_HUES = {
  success: { h: 150, c: 0.14 },
  warning: { h: 65, c: 0.14 },
  danger: { h: 27, c: 0.19 },
  info: { h: 255, c: 0.15 },
} as const;

// Hue offsets from the accent for chart-1..6: the first few are far apart so small charts stay distinguishable.
const CHART_HUE_OFFSETS = [0, 180, 90, 270, 45, 225] as const;

const BLACK: Rgb = { r: 0, g: 0, b: 0 };
const WHITE: Rgb = { r: 1, g: 1, b: 1 };
const round3 = (n: number): string => String(Math.round(n * 1000) / 1000);

function resolveSource(value: unknown, knob: 'accent' | 'neutral', fallback: string): Source {
  if (value !== undefined) {
    if (typeof value === 'string' && value.trim() !== '') {
      const rgb = parseColor(value);
      if (rgb) return { kind: 'parsed', rgb, lch: rgbToOklch(rgb) };
      // Functional syntax this module cannot evaluate (var(), color-mix(), lab(), …): hand it to the browser.
      if (/^[a-z-]+\(.*\)$/is.test(value.trim())) return { kind: 'css', css: value.trim() };
    }
    warnInvalidProp('createTheme', knob, value, 'must be a CSS colour', `using the default ${fallback}`);
  }
  const rgb = parseColor(fallback)!;
  return { kind: 'parsed', rgb, lch: rgbToOklch(rgb) };
}

const fixedTone = (lch: Oklch): Tone => {
  const rgb = oklchToRgb(lch);
  return { css: rgbToHex(rgb), rgb };
};

/**
 * The first lightness from `start`, stepping `toward`, whose tone reaches `ratio` against every background; the
 * backgrounds are measured in sRGB, exactly as WCAG does.
 */
function solve(
  make: (l: number) => Tone,
  start: number,
  toward: 1 | -1,
  backgrounds: readonly Rgb[],
  ratio: number,
): Tone {
  for (let l = start; l >= 0 && l <= 1; l += toward * 0.005) {
    const tone = make(l);
    if (backgrounds.every((bg) => contrastRatio(tone.rgb, bg) >= ratio)) return tone;
  }
  const end = toward < 0 ? BLACK : WHITE;
  return { css: rgbToHex(end), rgb: end };
}

/** Black-or-white-ish text for a fill: the candidate with more contrast, never under 4.5:1. */
function contrastText(fill: Rgb, hue: number): Tone {
  const candidates = [fixedTone({ l: 0.17, c: 0.02, h: hue }), fixedTone({ l: 1, c: 0, h: 0 })];
  const best = candidates.reduce((a, b) => (contrastRatio(b.rgb, fill) > contrastRatio(a.rgb, fill) ? b : a));
  if (contrastRatio(best.rgb, fill) >= TEXT_RATIO) return best;
  // Pure black or white always reaches at least 4.58:1 against any opaque colour.
  const end = contrastRatio(BLACK, fill) > contrastRatio(WHITE, fill) ? BLACK : WHITE;
  return { css: rgbToHex(end), rgb: end };
}

function colourTokens(mode: ModeSpec, accent: Source, neutral: Source): Record<string, string> {
  // For a browser-evaluated neutral, contrast is solved against an untinted grey of the same lightness: surfaces
  // and text keep their chroma tiny, so the luminance the browser ends up with differs by well under 1%.
  const nHue = neutral.kind === 'parsed' ? neutral.lch.h : 0;
  const nChroma = neutral.kind === 'parsed' ? neutral.lch.c : 0;
  const grey =
    (cap: number) =>
    (l: number): Tone => {
      const c = Math.min(nChroma, cap);
      const rgb = oklchToRgb({ l, c, h: nHue });
      const css =
        neutral.kind === 'parsed'
          ? rgbToHex(rgb)
          : `oklch(from ${neutral.css} ${round3(l)} min(c, ${cap}) h)`;
      return { css, rgb };
    };

  const surface = grey(mode.surfaceChroma)(mode.surface);
  const raised = grey(mode.surfaceChroma)(mode.raised);
  const sunken = grey(mode.surfaceChroma * 1.5)(mode.sunken);
  const surfaces = [surface.rgb, raised.rgb, sunken.rgb];

  const text = solve(grey(0.03), mode.text, mode.toward, surfaces, 7);
  const muted = solve(grey(0.035), mode.muted, mode.toward, surfaces, TEXT_RATIO);
  const border = grey(0.02)(mode.border);
  const track = grey(0.02)(mode.track);

  const band = (h: number, c: number): Tone =>
    solve((l) => fixedTone({ l, c, h }), mode.band, mode.toward, surfaces, TEXT_RATIO);
  const neutralBand = solve(grey(0.03), mode.band - 0.04 * mode.toward, mode.toward, surfaces, TEXT_RATIO);

  const tokens: Record<string, string> = {
    surface: surface.css,
    surfaceRaised: raised.css,
    surfaceSunken: sunken.css,
    text: text.css,
    textMuted: muted.css,
    border: border.css,
    track: track.css,
    success: band(BAND_HUES.success.h, BAND_HUES.success.c).css,
    warning: band(BAND_HUES.warning.h, BAND_HUES.warning.c).css,
    danger: band(BAND_HUES.danger.h, BAND_HUES.danger.c).css,
    info: band(BAND_HUES.info.h, BAND_HUES.info.c).css,
    neutral: neutralBand.css,
  };

  if (accent.kind === 'parsed') {
    const { lch } = accent;
    // Light keeps the brand colour exactly (it is a fill, paired with accentContrast); dark lifts it only as far as
    // needed to stand out from the dark surface.
    const fill =
      mode.toward < 0
        ? { css: rgbToHex(accent.rgb), rgb: accent.rgb }
        : solve((l) => fixedTone({ ...lch, l }), lch.l, 1, [surface.rgb], GRAPHIC_RATIO);
    tokens.accent = fill.css;
    tokens.accentContrast = contrastText(fill.rgb, lch.h).css;
    // On dark surfaces the ring and chart-1 start from a light tint of the brand, so they glow rather than just pass.
    const brandStart = mode.toward > 0 ? Math.max(lch.l, mode.chart[0]) : lch.l;
    tokens.focus = solve(
      (l) => fixedTone({ ...lch, l }),
      brandStart,
      mode.toward,
      surfaces,
      GRAPHIC_RATIO,
    ).css;
    const chartChroma = Math.min(Math.max(lch.c, 0.09), 0.16);
    CHART_HUE_OFFSETS.forEach((offset, i) => {
      const make =
        i === 0
          ? (l: number) => fixedTone({ ...lch, l })
          : (l: number) => fixedTone({ l, c: chartChroma, h: (lch.h + offset) % 360 });
      const start = i === 0 ? brandStart : (mode.chart[i % 2] ?? mode.chart[0]);
      tokens[`chart${i + 1}`] = solve(make, start, mode.toward, [surface.rgb, raised.rgb], GRAPHIC_RATIO).css;
    });
  } else {
    // Relative colour syntax: the browser resolves the host's expression, lightness is clamped into a safe range.
    const a = accent.css;
    const light = mode.toward < 0;
    const fill = light ? a : `oklch(from ${a} max(l, 0.72) c h)`;
    tokens.accent = fill;
    tokens.accentContrast = `oklch(from ${fill} clamp(0, (0.565 - l) * 1000, 1) 0 0)`;
    tokens.focus = light ? `oklch(from ${a} min(l, 0.5) c h)` : `oklch(from ${a} max(l, 0.78) c h)`;
    CHART_HUE_OFFSETS.forEach((offset, i) => {
      tokens[`chart${i + 1}`] =
        i === 0
          ? light
            ? `oklch(from ${a} min(l, 0.55) c h)`
            : `oklch(from ${a} max(l, 0.72) c h)`
          : `oklch(from ${a} ${light ? (i % 2 ? 0.5 : 0.55) : i % 2 ? 0.74 : 0.82} clamp(0.09, c, 0.16) calc(h + ${offset}))`;
    });
  }
  return tokens;
}

function validRadius(radius: unknown): number {
  if (radius === undefined) return DEFAULT_RADIUS;
  if (typeof radius === 'number' && Number.isFinite(radius) && radius >= 0) return radius;
  warnInvalidProp(
    'createTheme',
    'radius',
    radius,
    'must be a finite number of px ≥ 0',
    `using ${DEFAULT_RADIUS}`,
  );
  return DEFAULT_RADIUS;
}

function validDensity(density: unknown): ThemeDensity {
  if (density === undefined) return 'comfortable';
  if (DENSITIES.includes(density as ThemeDensity)) return density as ThemeDensity;
  warnInvalidProp(
    'createTheme',
    'density',
    density,
    `must be one of ${DENSITIES.join(', ')}`,
    'using comfortable',
  );
  return 'comfortable';
}

function validFont(font: unknown): string {
  if (font === undefined) return DEFAULT_FONT;
  if (typeof font === 'string' && font.trim() !== '') return font;
  warnInvalidProp(
    'createTheme',
    'font',
    font,
    'must be a non-empty font-family list',
    'using the system UI font',
  );
  return DEFAULT_FONT;
}

function applyOverrides(
  base: Record<string, string>,
  overrides: Partial<Record<TokenName, string>> | undefined,
  mode: 'light' | 'dark',
): ThemeTokens {
  const out = { ...base };
  for (const [key, value] of Object.entries(overrides ?? {})) {
    if (!(key in TOKENS)) {
      warnInvalidProp('createTheme', `overrides.${mode}.${key}`, value, 'is not a token name', 'ignoring it');
    } else if (typeof value !== 'string' || value.trim() === '') {
      warnInvalidProp('createTheme', `overrides.${mode}.${key}`, value, 'must be a CSS value', 'ignoring it');
    } else {
      out[key] = value;
    }
  }
  return Object.freeze(out) as ThemeTokens;
}

/**
 * Turns a few brand knobs into every `--ns-*` token for light and dark, with text, muted text and status tones
 * meeting WCAG AA (4.5:1) against every surface, and focus ring and chart colours meeting 3:1.
 *
 * @example
 * const theme = createTheme({ accent: '#0f766e', neutral: '#475569', radius: 12, density: 'compact' });
 * <NorthstarProvider theme={theme}>…</NorthstarProvider>
 */
export function createTheme(options: ThemeOptions = {}): NorthstarTheme {
  const accent = resolveSource(options.accent, 'accent', DEFAULT_ACCENT);
  const neutral = resolveSource(options.neutral, 'neutral', DEFAULT_NEUTRAL);
  const radius = validRadius(options.radius);
  const density = DENSITY_SCALE[validDensity(options.density)];

  const shared: Record<string, string> = {
    radius: `${radius}px`,
    fontFamily: validFont(options.font),
    fontSize: density.fontSize,
    space1: `${density.space[0]}rem`,
    space2: `${density.space[1]}rem`,
    space3: `${density.space[2]}rem`,
    space4: `${density.space[3]}rem`,
    motionDuration: '160ms',
  };

  return Object.freeze({
    light: applyOverrides(
      { ...colourTokens(LIGHT, accent, neutral), ...shared },
      options.overrides?.light,
      'light',
    ),
    dark: applyOverrides(
      { ...colourTokens(DARK, accent, neutral), ...shared },
      options.overrides?.dark,
      'dark',
    ),
  });
}

/**
 * The theme used when a provider gets none: calm indigo accent, slate neutrals, 8px radius, system font.
 *
 * @example
 * <NorthstarProvider theme={DEFAULT_THEME} appearance="dark">…</NorthstarProvider>
 */
export const DEFAULT_THEME: NorthstarTheme = /* @__PURE__ */ createTheme();
