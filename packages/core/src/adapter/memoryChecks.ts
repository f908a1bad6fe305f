import type { NorthstarErrorCode } from '../errors/errorCodes.js';
import { fail, isFiniteNumber, show, where } from '../internal/assert.js';

/**
 * Requires a non-blank string, else `code` naming the subject, id and field.
 *
 * @example
 * requireText(input.title, 'EMPTY_INPUT', 'goal', 'g-1', 'title');
 */
export function requireText(
  value: unknown,
  code: NorthstarErrorCode,
  subject: string,
  id: string | undefined,
  field: string,
): string {
  if (typeof value !== 'string' || value.trim().length === 0) {
    fail(code, `${where(subject, id, field)} must be a non-empty string, got ${show(value)}`, {
      id,
      field,
      value,
    });
  }
  return value;
}

/**
 * Requires `value` to be undefined or one of `allowed`, else `code` listing them.
 *
 * @example
 * requireOneOf(goal.status, ['draft', 'active'], 'INVALID_OPTION', 'goal', 'g-1', 'status');
 */
export function requireOneOf(
  value: unknown,
  allowed: readonly string[],
  code: NorthstarErrorCode,
  subject: string,
  id: string | undefined,
  field: string,
): void {
  if (value !== undefined && !allowed.includes(value as string)) {
    fail(code, `${where(subject, id, field)} must be one of ${allowed.join(', ')}, got ${show(value)}`, {
      id,
      field,
      value,
    });
  }
}

/**
 * Requires undefined, null or a finite number.
 *
 * @example
 * requireOptionalFinite(sample.target, 'INVALID_VALUE', 'kpi sample of', 'churn', 'target');
 */
export function requireOptionalFinite(
  value: unknown,
  code: NorthstarErrorCode,
  subject: string,
  id: string | undefined,
  field: string,
): void {
  if (value !== undefined && value !== null && !isFiniteNumber(value)) {
    fail(code, `${where(subject, id, field)} must be a finite number or null, got ${show(value)}`, {
      id,
      field,
      value,
    });
  }
}

/**
 * Requires an ISO-like date string that `Date.parse` understands.
 *
 * @example
 * requireDate(input.at, 'INVALID_VALUE', 'check-in of goal', 'g-1', 'at');
 */
export function requireDate(
  value: unknown,
  code: NorthstarErrorCode,
  subject: string,
  id: string | undefined,
  field: string,
): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
    fail(code, `${where(subject, id, field)} must be an ISO date string, got ${show(value)}`, {
      id,
      field,
      value,
    });
  }
  return value;
}

/**
 * Requires a plain object (not null, not an array).
 *
 * @example
 * const fields = requireObject(patch, 'INVALID_VALUE', 'goal', 'g-1', 'patch');
 */
export function requireObject(
  value: unknown,
  code: NorthstarErrorCode,
  subject: string,
  id: string | undefined,
  field: string,
): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(code, `${where(subject, id, field)} must be an object, got ${show(value)}`, { id, field, value });
  }
  return value as Record<string, unknown>;
}

/**
 * Throws `NOT_FOUND` naming what was looked up, unless `record` exists.
 *
 * @example
 * const goal = found(goals.get(id), 'goal', id);
 */
export function found<T>(record: T | undefined, subject: string, id: string, field = 'id'): T {
  if (record === undefined) fail('NOT_FOUND', `${subject} ${show(id)} was not found`, { id, field });
  return record;
}
