import type { TalentRecord } from '@northstar/core';
import type { HTMLAttributes } from 'react';
import type { NineBoxFilter } from './nineBox.types.js';
import type { UseNineBoxOptions } from './useNineBox.js';

/**
 * Props of `<NineBoxGrid>`: controlled with `records` (and `people`, `onMove`), or connected with `cycleId` inside a
 * `NorthstarProvider` (reads `talent.list` and `people.list`, moves through `talent.move`). Unknown props go to the
 * root element.
 *
 * @example
 * <NineBoxGrid records={records} people={people} onMove={onMove} label="Talent review" />
 */
export interface NineBoxGridProps
  extends Omit<UseNineBoxOptions, 'records'>,
    Omit<HTMLAttributes<HTMLDivElement>, 'onMove' | 'children' | 'color'> {
  /** The talent records to place (controlled). */
  records?: readonly TalentRecord[];
  /** Reads the cycle's records through the provider's adapter (connected) when `records` is not given. */
  cycleId?: string;
  /** The grid's accessible name, e.g. "Talent review". */
  label?: string;
  /** Shows undo, export and print; default true. */
  toolbar?: boolean;
  /** The filter to start with when `filter` is not controlled. */
  defaultFilter?: NineBoxFilter;
  /** Called when the scope picker changes the filter (controlled with `filter`, or alone). */
  onFilterChange?: (filter: NineBoxFilter) => void;
  /** Shows the company → department → team picker above the grid (needs `people`); default false. */
  scopePicker?: boolean;
}
