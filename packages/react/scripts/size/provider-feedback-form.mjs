// What a host that renders the feedback form inside a provider imports (measured by scripts/size.mjs).

export { FeedbackForm } from '../../dist/feedback-form.js';
export { NorthstarProvider } from '../../dist/index.js';
