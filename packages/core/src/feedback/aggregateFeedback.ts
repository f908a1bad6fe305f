import { fail, requireId, show } from '../internal/assert.js';
import { checkResponse } from './checkResponse.js';
import { compileFeedbackTemplate } from './compileFeedbackTemplate.js';
import type { FeedbackResponse, FeedbackTemplate, Relationship } from './feedback.types.js';
import type {
  AggregateFeedbackOptions,
  FeedbackAggregate,
  SubjectFeedback,
} from './feedbackSummary.types.js';
import { addToGroup, createGroupAccumulator, type GroupAccumulator } from './groupAccumulator.js';
import { readAnswer } from './readAnswer.js';
import {
  ANONYMOUS_MANAGER_SLOT,
  ANONYMOUS_SELF_SLOT,
  GROUP_SLOTS,
  RELATIONSHIPS as RELATIONSHIP_LIST,
} from './relationships.js';
import { resolveAnonymityThreshold } from './resolveAnonymityThreshold.js';
import { summarizeQuestion } from './summarizeQuestion.js';

interface SubjectAccumulator {
  responseCount: number;
  relationships: number[];
  /** Whether each rater's response was anonymous, to reject a second response without leaking who. */
  raters: Map<string, boolean>;
  /** [question][group], created on the first answer. */
  questions: ((GroupAccumulator | undefined)[] | undefined)[];
}

/**
 * Aggregates 360 responses per subject, question and relationship group — counts, means (scale units and
 * normalised), distributions and comments — withholding small non-self/manager groups for anonymity; the result
 * holds no rater or response ids and does not depend on response order.
 *
 * @example
 * const template = { id: 't', questions: [{ id: 'collab', kind: 'rating' as const }] };
 * const peers = ['a', 'b', 'c'].map((r, i) => ({ id: `r${i}`, subjectId: 'p-2', raterId: r, relationship: 'peer' as const, anonymous: true, answers: { collab: 3 + i } }));
 * aggregateFeedback(peers, template).subjects[0]?.questions[0]?.groups[0]; // { group: 'peer', count: 3, mean: 4, meanNormalized: 0.75, … }
 */
export function aggregateFeedback(
  responses: readonly FeedbackResponse[],
  template: FeedbackTemplate,
  options: AggregateFeedbackOptions = {},
): FeedbackAggregate {
  const compiled = compileFeedbackTemplate(template);
  const anonymityThreshold = resolveAnonymityThreshold(options, compiled);
  if (!Array.isArray(responses)) {
    fail('INVALID_FEEDBACK', `aggregateFeedback responses must be an array, got ${show(responses)}`, {
      field: 'responses',
      value: responses,
    });
  }
  const questionCount = compiled.questions.length;
  const responseIds = new Set<string>();
  const subjects = new Map<string, SubjectAccumulator>();
  for (let i = 0; i < responses.length; i++) {
    const response = responses[i];
    if (typeof response !== 'object' || response === null) {
      fail('INVALID_FEEDBACK', `feedback response at index ${i} must be an object, got ${show(response)}`, {
        index: i,
        value: response,
      });
    }
    const id = requireId(response.id, 'feedback response', i);
    if (responseIds.has(id))
      fail('DUPLICATE_ID', `feedback response id ${show(id)} appears twice (again at index ${i})`, {
        id,
        index: i,
      });
    responseIds.add(id);
    const group = checkResponse(response, compiled.id);
    const { subjectId, raterId } = response;
    const anonymous = response.anonymous === true;
    if (anonymous && !compiled.allowAnonymous) {
      fail(
        'INVALID_FEEDBACK',
        `feedback response ${show(id)} is anonymous, but template ${show(compiled.id)} does not allow anonymous responses`,
        { id, field: 'anonymous', value: true },
      );
    }
    // A self review is written by its subject; anything else labelled self would be shown as the subject's own view.
    // The message names the response, never the rater (who may be anonymous).
    if (group === 0 && raterId !== subjectId) {
      fail(
        'INVALID_FEEDBACK',
        `feedback response ${show(id)} has relationship "self" but its rater is not the subject ${show(subjectId)}`,
        { id, field: 'relationship', value: 'self' },
      );
    }
    // Self and manager groups are shown whatever their size, so an anonymous answer never goes into them: an
    // anonymous manager's answer is pooled with the withheld groups, an anonymous self answer is withheld.
    const slot = !anonymous
      ? group
      : group === 0
        ? ANONYMOUS_SELF_SLOT
        : group === 1
          ? ANONYMOUS_MANAGER_SLOT
          : group;

    let subject = subjects.get(subjectId);
    if (subject === undefined) {
      subject = {
        responseCount: 0,
        relationships: [0, 0, 0, 0, 0],
        raters: new Map(),
        questions: new Array(questionCount),
      };
      subjects.set(subjectId, subject);
    }
    const earlierAnonymous = subject.raters.get(raterId);
    if (earlierAnonymous !== undefined) {
      // Naming the rater would de-anonymise them, so only say so when neither response was anonymous.
      const who = earlierAnonymous || anonymous ? 'the same rater' : `rater ${show(raterId)}`;
      fail(
        'DUPLICATE_ID',
        `feedback subject ${show(subjectId)} has a second response from ${who} (response ${show(id)})`,
        {
          id: subjectId,
          field: 'raterId',
          responseId: id,
          ...(earlierAnonymous || anonymous ? {} : { value: raterId }),
        },
      );
    }
    subject.raters.set(raterId, anonymous);

    const answers = response.answers;
    for (const questionId of Object.keys(answers)) {
      const q = compiled.byId.get(questionId);
      if (q === undefined) {
        fail(
          'INVALID_FEEDBACK',
          `feedback response ${show(id)} answers question ${show(questionId)}, which is not in template ${show(compiled.id)}`,
          {
            id,
            field: `answers.${questionId}`,
            questionId,
          },
        );
      }
      const key = readAnswer(compiled.questions[q]!, answers[questionId], id);
      if (key === null) continue;
      let perGroup = subject.questions[q];
      if (perGroup === undefined) {
        perGroup = new Array(GROUP_SLOTS);
        subject.questions[q] = perGroup;
      }
      let acc = perGroup[slot];
      if (acc === undefined) {
        acc = createGroupAccumulator();
        perGroup[slot] = acc;
      }
      addToGroup(acc, key);
    }
    subject.responseCount++;
    subject.relationships[group]!++;
  }

  const out: SubjectFeedback[] = [];
  // Default sort compares UTF-16 code units: stable across locales.
  for (const subjectId of [...subjects.keys()].sort()) {
    const subject = subjects.get(subjectId)!;
    const relationships = {} as Record<Relationship, number>;
    RELATIONSHIP_LIST.forEach((r, g) => {
      relationships[r] = subject.relationships[g]!;
    });
    const questions = compiled.questions.map((question, q) =>
      summarizeQuestion(question, subject.questions[q] ?? [], anonymityThreshold),
    );
    out.push({ subjectId, responseCount: subject.responseCount, relationships, questions });
  }
  return { templateId: compiled.id, anonymityThreshold, subjects: out };
}
