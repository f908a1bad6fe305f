import type {
  FeedbackDraft,
  FeedbackRequest,
  FeedbackResponse,
  FeedbackTemplate,
} from '../domain/feedback.types.js';
import { aggregateFeedback } from '../feedback/aggregateFeedback.js';
import { fail, show } from '../internal/assert.js';
import type { FeedbackAdapter, FeedbackResponseQuery } from './adapter.types.js';
import { clonePlain } from './clonePlain.js';
import { found, requireDate, requireObject, requireText } from './memoryChecks.js';
import type { MemoryRuntime } from './memoryRuntime.js';
import { draftKey, type MemoryStore } from './memoryStore.js';
import { validateAnswers } from './validateAnswers.js';

const RELATIONSHIPS = ['self', 'manager', 'peer', 'direct-report', 'other'] as const;

interface RaterFields {
  templateId?: unknown;
  subjectId?: unknown;
  raterId?: unknown;
  relationship?: unknown;
  anonymous?: unknown;
}

/** Checks who answers whom under which template; returns the template. */
function checkRater(
  input: RaterFields,
  subject: string,
  templates: Map<string, FeedbackTemplate>,
): FeedbackTemplate {
  const templateId = requireText(input.templateId, 'INVALID_FEEDBACK', subject, undefined, 'templateId');
  const template = found(templates.get(templateId), 'feedback template', templateId, 'templateId');
  const subjectId = requireText(input.subjectId, 'INVALID_FEEDBACK', subject, undefined, 'subjectId');
  const raterId = requireText(input.raterId, 'INVALID_FEEDBACK', subject, undefined, 'raterId');
  if (!(RELATIONSHIPS as readonly unknown[]).includes(input.relationship)) {
    fail(
      'INVALID_FEEDBACK',
      `${subject} field "relationship" must be one of ${RELATIONSHIPS.join(', ')}, got ${show(input.relationship)}`,
      {
        field: 'relationship',
        value: input.relationship,
      },
    );
  }
  if (input.relationship === 'self' && raterId !== subjectId) {
    fail(
      'INVALID_FEEDBACK',
      `${subject} field "raterId" must equal subjectId ${show(subjectId)} for a self review, got ${show(raterId)}`,
      {
        field: 'raterId',
        value: raterId,
      },
    );
  }
  if (input.anonymous !== undefined && typeof input.anonymous !== 'boolean') {
    fail('INVALID_FEEDBACK', `${subject} field "anonymous" must be a boolean, got ${show(input.anonymous)}`, {
      field: 'anonymous',
      value: input.anonymous,
    });
  }
  if (input.anonymous === true && template.allowAnonymous !== true) {
    fail(
      'INVALID_FEEDBACK',
      `${subject} field "anonymous" is not allowed: template ${show(templateId)} does not set allowAnonymous`,
      {
        id: templateId,
        field: 'anonymous',
        value: true,
      },
    );
  }
  return template;
}

/** Whether an ISO date-time falls on a day within `[startsOn, endsOn]` (calendar dates compare as strings). */
function within(at: string | undefined, startsOn: string, endsOn: string): boolean {
  if (at === undefined) return false;
  const day = at.slice(0, 10);
  return day >= startsOn && day <= endsOn;
}

/**
 * The memory adapter's feedback domain: templates, responses and one server-side draft per template, subject and rater.
 *
 * @example
 * const feedback = memoryFeedback(seedStore({}), createMemoryRuntime({}));
 */
export function memoryFeedback(store: MemoryStore, runtime: MemoryRuntime): Required<FeedbackAdapter> {
  const { templates, responses, drafts, draftIds, requests } = store;

  const matching = (query: FeedbackResponseQuery | undefined): FeedbackResponse[] => {
    const { subjectId, templateId, cycleId } = query ?? {};
    const cycle = cycleId === undefined ? undefined : store.cycles.get(cycleId);
    const result: FeedbackResponse[] = [];
    for (const response of responses.values()) {
      if (subjectId !== undefined && response.subjectId !== subjectId) continue;
      if (templateId !== undefined && response.templateId !== templateId) continue;
      if (cycleId !== undefined) {
        // An explicit cycleId decides; otherwise fall back to the submission date inside the cycle's dates.
        if (response.cycleId !== undefined) {
          if (response.cycleId !== cycleId) continue;
        } else if (cycle === undefined || !within(response.submittedAt, cycle.startsOn, cycle.endsOn))
          continue;
      }
      result.push(response);
    }
    return result;
  };

  return {
    getTemplate(id, options) {
      return runtime.read('feedback', 'getTemplate', [id], options, () =>
        found(templates.get(id), 'feedback template', id),
      );
    },

    listTemplates(options) {
      return runtime.read('feedback', 'listTemplates', [], options, () => [...templates.values()]);
    },

    listResponses(query, options) {
      return runtime.read('feedback', 'listResponses', [query], options, () => matching(query));
    },

    summarize(query, options) {
      return runtime.read('feedback', 'summarize', [query], options, () => {
        requireObject(query, 'INVALID_FEEDBACK', 'feedback summary', undefined, 'query');
        const subjectId = requireText(
          query.subjectId,
          'INVALID_FEEDBACK',
          'feedback summary',
          undefined,
          'subjectId',
        );
        const templateId = requireText(
          query.templateId,
          'INVALID_FEEDBACK',
          'feedback summary',
          undefined,
          'templateId',
        );
        const template = found(templates.get(templateId), 'feedback template', templateId, 'templateId');
        return aggregateFeedback(matching({ ...query, subjectId, templateId }), template);
      });
    },

    listRequests(query, options) {
      return runtime.read('feedback', 'listRequests', [query], options, () => {
        const { subjectId, raterId, templateId, status } = query ?? {};
        return [...requests.values()].filter(
          (r) =>
            (subjectId === undefined || r.subjectId === subjectId) &&
            (raterId === undefined || r.raterId === raterId) &&
            (templateId === undefined || r.templateId === templateId) &&
            (status === undefined || r.status === status),
        );
      });
    },

    request(inputs, options) {
      return runtime.write('feedback', 'request', [inputs], options, () => {
        if (!Array.isArray(inputs) || inputs.length === 0) {
          fail('EMPTY_INPUT', `feedback.request needs a non-empty array of requests, got ${show(inputs)}`, {
            field: 'inputs',
            value: inputs,
          });
        }
        // Check every request before storing any, so a bad one leaves nothing half-written.
        inputs.forEach((input, index) => {
          requireObject(input, 'INVALID_FEEDBACK', 'feedback request', `#${index}`, 'request');
          checkRater(input, `feedback request #${index}`, templates);
        });
        const created: FeedbackRequest[] = [];
        for (const input of inputs) {
          const open = [...requests.values()].find(
            (r) =>
              r.status === 'open' &&
              r.templateId === input.templateId &&
              r.subjectId === input.subjectId &&
              r.raterId === input.raterId,
          );
          if (open !== undefined) {
            created.push(open);
            continue;
          }
          const stored: FeedbackRequest = {
            id: runtime.newId('request', (candidate) => requests.has(candidate)),
            templateId: input.templateId,
            subjectId: input.subjectId,
            raterId: input.raterId,
            relationship: input.relationship,
            status: 'open',
            requestedAt: runtime.now(),
          };
          if (input.requestedBy !== undefined) stored.requestedBy = input.requestedBy;
          if (input.dueOn !== undefined) stored.dueOn = input.dueOn;
          requests.set(stored.id, stored);
          created.push(stored);
        }
        runtime.emit({ type: 'feedback', ids: created.map((r) => r.id), kind: 'created' });
        return created;
      });
    },

    submit(response, options) {
      return runtime.write('feedback', 'submit', [response], options, () => {
        const fields = requireObject(
          response,
          'INVALID_FEEDBACK',
          'feedback response',
          undefined,
          'response',
        );
        if ('id' in fields) {
          fail('INVALID_FEEDBACK', 'feedback.submit cannot set field "id" (the store assigns it)', {
            field: 'id',
            value: fields.id,
          });
        }
        const template = checkRater(response, 'feedback response', templates);
        validateAnswers(response.answers, template, 'feedback response', undefined, true);
        const submittedAt =
          response.submittedAt === undefined
            ? runtime.now()
            : requireDate(
                response.submittedAt,
                'INVALID_FEEDBACK',
                'feedback response',
                undefined,
                'submittedAt',
              );
        const id = runtime.newId('response', (candidate) => responses.has(candidate));
        const stored: FeedbackResponse = { ...clonePlain(response), id, submittedAt };
        responses.set(id, stored);
        runtime.emit({ type: 'feedback', ids: [id], kind: 'created' });
        for (const request of requests.values()) {
          if (
            request.status === 'open' &&
            request.templateId === response.templateId &&
            request.subjectId === response.subjectId &&
            request.raterId === response.raterId
          )
            request.status = 'submitted';
        }
        // The draft has served its purpose once the response is in.
        const key = draftKey(response);
        const draftId = draftIds.get(key);
        if (draftId !== undefined) {
          drafts.delete(draftId);
          draftIds.delete(key);
          runtime.emit({ type: 'feedback', ids: [draftId], kind: 'removed' });
        }
        return stored;
      });
    },

    saveDraft(draft, options) {
      return runtime.write('feedback', 'saveDraft', [draft], options, () => {
        requireObject(draft, 'INVALID_FEEDBACK', 'feedback draft', undefined, 'draft');
        const template = checkRater(draft, 'feedback draft', templates);
        validateAnswers(draft.answers, template, 'feedback draft', undefined, false);
        const key = draftKey(draft);
        const existing = draftIds.get(key);
        const id = existing ?? runtime.newId('draft', (candidate) => drafts.has(candidate));
        const stored: FeedbackDraft = {
          id,
          templateId: draft.templateId,
          subjectId: draft.subjectId,
          raterId: draft.raterId,
          relationship: draft.relationship,
          answers: clonePlain(draft.answers),
          updatedAt: runtime.now(),
        };
        if (draft.anonymous !== undefined) stored.anonymous = draft.anonymous;
        drafts.set(id, stored);
        draftIds.set(key, id);
        runtime.emit({ type: 'feedback', ids: [id], kind: existing === undefined ? 'created' : 'updated' });
        return stored;
      });
    },

    loadDraft(key, options) {
      return runtime.read('feedback', 'loadDraft', [key], options, () => {
        requireObject(key, 'INVALID_FEEDBACK', 'feedback draft', undefined, 'key');
        const id = draftIds.get(draftKey(key));
        return id === undefined ? null : (drafts.get(id) ?? null);
      });
    },

    deleteDraft(id, options) {
      return runtime.write('feedback', 'deleteDraft', [id], options, () => {
        const draft = found(drafts.get(id), 'feedback draft', id);
        drafts.delete(id);
        draftIds.delete(draftKey(draft));
        runtime.emit({ type: 'feedback', ids: [id], kind: 'removed' });
      });
    },
  };
}
