import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FeedbackSummary } from '../feedback-summary/FeedbackSummary.js';
import { SAMPLE_FEEDBACK_TEMPLATE, SAMPLE_SUBJECT_ID } from '../stories/sampleFeedback.js';
import { SAMPLE_ORG } from '../stories/sampleOrg.js';
import { FeedbackForm } from './FeedbackForm.js';

// Server rendering in plain Node: no window, no localStorage, nothing measured.
describe('feedback widgets on the server', () => {
  it('renderToString(<FeedbackForm template>) → radio groups, a textarea and a submit button, no browser globals', () => {
    const html = renderToString(
      createElement(FeedbackForm, {
        template: SAMPLE_FEEDBACK_TEMPLATE,
        subjectId: 'p-053',
        raterId: 'p-224',
        relationship: 'peer',
      }),
    );
    expect(html.match(/role="radiogroup"/g)).toHaveLength(5);
    expect(html).toContain('<textarea');
    expect(html).toContain('type="submit"');
    // Online on the server, so hydration never flashes the offline notice.
    expect(html).not.toContain('You are offline');
  });

  it('renderToString(<FeedbackSummary responses>) → the SVG chart with a viewBox and the withheld reason', () => {
    const html = renderToString(
      createElement(FeedbackSummary, {
        responses: SAMPLE_ORG.responses,
        template: SAMPLE_FEEDBACK_TEMPLATE,
        subjectId: SAMPLE_SUBJECT_ID,
      }),
    );
    expect(html).toMatch(/<svg[^>]+viewBox="0 0 480 \d+"/);
    expect(html).toContain('Peers: withheld — fewer than 3 peer responses');
  });
});
