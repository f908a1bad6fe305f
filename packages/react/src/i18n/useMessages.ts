import { useMemo } from 'react';
import { useNorthstar } from '../provider/useNorthstar.js';
import { formatMessage } from './formatMessage.js';

/**
 * A message function for one widget: the provider's `messages` override the widget's `defaults` key by key.
 *
 * @example
 * const t = useMessages(KPI_GAUGE_MESSAGES);
 * t('kpiGauge.valueText', { value: '72%', band: 'At risk' });
 */
export function useMessages<K extends string>(
  defaults: Readonly<Record<K, string>>,
): (key: K, params?: Readonly<Record<string, string | number>>) => string {
  const { messages } = useNorthstar();
  return useMemo(
    () => (key: K, params?: Readonly<Record<string, string | number>>) =>
      formatMessage(messages[key] ?? defaults[key], params),
    [messages, defaults],
  );
}
