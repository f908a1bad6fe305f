import { scaleBand, scaleLinear } from 'd3-scale';
import type { FeedbackSummaryModel } from './resolveFeedbackSummary.js';

/** One bar: a group's mean on one question, placed in viewBox units. */
export interface SummaryBar {
  questionId: string;
  group: string;
  label: string;
  meanText: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One question's band: its category-axis label (the start of the prompt) above its bars. */
export interface SummaryRow {
  questionId: string;
  /** The full prompt, for the label's `<title>` and the text alternative. */
  prompt: string;
  /** The prompt cut to fit the label line, keeping its start and ending in "…". */
  label: string;
  y: number;
  height: number;
  labelX: number;
  labelY: number;
  barTop: number;
  barBottom: number;
}

/**
 * The chart's geometry in a fixed viewBox (server-safe: nothing is measured): bands per rating question, one bar
 * per shown group, x from the scale's min to max — mirrored for right-to-left locales.
 *
 * @example
 * const { bars, ticks, viewBox } = summaryChartGeometry(model, { rtl: false });
 */
export interface SummaryChartGeometry {
  viewBox: string;
  width: number;
  height: number;
  rtl: boolean;
  bars: SummaryBar[];
  rows: SummaryRow[];
  ticks: { value: number; x: number }[];
  plot: { left: number; right: number };
  /** The groups drawn, in order of first appearance, for the legend (colour and name). */
  legend: { group: string; label: string }[];
}

// 480 units wide: the stylesheet caps the chart at 30rem, so at full size one unit is one CSS pixel and the 12–13px
// labels never render larger than the surrounding text.
const WIDTH = 480;
const ROW = 76;
const LABEL = 20;
const LEFT = 8;
const RIGHT = 8;
const AXIS = 24;
/** Characters of a prompt that fit the label line at 13px in the plot width (no measuring on the server). */
const SUMMARY_LABEL_MAX = 60;

/**
 * Cuts a prompt to `max` characters (code points, so no emoji or surrogate is split), keeping its start.
 *
 * @example
 * truncateLabel('Communicates decisions clearly and early', 20); // 'Communicates decisi…'
 */
export function truncateLabel(text: string, max: number = SUMMARY_LABEL_MAX): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}

/**
 * Lays out the summary chart with d3 scales: a band per rating question with its label line, a bar per shown group
 * (self, manager, peers, …), a linear x scale over the template's rating scale (reversed in RTL, so bars and labels
 * start from the right).
 *
 * @example
 * summaryChartGeometry(model, { rtl: document.dir === 'rtl' }).bars.length;
 */
export function summaryChartGeometry(
  model: FeedbackSummaryModel,
  options: { rtl: boolean },
): SummaryChartGeometry {
  const questions = model.status === 'ready' ? model.questions.filter((q) => q.kind === 'rating') : [];
  const height = AXIS + ROW * Math.max(questions.length, 1);
  const min = Math.min(...questions.map((q) => q.scale?.min ?? 1), 1);
  const max = Math.max(...questions.map((q) => q.scale?.max ?? 5), min + 1);
  const plot = { left: LEFT, right: WIDTH - RIGHT };
  const x = scaleLinear()
    .domain([min, max])
    .range(options.rtl ? [plot.right, plot.left] : [plot.left, plot.right]);
  const rowScale = scaleBand<string>()
    .domain(questions.map((q) => q.id))
    .range([0, ROW * questions.length])
    .paddingInner(0.15);
  const bars: SummaryBar[] = [];
  const rows: SummaryRow[] = [];
  const legend = new Map<string, string>();
  for (const q of questions) {
    const top = rowScale(q.id) ?? 0;
    const barTop = top + LABEL;
    const barBottom = top + rowScale.bandwidth();
    rows.push({
      questionId: q.id,
      prompt: q.prompt,
      label: truncateLabel(q.prompt),
      y: top,
      height: rowScale.bandwidth(),
      labelX: options.rtl ? plot.right : plot.left,
      labelY: top + 14,
      barTop,
      barBottom,
    });
    const groups = q.groups.filter((g) => g.mean !== null);
    const inner = scaleBand<string>()
      .domain(groups.map((g) => g.group))
      .range([barTop, barBottom])
      .paddingInner(0.15);
    for (const g of groups) {
      if (!legend.has(g.group)) legend.set(g.group, g.label);
      const start = x(min);
      const end = x(g.mean!);
      bars.push({
        questionId: q.id,
        group: g.group,
        label: g.label,
        meanText: g.meanText,
        x: Math.min(start, end),
        y: inner(g.group) ?? barTop,
        width: Math.abs(end - start),
        height: inner.bandwidth(),
      });
    }
  }
  const ticks = x.ticks(Math.min(10, max - min)).map((value) => ({ value, x: x(value) }));
  return {
    viewBox: `0 0 ${WIDTH} ${height}`,
    width: WIDTH,
    height,
    rtl: options.rtl,
    bars,
    rows,
    ticks,
    plot,
    legend: [...legend].map(([group, label]) => ({ group, label })),
  };
}
