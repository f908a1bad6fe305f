import type { FeedbackDraft } from '@northstar/core';
import { describe, expect, it } from 'vitest';
import {
  createFeedbackDraftStore,
  type DraftStorage,
  FEEDBACK_DRAFT_SCHEMA,
  feedbackDraftKey,
  pickNewerDraft,
} from './feedbackDraftStore.js';

function memoryStorage(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}
const ids = { templateId: 'h2-360', subjectId: 'p-053', raterId: 'p-224' };

describe('createFeedbackDraftStore', () => {
  it('save then load (a new store over the same storage, as after a reload) → the same answers', () => {
    const storage = memoryStorage();
    const first = createFeedbackDraftStore({ ...ids, storage, tabId: 'a' });
    expect(
      first.save({
        answers: { impact: 4, comments: 'Clear' },
        anonymous: true,
        updatedAt: '2026-11-20T10:42:00Z',
      }),
    ).toBe(true);
    const reloaded = createFeedbackDraftStore({ ...ids, storage, tabId: 'b' });
    expect(reloaded.load()).toEqual({
      status: 'ok',
      draft: {
        answers: { impact: 4, comments: 'Clear' },
        anonymous: true,
        updatedAt: '2026-11-20T10:42:00Z',
        tabId: 'a',
      },
    });
  });

  it('drafts are namespaced by template, subject and rater (escaped, so ids with colons cannot collide)', () => {
    expect(feedbackDraftKey('h2-360', 'p-053', 'p-224')).toBe('northstar:feedback-draft:h2-360:p-053:p-224');
    expect(feedbackDraftKey('t', 'a:b', 'c')).not.toBe(feedbackDraftKey('t', 'a', 'b:c'));
    const storage = memoryStorage();
    createFeedbackDraftStore({ ...ids, storage, tabId: 'a' }).save({
      answers: { impact: 1 },
      anonymous: false,
      updatedAt: '2026-11-20T10:42:00Z',
    });
    expect(createFeedbackDraftStore({ ...ids, raterId: 'p-225', storage, tabId: 'a' }).load()).toEqual({
      status: 'none',
    });
  });

  it('load(unparseable JSON or wrong shape) → discarded as corrupt and removed, never thrown', () => {
    const storage = memoryStorage();
    const store = createFeedbackDraftStore({ ...ids, storage, tabId: 'a' });
    storage.setItem(store.key, '{not json');
    expect(store.load()).toEqual({ status: 'discarded', reason: 'corrupt' });
    expect(storage.map.has(store.key)).toBe(false);
    storage.setItem(
      store.key,
      JSON.stringify({
        v: FEEDBACK_DRAFT_SCHEMA,
        answers: { impact: { x: 1 } },
        updatedAt: '2026-11-20T10:42:00Z',
      }),
    );
    expect(store.load()).toEqual({ status: 'discarded', reason: 'corrupt' });
  });

  it('load(another schema version) → discarded as outdated', () => {
    const storage = memoryStorage();
    const store = createFeedbackDraftStore({ ...ids, storage, tabId: 'a' });
    storage.setItem(store.key, JSON.stringify({ v: 0, answers: {}, updatedAt: '2026-11-20T10:42:00Z' }));
    expect(store.load()).toEqual({ status: 'discarded', reason: 'outdated' });
  });

  it('save(storage that throws, e.g. quota) → false, and no storage at all → false', () => {
    const full: DraftStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {},
    };
    const draft = { answers: {}, anonymous: false, updatedAt: '2026-11-20T10:42:00Z' };
    expect(createFeedbackDraftStore({ ...ids, storage: full, tabId: 'a' }).save(draft)).toBe(false);
    expect(createFeedbackDraftStore({ ...ids, storage: null, tabId: 'a' }).save(draft)).toBe(false);
  });
});

describe('pickNewerDraft', () => {
  const local = { answers: { impact: 4 }, anonymous: false, updatedAt: '2026-11-20T10:42:00Z', tabId: 'a' };
  const server: FeedbackDraft = {
    id: 'd',
    ...ids,
    relationship: 'peer',
    answers: { impact: 2 },
    updatedAt: '2026-11-20T11:00:00Z',
  };

  it('pickNewerDraft(server saved later, e.g. on another device) → the server draft', () => {
    expect(pickNewerDraft(local, server)).toMatchObject({ source: 'server', answers: { impact: 2 } });
  });

  it('pickNewerDraft(local newer or tied) → local; (neither) → null', () => {
    expect(pickNewerDraft({ ...local, updatedAt: '2026-11-20T11:00:00Z' }, server)?.source).toBe('local');
    expect(pickNewerDraft(local, null)?.source).toBe('local');
    expect(pickNewerDraft(null, null)).toBeNull();
  });
});
