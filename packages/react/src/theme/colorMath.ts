// Colour arithmetic for createTheme: sRGB <-> OKLCH and WCAG 2 contrast. Themes are derived in OKLCH (perceptual
// lightness, so "L 0.25" reads equally dark for every hue) and checked in sRGB luminance (what WCAG measures).

/**
 * An sRGB colour with channels in [0, 1].
 *
 * @example
 * const white: Rgb = { r: 1, g: 1, b: 1 };
 */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/**
 * An OKLCH colour: lightness 0..1, chroma ≥ 0, hue in degrees.
 *
 * @example
 * const indigo: Oklch = { l: 0.52, c: 0.17, h: 275 };
 */
export interface Oklch {
  l: number;
  c: number;
  h: number;
}

const toLinear = (v: number): number => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
const toGamma = (v: number): number => (v <= 0.0031308 ? v * 12.92 : 1.055 * v ** (1 / 2.4) - 0.055);

/**
 * Converts sRGB to OKLCH (Björn Ottosson's OKLab, in polar form).
 *
 * @example
 * rgbToOklch({ r: 1, g: 1, b: 1 }); // { l: 1, c: 0, h: 0 } (approximately)
 */
export function rgbToOklch({ r, g, b }: Rgb): Oklch {
  const lr = toLinear(r);
  const lg = toLinear(g);
  const lb = toLinear(b);
  const l = Math.cbrt(0.4122214708 * lr + 0.5363325363 * lg + 0.0514459929 * lb);
  const m = Math.cbrt(0.2119034982 * lr + 0.6806995451 * lg + 0.1073969566 * lb);
  const s = Math.cbrt(0.0883024619 * lr + 0.2817188376 * lg + 0.6299787005 * lb);
  const L = 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
  const A = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const B = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  const c = Math.hypot(A, B);
  // Greys have no meaningful hue; 0 keeps the output stable.
  const h = c < 1e-4 ? 0 : ((Math.atan2(B, A) * 180) / Math.PI + 360) % 360;
  return { l: L, c, h };
}

/** OKLCH to sRGB without clipping (channels may fall outside [0, 1]). */
function oklchToRgbUnclipped({ l: L, c, h }: Oklch): Rgb {
  const rad = (h * Math.PI) / 180;
  const A = c * Math.cos(rad);
  const B = c * Math.sin(rad);
  const l = (L + 0.3963377774 * A + 0.2158037573 * B) ** 3;
  const m = (L - 0.1055613458 * A - 0.0638541728 * B) ** 3;
  const s = (L - 0.0894841775 * A - 1.291485548 * B) ** 3;
  const r = 4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s;
  const g = -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s;
  const bl = -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s;
  return { r: toGamma(r), g: toGamma(g), b: toGamma(bl) };
}

const inGamut = ({ r, g, b }: Rgb): boolean =>
  r >= -1e-4 && r <= 1 + 1e-4 && g >= -1e-4 && g <= 1 + 1e-4 && b >= -1e-4 && b <= 1 + 1e-4;

const clamp01 = (v: number): number => Math.min(1, Math.max(0, v));

/**
 * Converts OKLCH to sRGB, reducing chroma (keeping lightness and hue) until the colour fits the sRGB gamut, then
 * rounding each channel to 8 bits, so what is measured is exactly what a hex string will paint.
 *
 * @example
 * oklchToRgb({ l: 0.6, c: 0.4, h: 30 }); // a saturated red inside sRGB
 */
export function oklchToRgb(color: Oklch): Rgb {
  const l = clamp01(color.l);
  let rgb = oklchToRgbUnclipped({ ...color, l });
  if (!inGamut(rgb)) {
    let lo = 0;
    let hi = color.c;
    for (let i = 0; i < 24; i += 1) {
      const mid = (lo + hi) / 2;
      if (inGamut(oklchToRgbUnclipped({ l, c: mid, h: color.h }))) lo = mid;
      else hi = mid;
    }
    rgb = oklchToRgbUnclipped({ l, c: lo, h: color.h });
  }
  const q = (v: number): number => Math.round(clamp01(v) * 255) / 255;
  return { r: q(rgb.r), g: q(rgb.g), b: q(rgb.b) };
}

/**
 * Formats an sRGB colour as `#rrggbb`.
 *
 * @example
 * rgbToHex({ r: 1, g: 0, b: 0 }); // '#ff0000'
 */
export function rgbToHex({ r, g, b }: Rgb): string {
  const hex = (v: number): string =>
    Math.round(clamp01(v) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${hex(r)}${hex(g)}${hex(b)}`;
}

/**
 * WCAG 2 relative luminance of an sRGB colour (0 = black, 1 = white).
 *
 * @example
 * relativeLuminance({ r: 1, g: 1, b: 1 }); // 1
 */
export function relativeLuminance({ r, g, b }: Rgb): number {
  return 0.2126 * toLinear(r) + 0.7152 * toLinear(g) + 0.0722 * toLinear(b);
}

/**
 * WCAG 2 contrast ratio between two colours, from 1 to 21 (AA body text needs 4.5).
 *
 * @example
 * contrastRatio({ r: 0, g: 0, b: 0 }, { r: 1, g: 1, b: 1 }); // 21
 */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
