import { useCallback, useRef, useState } from 'react';

/**
 * The house `value` / `defaultValue` / `onValueChange` pattern: controlled when `value` is not undefined, otherwise
 * internal state seeded by `defaultValue`; `onChange` fires either way.
 *
 * @example
 * const [sorting, setSorting] = useControllableState(props.sorting, props.defaultSorting ?? [], props.onSortingChange);
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange: ((next: T) => void) | undefined,
): [T, (next: T | ((previous: T) => T)) => void] {
  const [internal, setInternal] = useState(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : internal;
  // Refs keep the setter stable while still resolving updaters against the latest value.
  const latest = useRef({ current, controlled, onChange });
  latest.current = { current, controlled, onChange };
  const set = useCallback((next: T | ((previous: T) => T)) => {
    const { current: previous, controlled: isControlled, onChange: notify } = latest.current;
    const resolved = typeof next === 'function' ? (next as (previous: T) => T)(previous) : next;
    if (Object.is(resolved, previous)) return;
    if (!isControlled) setInternal(resolved);
    latest.current = { ...latest.current, current: resolved };
    notify?.(resolved);
  }, []);
  return [current, set];
}
