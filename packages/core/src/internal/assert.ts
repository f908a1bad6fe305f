import type { NorthstarErrorCode } from '../errors/errorCodes.js';
import { NorthstarError, type NorthstarErrorDetails } from '../errors/NorthstarError.js';

/** Renders a value for an error message without risking huge output. */
export function show(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number') return Object.is(value, -0) ? '0' : String(value);
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  try {
    const text = JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return String(value);
  }
}

/** Throws a NorthstarError; typed `never` so callers can use it in expressions. */
export function fail(code: NorthstarErrorCode, message: string, details?: NorthstarErrorDetails): never {
  throw new NorthstarError(code, message, details);
}

/** Where a value sits, for messages: `goal "g1" field "weight"`. */
export function where(subject: string, id: string | undefined, field: string): string {
  return id === undefined ? `${subject} field "${field}"` : `${subject} ${show(id)} field "${field}"`;
}

/** A finite number check that also rejects non-numbers (strings, booleans) without coercion. */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Requires a finite number, else throws `code` naming the subject, id and field. */
export function requireFinite(
  value: unknown,
  code: NorthstarErrorCode,
  subject: string,
  id: string | undefined,
  field: string,
): number {
  if (!isFiniteNumber(value)) {
    fail(code, `${where(subject, id, field)} must be a finite number, got ${show(value)}`, {
      id,
      field,
      value,
    });
  }
  return value;
}

/** Requires a non-empty string id. */
export function requireId(value: unknown, subject: string, index: number): string {
  if (typeof value !== 'string' || value.length === 0) {
    fail('INVALID_ID', `${subject} at index ${index} needs a non-empty string "id", got ${show(value)}`, {
      field: 'id',
      value,
      index,
    });
  }
  return value;
}

/** Reads an options argument: undefined/null mean "defaults", anything but a plain object is INVALID_OPTION. */
export function readOptions<T extends object>(options: T | null | undefined, fn: string): Partial<T> {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    fail('INVALID_OPTION', `${fn} options must be an object, got ${show(options)}`, {
      field: 'options',
      value: options,
    });
  }
  return options;
}

/** Throws `code` when an intermediate (a span, a sum) overflowed to ±Infinity or NaN, instead of leaking it. */
export function requireFiniteResult(
  value: number,
  code: NorthstarErrorCode,
  message: string,
  details?: NorthstarErrorDetails,
): number {
  if (!Number.isFinite(value))
    fail(code, `${message} (the numbers are too large to combine safely)`, details);
  return value;
}
