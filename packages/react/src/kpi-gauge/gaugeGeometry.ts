/**
 * Fixed drawing units of the radial gauge (viewBox user units; the rendered size comes from CSS).
 * From the outside in: band ring, gap, track with the value arc; the target tick crosses all of them.
 *
 * @example
 * RADIAL.trackInner; // 78
 */
export const RADIAL = {
  bandOuter: 100,
  bandInner: 95,
  trackOuter: 92,
  trackInner: 78,
  tickOuter: 104,
  tickInner: 73,
} as const;

/**
 * Fixed drawing units of the linear (bullet) gauge: a band strip on top, the track under it.
 *
 * @example
 * LINEAR.width; // 200
 */
export const LINEAR = {
  width: 200,
  bandTop: 3,
  bandHeight: 4,
  trackTop: 9,
  trackHeight: 12,
  tickTop: 0,
  tickBottom: 24,
  height: 24,
} as const;

const RAD = Math.PI / 180;

/**
 * The point at `radius` and `degrees` clockwise from 12 o'clock around (0, 0), in SVG coordinates (y down).
 *
 * @example
 * polar(100, 90); // [100, 0]
 */
export function polar(radius: number, degrees: number): [number, number] {
  const a = degrees * RAD;
  return [round(radius * Math.sin(a)), round(-radius * Math.cos(a))];
}

/** Rounds to 3 decimals so server and browser print identical path strings (no float noise in the markup). */
function round(x: number): number {
  const r = Math.round(x * 1000) / 1000;
  return r === 0 ? 0 : r; // no "-0"
}

/**
 * The angle (degrees) of a scale fraction on a radial gauge sweeping from `start` to `end`.
 *
 * @example
 * angleOf(0.5, -120, 120); // 0
 */
export function angleOf(fraction: number, start: number, end: number): number {
  return round(start + fraction * (end - start));
}

/**
 * A filled annular sector between two radii and two angles in degrees (outer arc, inner arc back, closed).
 *
 * Why not d3-shape's `arc()`: d3-shape 3.2.1 ships one flat ESM file whose top-level curve factories survive tree
 * shaking, so importing `arc` alone adds ~4.8 kB min+gzip — more than half this subpath's 8 kB budget — for the
 * corner-radius and padding logic a gauge never uses. The path below is the same one `arc()` draws for plain sectors.
 *
 * @example
 * sectorPath(78, 92, -90, 90); // 'M-92 0A92 92 0 0 1 92 0L78 0A78 78 0 0 0 -78 0Z'
 */
export function sectorPath(inner: number, outer: number, startDeg: number, endDeg: number): string {
  if (endDeg - startDeg >= 360) {
    // one arc command cannot draw a full circle: a closed ring is two half rings
    return (
      sectorPath(inner, outer, startDeg, startDeg + 180) + sectorPath(inner, outer, startDeg + 180, endDeg)
    );
  }
  const large = endDeg - startDeg > 180 ? 1 : 0;
  const [ox0, oy0] = polar(outer, startDeg);
  const [ox1, oy1] = polar(outer, endDeg);
  const [ix1, iy1] = polar(inner, endDeg);
  const [ix0, iy0] = polar(inner, startDeg);
  return `M${ox0} ${oy0}A${outer} ${outer} 0 ${large} 1 ${ox1} ${oy1}L${ix1} ${iy1}A${inner} ${inner} 0 ${large} 0 ${ix0} ${iy0}Z`;
}

/**
 * The centre line of an arc as one open path, so a stroke with `pathLength="1"` and a dash offset can reveal it
 * from the start: that is what lets a CSS transition animate the value (a `d` attribute cannot transition in every
 * browser). A full circle is split in two halves because one SVG arc command cannot draw 360°.
 *
 * @example
 * centreLinePath(85, -90, 90); // 'M-85 0A85 85 0 0 1 85 0'
 */
export function centreLinePath(radius: number, startDeg: number, endDeg: number): string {
  const sweep = endDeg - startDeg;
  if (sweep >= 360) {
    const mid = startDeg + 180;
    return `${centreLinePath(radius, startDeg, mid)}${centreLinePath(radius, mid, endDeg).replace(/^M[^A]*/, '')}`;
  }
  const [x0, y0] = polar(radius, startDeg);
  const [x1, y1] = polar(radius, endDeg);
  return `M${x0} ${y0}A${radius} ${radius} 0 ${sweep > 180 ? 1 : 0} 1 ${x1} ${y1}`;
}

/**
 * A box in SVG user units.
 *
 * @example
 * const box: ViewBox = { x: -100, y: -100, width: 200, height: 150 };
 */
export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The tight viewBox around a radial gauge (arc ends, every 90° extreme inside the sweep, and the centre where the
 * readout sits), padded for the target tick and over-range marks. Pure arithmetic, so SSR needs no measuring.
 *
 * @example
 * radialViewBox(-90, 90); // { x: -108, y: -108, width: 216, height: 116 }
 */
export function radialViewBox(startDeg: number, endDeg: number, pad = 8): ViewBox {
  const r = RADIAL.bandOuter;
  const points: [number, number][] = [[0, 0], polar(r, startDeg), polar(r, endDeg)];
  for (let a = Math.ceil(startDeg / 90) * 90; a <= endDeg; a += 90) points.push(polar(r, a));
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x = Math.min(...xs) - pad;
  const y = Math.min(...ys) - pad;
  return { x, y, width: Math.max(...xs) + pad - x, height: Math.max(...ys) + pad - y };
}

/**
 * A small triangle just past one end of the radial scale, pointing onward: the "beyond the scale" mark.
 *
 * @example
 * overflowMarkPath(120, 1); // a triangle past the 120° end
 */
export function overflowMarkPath(endDeg: number, towards: 1 | -1): string {
  const r = (RADIAL.trackInner + RADIAL.trackOuter) / 2;
  const tip = polar(r, endDeg + towards * 11);
  const a = polar(r + 7, endDeg + towards * 4);
  const b = polar(r - 7, endDeg + towards * 4);
  return `M${a[0]} ${a[1]}L${tip[0]} ${tip[1]}L${b[0]} ${b[1]}Z`;
}

/**
 * The linear variant's "beyond the scale" triangle, just past the start (`-1`) or end (`1`) of the bar.
 *
 * @example
 * linearOverflowMarkPath(1); // a triangle right of x = 200
 */
export function linearOverflowMarkPath(towards: 1 | -1): string {
  const x = towards === 1 ? LINEAR.width + 2 : -2;
  const mid = LINEAR.trackTop + LINEAR.trackHeight / 2;
  return `M${x} ${mid - 6}L${x + towards * 7} ${mid}L${x} ${mid + 6}Z`;
}

/**
 * The radial sweep to draw: the given angles when finite with start < end ≤ start + 360, else −120° to 120°.
 *
 * @example
 * validAngles(-90, 90); // { startAngle: -90, endAngle: 90, valid: true }
 */
export function validAngles(
  start: number | undefined,
  end: number | undefined,
): { startAngle: number; endAngle: number; valid: boolean } {
  const startAngle = start ?? -120;
  const endAngle = end ?? 120;
  const valid =
    Number.isFinite(startAngle) &&
    Number.isFinite(endAngle) &&
    endAngle > startAngle &&
    endAngle - startAngle <= 360;
  return valid ? { startAngle, endAngle, valid } : { startAngle: -120, endAngle: 120, valid };
}
