import type { FeedbackAnswer, FeedbackDraft } from '@northstar/core';

/** Bumped whenever the stored shape changes; drafts of another version are discarded with a notice. */
export const FEEDBACK_DRAFT_SCHEMA = 1;

/** The part of `Storage` the store uses, so tests and hosts can pass their own (sessionStorage, a Map). */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * A draft saved on this device.
 *
 * @example
 * const d: LocalFeedbackDraft = { answers: { impact: 4 }, anonymous: false, updatedAt: '2026-11-20T10:42:00.000Z', tabId: 't1' };
 */
export interface LocalFeedbackDraft {
  answers: Record<string, FeedbackAnswer>;
  anonymous: boolean;
  /** ISO date-time of the last change. */
  updatedAt: string;
  /** The tab that wrote it, so another tab can tell its own writes from a second editor's. */
  tabId: string;
  /** The idempotency key of a submission already attempted, so a retry after a reload cannot store a second response. */
  submitKey?: string;
}

/**
 * What `load()` found: nothing, a usable draft, or a draft that was thrown away (unreadable or another schema).
 *
 * @example
 * const r: DraftLoadResult = { status: 'discarded', reason: 'outdated' };
 */
export type DraftLoadResult =
  | { status: 'none' }
  | { status: 'ok'; draft: LocalFeedbackDraft }
  | { status: 'discarded'; reason: 'corrupt' | 'outdated' };

/**
 * Where one rater's draft for one subject under one template lives on this device.
 *
 * @example
 * const store = createFeedbackDraftStore({ storage: localStorage, templateId: 'h2-360', subjectId: 'p-053', raterId: 'p-224' });
 */
export interface FeedbackDraftStore {
  readonly key: string;
  load(): DraftLoadResult;
  /** Saves at once; false when the storage refused (quota, private mode): the form keeps working in memory. */
  save(draft: Omit<LocalFeedbackDraft, 'tabId'>): boolean;
  remove(): void;
}

/**
 * Options of `createFeedbackDraftStore`.
 *
 * @example
 * const o: FeedbackDraftStoreOptions = { storage: window.localStorage, templateId: 't', subjectId: 's', raterId: 'r', tabId: 'tab-1' };
 */
export interface FeedbackDraftStoreOptions {
  /** Defaults to `globalThis.localStorage` when there is one; without storage nothing is kept. */
  storage?: DraftStorage | null;
  templateId: string;
  subjectId: string;
  raterId: string;
  tabId: string;
}

/**
 * The storage key of a draft, namespaced by template, subject and rater (each part escaped, so ids with colons
 * cannot collide).
 *
 * @example
 * feedbackDraftKey('h2-360', 'p-053', 'p-224'); // 'northstar:feedback-draft:h2-360:p-053:p-224'
 */
export function feedbackDraftKey(templateId: string, subjectId: string, raterId: string): string {
  return ['northstar:feedback-draft', ...[templateId, subjectId, raterId].map(encodeURIComponent)].join(':');
}

function isAnswerRecord(value: unknown): value is Record<string, FeedbackAnswer> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  // Lists of labels (multiple choice) are the same schema: a v1 draft without them reads as before.
  return Object.values(value).every(
    (v) =>
      v === null ||
      typeof v === 'string' ||
      (typeof v === 'number' && Number.isFinite(v)) ||
      (Array.isArray(v) && v.every((x) => typeof x === 'string')),
  );
}

function defaultStorage(): DraftStorage | null {
  try {
    return (globalThis as { localStorage?: DraftStorage }).localStorage ?? null;
  } catch {
    // Accessing localStorage throws in some sandboxed iframes.
    return null;
  }
}

/**
 * A local draft store (localStorage by default) with a schema version: unreadable or other-version entries are
 * removed and reported as `discarded`, never thrown.
 *
 * @example
 * const store = createFeedbackDraftStore({ templateId: 'h2-360', subjectId: 'p-053', raterId: 'p-224', tabId: 'tab-1' });
 * store.save({ answers: { impact: 4 }, anonymous: false, updatedAt: new Date().toISOString() });
 * store.load(); // { status: 'ok', draft: { answers: { impact: 4 }, … } }
 */
export function createFeedbackDraftStore(options: FeedbackDraftStoreOptions): FeedbackDraftStore {
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const key = feedbackDraftKey(options.templateId, options.subjectId, options.raterId);
  const discard = (reason: 'corrupt' | 'outdated'): DraftLoadResult => {
    try {
      storage?.removeItem(key);
    } catch {
      // Nothing more to do: the entry is ignored either way.
    }
    return { status: 'discarded', reason };
  };
  return {
    key,
    load() {
      let raw: string | null;
      try {
        raw = storage?.getItem(key) ?? null;
      } catch {
        return { status: 'none' };
      }
      if (raw === null) return { status: 'none' };
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        return discard('corrupt');
      }
      if (typeof parsed !== 'object' || parsed === null) return discard('corrupt');
      const entry = parsed as Record<string, unknown>;
      if (entry.v !== FEEDBACK_DRAFT_SCHEMA)
        return typeof entry.v === 'number' ? discard('outdated') : discard('corrupt');
      if (
        !isAnswerRecord(entry.answers) ||
        typeof entry.updatedAt !== 'string' ||
        Number.isNaN(Date.parse(entry.updatedAt))
      ) {
        return discard('corrupt');
      }
      return {
        status: 'ok',
        draft: {
          answers: entry.answers,
          anonymous: entry.anonymous === true,
          updatedAt: entry.updatedAt,
          tabId: typeof entry.tabId === 'string' ? entry.tabId : '',
          ...(typeof entry.submitKey === 'string' ? { submitKey: entry.submitKey } : {}),
        },
      };
    },
    save(draft) {
      if (!storage) return false;
      try {
        storage.setItem(
          key,
          JSON.stringify({
            v: FEEDBACK_DRAFT_SCHEMA,
            templateId: options.templateId,
            subjectId: options.subjectId,
            raterId: options.raterId,
            answers: draft.answers,
            anonymous: draft.anonymous,
            updatedAt: draft.updatedAt,
            tabId: options.tabId,
            submitKey: draft.submitKey,
          }),
        );
        return true;
      } catch {
        return false;
      }
    },
    remove() {
      try {
        storage?.removeItem(key);
      } catch {
        // A draft that cannot be removed is overwritten by the next one; nothing to report.
      }
    },
  };
}

/**
 * The draft to restore: the newer of the local and the server draft by `updatedAt` (local on a tie, as it was
 * written last by this device), or null when there is none.
 *
 * @example
 * pickNewerDraft(local, serverDraft)?.source; // 'server' when another device saved later
 */
export function pickNewerDraft(
  local: LocalFeedbackDraft | null,
  server: FeedbackDraft | null,
): {
  source: 'local' | 'server';
  answers: Record<string, FeedbackAnswer>;
  anonymous: boolean;
  updatedAt: string;
  submitKey?: string;
} | null {
  const localAt = local ? Date.parse(local.updatedAt) : Number.NEGATIVE_INFINITY;
  const serverAt = server ? Date.parse(server.updatedAt) : Number.NEGATIVE_INFINITY;
  if (server && serverAt > localAt) {
    return {
      source: 'server',
      answers: server.answers,
      anonymous: server.anonymous === true,
      updatedAt: server.updatedAt,
    };
  }
  if (local) {
    const { answers, anonymous, updatedAt, submitKey } = local;
    return {
      source: 'local',
      answers,
      anonymous,
      updatedAt,
      ...(submitKey === undefined ? {} : { submitKey }),
    };
  }
  return null;
}
