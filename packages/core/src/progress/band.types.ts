/**
 * A status band starting at `from` (inclusive) and running up to the next band's `from`.
 *
 * @example
 * const atRisk: Band = { id: 'yellow', label: 'At risk', from: 0.4, tone: 'warning' };
 */
export interface Band {
  /** Stable identifier, e.g. `green`. */
  id: string;
  /** Human label, e.g. `On track`. */
  label: string;
  /** Lower bound (inclusive) of the band, on the same scale as the values you classify. */
  from: number;
  /** Semantic tone widgets map to theme colours. */
  tone?: 'danger' | 'warning' | 'success' | 'neutral' | 'info';
}
