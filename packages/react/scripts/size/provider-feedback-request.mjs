// What a host that renders the feedback request picker inside a provider imports (measured by scripts/size.mjs).

export { FeedbackRequest } from '../../dist/feedback-request.js';
export { NorthstarProvider } from '../../dist/index.js';
