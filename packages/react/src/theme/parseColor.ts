import { oklchToRgb, type Rgb } from './colorMath.js';
import { namedColorHex } from './namedColors.js';

// createTheme needs numbers to guarantee contrast, and must not touch the DOM (it runs during server rendering), so
// the common CSS colour syntaxes are parsed here. Anything else (var(), color-mix(), lab(), relative colours…) is
// left to the browser by the caller.

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A number, or a percentage scaled so that 100% = `percentScale`. */
function numberOrPercent(token: string | undefined, percentScale: number): number | undefined {
  if (token === undefined) return undefined;
  if (token.endsWith('%')) {
    const body = token.slice(0, -1);
    return NUMBER.test(body) ? (Number(body) / 100) * percentScale : undefined;
  }
  return NUMBER.test(token) ? Number(token) : undefined;
}

/** An angle in degrees (`deg`, `grad`, `rad`, `turn` or a bare number). */
function angle(token: string | undefined): number | undefined {
  if (token === undefined) return undefined;
  const match = /^(.*?)(deg|grad|rad|turn)?$/i.exec(token);
  const body = match?.[1] ?? '';
  if (!NUMBER.test(body)) return undefined;
  const value = Number(body);
  switch (match?.[2]?.toLowerCase()) {
    case 'grad':
      return value * 0.9;
    case 'rad':
      return (value * 180) / Math.PI;
    case 'turn':
      return value * 360;
    default:
      return value;
  }
}

function hexToRgb(hex: string): Rgb | undefined {
  if (!/^[0-9a-f]+$/i.test(hex)) return undefined;
  const full =
    hex.length === 3 || hex.length === 4
      ? [...hex.slice(0, 3)].map((d) => d + d).join('')
      : hex.length === 6 || hex.length === 8
        ? hex.slice(0, 6)
        : undefined;
  if (full === undefined) return undefined;
  const n = Number.parseInt(full, 16);
  return { r: ((n >> 16) & 255) / 255, g: ((n >> 8) & 255) / 255, b: (n & 255) / 255 };
}

function hslToRgb(h: number, s: number, l: number): Rgb {
  const hue = ((h % 360) + 360) % 360;
  const k = (n: number): number => (n + hue / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number): number => l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return { r: f(0), g: f(8), b: f(4) };
}

const clamp01 = (v: number): number => Math.min(1, Math.max(0, v));

/**
 * Parses a CSS colour (hex, named, `rgb()`, `hsl()`, `oklch()`, `oklab()`) to opaque sRGB; alpha is dropped and
 * undefined is returned for syntax this parser does not evaluate.
 *
 * @example
 * parseColor('#4c5fd5'); // { r: 0.298, g: 0.373, b: 0.835 }
 * parseColor('var(--brand)'); // undefined
 */
export function parseColor(input: string): Rgb | undefined {
  const text = input.trim().toLowerCase();
  if (text.startsWith('#')) return hexToRgb(text.slice(1));
  const named = namedColorHex(text);
  if (named !== undefined) return hexToRgb(named);

  const fn = /^([a-z]+)\(([^()]*)\)$/.exec(text);
  if (!fn) return undefined;
  const [, name, body = ''] = fn;
  // Both the legacy comma syntax and the modern space syntax; alpha (after "/" or a 4th comma) is ignored.
  const [channels = ''] = body.split('/');
  const parts = channels
    .split(/[\s,]+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .slice(0, 3);
  if (parts.length !== 3) return undefined;
  const [p0, p1, p2] = parts;

  switch (name) {
    case 'rgb':
    case 'rgba': {
      const r = numberOrPercent(p0, 255);
      const g = numberOrPercent(p1, 255);
      const b = numberOrPercent(p2, 255);
      if (r === undefined || g === undefined || b === undefined) return undefined;
      return { r: clamp01(r / 255), g: clamp01(g / 255), b: clamp01(b / 255) };
    }
    case 'hsl':
    case 'hsla': {
      const h = angle(p0);
      const s = numberOrPercent(p1, 100);
      const l = numberOrPercent(p2, 100);
      if (h === undefined || s === undefined || l === undefined) return undefined;
      return hslToRgb(h, clamp01(s / 100), clamp01(l / 100));
    }
    case 'oklch': {
      const l = numberOrPercent(p0, 1);
      const c = numberOrPercent(p1, 0.4);
      const h = angle(p2);
      if (l === undefined || c === undefined || h === undefined) return undefined;
      return oklchToRgb({ l, c: Math.max(0, c), h });
    }
    case 'oklab': {
      const l = numberOrPercent(p0, 1);
      const a = numberOrPercent(p1, 0.4);
      const b = numberOrPercent(p2, 0.4);
      if (l === undefined || a === undefined || b === undefined) return undefined;
      return oklchToRgb({ l, c: Math.hypot(a, b), h: (Math.atan2(b, a) * 180) / Math.PI });
    }
    default:
      return undefined;
  }
}
