import type {
  FeedbackAnswer,
  FeedbackResponse,
  FeedbackTemplate,
  Relationship,
} from '@northstar/core/feedback';
import { CsvColumns } from './CsvColumns.js';
import type { CommandContext } from './cliIo.types.js';
import type { CsvTable } from './csvTable.js';
import { type CellRef, cellError, textCell } from './parseCell.js';
import { RecordLocator } from './RecordLocator.js';
import { readTable } from './readTable.js';
import { show } from './show.js';

/**
 * Feedback responses loaded from a file, with the locator that maps library errors back to lines.
 *
 * @example
 * const { responses } = await loadFeedbackResponses('responses.csv', template, ctx);
 */
export interface LoadedResponses {
  file: string;
  responses: FeedbackResponse[];
  locator: RecordLocator;
}

const RELATIONSHIPS: readonly Relationship[] = ['self', 'manager', 'peer', 'direct-report', 'other'];
const SHARED = ['subjectId', 'raterId', 'relationship', 'anonymous', 'submittedAt'] as const;

function fromLongCsv(table: CsvTable, template: FeedbackTemplate): LoadedResponses {
  const cols = new CsvColumns(table, [
    'responseId',
    'subjectId',
    'raterId',
    'relationship',
    'questionId',
    'answer',
  ]);
  const kindOf = new Map(template.questions.map((q) => [q.id, q.kind]));
  const byId = new Map<string, { response: FeedbackResponse; row: number }>();
  const responses: FeedbackResponse[] = [];
  // First row of each response, and the row of each answer, to find lines when an error needs them.
  const firstRow: number[] = [];
  const answerRow = new Map<string, number>();
  for (let i = 0; i < table.rows.length; i++) {
    // A bad row is recorded and the next one read, so one run reports every bad line.
    table.errors.attempt(() => {
      const id = cols.text(i, 'responseId');
      if (id === undefined) cellError('INVALID_ID', cols.ref(i, 'responseId'), 'responseId is required', '');
      let entry = byId.get(id);
      if (entry === undefined) {
        const subjectId = cols.text(i, 'subjectId');
        if (subjectId === undefined)
          cellError('INVALID_ID', cols.ref(i, 'subjectId'), 'subjectId is required', '');
        const raterId = cols.text(i, 'raterId');
        if (raterId === undefined) cellError('INVALID_ID', cols.ref(i, 'raterId'), 'raterId is required', '');
        const relationship = cols.choice(i, 'relationship', RELATIONSHIPS);
        if (relationship === undefined) {
          cellError(
            'INVALID_FEEDBACK',
            cols.ref(i, 'relationship'),
            `relationship is required (${RELATIONSHIPS.join(', ')})`,
            '',
          );
        }
        const response: FeedbackResponse = { id, subjectId, raterId, relationship, answers: {} };
        const anonymous = cols.boolean(i, 'anonymous');
        if (anonymous !== undefined) response.anonymous = anonymous;
        const submittedAt = cols.text(i, 'submittedAt');
        if (submittedAt !== undefined) response.submittedAt = submittedAt;
        entry = { response, row: i };
        byId.set(id, entry);
        responses.push(response);
        firstRow.push(i);
      } else {
        // Every row of one response repeats its header fields; disagreement means a broken export.
        for (const name of SHARED) {
          const here = textCell(cols.raw(i, name));
          const there = textCell(cols.raw(entry.row, name));
          if (here !== there) {
            // The rater of an anonymous response is never printed, not even to say two rows disagree on it.
            const secret =
              name === 'raterId' &&
              (entry.response.anonymous === true || cols.boolean(i, 'anonymous') === true);
            cellError(
              'INVALID_FEEDBACK',
              cols.ref(i, name),
              secret
                ? `response ${show(id)} is anonymous and has a different raterId here than on line ${table.lineAt(entry.row)}`
                : `response ${show(id)} has ${name} ${show(there ?? '')} on line ${table.lineAt(entry.row)}, but ${show(here ?? '')} here`,
              secret ? undefined : here,
            );
          }
        }
      }
      const questionId = cols.text(i, 'questionId');
      const qRef = (): CellRef => cols.ref(i, 'questionId');
      if (questionId === undefined) cellError('INVALID_FEEDBACK', qRef(), 'questionId is required', '');
      const kind = kindOf.get(questionId);
      if (kind === undefined) {
        cellError(
          'INVALID_FEEDBACK',
          qRef(),
          `question ${show(questionId)} is not in template ${show(template.id)} (questions: ${[...kindOf.keys()].join(', ')})`,
          questionId,
        );
      }
      const key = `${id}\u0000${questionId}`;
      const first = answerRow.get(key);
      if (first !== undefined) {
        cellError(
          'INVALID_FEEDBACK',
          qRef(),
          `response ${show(id)} answers question ${show(questionId)} twice (first on line ${table.lineAt(first)})`,
          questionId,
        );
      }
      answerRow.set(key, i);
      const raw = cols.raw(i, 'answer');
      let answer: FeedbackAnswer;
      if (kind === 'rating') answer = cols.number(i, 'answer') ?? null;
      else if (kind === 'choice') answer = textCell(raw) ?? null;
      else answer = raw === undefined || raw.trim() === '' ? null : raw;
      (entry.response.answers as Record<string, FeedbackAnswer>)[questionId] = answer;
    });
  }
  table.errors.throwIfAny();
  const locator: RecordLocator = new RecordLocator({
    file: table.file,
    lineAt: (k) => table.lineAt(firstRow[k]!),
    header: table.header,
    noun: 'response',
    columnOf: (field) =>
      field.startsWith('answers.') ? 'answer' : field === 'id' ? 'responseId' : undefined,
    place: (d) => {
      if (typeof d.questionId === 'string' && typeof d.id === 'string') {
        const row = answerRow.get(`${d.id}\u0000${d.questionId}`);
        if (row !== undefined) return { line: table.lineAt(row), column: 'answer' };
      }
      if (typeof d.responseId === 'string') {
        const line = locator.lineOf(d.responseId);
        if (line !== undefined) return { line, column: 'raterId' };
      }
      return undefined;
    },
  });
  for (let i = 0; i < responses.length; i++) locator.register(responses[i]!.id, i);
  return { file: table.file, responses, locator };
}

/**
 * Reads feedback responses: a JSON array of `FeedbackResponse`, or a long CSV with one row per answer
 * (responseId,subjectId,raterId,relationship,anonymous,submittedAt,questionId,answer) where answers to rating
 * questions are parsed as numbers and an empty answer is null.
 *
 * @example
 * const { responses } = await loadFeedbackResponses('feedback-responses.csv', template, ctx);
 * aggregateFeedback(responses, template);
 */
export async function loadFeedbackResponses(
  path: string,
  template: FeedbackTemplate,
  ctx: CommandContext,
): Promise<LoadedResponses> {
  const table = await readTable(path, ctx, 'feedback responses');
  if (table.kind === 'csv') return fromLongCsv(table, template);
  const locator: RecordLocator = new RecordLocator({
    file: table.file,
    lineAt: table.lineAt,
    noun: 'response',
    place: (d) => {
      const line = typeof d.responseId === 'string' ? locator.lineOf(d.responseId) : undefined;
      return line === undefined ? undefined : { line };
    },
  });
  table.records.forEach((record, i) => {
    const id = (record as { id?: unknown }).id;
    if (typeof id === 'string' && id.length > 0) locator.register(id, i);
  });
  return { file: table.file, responses: table.records as FeedbackResponse[], locator };
}
