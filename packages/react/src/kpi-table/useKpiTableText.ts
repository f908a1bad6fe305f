import { useMemo } from 'react';
import { useFormatters } from '../i18n/useFormatters.js';
import { useMessages } from '../i18n/useMessages.js';
import { useNorthstar } from '../provider/useNorthstar.js';
import { createKpiTableText, type KpiTableText } from './createKpiTableText.js';
import { KPI_TABLE_MESSAGES } from './kpiTableMessages.js';

export type { KpiTableText } from './createKpiTableText.js';

/**
 * The table's text helpers in the provider's locale and messages (memoised per locale/messages).
 *
 * @example
 * const { t, value } = useKpiTableText();
 */
export function useKpiTableText(): KpiTableText {
  const t = useMessages(KPI_TABLE_MESSAGES);
  const f = useFormatters();
  const { messages } = useNorthstar();
  return useMemo(() => createKpiTableText(t, f, messages), [t, f, messages]);
}
