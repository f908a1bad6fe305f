import type {
  FeedbackRequest,
  FeedbackRequestInput,
  FeedbackTemplate,
  Person,
  Relationship,
} from '@northstar/core';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { createIdempotencyKey } from '../data/createIdempotencyKey.js';
import type { FeedbackTranslate } from '../feedback-form/feedbackTranslate.types.js';
import {
  SUBMIT_IDLE,
  type SubmitEvent,
  type SubmitState,
  submitReducer,
} from '../feedback-form/submitMachine.js';
import { useMessages } from '../i18n/useMessages.js';
import { useControllableState } from '../internal/useControllableState.js';
import { warnInvalidProp } from '../internal/warnOnce.js';
import { FEEDBACK_REQUEST_MESSAGES } from './feedbackRequestMessages.js';
import {
  type FeedbackRaterChoice,
  type FeedbackRequestModel,
  resolveFeedbackRequest,
  suggestRelationship,
} from './resolveFeedbackRequest.js';

const NO_REQUESTS: readonly FeedbackRequest[] = [];
const NO_CHOICES: readonly FeedbackRaterChoice[] = [];

/**
 * Props of the controlled `<FeedbackRequest people … onRequest>` (no adapter needed) and of `useFeedbackRequest`.
 *
 * @example
 * <FeedbackRequest subjectId="p-053" templateId="h2-360" people={people} anonymityThreshold={3} onRequest={send} />
 */
export interface FeedbackRequestControlledProps {
  /** Whose feedback is requested. */
  subjectId: string;
  templateId: string;
  /** The directory to pick raters from (the subject is left out of the list). */
  people: readonly Person[];
  /** The template, for its anonymity threshold (or pass `anonymityThreshold`). */
  template?: FeedbackTemplate | undefined;
  /** Overrides the template's threshold; default 3, as core's. */
  anonymityThreshold?: number | undefined;
  /** The subject's earlier requests under this template: they count towards each group's size. */
  requests?: readonly FeedbackRequest[] | undefined;
  /** Controlled choice of raters. */
  value?: readonly FeedbackRaterChoice[] | undefined;
  defaultValue?: readonly FeedbackRaterChoice[] | undefined;
  onValueChange?: ((value: readonly FeedbackRaterChoice[]) => void) | undefined;
  /**
   * Sends the requests; every retry of one choice passes the same idempotency key. Without it the picker only
   * chooses (a host can read `value`) and says that nothing can be sent from here.
   */
  onRequest?:
    | ((inputs: FeedbackRequestInput[], options: { idempotencyKey: string }) => Promise<unknown> | unknown)
    | undefined;
  /** Stored on every request. */
  requestedBy?: string | undefined;
  /** ISO date the feedback is due. */
  dueOn?: string | undefined;
  /** Most people listed at once; default 50. */
  maxShown?: number | undefined;
}

/**
 * What `useFeedbackRequest` returns: the view model, the search, the choice handlers and the send state.
 *
 * @example
 * const picker = useFeedbackRequest({ subjectId: 'p-053', templateId: 'h2-360', people, onRequest });
 * picker.toggle('p-052');
 */
export interface FeedbackRequestState {
  model: FeedbackRequestModel;
  t: FeedbackTranslate;
  idPrefix: string;
  search: string;
  setSearch: (search: string) => void;
  /** Adds a person (with the relationship their reporting line suggests) or removes them. */
  toggle: (personId: string) => void;
  setRelationship: (raterId: string, relationship: Relationship) => void;
  remove: (raterId: string) => void;
  /** Sends once; a second call while sending or after success does nothing. */
  send: () => void;
  /** After a failure: sends again with the same idempotency key. */
  retry: () => void;
  /** After success: starts a new choice (and a new key). */
  reset: () => void;
  status: SubmitState['status'];
  error: string | null;
  /** How many raters the last successful send asked. */
  sentNames: string[];
  canRequest: boolean;
}

/**
 * The request picker's headless hook: search over the directory, the chosen raters (controllable), the live
 * anonymity check per relationship group, and an idempotent send whose retries reuse one key.
 *
 * @example
 * const picker = useFeedbackRequest({ subjectId: 'p-053', templateId: 'h2-360', people, template, onRequest });
 */
export function useFeedbackRequest(props: FeedbackRequestControlledProps): FeedbackRequestState {
  const { subjectId, templateId, people, onRequest, requestedBy, dueOn, maxShown } = props;
  const t = useMessages(FEEDBACK_REQUEST_MESSAGES) as FeedbackTranslate;
  const idPrefix = `ns-fr${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [search, setSearch] = useState('');
  const [chosen, setChosenValue] = useControllableState<readonly FeedbackRaterChoice[]>({
    value: props.value,
    defaultValue: props.defaultValue ?? NO_CHOICES,
    onChange: props.onValueChange,
    name: 'FeedbackRequest.value',
  });
  const [submit, setSubmit] = useState<SubmitState>(SUBMIT_IDLE);
  const machine = useRef<SubmitState>(SUBMIT_IDLE);
  const [sentNames, setSentNames] = useState<string[]>([]);
  const threshold = props.anonymityThreshold ?? props.template?.anonymityThreshold;
  const requests = props.requests ?? NO_REQUESTS;

  const model = useMemo(
    () =>
      resolveFeedbackRequest({
        people,
        subjectId,
        templateId,
        threshold,
        requests,
        chosen,
        search,
        idPrefix,
        t,
        ...(maxShown === undefined ? {} : { maxShown }),
        requestedBy,
        dueOn,
      }),
    [
      people,
      subjectId,
      templateId,
      threshold,
      requests,
      chosen,
      search,
      idPrefix,
      t,
      maxShown,
      requestedBy,
      dueOn,
    ],
  );

  useEffect(() => {
    for (const issue of model.issues)
      warnInvalidProp('FeedbackRequest', issue.prop, issue.value, issue.rule, issue.fallback);
  }, [model.issues]);

  const transition = useCallback((event: SubmitEvent) => {
    const next = submitReducer(machine.current, event);
    if (next === machine.current) return false;
    machine.current = next;
    setSubmit(next);
    return true;
  }, []);

  const setChosen = useCallback(
    (next: readonly FeedbackRaterChoice[]) => {
      if (machine.current.status === 'submitting' || machine.current.status === 'succeeded') return;
      // Another choice is another request: after a failure it starts a new attempt series with a new key.
      if (machine.current.status === 'failed') {
        machine.current = SUBMIT_IDLE;
        setSubmit(SUBMIT_IDLE);
      }
      setChosenValue(next);
    },
    [setChosenValue],
  );

  const subject = useMemo(() => people.find((p) => p.id === subjectId), [people, subjectId]);
  const toggle = useCallback(
    (personId: string) => {
      if (chosen.some((c) => c.raterId === personId)) {
        setChosen(chosen.filter((c) => c.raterId !== personId));
        return;
      }
      const person = people.find((p) => p.id === personId);
      if (!person) return;
      setChosen([...chosen, { raterId: personId, relationship: suggestRelationship(person, subject) }]);
    },
    [chosen, people, subject, setChosen],
  );
  const setRelationship = useCallback(
    (raterId: string, relationship: Relationship) =>
      setChosen(chosen.map((c) => (c.raterId === raterId ? { ...c, relationship } : c))),
    [chosen, setChosen],
  );
  const remove = useCallback(
    (raterId: string) => setChosen(chosen.filter((c) => c.raterId !== raterId)),
    [chosen, setChosen],
  );

  const send = useCallback(() => {
    if (!onRequest || !model.canSend) return;
    if (!transition({ type: 'submit', newKey: createIdempotencyKey })) return;
    const key = machine.current.key!;
    const names = model.chosen.map((c) => c.name);
    void (async () => {
      try {
        await onRequest(model.inputs, { idempotencyKey: key });
        setSentNames(names);
        transition({ type: 'succeeded' });
      } catch (error) {
        transition({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
      }
    })();
  }, [onRequest, model, transition]);

  const reset = useCallback(() => {
    machine.current = SUBMIT_IDLE;
    setSubmit(SUBMIT_IDLE);
    setSentNames([]);
    setSearch('');
    setChosenValue(NO_CHOICES);
  }, [setChosenValue]);

  return {
    model,
    t,
    idPrefix,
    search,
    setSearch,
    toggle,
    setRelationship,
    remove,
    send,
    retry: send,
    reset,
    status: submit.status,
    error: submit.status === 'failed' ? submit.error : null,
    sentNames,
    canRequest: onRequest !== undefined,
  };
}
