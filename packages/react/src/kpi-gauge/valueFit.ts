/**
 * How large the centre value may be drawn: `lg` (the default size), `md` or `sm`.
 *
 * @example
 * const fit: GaugeValueFit = valueFit('41,2 Mio. $'); // 'sm'
 */
export type GaugeValueFit = 'lg' | 'md' | 'sm';

// East Asian wide characters and Arabic-Indic digits with their marks take more room than a Latin digit.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * The font step for a gauge's centre value, from its length alone (no DOM measurement, so the server renders the
 * same): the text must fit the inner circle of the arc, about 72% of the gauge's width. At the `lg` step (14% of
 * the width per em) about 7 average characters fit; `md` (10.5%) about 10; `sm` (8%) about 14. Wide characters count
 * double, zero-width marks (bidi controls, combining marks) not at all.
 *
 * @example
 * valueFit('72%'); // 'lg'
 * valueFit('1.235.000 €'); // 'md'
 */
export function valueFit(text: string): GaugeValueFit {
  let width = 0;
  for (const char of text) {
    if (/[\p{Mn}\p{Cf}]/u.test(char)) continue;
    width += WIDE.test(char) ? 2 : /[\s.,'’]/u.test(char) ? 0.5 : 1;
  }
  return width <= 7 ? 'lg' : width <= 10 ? 'md' : 'sm';
}
