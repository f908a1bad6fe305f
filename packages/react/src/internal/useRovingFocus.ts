import { type KeyboardEvent, useCallback, useMemo, useRef, useState } from 'react';

/**
 * Options of {@link useRovingFocus}.
 *
 * @example
 * const options: RovingFocusOptions = { ids: rows.map((r) => r.id), orientation: 'vertical' };
 */
export interface RovingFocusOptions {
  /** The items in display order, by stable id. */
  ids: readonly string[];
  /** Controlled active id; when it is not in `ids` the first item is the tab stop. */
  activeId?: string | undefined;
  onActiveIdChange?: ((id: string) => void) | undefined;
  /**
   * Which arrow keys move: up/down (default), left/right, or both; `grid` moves over rows of `columns` items (ids in
   * reading order, row after row): up/down by a row, left/right within the row, Home/End to the row's ends and
   * Ctrl+Home/Ctrl+End to the first/last item, as the WAI-ARIA grid pattern asks.
   */
  orientation?: 'vertical' | 'horizontal' | 'both' | 'grid';
  /** Items per row when `orientation` is `grid` (default 1). */
  columns?: number;
  /** Right-to-left: ArrowLeft moves forward in horizontal (and grid) orientation. */
  rtl?: boolean;
}

/**
 * Props for one roving item: the single tab stop gets `tabIndex` 0, every other item -1.
 *
 * @example
 * <button {...getItemProps(row.id)}>…</button>
 */
export interface RovingItemProps {
  tabIndex: 0 | -1;
  onFocus: () => void;
  ref: (element: HTMLElement | null) => void;
  'data-ns-active'?: '';
}

/**
 * What {@link useRovingFocus} returns.
 *
 * @example
 * const { activeId, getItemProps, onKeyDown } = useRovingFocus({ ids });
 */
export interface RovingFocus {
  /** The id of the tab stop (undefined when there are no items). */
  activeId: string | undefined;
  setActiveId(id: string): void;
  /** Makes `id` the tab stop and moves keyboard focus to it (when it is mounted). */
  focusId(id: string): void;
  getItemProps(id: string): RovingItemProps;
  /** Arrow keys, Home and End move the tab stop and focus; returns true when it handled the key. */
  onKeyDown(event: KeyboardEvent): boolean;
}

/** The index a key moves to in a grid of `columns` per row, clamped to the row / the grid; undefined for other keys. */
function gridStep(
  event: KeyboardEvent,
  index: number,
  count: number,
  columns: number,
  forward: string,
  backward: string,
): number | undefined {
  const perRow = Math.max(1, Math.floor(columns));
  const rowStart = index - (index % perRow);
  const rowEnd = Math.min(rowStart + perRow, count) - 1;
  if (event.key === 'ArrowDown') return index + perRow < count ? index + perRow : index;
  if (event.key === 'ArrowUp') return index - perRow >= 0 ? index - perRow : index;
  if (event.key === forward) return Math.min(index + 1, rowEnd);
  if (event.key === backward) return Math.max(index - 1, rowStart);
  if (event.key === 'Home') return event.ctrlKey ? 0 : rowStart;
  if (event.key === 'End') return event.ctrlKey ? count - 1 : rowEnd;
  return undefined;
}

/**
 * Roving tab index tracked **by id**, so the tab stop stays on the same item after a re-sort or filter (an index
 * would land on another item); falls back to the first item when the active one disappears.
 *
 * @example
 * const roving = useRovingFocus({ ids: rows.map((row) => row.id) });
 * rows.map((row) => <button key={row.id} {...roving.getItemProps(row.id)}>{row.name}</button>);
 */
export function useRovingFocus({
  ids,
  activeId: controlledId,
  onActiveIdChange,
  orientation = 'vertical',
  columns = 1,
  rtl = false,
}: RovingFocusOptions): RovingFocus {
  const [internalId, setInternalId] = useState<string | undefined>(undefined);
  const wanted = controlledId ?? internalId;
  const activeId = wanted !== undefined && ids.includes(wanted) ? wanted : ids[0];
  const elements = useRef(new Map<string, HTMLElement>());

  const setActiveId = useCallback(
    (id: string) => {
      setInternalId(id);
      onActiveIdChange?.(id);
    },
    [onActiveIdChange],
  );

  const focusId = useCallback(
    (id: string) => {
      setActiveId(id);
      elements.current.get(id)?.focus();
    },
    [setActiveId],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent): boolean => {
      if (activeId === undefined) return false;
      const index = ids.indexOf(activeId);
      const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
      const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
      const vertical = orientation !== 'horizontal';
      const horizontal = orientation !== 'vertical';
      let next: number | undefined;
      if (orientation === 'grid') next = gridStep(event, index, ids.length, columns, forward, backward);
      else if ((vertical && event.key === 'ArrowDown') || (horizontal && event.key === forward))
        next = index + 1;
      else if ((vertical && event.key === 'ArrowUp') || (horizontal && event.key === backward))
        next = index - 1;
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = ids.length - 1;
      if (next === undefined) return false;
      const id = ids[Math.min(Math.max(next, 0), ids.length - 1)];
      event.preventDefault();
      if (id !== undefined) focusId(id);
      return true;
    },
    [activeId, ids, orientation, columns, rtl, focusId],
  );

  // One stable ref callback per id, so React does not detach and re-attach every item on each render.
  const refs = useRef(new Map<string, (element: HTMLElement | null) => void>());
  const refFor = useCallback((id: string) => {
    let ref = refs.current.get(id);
    if (!ref) {
      ref = (element) => {
        if (element) elements.current.set(id, element);
        else {
          elements.current.delete(id);
          refs.current.delete(id);
        }
      };
      refs.current.set(id, ref);
    }
    return ref;
  }, []);

  const getItemProps = useCallback(
    (id: string): RovingItemProps => ({
      tabIndex: id === activeId ? 0 : -1,
      onFocus: () => {
        if (id !== activeId) setActiveId(id);
      },
      ref: refFor(id),
      ...(id === activeId ? { 'data-ns-active': '' as const } : {}),
    }),
    [activeId, setActiveId, refFor],
  );

  return useMemo(
    () => ({ activeId, setActiveId, focusId, getItemProps, onKeyDown }),
    [activeId, setActiveId, focusId, getItemProps, onKeyDown],
  );
}
