import { forwardRef } from 'react';
import { NineBoxGridView } from './NineBoxGridView.js';
import type { NineBoxGridProps } from './nineBoxGrid.types.js';

/**
 * An embeddable 9-box talent grid: people placed by core's `placeNineBox` (a score on a cut goes to the higher box),
 * counts and shares per box, moves by keyboard or drag with a required reason, undo, announcements and export.
 * Controlled with `records`/`people`/`onMove`; `onMove` is called once per confirmed move.
 *
 * @example
 * <NineBoxGrid records={records} people={people} onMove={(move) => save(move)} label="Talent review" />
 */
export const NineBoxGrid = forwardRef<HTMLDivElement, NineBoxGridProps>(function NineBoxGrid(props, ref) {
  return <NineBoxGridView {...props} ref={ref} />;
});
