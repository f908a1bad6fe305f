import { describe, expect, it } from 'vitest';
import { errorOf as thrown } from '../internal/errorOf.js';
import type { FeedbackTemplate } from './feedback.types.js';
import { validateFeedbackTemplate } from './validateFeedbackTemplate.js';

const bad = (template: unknown) => thrown(() => validateFeedbackTemplate(template));

describe('validateFeedbackTemplate', () => {
  it('validateFeedbackTemplate(well-formed template) → no error', () => {
    const t: FeedbackTemplate = {
      id: 't',
      anonymityThreshold: 4,
      allowAnonymous: true,
      questions: [
        { id: 'a', kind: 'rating' },
        { id: 'b', kind: 'rating', scale: { min: 0, max: 10, step: 0.5 } },
        { id: 'c', kind: 'text' },
        { id: 'd', kind: 'choice', options: ['x', 'y'] },
      ],
    };
    expect(() => validateFeedbackTemplate(t)).not.toThrow();
    expect(() => validateFeedbackTemplate({ id: 't', questions: [] })).not.toThrow();
  });

  it('validateFeedbackTemplate(duplicate question ids) → INVALID_FEEDBACK naming the question id', () => {
    const e = bad({
      id: 't',
      questions: [
        { id: 'q1', kind: 'text' },
        { id: 'q1', kind: 'rating' },
      ],
    });
    expect(e.code).toBe('INVALID_FEEDBACK');
    expect(e.message).toContain('"q1"');
    expect(e.details.id).toBe('q1');
  });

  it('validateFeedbackTemplate(unknown kind) → INVALID_FEEDBACK naming the question id', () => {
    const e = bad({ id: 't', questions: [{ id: 'q2', kind: 'slider' }] });
    expect(e.code).toBe('INVALID_FEEDBACK');
    expect(e.message).toContain('"q2"');
    expect(e.details).toMatchObject({ id: 'q2', field: 'kind', value: 'slider' });
  });

  it('validateFeedbackTemplate(bad rating scale) → INVALID_SCALE naming the question id', () => {
    const e = bad({ id: 't', questions: [{ id: 'q3', kind: 'rating', scale: { min: 5, max: 1 } }] });
    expect(e.code).toBe('INVALID_SCALE');
    expect(e.message).toContain('"q3"');
    expect(e.details.id).toBe('q3');
  });

  it('validateFeedbackTemplate(choice without, with empty or repeated options) → INVALID_FEEDBACK naming the question', () => {
    for (const options of [undefined, [], ['a', 'a'], ['a', ''], ['a', 3]]) {
      const e = bad({ id: 't', questions: [{ id: 'q4', kind: 'choice', options }] });
      expect(e.code).toBe('INVALID_FEEDBACK');
      expect(e.message).toContain('"q4"');
    }
  });

  it('validateFeedbackTemplate(missing template or question id) → INVALID_ID', () => {
    expect(bad({ questions: [] }).code).toBe('INVALID_ID');
    const e = bad({ id: 't', questions: [{ kind: 'text' }] });
    expect(e.code).toBe('INVALID_ID');
    expect(e.message).toContain('questions[0]');
  });

  it('validateFeedbackTemplate(not an object, questions not an array, null question) → INVALID_FEEDBACK', () => {
    expect(bad(null).code).toBe('INVALID_FEEDBACK');
    expect(bad({ id: 't', questions: 'q' }).details.field).toBe('questions');
    expect(bad({ id: 't', questions: [null] }).details.field).toBe('questions[0]');
  });

  it('validateFeedbackTemplate(threshold 0 or 2.5, allowAnonymous "yes") → INVALID_FEEDBACK naming the field', () => {
    for (const anonymityThreshold of [0, 2.5, '3']) {
      expect(bad({ id: 't', questions: [], anonymityThreshold }).details.field).toBe('anonymityThreshold');
    }
    expect(bad({ id: 't', questions: [], allowAnonymous: 'yes' }).details.field).toBe('allowAnonymous');
  });
});
