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
 * The summary chart: a legend naming each group's colour, one band per rating question (its label above the bars),
 * one bar per shown group, in a fixed viewBox (no measuring), with a text alternative listing every bar; bars and
 * labels start at the inline start, so RTL mirrors them.
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
      <ul className="ns-feedback-summary-legend" aria-label={t('feedbackSummary.legend')}>
        {chart.legend.map((item) => (
          <li key={item.group} data-group={item.group}>
            <span className="ns-feedback-summary-swatch" style={{ background: GROUP_COLOR[item.group] }} />
            {item.label}
          </li>
        ))}
      </ul>
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
            {chart.rows.map((row) => (
              <line key={row.questionId} x1={tick.x} x2={tick.x} y1={row.barTop} y2={row.barBottom} />
            ))}
            <text x={tick.x} y={chart.height - 6} textAnchor="middle">
              {summary.t('feedbackSummary.tick', { value: tick.value })}
            </text>
          </g>
        ))}
        {chart.rows.map((row) => (
          <g key={row.questionId} className="ns-feedback-summary-label">
            <title>{row.prompt}</title>
            {/* The direction is set here, not inherited, so "start" is the inline start the geometry placed it at. */}
            <text x={row.labelX} y={row.labelY} textAnchor="start" direction={chart.rtl ? 'rtl' : 'ltr'}>
              {row.label}
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
