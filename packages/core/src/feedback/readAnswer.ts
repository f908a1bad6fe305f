import { NorthstarError } from '../errors/NorthstarError.js';
import { fail, show } from '../internal/assert.js';
import { assertOnScale } from '../scales/normalize.js';
import type { CompiledQuestion } from './compileFeedbackTemplate.js';
import { NOT_APPLICABLE } from './notApplicable.js';

/** Throws `code` naming the response and question; built only on failure, so the hot path allocates nothing. */
function reject(
  code: 'INVALID_FEEDBACK' | 'OUT_OF_SCALE',
  question: CompiledQuestion,
  responseId: string,
  value: unknown,
  problem: string,
): never {
  fail(code, `response ${show(responseId)} question ${show(question.id)} ${problem}`, {
    id: responseId,
    field: `answers.${question.id}`,
    questionId: question.id,
    value,
  });
}

/** A multiple choice's option indexes (null for an empty list); an unknown or repeated option would miscount. */
function readSelection(question: CompiledQuestion, value: unknown, responseId: string): number[] | null {
  const indexes: number[] = [];
  for (const label of Array.isArray(value) ? value : [value]) {
    const index = question.optionIndex.get(label);
    if (!Array.isArray(value) || index === undefined || indexes.includes(index))
      reject(
        'INVALID_FEEDBACK',
        question,
        responseId,
        value,
        `answer ${show(value)} must list distinct options of ${show(question.options)}`,
      );
    indexes.push(index);
  }
  return indexes.length === 0 ? null : indexes;
}

/**
 * Validates one answer and returns its accumulator key: a scale-point index (stepped rating), the value clamped onto
 * the scale (continuous rating), an option index (choice) or the option indexes (multiple choice), or the trimmed
 * comment (text); null when skipped.
 *
 * @example
 * readAnswer(ratingOneToFive, 4, 'resp-1'); // 3 (the index of point 4)
 */
export function readAnswer(
  question: CompiledQuestion,
  value: unknown,
  responseId: string,
): number | number[] | string | null {
  if (value === null || value === undefined) return null;
  if (question.multiple) return readSelection(question, value, responseId);
  if (question.kind === 'text') {
    if (typeof value !== 'string')
      reject(
        'INVALID_FEEDBACK',
        question,
        responseId,
        value,
        `text answer must be a string, got ${show(value)}`,
      );
    const comment = value.trim();
    return comment.length === 0 ? null : comment;
  }
  if (question.kind === 'choice') {
    const index = typeof value === 'string' ? question.optionIndex.get(value) : undefined;
    if (index === undefined) {
      reject(
        'INVALID_FEEDBACK',
        question,
        responseId,
        value,
        `answer ${show(value)} is not one of its options ${show(question.options)}`,
      );
    }
    return index;
  }
  const scale = question.scale!;
  // "Not applicable" is an answer (it satisfies required) but no rating, so it counts nowhere.
  if (value === NOT_APPLICABLE) return null;
  if (typeof value !== 'number') {
    reject(
      'OUT_OF_SCALE',
      question,
      responseId,
      value,
      `rating must be a number on the ${scale.min}..${scale.max} scale, got ${show(value)}`,
    );
  }
  const { step } = scale;
  // Fast path for the common on-step answer; anything doubtful goes through assertOnScale for its message.
  const k = step === undefined ? 0 : Math.round((value - scale.min) / step);
  const onScale =
    value >= scale.min &&
    value <= scale.max &&
    (step === undefined || Math.abs((value - scale.min) / step - k) <= 1e-6);
  if (!onScale) {
    try {
      assertOnScale(value, scale, 'rating');
    } catch (error) {
      if (error instanceof NorthstarError) reject('OUT_OF_SCALE', question, responseId, value, error.message);
      throw error;
    }
  }
  if (step === undefined) return Math.min(scale.max, Math.max(scale.min, value));
  // Snapping to the point index absorbs float noise (0.30000000000000004 counts as 0.3).
  return Math.min(question.pointCount - 1, Math.max(0, k));
}
