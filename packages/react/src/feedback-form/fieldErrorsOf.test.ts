import { NorthstarError } from '@northstar/core';
import { describe, expect, it } from 'vitest';
import { SAMPLE_FEEDBACK_TEMPLATE } from '../stories/sampleFeedback.js';
import { FeedbackFieldErrors } from './feedbackForm.types.js';
import { fieldErrorsOf } from './fieldErrorsOf.js';

describe('fieldErrorsOf', () => {
  it('fieldErrorsOf(core INVALID_FEEDBACK naming answers.comments, wrapped as cause) → the comments field', () => {
    const core = new NorthstarError('INVALID_FEEDBACK', 'answer too long', { field: 'answers.comments' });
    const wrapped = new Error('feedback.submit failed', { cause: core });
    expect(fieldErrorsOf(wrapped, SAMPLE_FEEDBACK_TEMPLATE)).toEqual({ comments: 'answer too long' });
  });

  it('fieldErrorsOf(REST VALIDATION with a fields map or list) → each known field; unknown ids dropped', () => {
    const map = {
      code: 'VALIDATION',
      message: 'Invalid',
      details: { fields: { 'answers.impact': 'Out of range', nope: 'x' } },
    };
    expect(fieldErrorsOf(map, SAMPLE_FEEDBACK_TEMPLATE)).toEqual({ impact: 'Out of range' });
    const list = {
      code: 'VALIDATION',
      message: 'Invalid',
      details: { fields: [{ field: 'focus', message: 'Retired option' }] },
    };
    expect(fieldErrorsOf(list, SAMPLE_FEEDBACK_TEMPLATE)).toEqual({ focus: 'Retired option' });
  });

  it('fieldErrorsOf(FeedbackFieldErrors) → its fields; (a network failure) → null', () => {
    expect(fieldErrorsOf(new FeedbackFieldErrors({ impact: 'No' }), SAMPLE_FEEDBACK_TEMPLATE)).toEqual({
      impact: 'No',
    });
    expect(fieldErrorsOf(new TypeError('Failed to fetch'), SAMPLE_FEEDBACK_TEMPLATE)).toBeNull();
  });
});
