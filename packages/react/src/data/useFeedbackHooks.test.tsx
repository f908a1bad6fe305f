import type { FeedbackResponse, NorthstarAdapter } from '@northstar/core';
import { createMemoryAdapter, type MemoryCall } from '@northstar/core/adapters';
import { QueryClient } from '@tanstack/react-query';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { NorthstarProvider } from '../provider/NorthstarProvider.js';
import { SAMPLE_FEEDBACK_TEMPLATE, SAMPLE_SUBJECT_ID } from '../stories/sampleFeedback.js';
import { SAMPLE_ORG } from '../stories/sampleOrg.js';
import { useFeedbackSummary } from './useFeedbackSummary.js';
import { useFeedbackTemplate } from './useFeedbackTemplate.js';
import { useSubmitFeedback } from './useSubmitFeedback.js';

afterEach(cleanup);

const responses: FeedbackResponse[] = SAMPLE_ORG.responses
  .filter((r) => r.subjectId === SAMPLE_SUBJECT_ID)
  .map((r) => ({ ...r, templateId: 'h2-360' }));

const wrapper =
  (adapter: NorthstarAdapter) =>
  ({ children }: { children: ReactNode }) => (
    <NorthstarProvider
      adapter={adapter}
      queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
    >
      {children}
    </NorthstarProvider>
  );

describe('feedback data hooks', () => {
  it('useFeedbackSummary(adapter without summarize) → aggregates listResponses locally with core', async () => {
    const memory = createMemoryAdapter({ templates: [SAMPLE_FEEDBACK_TEMPLATE], responses });
    // A REST-like adapter that still hands out raw responses but has no server-side summary.
    const adapter: NorthstarAdapter = {
      feedback: { getTemplate: memory.feedback.getTemplate, listResponses: memory.feedback.listResponses },
    };
    const { result } = renderHook(
      () => useFeedbackSummary({ subjectId: SAMPLE_SUBJECT_ID, templateId: 'h2-360' }),
      {
        wrapper: wrapper(adapter),
      },
    );
    await waitFor(() => expect(result.current.status).toBe('success'));
    const server = await memory.feedback.summarize({ subjectId: SAMPLE_SUBJECT_ID, templateId: 'h2-360' });
    expect(result.current.data).toEqual(server);
  });

  it('useFeedbackTemplate(unknown id) → an error state with the adapter message, not a crash', async () => {
    const adapter = createMemoryAdapter({ templates: [SAMPLE_FEEDBACK_TEMPLATE] });
    const { result } = renderHook(() => useFeedbackTemplate('nope'), { wrapper: wrapper(adapter) });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error?.code).toBe('NOT_FOUND');
  });

  it('useSubmitFeedback: retry after a failure resends the same idempotency key', async () => {
    const calls: MemoryCall[] = [];
    let failing = true;
    const adapter = createMemoryAdapter(
      { templates: [SAMPLE_FEEDBACK_TEMPLATE] },
      {
        failWith: (call) => {
          if (call.method !== 'submit') return undefined;
          calls.push(call);
          return failing ? new Error('Network down') : undefined;
        },
      },
    );
    const { result } = renderHook(() => useSubmitFeedback(), { wrapper: wrapper(adapter) });
    const response = {
      templateId: 'h2-360',
      subjectId: SAMPLE_SUBJECT_ID,
      raterId: 'p-224',
      relationship: 'direct-report' as const,
      answers: { impact: 4, collaboration: 4, communication: 4 },
    };
    act(() => result.current.mutate({ response }));
    await waitFor(() => expect(result.current.status).toBe('error'));
    failing = false;
    act(() => result.current.retry());
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(calls).toHaveLength(2);
    expect(calls[0]!.options?.idempotencyKey).toBe(calls[1]!.options?.idempotencyKey);
    expect(await adapter.feedback.listResponses({ subjectId: SAMPLE_SUBJECT_ID })).toHaveLength(1);
  });
});
