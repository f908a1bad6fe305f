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
  bars: SummaryBar[];
  rows: { questionId: string; prompt: string; y: number; height: number }[];
  ticks: { value: number; x: number }[];
  plot: { left: number; right: number };
}

const WIDTH = 640;
const ROW = 64;
const LEFT = 16;
const RIGHT = 16;
const AXIS = 24;

/**
 * Lays out the summary chart with d3 scales: a band per rating question, a bar per shown group (self, manager,
 * peers, …), a linear x scale over the template's rating scale (reversed in RTL, so bars grow from the right).
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
    .paddingInner(0.25);
  const bars: SummaryBar[] = [];
  const rows: SummaryChartGeometry['rows'] = [];
  for (const q of questions) {
    const top = rowScale(q.id) ?? 0;
    rows.push({ questionId: q.id, prompt: q.prompt, y: top, height: rowScale.bandwidth() });
    const groups = q.groups.filter((g) => g.mean !== null);
    const inner = scaleBand<string>()
      .domain(groups.map((g) => g.group))
      .range([top, top + rowScale.bandwidth()])
      .paddingInner(0.15);
    for (const g of groups) {
      const start = x(min);
      const end = x(g.mean!);
      bars.push({
        questionId: q.id,
        group: g.group,
        label: g.label,
        meanText: g.meanText,
        x: Math.min(start, end),
        y: inner(g.group) ?? top,
        width: Math.abs(end - start),
        height: inner.bandwidth(),
      });
    }
  }
  const ticks = x.ticks(Math.min(10, max - min)).map((value) => ({ value, x: x(value) }));
  return { viewBox: `0 0 ${WIDTH} ${height}`, width: WIDTH, height, bars, rows, ticks, plot };
}
