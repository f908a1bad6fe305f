import type {
  FeedbackDraft,
  FeedbackRequest,
  FeedbackResponse,
  FeedbackTemplate,
} from '../domain/feedback.types.js';
import type { Goal } from '../domain/goal.types.js';
import type { Kpi, KpiSample } from '../domain/kpi.types.js';
import type { Person } from '../domain/person.types.js';
import type { ReviewCycle } from '../domain/reviewCycle.types.js';
import type { TalentMoveRecord, TalentRecord } from '../domain/talent.types.js';
import { fail, requireId, show } from '../internal/assert.js';
import { clonePlain } from './clonePlain.js';
import type { MemoryAdapterSeed } from './memoryAdapter.types.js';
import { requireText } from './memoryChecks.js';
import { validateGoal } from './validateGoal.js';

/**
 * The memory adapter's private state; every record in it is a copy nobody outside holds.
 *
 * @example
 * const store = seedStore({ goals: [{ id: 'o-1', title: 'Grow' }] });
 * store.goals.get('o-1')?.title; // 'Grow'
 */
export interface MemoryStore {
  people: Map<string, Person>;
  cycles: Map<string, ReviewCycle>;
  goals: Map<string, Goal>;
  /** Every check-in id in use, so new ones never clash. */
  checkInIds: Set<string>;
  kpis: Map<string, Kpi>;
  /** Samples by KPI id, then by period. */
  kpiHistory: Map<string, Map<string, KpiSample>>;
  templates: Map<string, FeedbackTemplate>;
  responses: Map<string, FeedbackResponse>;
  drafts: Map<string, FeedbackDraft>;
  /** Draft id by `draftKey(templateId, subjectId, raterId)`. */
  draftIds: Map<string, string>;
  /** Talent records by person id, then by cycle id ('' for none). */
  talent: Map<string, Map<string, TalentRecord>>;
  /** Every 9-box move, oldest first. */
  talentMoves: TalentMoveRecord[];
  requests: Map<string, FeedbackRequest>;
}

/**
 * The lookup key of a rater's draft.
 *
 * @example
 * draftKey({ templateId: 't', subjectId: 's', raterId: 'r' }); // '["t","s","r"]'
 */
export function draftKey(key: { templateId: string; subjectId: string; raterId: string }): string {
  return JSON.stringify([key.templateId, key.subjectId, key.raterId]);
}

function byId<T extends { id: string }>(records: readonly T[] | undefined, subject: string): Map<string, T> {
  const map = new Map<string, T>();
  (records ?? []).forEach((record, index) => {
    const id = requireId(record?.id, subject, index);
    if (map.has(id))
      fail('DUPLICATE_ID', `${subject} id ${show(id)} appears twice (index ${index})`, { id, index });
    map.set(id, clonePlain(record));
  });
  return map;
}

function seedHistory(
  samples: MemoryAdapterSeed['kpiHistory'],
  kpis: Map<string, Kpi>,
): Map<string, Map<string, KpiSample>> {
  const history = new Map<string, Map<string, KpiSample>>();
  (samples ?? []).forEach((sample, index) => {
    const kpiId = requireText(sample?.kpiId, 'INVALID_ID', 'kpiHistory sample', `#${index}`, 'kpiId');
    if (!kpis.has(kpiId)) {
      fail('UNKNOWN_ID', `kpiHistory[${index}] names kpi ${show(kpiId)}, which is not in "kpis"`, {
        id: kpiId,
        index,
        field: 'kpiId',
      });
    }
    const period = requireText(sample.period, 'EMPTY_INPUT', 'kpiHistory sample', `#${index}`, 'period');
    let periods = history.get(kpiId);
    if (periods === undefined) {
      periods = new Map();
      history.set(kpiId, periods);
    }
    if (periods.has(period)) {
      fail(
        'DUPLICATE_ID',
        `kpiHistory has two samples of kpi ${show(kpiId)} for period ${show(period)} (index ${index})`,
        {
          id: kpiId,
          index,
          field: 'period',
          value: period,
        },
      );
    }
    periods.set(period, clonePlain(sample));
  });
  return history;
}

function seedTalent(records: MemoryAdapterSeed['talent']): Map<string, Map<string, TalentRecord>> {
  const talent = new Map<string, Map<string, TalentRecord>>();
  (records ?? []).forEach((record, index) => {
    const personId = requireText(record?.personId, 'INVALID_ID', 'talent record', `#${index}`, 'personId');
    const cycleKey = record.cycleId ?? '';
    let byCycle = talent.get(personId);
    if (byCycle === undefined) {
      byCycle = new Map();
      talent.set(personId, byCycle);
    }
    if (byCycle.has(cycleKey)) {
      fail(
        'DUPLICATE_ID',
        `talent has two records for person ${show(personId)} in cycle ${show(record.cycleId)} (index ${index})`,
        {
          id: personId,
          index,
          field: 'cycleId',
          value: record.cycleId,
        },
      );
    }
    byCycle.set(cycleKey, clonePlain(record));
  });
  return talent;
}

/**
 * Copies and checks a seed into a fresh store: ids present and unique, goals well-formed with known parents.
 *
 * @example
 * const store = seedStore({ people: [{ id: 'p-1', name: 'Ada' }] });
 */
export function seedStore(seed: MemoryAdapterSeed): MemoryStore {
  const goals = byId(seed.goals, 'goal');
  for (const goal of goals.values()) validateGoal(goal, goal.id, (id) => goals.has(id));
  const checkInIds = new Set<string>();
  for (const goal of goals.values()) for (const checkIn of goal.checkIns ?? []) checkInIds.add(checkIn.id);
  const kpis = byId(seed.kpis, 'kpi');
  return {
    people: byId(seed.people, 'person'),
    cycles: byId(seed.cycles, 'cycle'),
    goals,
    checkInIds,
    kpis,
    kpiHistory: seedHistory(seed.kpiHistory, kpis),
    templates: byId(seed.templates, 'feedback template'),
    responses: byId(seed.responses, 'feedback response'),
    drafts: new Map(),
    draftIds: new Map(),
    talent: seedTalent(seed.talent),
    talentMoves: [...byId(seed.talentMoves, 'talent move').values()],
    requests: byId(seed.requests, 'feedback request'),
  };
}
