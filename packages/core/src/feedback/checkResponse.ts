import { fail, show } from '../internal/assert.js';
import type { FeedbackResponse } from './feedback.types.js';
import { RELATIONSHIP_INDEX } from './relationships.js';

/** A required non-empty string field of a response, else INVALID_ID naming the response. */
function requireRef(response: FeedbackResponse, field: 'subjectId' | 'raterId'): string {
  const value: unknown = response[field];
  if (typeof value !== 'string' || value.length === 0) {
    fail(
      'INVALID_ID',
      `feedback response ${show(response.id)} needs a non-empty string "${field}", got ${show(value)}`,
      {
        id: response.id,
        field,
        value,
      },
    );
  }
  return value;
}

/**
 * Checks a response's shape (not its answers) and returns its relationship's index in `RELATIONSHIPS`.
 *
 * @example
 * checkResponse({ id: 'r1', subjectId: 's', raterId: 'u', relationship: 'peer', answers: {} }, 't'); // 2
 */
export function checkResponse(response: FeedbackResponse, templateId: string): number {
  const { id } = response;
  requireRef(response, 'subjectId');
  requireRef(response, 'raterId');
  const group = RELATIONSHIP_INDEX.get(response.relationship);
  if (group === undefined) {
    fail(
      'INVALID_FEEDBACK',
      `feedback response ${show(id)} field "relationship" must be one of self, manager, peer, direct-report, other, got ${show(response.relationship)}`,
      { id, field: 'relationship', value: response.relationship },
    );
  }
  if (response.anonymous !== undefined && typeof response.anonymous !== 'boolean') {
    fail(
      'INVALID_FEEDBACK',
      `feedback response ${show(id)} field "anonymous" must be a boolean, got ${show(response.anonymous)}`,
      {
        id,
        field: 'anonymous',
        value: response.anonymous,
      },
    );
  }
  if (response.templateId !== undefined && response.templateId !== templateId) {
    fail(
      'INVALID_FEEDBACK',
      `feedback response ${show(id)} field "templateId" is ${show(response.templateId)}, but the template is ${show(templateId)}`,
      { id, field: 'templateId', value: response.templateId },
    );
  }
  const answers: unknown = response.answers;
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    fail(
      'INVALID_FEEDBACK',
      `feedback response ${show(id)} field "answers" must be an object, got ${show(answers)}`,
      {
        id,
        field: 'answers',
        value: answers,
      },
    );
  }
  return group;
}
