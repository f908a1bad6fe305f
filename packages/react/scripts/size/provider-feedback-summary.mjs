// What a host that renders the 360 summary inside a provider imports (measured by scripts/size.mjs).

export { FeedbackSummary } from '../../dist/feedback-summary.js';
export { NorthstarProvider } from '../../dist/index.js';
