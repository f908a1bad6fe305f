// The root entry of @northstar/react: provider, theming, i18n helpers and data hooks. Widgets are NOT exported here:
// each has its own subpath (@northstar/react/kpi-gauge, /kpi-table) so hosts pay only for the widgets they import.
// Names are listed explicitly (no `export *`) so the public surface is reviewable.

export type {
  NorthstarQueryOptions,
  NorthstarQueryResult,
} from './data/data.types.js';
export { NorthstarQueryError, type NorthstarQueryErrorCode } from './data/NorthstarQueryError.js';
export { northstarKeys } from './data/northstarKeys.js';
export { useAdapterCapabilities } from './data/useAdapterCapabilities.js';
export { type AlignGoalVariables, useAlignGoal } from './data/useAlignGoal.js';
export { type CheckInVariables, useCheckIn } from './data/useCheckIn.js';
export { useGoalChildren } from './data/useGoalChildren.js';
export { useGoals } from './data/useGoals.js';
export type { GoalWriteResult } from './data/useGoalWrite.js';
export { useKpi } from './data/useKpi.js';
export { useKpiHistory } from './data/useKpiHistory.js';
export { useKpis } from './data/useKpis.js';
export {
  type RecordKpiActualResult,
  type RecordKpiActualVariables,
  useRecordKpiActual,
} from './data/useRecordKpiActual.js';
export { formatMessage } from './i18n/formatMessage.js';
export { createFormatters, type Formatters, useFormatters } from './i18n/useFormatters.js';
export { useMessages } from './i18n/useMessages.js';
export type { Appearance, NorthstarContextValue, NorthstarMessages } from './provider/NorthstarContext.js';
export { NorthstarProvider, type NorthstarProviderProps } from './provider/NorthstarProvider.js';
export { useNorthstar } from './provider/useNorthstar.js';
export { createTheme, DEFAULT_THEME } from './theme/createTheme.js';
export type { NorthstarTheme, ThemeDensity, ThemeOptions, ThemeTokens } from './theme/theme.types.js';
export { TOKENS, TONE_TOKEN, type TokenName } from './theme/tokens.js';
