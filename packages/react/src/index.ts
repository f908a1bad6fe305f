// The root entry of @northstar/react: provider, theming, i18n helpers, shared widget hooks and data hooks. Widgets are NOT exported here:
// each has its own subpath (@northstar/react/kpi-gauge, /kpi-table) so hosts pay only for the widgets they import.
// Names are listed explicitly (no `export *`) so the public surface is reviewable.

export type {
  NorthstarQueryOptions,
  NorthstarQueryResult,
} from './data/data.types.js';
export { feedbackKeys } from './data/feedbackKeys.js';
export { NorthstarQueryError, type NorthstarQueryErrorCode } from './data/NorthstarQueryError.js';
export { northstarKeys } from './data/northstarKeys.js';
export { talentKeys } from './data/talentKeys.js';
export { useAdapterCapabilities } from './data/useAdapterCapabilities.js';
export { type AlignGoalVariables, useAlignGoal } from './data/useAlignGoal.js';
export { type CheckInVariables, useCheckIn } from './data/useCheckIn.js';
export { useFeedbackDraft } from './data/useFeedbackDraft.js';
export { useFeedbackRequests } from './data/useFeedbackRequests.js';
export { useFeedbackSummary } from './data/useFeedbackSummary.js';
export { useFeedbackTemplate } from './data/useFeedbackTemplate.js';
export { useGoalChildren } from './data/useGoalChildren.js';
export { useGoals } from './data/useGoals.js';
export type { GoalWriteResult } from './data/useGoalWrite.js';
export { useKpi } from './data/useKpi.js';
export { useKpiHistory } from './data/useKpiHistory.js';
export { useKpis } from './data/useKpis.js';
export {
  conflictOf,
  type MoveTalentResult,
  type MoveTalentVariables,
  type TalentMoveConflict,
  useMoveTalent,
} from './data/useMoveTalent.js';
export { usePeople } from './data/usePeople.js';
export {
  type RecordKpiActualResult,
  type RecordKpiActualVariables,
  useRecordKpiActual,
} from './data/useRecordKpiActual.js';
export { type SaveDraftResult, useSaveDraft } from './data/useSaveDraft.js';
export {
  type SubmitFeedbackResult,
  type SubmitFeedbackVariables,
  useSubmitFeedback,
} from './data/useSubmitFeedback.js';
export { useTalent } from './data/useTalent.js';
export { useTalentMoves } from './data/useTalentMoves.js';
export { createFormatters, type Formatters, isIntlUnit } from './i18n/createFormatters.js';
export {
  createTranslator,
  type MessageOverrides,
  type MessageParams,
  type Translator,
} from './i18n/createTranslator.js';
export {
  CATALOGUE_LOCALES,
  type CatalogueLocale,
  defineMessages,
  type Message,
  type MessageCatalogue,
  type MessageKey,
  type PluralMessage,
} from './i18n/defineMessages.js';
export { formatMessage } from './i18n/formatMessage.js';
export { resolveCatalogueLocale } from './i18n/resolveCatalogueLocale.js';
export { useFormatters } from './i18n/useFormatters.js';
export { useMessages } from './i18n/useMessages.js';
export {
  type ControllableStateOptions,
  useControllableState,
} from './internal/useControllableState.js';
export { useIsomorphicLayoutEffect } from './internal/useIsomorphicLayoutEffect.js';
export {
  type RovingFocus,
  type RovingFocusOptions,
  type RovingItemProps,
  useRovingFocus,
} from './internal/useRovingFocus.js';
export type {
  Appearance,
  NorthstarContextValue,
  NorthstarMessages,
  QueryClientSlot,
} from './provider/NorthstarContext.js';
export { NorthstarProvider, type NorthstarProviderProps } from './provider/NorthstarProvider.js';
export { textDirection } from './provider/textDirection.js';
export { useNorthstar } from './provider/useNorthstar.js';
export { createTheme, DEFAULT_THEME } from './theme/createTheme.js';
export type { NorthstarTheme, ThemeDensity, ThemeOptions, ThemeTokens } from './theme/theme.types.js';
export { modeVariable, themeVariables } from './theme/themeVariables.js';
export { TOKENS, TONE_TOKEN, type TokenName } from './theme/tokens.js';
