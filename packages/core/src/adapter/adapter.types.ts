import type {
  FeedbackDraft,
  FeedbackRequest,
  FeedbackRequestStatus,
  FeedbackResponse,
  FeedbackTemplate,
  Relationship,
} from '../domain/feedback.types.js';
import type { Goal, ParentEdge } from '../domain/goal.types.js';
import type { Kpi, KpiSample } from '../domain/kpi.types.js';
import type { Person } from '../domain/person.types.js';
import type { ReviewCycle } from '../domain/reviewCycle.types.js';
import type { TalentMoveRecord, TalentRecord } from '../domain/talent.types.js';
import type { FeedbackAggregate } from '../feedback/feedbackSummary.types.js';

/**
 * Options every read takes: an `AbortSignal` (react-query passes one to each `queryFn`).
 *
 * @example
 * useQuery({ queryKey: ['goals'], queryFn: ({ signal }) => adapter.goals!.list({}, { signal }) });
 */
export interface ReadOptions {
  signal?: AbortSignal;
}

/**
 * Options every write takes: an `AbortSignal` and an idempotency key, so a retried write is applied once.
 *
 * @example
 * await adapter.goals!.create!(input, { idempotencyKey: crypto.randomUUID() });
 */
export interface WriteOptions {
  signal?: AbortSignal;
  /** Unique per logical write; resending the same key returns the first result instead of writing twice. */
  idempotencyKey: string;
}

/**
 * Filters for `goals.list`; all given filters must match.
 *
 * @example
 * const q: GoalQuery = { cycleId: 'fy25-q3', ownerId: 'p-3' };
 */
export interface GoalQuery {
  cycleId?: string;
  ownerId?: string;
  /** Only these ids (unknown ids are left out, not an error). */
  ids?: readonly string[];
}

/**
 * What `goals.create` takes: a goal without the fields the server owns.
 *
 * @example
 * const input: GoalInput = { title: 'Cut churn to 4%', parentId: 'o-2', metric: { start: 8, target: 4 } };
 */
export type GoalInput = Omit<Goal, 'id' | 'checkIns' | 'updatedAt'>;

/**
 * What `goals.update` takes: the fields to change; alignment changes go through `goals.align`.
 *
 * @example
 * const patch: GoalPatch = { status: 'done', title: 'Cut churn to 3.5%' };
 */
export type GoalPatch = Partial<Omit<Goal, 'id' | 'checkIns' | 'updatedAt' | 'parentId' | 'parents'>>;

/**
 * What `goals.checkIn` takes: the metric's new current value (null for a note-only check-in).
 *
 * @example
 * const c: CheckInInput = { current: 42, note: 'Pilot live' };
 */
export interface CheckInInput {
  current: number | null;
  note?: string;
  /** ISO date-time; the server's clock when absent. */
  at?: string;
  authorId?: string;
}

/**
 * Goals, objectives and key results: reads plus optional writes.
 *
 * @example
 * const goals: GoalsAdapter = { list: async () => [], get: async (id) => fetchGoal(id) }; // read-only
 */
export interface GoalsAdapter {
  /** Goals matching every given filter. */
  list(query: GoalQuery, options?: ReadOptions): Promise<Goal[]>;
  /** One goal; rejects `NOT_FOUND` naming the id. */
  get(id: string, options?: ReadOptions): Promise<Goal>;
  create?(input: GoalInput, options: WriteOptions): Promise<Goal>;
  update?(id: string, patch: GoalPatch, options: WriteOptions): Promise<Goal>;
  /** Appends a check-in and sets the metric's `current`; resolves to the updated goal. */
  checkIn?(goalId: string, input: CheckInInput, options: WriteOptions): Promise<Goal>;
  /** Replaces the goal's parent edges; rejects `CYCLE` (ids in `details.cycle`) when that would form a cycle. */
  align?(goalId: string, parents: readonly ParentEdge[], options: WriteOptions): Promise<Goal>;
  remove?(id: string, options: WriteOptions): Promise<void>;
  /**
   * The goals aligned directly under `parentId` (via `parentId` or a `parents` edge), for lazy branches: a goal
   * whose `childCount` is above the number of its children already loaded has more to fetch. Unknown parent →
   * `NOT_FOUND`.
   */
  listChildren?(parentId: string, options?: ReadOptions): Promise<Goal[]>;
}

/**
 * Filters for `kpis.list`; all given filters must match.
 *
 * @example
 * const q: KpiQuery = { department: 'Sales' };
 */
export interface KpiQuery {
  ids?: readonly string[];
  ownerId?: string;
  department?: string;
}

/**
 * Inclusive period bounds for `kpis.history`, compared as strings (`2025-01` ≤ period ≤ `2025-06`).
 *
 * @example
 * const range: KpiHistoryRange = { from: '2025-01', to: '2025-06' };
 */
export interface KpiHistoryRange {
  from?: string;
  to?: string;
}

/**
 * What `kpis.record` takes: one period's value.
 *
 * @example
 * const s: KpiSampleInput = { period: '2025-09', actual: 3.4 };
 */
export type KpiSampleInput = Omit<KpiSample, 'kpiId'>;

/**
 * KPIs and their history.
 *
 * @example
 * const kpis: KpisAdapter = { list: async () => [], get: loadKpi, history: async () => [] };
 */
export interface KpisAdapter {
  list(query: KpiQuery, options?: ReadOptions): Promise<Kpi[]>;
  /** One KPI; rejects `NOT_FOUND` naming the id. */
  get(id: string, options?: ReadOptions): Promise<Kpi>;
  /** Samples of one KPI, oldest period first. */
  history(kpiId: string, range: KpiHistoryRange, options?: ReadOptions): Promise<KpiSample[]>;
  /** Stores a sample (replacing the one of the same period); resolves to the KPI, updated when the period is the latest. */
  record?(kpiId: string, sample: KpiSampleInput, options: WriteOptions): Promise<Kpi>;
  /**
   * The history of several KPIs in one request (a table asks for its visible rows at once): samples per KPI id,
   * oldest period first; unknown ids are left out, not an error. Widgets fall back to `history` per KPI without it.
   */
  historyMany?(
    kpiIds: readonly string[],
    range: KpiHistoryRange,
    options?: ReadOptions,
  ): Promise<Record<string, KpiSample[]>>;
}

/**
 * Filters for `feedback.listResponses`; `cycleId` matches responses submitted within the cycle's dates.
 *
 * @example
 * const q: FeedbackResponseQuery = { subjectId: 'p-2', templateId: 'q3-360' };
 */
export interface FeedbackResponseQuery {
  subjectId?: string;
  cycleId?: string;
  templateId?: string;
}

/**
 * What `feedback.submit` takes: a response without its id; `templateId` is required so answers can be checked.
 *
 * @example
 * const r: FeedbackResponseInput = { templateId: 'q3-360', subjectId: 'p-2', raterId: 'p-9', relationship: 'peer', answers: { collab: 4 } };
 */
export type FeedbackResponseInput = Omit<FeedbackResponse, 'id' | 'templateId'> & { templateId: string };

/**
 * Identifies a rater's draft: one per template, subject and rater.
 *
 * @example
 * const key: FeedbackDraftKey = { templateId: 'q3-360', subjectId: 'p-2', raterId: 'p-9' };
 */
export interface FeedbackDraftKey {
  templateId: string;
  subjectId: string;
  raterId: string;
}

/**
 * What `feedback.saveDraft` takes: the draft without the fields the server owns.
 *
 * @example
 * const d: FeedbackDraftInput = { templateId: 'q3-360', subjectId: 'p-2', raterId: 'p-9', relationship: 'peer', answers: {} };
 */
export type FeedbackDraftInput = Omit<FeedbackDraft, 'id' | 'updatedAt'>;

/**
 * What `feedback.summarize` takes: whose feedback under which template (optionally one cycle).
 *
 * @example
 * const q: FeedbackSummaryQuery = { subjectId: 'p-2', templateId: 'q3-360' };
 */
export interface FeedbackSummaryQuery {
  subjectId: string;
  templateId: string;
  cycleId?: string;
}

/**
 * Filters for `feedback.listRequests`; all given filters must match.
 *
 * @example
 * const q: FeedbackRequestQuery = { raterId: 'p-9', status: 'open' };
 */
export interface FeedbackRequestQuery {
  subjectId?: string;
  raterId?: string;
  templateId?: string;
  status?: FeedbackRequestStatus;
}

/**
 * What `feedback.request` takes: one rater asked to give feedback on one subject.
 *
 * @example
 * const r: FeedbackRequestInput = { templateId: 'q3-360', subjectId: 'p-2', raterId: 'p-9', relationship: 'peer' };
 */
export interface FeedbackRequestInput {
  templateId: string;
  subjectId: string;
  raterId: string;
  relationship: Relationship;
  requestedBy?: string;
  /** ISO date the feedback is due. */
  dueOn?: string;
}

/**
 * Feedback templates, submitted responses and server-side drafts.
 *
 * @example
 * const feedback: FeedbackAdapter = { getTemplate: loadTemplate, listResponses: async () => [] };
 */
export interface FeedbackAdapter {
  /** One template; rejects `NOT_FOUND` naming the id. */
  getTemplate(id: string, options?: ReadOptions): Promise<FeedbackTemplate>;
  listTemplates?(options?: ReadOptions): Promise<FeedbackTemplate[]>;
  /**
   * Raw responses, rater ids included: aggregate with `aggregateFeedback` before showing them to anyone. Optional:
   * a server that never hands out raw responses offers `summarize` instead.
   */
  listResponses?(query: FeedbackResponseQuery, options?: ReadOptions): Promise<FeedbackResponse[]>;
  /** Validates the answers against the template, stores the response and deletes the rater's matching draft. */
  submit?(response: FeedbackResponseInput, options: WriteOptions): Promise<FeedbackResponse>;
  /** Creates or replaces the draft for its template, subject and rater. */
  saveDraft?(draft: FeedbackDraftInput, options: WriteOptions): Promise<FeedbackDraft>;
  /** The rater's draft, or null when there is none. */
  loadDraft?(key: FeedbackDraftKey, options?: ReadOptions): Promise<FeedbackDraft | null>;
  deleteDraft?(id: string, options: WriteOptions): Promise<void>;
  /**
   * The subject's feedback aggregated by core's `aggregateFeedback` with the template's anonymity threshold, so raw
   * responses (and anonymous raters) never leave the server. Widgets aggregate `listResponses` locally without it.
   */
  summarize?(query: FeedbackSummaryQuery, options?: ReadOptions): Promise<FeedbackAggregate>;
  /** Feedback requests (who was asked to rate whom); the size of a relationship group tells whether anonymity holds. */
  listRequests?(query: FeedbackRequestQuery, options?: ReadOptions): Promise<FeedbackRequest[]>;
  /** Asks raters for feedback; resolves to the created requests (an existing open request is returned, not doubled). */
  request?(inputs: readonly FeedbackRequestInput[], options: WriteOptions): Promise<FeedbackRequest[]>;
}

/**
 * Filters for `talent.list`.
 *
 * @example
 * const q: TalentQuery = { cycleId: 'fy25-h2' };
 */
export interface TalentQuery {
  cycleId?: string;
}

/**
 * Filters for `talent.listMoves`.
 *
 * @example
 * const q: TalentMoveQuery = { cycleId: 'fy25-h2', personId: 'p-7' };
 */
export interface TalentMoveQuery {
  cycleId?: string;
  personId?: string;
}

/**
 * What `talent.move` takes: the new placement and a mandatory, non-empty reason.
 *
 * @example
 * const m: TalentMove = { performance: 0.8, potential: 0.7, box: 9, reason: 'Led the platform rewrite' };
 */
export interface TalentMove {
  /** The record's cycle when a person has records in several cycles. */
  cycleId?: string;
  performance?: number | null;
  potential?: number | null;
  box?: number;
  reason: string;
  movedBy?: string;
  /**
   * The record's `updatedAt` the mover saw; when the stored record changed since, the move rejects `CONFLICT` with
   * the current record in `details.current`, so the user can choose.
   */
  expectedUpdatedAt?: string;
}

/**
 * Talent-review (9-box) placements.
 *
 * @example
 * const talent: TalentAdapter = { list: async () => records };
 */
export interface TalentAdapter {
  list(query: TalentQuery, options?: ReadOptions): Promise<TalentRecord[]>;
  move?(personId: string, move: TalentMove, options: WriteOptions): Promise<TalentRecord>;
  /** Every recorded move, oldest first (an undo is a move back, recorded like any other). */
  listMoves?(query: TalentMoveQuery, options?: ReadOptions): Promise<TalentMoveRecord[]>;
}

/**
 * Filters for `people.list`; all given filters must match.
 *
 * @example
 * const q: PeopleQuery = { managerId: 'p-1', search: 'ada' };
 */
export interface PeopleQuery {
  ids?: readonly string[];
  /** Direct reports of this person; `null` finds people without a manager. */
  managerId?: string | null;
  department?: string;
  /** Case-insensitive text in the name, title or email. */
  search?: string;
}

/**
 * The people directory (read-only: the HR system owns it).
 *
 * @example
 * const people: PeopleAdapter = { list: async () => [], get: loadPerson };
 */
export interface PeopleAdapter {
  list(query: PeopleQuery, options?: ReadOptions): Promise<Person[]>;
  /** One person; rejects `NOT_FOUND` naming the id. */
  get(id: string, options?: ReadOptions): Promise<Person>;
}

/**
 * Review cycles (read-only).
 *
 * @example
 * const cycles: CyclesAdapter = { list: async () => [q3] };
 */
export interface CyclesAdapter {
  list(options?: ReadOptions): Promise<ReviewCycle[]>;
  get?(id: string, options?: ReadOptions): Promise<ReviewCycle>;
}

/**
 * The name of an adapter domain.
 *
 * @example
 * const domain: AdapterDomain = 'goals';
 */
export type AdapterDomain = 'goals' | 'kpis' | 'feedback' | 'talent' | 'people' | 'cycles';

/**
 * A change pushed by `subscribe`, so caches can refetch (e.g. `queryClient.invalidateQueries({ queryKey: [type] })`).
 *
 * @example
 * const change: AdapterChange = { type: 'goals', ids: ['kr-7'], kind: 'updated' };
 */
export interface AdapterChange {
  type: AdapterDomain;
  ids: string[];
  kind: 'created' | 'updated' | 'removed';
}

/**
 * Receives adapter changes.
 *
 * @example
 * const listener: AdapterListener = (change) => console.log(change.type, change.ids);
 */
export type AdapterListener = (change: AdapterChange) => void;

/**
 * How widgets reach the host's data: every domain is optional, every write method is optional, so a
 * read-only or partial adapter type-checks and widgets fall back to read-only when a write is missing.
 *
 * @example
 * const adapter: NorthstarAdapter = {
 *   goals: {
 *     list: (query, { signal } = {}) => api.get('/goals', { query, signal }),
 *     get: (id, { signal } = {}) => api.get(`/goals/${id}`, { signal }),
 *     checkIn: (id, input, { signal, idempotencyKey }) =>
 *       api.post(`/goals/${id}/check-ins`, input, { signal, headers: { 'Idempotency-Key': idempotencyKey } }),
 *   },
 * };
 */
export interface NorthstarAdapter {
  goals?: GoalsAdapter;
  kpis?: KpisAdapter;
  feedback?: FeedbackAdapter;
  talent?: TalentAdapter;
  people?: PeopleAdapter;
  cycles?: CyclesAdapter;
  /** Pushes changes made elsewhere; returns the unsubscribe function. */
  subscribe?(listener: AdapterListener): () => void;
}

/**
 * An adapter with every domain and every method present (what the memory and test adapters return).
 *
 * @example
 * const adapter: CompleteAdapter = createMemoryAdapter({});
 * await adapter.goals.create(input, { idempotencyKey: 'k1' }); // no `!` needed
 */
export interface CompleteAdapter {
  goals: Required<GoalsAdapter>;
  kpis: Required<KpisAdapter>;
  feedback: Required<FeedbackAdapter>;
  talent: Required<TalentAdapter>;
  people: Required<PeopleAdapter>;
  cycles: Required<CyclesAdapter>;
  subscribe(listener: AdapterListener): () => void;
}

/**
 * What a widget may do with one domain: `read`/`write` say whether any read/write method exists.
 *
 * @example
 * const caps: DomainCapabilities = { read: true, write: false, methods: ['list', 'get'] };
 */
export interface DomainCapabilities {
  read: boolean;
  write: boolean;
  /** The known methods present, in contract order. */
  methods: string[];
}

/**
 * What `adapterCapabilities` returns: one entry per domain plus whether live changes are pushed.
 *
 * @example
 * if (!adapterCapabilities(adapter).goals.write) renderReadOnly();
 */
export type AdapterCapabilities = Record<AdapterDomain, DomainCapabilities> & { subscribe: boolean };
