import type { FeedbackAdapter } from '@northstar/core/adapters';
import { path, type Transport } from './createTransport.js';

/**
 * The feedback domain over `/api/feedback`; no `listResponses`: raw responses never leave the server.
 *
 * @example
 * const feedback = restFeedback(createTransport({ baseUrl: '/api' }));
 */
export function restFeedback(transport: Transport): Required<Omit<FeedbackAdapter, 'listResponses'>> {
  const { read, write } = transport;
  return {
    listTemplates: (options) => read('feedback.listTemplates', '/feedback/templates', {}, options),
    getTemplate: (id, options) => read('feedback.getTemplate', path`/feedback/templates/${id}`, {}, options),
    summarize: (query, options) =>
      read(
        'feedback.summarize',
        '/feedback/summary',
        { subjectId: query.subjectId, templateId: query.templateId, cycleId: query.cycleId },
        options,
      ),
    submit: (response, options) => write('feedback.submit', 'POST', '/feedback/responses', response, options),
    saveDraft: (draft, options) => write('feedback.saveDraft', 'PUT', '/feedback/drafts', draft, options),
    loadDraft: async (key, options) =>
      (await read(
        'feedback.loadDraft',
        '/feedback/drafts',
        { templateId: key.templateId, subjectId: key.subjectId, raterId: key.raterId },
        options,
      )) ?? null,
    deleteDraft: async (id, options) => {
      await write('feedback.deleteDraft', 'DELETE', path`/feedback/drafts/${id}`, undefined, options);
    },
    listRequests: (query, options) =>
      read(
        'feedback.listRequests',
        '/feedback/requests',
        {
          subjectId: query?.subjectId,
          raterId: query?.raterId,
          templateId: query?.templateId,
          status: query?.status,
        },
        options,
      ),
    request: (inputs, options) =>
      write('feedback.request', 'POST', '/feedback/requests', { requests: inputs }, options),
  };
}
