import { useNorthstar } from '../provider/useNorthstar.js';

/**
 * Attributes that make a widget its own themed root when it is used without a NorthstarProvider: base.css then
 * resolves every token to DEFAULT_THEME, in the default light appearance. Inside a provider it adds nothing.
 *
 * @example
 * <div className="ns-kpi-gauge" {...useStandaloneRoot()} />
 */
export function useStandaloneRoot(): Record<string, string> {
  const { inProvider } = useNorthstar();
  return inProvider ? {} : { 'data-ns-root': '', 'data-ns-appearance': 'light' };
}
