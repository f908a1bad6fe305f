import type { FeedbackSummaryState } from './useFeedbackSummaryModel.js';

const GROUP_COLOR: Record<string, string> = {
  self: 'var(--ns-color-chart-1)',
  manager: 'var(--ns-color-chart-2)',
  peer: 'var(--ns-color-chart-3)',
  'direct-report': 'var(--ns-color-chart-4)',
  other: 'var(--ns-color-chart-5)',
  combined: 'var(--ns-color-chart-6)',
};

/**
 * The summary chart: one band per rating question, one bar per shown group, in a fixed viewBox (no measuring), with
 * a text alternative listing every bar; bars grow from the inline start, so RTL mirrors them.
 *
 * @example
 * <FeedbackSummaryChart summary={summary} />
 */
export function FeedbackSummaryChart({ summary }: { summary: FeedbackSummaryState }) {
  const { chart, model, t, idPrefix } = summary;
  if (model.status !== 'ready') return null;
  const rating = model.questions.find((q) => q.scale);
  const altId = `${idPrefix}-chart-alt`;
  return (
    <figure className="ns-feedback-summary-chart">
      <svg
        className="ns-feedback-summary-svg"
        viewBox={chart.viewBox}
        role="img"
        aria-labelledby={altId}
        preserveAspectRatio="xMidYMin meet"
      >
        <title>
          {t('feedbackSummary.chartAlt', { min: rating?.scale?.min ?? 1, max: rating?.scale?.max ?? 5 })}
        </title>
        {chart.ticks.map((tick) => (
          <g key={tick.value} className="ns-feedback-summary-tick">
            <line x1={tick.x} x2={tick.x} y1={0} y2={chart.height - 20} />
            <text x={tick.x} y={chart.height - 6} textAnchor="middle">
              {summary.t('feedbackSummary.tick', { value: tick.value })}
            </text>
          </g>
        ))}
        {chart.bars.map((bar) => (
          <rect
            key={`${bar.questionId}-${bar.group}`}
            className="ns-feedback-summary-bar"
            data-group={bar.group}
            x={bar.x}
            y={bar.y}
            width={Math.max(bar.width, 1)}
            height={bar.height}
            fill={GROUP_COLOR[bar.group] ?? 'var(--ns-color-accent)'}
          />
        ))}
      </svg>
      <figcaption id={altId} className="ns-feedback-summary-caption">
        {t('feedbackSummary.chartAlt', { min: rating?.scale?.min ?? 1, max: rating?.scale?.max ?? 5 })}
        <ul className="ns-feedback-summary-alt">
          {chart.rows.map((row) => (
            <li key={row.questionId}>
              <bdi>{row.prompt}</bdi>
              <ul>
                {chart.bars
                  .filter((bar) => bar.questionId === row.questionId)
                  .map((bar) => (
                    <li key={bar.group} data-group={bar.group}>
                      <span
                        className="ns-feedback-summary-swatch"
                        style={{ background: GROUP_COLOR[bar.group] }}
                      />
                      {t('feedbackSummary.barText', { group: bar.label, mean: bar.meanText })}
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
