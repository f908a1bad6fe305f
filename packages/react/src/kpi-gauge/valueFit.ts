/**
 * How large the centre value may be drawn: `lg` (the default size), `md` or `sm`.
 *
 * @example
 * const fit: GaugeValueFit = valueFit('41,2 Mio. $'); // 'md'
 */
export type GaugeValueFit = 'lg' | 'md' | 'sm';

// East Asian wide characters and Arabic-Indic digits with their marks take more room than a Latin digit.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * The font step for a gauge's centre value, from its length alone (no DOM measurement, so the server renders the
 * same): the text must fit the inner circle of the arc, about 72% of the gauge's width. At the `lg` step (14% of
 * the width per em) about 5½ average characters fit; `md` (10%) about 9; `sm` (7.5%) about 12. Wide characters count
 * double, separators half, zero-width marks (bidi controls, combining marks) not at all.
 *
 * @example
 * valueFit('72%'); // 'lg'
 * valueFit('1.235.000 €'); // 'sm'
 * valueFit('72%', { halfCircle: true }); // 'md'
 */
export function valueFit(text: string, { halfCircle = false }: { halfCircle?: boolean } = {}): GaugeValueFit {
  let width = 0;
  for (const char of text) {
    if (/[\p{Mn}\p{Cf}]/u.test(char)) continue;
    width += WIDE.test(char) ? 2 : /[\s.,'’]/u.test(char) ? 0.5 : 1;
  }
  // a half circle (or less) has the readout stacked above its centre, so the value gets one step less room
  const steps: GaugeValueFit[] = ['lg', 'md', 'sm'];
  const step = (width <= 5.5 ? 0 : width <= 9 ? 1 : 2) + (halfCircle ? 1 : 0);
  return steps[Math.min(step, 2)]!;
}
