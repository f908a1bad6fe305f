import { CliError, isInputError } from './CliError.js';

/** How many errors a run prints before summing up the rest as a count. */
export const SHOWN_ERRORS = 20;

type Located = Error & { code: string; details: Record<string, unknown> };

const lineOf = (e: Located) => (typeof e.details.line === 'number' ? e.details.line : 0);
const columnOf = (e: Located) => (typeof e.details.column === 'number' ? e.details.column : 0);

/**
 * Every bad row of an input at once: `northstar` reports all of them (first {@link SHOWN_ERRORS} in line order,
 * then a count) instead of making an analyst fix one line per run.
 *
 * @example
 * const errors = new InputErrors();
 * for (let i = 0; i < rows.length; i++) errors.attempt(() => readRow(i));
 * errors.throwIfAny();
 */
export class InputErrors {
  readonly list: Located[] = [];

  /** Records an input error. */
  add(error: Located): void {
    this.list.push(error);
  }

  /** Runs `fn`; an input error it throws is recorded (and undefined returned), anything else is rethrown. */
  attempt<T>(fn: () => T): T | undefined {
    try {
      return fn();
    } catch (error) {
      if (!isInputError(error)) throw error;
      this.add(error as Located);
      return undefined;
    }
  }

  /** Throws the recorded errors as one {@link CliErrorList} (sorted by line, then column), if there are any. */
  throwIfAny(): void {
    if (this.list.length === 0) return;
    const sorted = this.list
      .map((e, i) => [e, i] as const)
      .sort(([a, i], [b, j]) => lineOf(a) - lineOf(b) || columnOf(a) - columnOf(b) || i - j)
      .map(([e]) => e);
    throw sorted.length === 1 ? sorted[0]! : new CliErrorList(sorted);
  }
}

/**
 * Several input errors thrown as one: `code`, `message` and `details` are the first one's, `errors` holds all.
 *
 * @example
 * if (error instanceof CliErrorList) error.errors.length; // e.g. 37
 */
export class CliErrorList extends CliError {
  readonly errors: readonly Located[];

  constructor(errors: readonly Located[]) {
    const first = errors[0]!;
    super(first.code as CliError['code'], first.message, first.details);
    this.errors = errors;
  }
}
