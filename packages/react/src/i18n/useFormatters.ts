import { useMemo } from 'react';
import { useNorthstar } from '../provider/useNorthstar.js';
import { createFormatters, type Formatters } from './createFormatters.js';

/**
 * Formatters in the provider's locale.
 *
 * @example
 * const { percent } = useFormatters();
 */
export function useFormatters(): Formatters {
  const { locale } = useNorthstar();
  return useMemo(() => createFormatters(locale), [locale]);
}
