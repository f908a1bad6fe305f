import { useContext } from 'react';
import { NorthstarContext, type NorthstarContextValue } from './NorthstarContext.js';

/**
 * The nearest provider's adapter, locale, messages and portal container (defaults without a provider).
 *
 * @example
 * const { locale } = useNorthstar();
 */
export function useNorthstar(): NorthstarContextValue {
  return useContext(NorthstarContext);
}
