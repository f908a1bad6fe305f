import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NorthstarProvider } from '../provider/NorthstarProvider.js';
import { createTheme, DEFAULT_THEME } from './createTheme.js';
import type { NorthstarTheme } from './theme.types.js';
import { TOKENS, type TokenName } from './tokens.js';
import './base.css';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const TOKEN_NAMES = Object.keys(TOKENS) as TokenName[];
const TEXT_TOKENS: TokenName[] = ['text', 'textMuted', 'success', 'warning', 'danger', 'info', 'neutral'];
const SURFACES: TokenName[] = ['surface', 'surfaceRaised', 'surfaceSunken'];
const GRAPHIC_TOKENS: TokenName[] = ['focus', 'chart1', 'chart2', 'chart3', 'chart4', 'chart5', 'chart6'];

const THEMES: Record<string, NorthstarTheme> = {
  default: DEFAULT_THEME,
  'yellow brand': createTheme({ accent: '#facc15', neutral: '#78716c' }),
  'teal brand': createTheme({ accent: 'rgb(15 118 110)', neutral: 'hsl(215 20% 40%)', radius: 12 }),
  'host variable brand': createTheme({ accent: 'var(--host-brand, gold)' }),
};

/** Paints any computed CSS colour (rgb, oklch, color(srgb …)) onto a 1×1 canvas and reads back 8-bit sRGB. */
const canvas = document.createElement('canvas');
canvas.width = 1;
canvas.height = 1;
const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
function toRgb(color: string): [number, number, number] {
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = '#000';
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = ctx.getImageData(0, 0, 1, 1).data;
  expect(a, `${color} is opaque`).toBe(255);
  return [r, g, b];
}

/** WCAG 2 contrast of two computed colours. */
function contrast(a: string, b: string): number {
  const lum = (rgb: [number, number, number]) => {
    const [r, g, bl] = rgb.map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [la, lb] = [lum(toRgb(a)), lum(toRgb(b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** One element per token painted as its background, inside a provider root with the given theme and appearance. */
function Swatches({ theme, appearance }: { theme: NorthstarTheme; appearance: 'light' | 'dark' }) {
  return (
    <div style={{ ['--host-brand' as string]: '#e0b300' }}>
      <NorthstarProvider theme={theme} appearance={appearance}>
        {TOKEN_NAMES.map((name) => (
          <span key={name} data-testid={name} style={{ backgroundColor: `var(${TOKENS[name]})` }} />
        ))}
      </NorthstarProvider>
    </div>
  );
}
const painted = (name: TokenName) => getComputedStyle(screen.getByTestId(name)).backgroundColor;

describe('createTheme', () => {
  it('fills every token for light and dark', () => {
    for (const theme of Object.values(THEMES)) {
      for (const mode of ['light', 'dark'] as const) {
        expect(Object.keys(theme[mode]).sort()).toEqual([...TOKEN_NAMES].sort());
        for (const name of TOKEN_NAMES) expect(theme[mode][name], `${mode}.${name}`).toMatch(/\S/);
      }
    }
  });

  it('turns radius, font and density into tokens', () => {
    const theme = createTheme({ radius: 3, font: 'Georgia, serif', density: 'compact' });
    expect(theme.light.radius).toBe('3px');
    expect(theme.dark.fontFamily).toBe('Georgia, serif');
    const space = (t: NorthstarTheme) => Number.parseFloat(t.light.space3);
    expect(space(theme)).toBeLessThan(space(createTheme()));
    expect(space(createTheme({ density: 'spacious' }))).toBeGreaterThan(space(createTheme()));
    expect(DEFAULT_THEME.light.radius).toBe('8px');
  });

  it('keeps the brand accent in light mode and applies overrides last', () => {
    const theme = createTheme({ accent: '#0F766E', overrides: { dark: { surface: '#000000' } } });
    expect(theme.light.accent).toBe('#0f766e');
    expect(theme.dark.surface).toBe('#000000');
  });

  it('warns once per invalid knob and falls back to the default', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const theme = createTheme({
      accent: 'not-a-colour',
      radius: Number.NaN,
      // @ts-expect-error deliberately invalid
      density: 'roomy',
    });
    expect(theme.light.accent).toBe(DEFAULT_THEME.light.accent);
    expect(theme.light.radius).toBe('8px');
    expect(theme.light.space3).toBe(DEFAULT_THEME.light.space3);
    expect(warn).toHaveBeenCalledTimes(3);
    expect(warn.mock.calls.map((c) => String(c[0])).join('\n')).toMatch(/"accent" = "not-a-colour".*colour/);
  });

  it('maps every token in base.css through light-dark() with DEFAULT_THEME as the one fallback palette, and nothing on :root', () => {
    // Read back the stylesheet the browser parsed, so a typo in base.css fails here and not in a host's page.
    const ours = [...document.styleSheets].filter((sheet) =>
      [...sheet.cssRules].some((r) => r instanceof CSSStyleRule && r.selectorText.includes('data-ns-root')),
    );
    expect(ours).toHaveLength(1);
    const rules = ours.flatMap((sheet) => [...sheet.cssRules]);
    const flat = rules.flatMap((rule) => (rule instanceof CSSMediaRule ? [...rule.cssRules] : [rule]));
    const styleOf = (selector: string) =>
      (
        rules.find(
          (r) => r instanceof CSSStyleRule && r.selectorText === selector && r.style.length > 5,
        ) as CSSStyleRule
      ).style;
    const base = styleOf('[data-ns-root]');
    const dark = styleOf('[data-ns-root][data-ns-appearance="dark"]');
    // The fallbacks theme a widget used without any provider, so they must be exactly DEFAULT_THEME.
    const fallback = (mode: 'light' | 'dark', key: string) =>
      DEFAULT_THEME[mode][key as keyof (typeof DEFAULT_THEME)['light']];
    // Formatting may wrap a long var() over lines; compare the tokens, not the whitespace.
    const squash = (css: string) =>
      css.replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')').replace(/, /g, ',').trim();
    for (const [key, variable] of Object.entries(TOKENS)) {
      const short = variable.slice('--ns-'.length);
      if (short.startsWith('color-')) {
        expect(squash(base.getPropertyValue(variable)), variable).toBe(
          squash(
            `light-dark(var(--ns-l-${short}, ${fallback('light', key)}), var(--ns-d-${short}, ${fallback('dark', key)}))`,
          ),
        );
        expect(dark.getPropertyValue(variable), variable).toBe('');
      } else {
        expect(squash(base.getPropertyValue(variable)), variable).toBe(
          squash(`var(--ns-l-${short}, ${fallback('light', key)})`),
        );
        expect(squash(dark.getPropertyValue(variable)), variable).toBe(
          squash(`var(--ns-d-${short}, ${fallback('dark', key)})`),
        );
      }
    }
    // no second palette hides in a media query
    expect(
      rules.filter((r) => r instanceof CSSMediaRule && r.conditionText.includes('prefers-color-scheme')),
    ).toEqual([]);
    const selectors = flat
      .filter((r) => r instanceof CSSStyleRule)
      .map((r) => (r as CSSStyleRule).selectorText);
    expect(selectors.filter((sel) => /:root|^(html|body|\*)$/.test(sel))).toEqual([]);
  });
});

describe.each(Object.entries(THEMES))('contrast of the %s theme, measured in the browser', (_, theme) => {
  for (const appearance of ['light', 'dark'] as const) {
    it(`${appearance}: text, muted text and band tones reach 4.5:1 on every surface`, () => {
      render(<Swatches theme={theme} appearance={appearance} />);
      for (const fg of TEXT_TOKENS) {
        for (const bg of SURFACES) {
          expect(contrast(painted(fg), painted(bg)), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    });

    it(`${appearance}: accent-contrast text reaches 4.5:1 on the accent`, () => {
      render(<Swatches theme={theme} appearance={appearance} />);
      expect(contrast(painted('accentContrast'), painted('accent'))).toBeGreaterThanOrEqual(4.5);
    });

    it(`${appearance}: focus ring and chart colours reach 3:1 on the surface`, () => {
      render(<Swatches theme={theme} appearance={appearance} />);
      for (const fg of GRAPHIC_TOKENS) {
        expect(contrast(painted(fg), painted('surface')), fg).toBeGreaterThanOrEqual(3);
      }
    });
  }
});
