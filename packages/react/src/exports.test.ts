// Export-list locks: the runtime names every @northstar/react entry exports. A change here is a change of the public
// API (add a changeset; removing or renaming a name is a breaking change). Types are checked by attw and tsc.
import { beforeAll, describe, expect, it } from 'vitest';

const ENTRIES: Record<string, () => Promise<Record<string, unknown>>> = {
  '@northstar/react': () => import('./index.js'),
  '@northstar/react/kpi-gauge': () => import('./kpi-gauge/index.js'),
  '@northstar/react/kpi-table': () => import('./kpi-table/index.js'),
  '@northstar/react/nine-box': () => import('./nine-box/index.js'),
  '@northstar/react/theme': () => import('./theme/index.js'),
  '@northstar/react/goal-tree': () => import('./goal-tree/index.js'),
  '@northstar/react/feedback-form': () => import('./feedback-form/index.js'),
  '@northstar/react/feedback-summary': () => import('./feedback-summary/index.js'),
  '@northstar/react/feedback-request': () => import('./feedback-request/index.js'),
};

const LOCKED: Record<string, readonly string[]> = {
  '@northstar/react': [
    'CATALOGUE_LOCALES',
    'DEFAULT_THEME',
    'NorthstarProvider',
    'NorthstarQueryError',
    'TOKENS',
    'TONE_TOKEN',
    'conflictOf',
    'createFormatters',
    'createTheme',
    'createTranslator',
    'defineMessages',
    'feedbackKeys',
    'formatMessage',
    'isIntlUnit',
    'modeVariable',
    'northstarKeys',
    'resolveCatalogueLocale',
    'talentKeys',
    'textDirection',
    'themeVariables',
    'useAdapterCapabilities',
    'useAlignGoal',
    'useCheckIn',
    'useControllableState',
    'useFeedbackDraft',
    'useFeedbackRequests',
    'useFeedbackSummary',
    'useFeedbackTemplate',
    'useFormatters',
    'useGoalChildren',
    'useGoals',
    'useIsomorphicLayoutEffect',
    'useKpi',
    'useKpiHistory',
    'useKpis',
    'useMessages',
    'useMoveTalent',
    'useNorthstar',
    'usePeople',
    'useRecordKpiActual',
    'useRovingFocus',
    'useSaveDraft',
    'useSubmitFeedback',
    'useTalent',
    'useTalentMoves',
  ],
  '@northstar/react/feedback-form': [
    'FEEDBACK_DRAFT_SCHEMA',
    'FEEDBACK_FORM_MESSAGES',
    'FeedbackFieldErrors',
    'FeedbackForm',
    'FeedbackFormConnected',
    'FeedbackFormView',
    'SUBMIT_IDLE',
    'createFeedbackDraftStore',
    'explainAnonymity',
    'feedbackDraftKey',
    'pickNewerDraft',
    'resolveFeedbackForm',
    'submitReducer',
    'useFeedbackForm',
    'validateFeedbackValues',
  ],
  '@northstar/react/feedback-summary': [
    'FEEDBACK_SUMMARY_MESSAGES',
    'FeedbackSummary',
    'FeedbackSummaryView',
    'feedbackSummaryCsv',
    'resolveFeedbackSummary',
    'safeCsvCell',
    'summaryChartGeometry',
    'useFeedbackSummaryModel',
  ],
  '@northstar/react/feedback-request': [
    'FEEDBACK_REQUEST_MESSAGES',
    'FeedbackRequest',
    'FeedbackRequestConnected',
    'FeedbackRequestView',
    'REQUEST_RELATIONSHIPS',
    'resolveFeedbackRequest',
    'suggestRelationship',
    'useFeedbackRequest',
  ],
  '@northstar/react/kpi-gauge': [
    'KPI_GAUGE_MESSAGES',
    'KpiGauge',
    'KpiGaugeView',
    'resolveKpiGauge',
    'useKpiGauge',
  ],
  '@northstar/react/kpi-table': [
    'KPI_TABLE_MESSAGES',
    'KpiTable',
    'KpiTableView',
    'buildKpiRows',
    'createKpiTableText',
    'resolveKpiTable',
    'useKpiTable',
  ],
  '@northstar/react/goal-tree': [
    'GOAL_TREE_MESSAGES',
    'GoalTree',
    'MAX_SCROLL_HEIGHT',
    'buildGoalGraph',
    'createScrollScale',
    'expandAllIds',
    'goalTreeKey',
    'parseCheckInValue',
    'parseLocaleNumber',
    'resolveGoalTree',
    'typeAhead',
    'useGoalTree',
  ],
  '@northstar/react/nine-box': [
    'CalibrationPanel',
    'MAX_REASON_LENGTH',
    'NINE_BOX_CSV_COLUMNS',
    'NINE_BOX_HISTORY_COLUMNS',
    'NINE_BOX_MESSAGES',
    'NineBoxGrid',
    'checkReason',
    'createMoveHistory',
    'historyCsv',
    'placementsCsv',
    'rankByName',
    'recordMove',
    'resolveCalibration',
    'resolveNineBox',
    'resolveScope',
    'scoresForBox',
    'undoTarget',
    'useNineBox',
  ],
  '@northstar/react/theme': [
    'CATALOGUE_LOCALES',
    'DEFAULT_THEME',
    'TOKENS',
    'TONE_TOKEN',
    'createFormatters',
    'createTheme',
    'createTranslator',
    'defineMessages',
    'isIntlUnit',
    'modeVariable',
    'resolveCatalogueLocale',
    'textDirection',
    'themeVariables',
  ],
};

const loaded: Record<string, Record<string, unknown>> = {};

describe('export-list lock', () => {
  // The first import transforms the whole widget source tree (seconds on a loaded machine): once, with room to spare.
  beforeAll(async () => {
    for (const [entry, load] of Object.entries(ENTRIES)) loaded[entry] = await load();
  }, 300_000);

  it.each(Object.keys(ENTRIES))('%s exports exactly the locked names', (entry) => {
    const names = Object.keys(loaded[entry]!).sort();
    expect(names).toEqual([...LOCKED[entry]!].sort());
  });

  it('the theme entry exports only plain data and functions that need no React', () => {
    const theme = loaded['@northstar/react/theme']!;
    const root = loaded['@northstar/react']!;
    // everything the server-safe entry offers is also available from the root entry, under the same name
    for (const name of Object.keys(theme)) expect(Object.keys(root), name).toContain(name);
    expect(Object.keys(theme).filter((name) => /^use[A-Z]/.test(name) || /Provider$/.test(name))).toEqual([]);
  });
});
