import { useCallback, useEffect, useRef, useState } from 'react';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.js';
import { warnOnce } from './warnOnce.js';

/**
 * Options of {@link useControllableState}.
 *
 * @example
 * const options: ControllableStateOptions<string> = { value: props.value, defaultValue: '', onChange: props.onValueChange, name: 'KpiTable.globalFilter' };
 */
export interface ControllableStateOptions<T> {
  /** The controlled value; `undefined` means uncontrolled. */
  value: T | undefined;
  /** The initial value while uncontrolled. */
  defaultValue: T;
  /** Called with every new value, controlled or not. */
  onChange?: ((next: T) => void) | undefined;
  /** `Component.prop`, named in the warning when the prop switches between controlled and uncontrolled. */
  name: string;
}

/**
 * The house `value` / `defaultValue` / `onValueChange` pattern: controlled while `value` is not undefined, otherwise
 * internal state seeded by `defaultValue`; `onChange` fires either way. Warns once when a prop switches between
 * controlled and uncontrolled (the value would jump). No ref is written during render.
 *
 * @example
 * const [sorting, setSorting] = useControllableState({ value: props.sorting, defaultValue: [], onChange: props.onSortingChange, name: 'KpiTable.sorting' });
 */
export function useControllableState<T>({
  value,
  defaultValue,
  onChange,
  name,
}: ControllableStateOptions<T>): [T, (next: T | ((previous: T) => T)) => void] {
  const [internal, setInternal] = useState(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : internal;

  // Event handlers read the latest committed value through this ref; it is synced after commit, never during render.
  const latest = useRef({ current, controlled, onChange });
  useIsomorphicLayoutEffect(() => {
    latest.current = { current, controlled, onChange };
  });

  const initiallyControlled = useRef(controlled);
  useEffect(() => {
    if (initiallyControlled.current === controlled) return;
    const [from, to] = controlled ? ['uncontrolled', 'controlled'] : ['controlled', 'uncontrolled'];
    warnOnce(
      `controllable:${name}:${from}`,
      `[northstar] ${name} switched from ${from} to ${to}; keep the prop either always defined or always undefined for the component's lifetime.`,
    );
  }, [controlled, name]);

  const set = useCallback((next: T | ((previous: T) => T)) => {
    const { current: previous, controlled: isControlled, onChange: notify } = latest.current;
    const resolved = typeof next === 'function' ? (next as (previous: T) => T)(previous) : next;
    if (Object.is(resolved, previous)) return;
    if (!isControlled) setInternal(resolved);
    // Two updates in one event (setX(a); setX(f)) must chain: f sees a, before React re-renders.
    latest.current = { ...latest.current, current: resolved };
    notify?.(resolved);
  }, []);
  return [current, set];
}
