/**
 * A person to place on the grid; scores normalised to [0, 1], null when not yet assessed.
 *
 * @example
 * const p: NineBoxPerson = { id: 'p-17', performance: 0.72, potential: 0.4 };
 */
export interface NineBoxPerson {
  id: string;
  performance: number | null;
  potential: number | null;
}
