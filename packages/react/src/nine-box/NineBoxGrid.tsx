import { forwardRef } from 'react';
import { NineBoxGridConnected } from './NineBoxGridConnected.js';
import { NineBoxGridView } from './NineBoxGridView.js';
import type { NineBoxGridProps } from './nineBoxGrid.types.js';

/**
 * An embeddable 9-box talent grid: people placed by core's `placeNineBox` (a score on a cut goes to the higher box),
 * counts and shares per box, moves by keyboard or drag with a required reason, undo, announcements and export.
 * Controlled with `records`/`people`/`onMove`, or connected with `cycleId` inside a `NorthstarProvider`; `onMove` is
 * called once per confirmed move.
 *
 * @example
 * <NineBoxGrid records={records} people={people} onMove={(move) => save(move)} label="Talent review" />
 * <NineBoxGrid cycleId="2026-h2" label="Talent review" />
 */
export const NineBoxGrid = forwardRef<HTMLDivElement, NineBoxGridProps>(function NineBoxGrid(props, ref) {
  // Two components, so a controlled grid never touches react-query and works without any provider.
  if (props.records === undefined && props.cycleId !== undefined) {
    return <NineBoxGridConnected {...props} cycleId={props.cycleId} ref={ref} />;
  }
  return <NineBoxGridView {...props} ref={ref} />;
});
