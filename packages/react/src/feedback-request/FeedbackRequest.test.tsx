import type { FeedbackRequestInput } from '@northstar/core';
import { createMemoryAdapter, type MemoryAdapterOptions, type MemoryCall } from '@northstar/core/adapters';
import { QueryClient } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import '../styles.css';
import { NorthstarProvider } from '../provider/NorthstarProvider.js';
import {
  SAMPLE_FEEDBACK_REQUESTS,
  SAMPLE_FEEDBACK_TEMPLATE,
  SAMPLE_SUBJECT_ID,
} from '../stories/sampleFeedback.js';
import { SAMPLE_ORG } from '../stories/sampleOrg.js';
import { type FeedbackRaterChoice, FeedbackRequest } from './index.js';

afterEach(cleanup);

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

function connected(options: MemoryAdapterOptions) {
  const adapter = createMemoryAdapter(
    {
      people: SAMPLE_ORG.people,
      templates: [SAMPLE_FEEDBACK_TEMPLATE],
      requests: SAMPLE_FEEDBACK_REQUESTS,
    },
    options,
  );
  render(
    <NorthstarProvider
      adapter={adapter}
      queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
      locale="en-US"
    >
      <FeedbackRequest subjectId={SAMPLE_SUBJECT_ID} templateId="h2-360" requestedBy={SAMPLE_SUBJECT_ID} />
    </NorthstarProvider>,
  );
  return adapter;
}

type Sent = { inputs: FeedbackRequestInput[]; key: string };

/** A host that owns the choice (controlled `value`) and records every `onRequest`, failing while `state.fail`. */
function Host({ sent, state }: { sent: Sent[]; state: { fail: boolean } }) {
  const [value, setValue] = useState<readonly FeedbackRaterChoice[]>([
    { raterId: 'p-055', relationship: 'peer' },
    { raterId: 'p-056', relationship: 'peer' },
  ]);
  return (
    <>
      <output data-testid="count">{value.length}</output>
      <FeedbackRequest
        subjectId={SAMPLE_SUBJECT_ID}
        templateId="h2-360"
        people={SAMPLE_ORG.people}
        template={SAMPLE_FEEDBACK_TEMPLATE}
        value={value}
        onValueChange={setValue}
        onRequest={(inputs, { idempotencyKey }) => {
          sent.push({ inputs, key: idempotencyKey });
          if (state.fail) throw new Error('offline');
        }}
      />
    </>
  );
}

describe('<FeedbackRequest>', () => {
  it('keyboard only: search, tick a peer, see the group reach the threshold, send once while busy', async () => {
    const user = userEvent.setup();
    const calls: MemoryCall[] = [];
    const hold = deferred();
    const adapter = connected({
      gate: (call) => {
        if (call.method !== 'request') return undefined;
        calls.push(call);
        return hold.promise;
      },
    });
    const search = await screen.findByRole('searchbox', { name: 'Search people' });
    await user.click(search);
    await user.keyboard('hiroshi');
    expect(await screen.findByText('1 person found')).toBeVisible();
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'Hiroshi Nwosu' })).toHaveFocus();
    await user.keyboard(' ');
    // Two peers were asked before (sample requests), Hiroshi makes three: anonymity holds.
    expect(
      await screen.findByText(
        '3 peers chosen: enough for anonymous answers (3 needed). This includes 2 people asked before.',
      ),
    ).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Relationship of Hiroshi Nwosu' })).toHaveValue('peer');
    const send = screen.getByRole('button', { name: 'Request feedback from 1 person' });
    send.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(send).toHaveAttribute('aria-disabled', 'true'));
    expect(send).toHaveTextContent('Sending requests…');
    await user.click(send);
    hold.resolve();
    expect(await screen.findByText('Feedback requested from 1 person.')).toBeVisible();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.options?.idempotencyKey).toEqual(expect.any(String));
    const stored = await adapter.feedback.listRequests({ subjectId: SAMPLE_SUBJECT_ID, raterId: 'p-055' });
    expect(stored).toMatchObject([{ relationship: 'peer', status: 'open', requestedBy: SAMPLE_SUBJECT_ID }]);
  });

  it('a failed send → an alert with Retry, choices kept; the retry reuses the idempotency key and stores once', async () => {
    const user = userEvent.setup();
    const calls: MemoryCall[] = [];
    let failing = true;
    const adapter = connected({
      failWith: (call) => (call.method === 'request' && failing ? new Error('Network down') : undefined),
      gate: (call) => {
        if (call.method === 'request') calls.push(call);
        return undefined;
      },
    });
    await user.type(await screen.findByRole('searchbox'), 'Kavya');
    await user.click(await screen.findByRole('checkbox', { name: 'Kavya Suzuki' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Relationship of Kavya Suzuki' }), 'other');
    await user.click(screen.getByRole('button', { name: 'Request feedback from 1 person' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The requests could not be sent. Your choices are kept.');
    expect(screen.getByRole('checkbox', { name: 'Kavya Suzuki' })).toBeChecked();
    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Feedback requested from 1 person.')).toBeVisible();
    expect(calls).toHaveLength(2);
    expect(calls[1]!.options?.idempotencyKey).toBe(calls[0]!.options?.idempotencyKey);
    const stored = await adapter.feedback.listRequests({ subjectId: SAMPLE_SUBJECT_ID, raterId: 'p-056' });
    expect(stored).toMatchObject([{ relationship: 'other' }]);
  });

  it('controlled: value/onValueChange own the choice, onRequest gets the inputs; a changed choice after a failure gets a new key', async () => {
    const user = userEvent.setup();
    const sent: Sent[] = [];
    const state = { fail: true };
    render(<Host sent={sent} state={state} />);
    expect(
      screen.getByText(
        '2 peers chosen: fewer than 3, their answers will be merged with other small groups or withheld.',
      ),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Request feedback from 2 people' }));
    await screen.findByRole('alert');
    await user.click(screen.getByRole('button', { name: 'Remove Kavya Suzuki' }));
    expect(screen.getByTestId('count')).toHaveTextContent('1');
    expect(screen.queryByRole('alert')).toBeNull();
    state.fail = false;
    await user.click(screen.getByRole('button', { name: 'Request feedback from 1 person' }));
    await screen.findByText('Feedback requested from 1 person.');
    expect(sent.map((s) => s.inputs.map((i) => i.raterId))).toEqual([['p-055', 'p-056'], ['p-055']]);
    expect(sent[1]!.key).not.toBe(sent[0]!.key);
    await user.click(screen.getByRole('button', { name: 'Request more feedback' }));
    expect(screen.getByTestId('count')).toHaveTextContent('0');
  });

  it('connected, the directory fails to load → an alert with Retry that loads it again', async () => {
    const user = userEvent.setup();
    let down = true;
    connected({
      failWith: (call) =>
        call.method === 'list' && call.domain === 'people' && down ? new Error('503') : undefined,
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The people directory could not be loaded.');
    down = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('searchbox', { name: 'Search people' })).toBeVisible();
  });

  it('nobody chosen → a hint under “Anonymity by group”; the empty status region is present but takes no room', () => {
    render(
      <FeedbackRequest
        subjectId={SAMPLE_SUBJECT_ID}
        templateId="h2-360"
        people={SAMPLE_ORG.people}
        template={SAMPLE_FEEDBACK_TEMPLATE}
      />,
    );
    expect(screen.getByText('Choose raters to see whether each group stays anonymous.')).toBeVisible();
    const status = screen.getByRole('status');
    expect(status).toBeEmptyDOMElement();
    expect(status.getBoundingClientRect().height).toBe(0);
    // Absolutely positioned, so the column's flex gap is not added for it under the subject line.
    expect(getComputedStyle(status).position).toBe('absolute');
  });
});
