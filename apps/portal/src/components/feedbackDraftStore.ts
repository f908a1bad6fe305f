import type { FeedbackAnswer } from '@northstar/core';

/** What the portal keeps in localStorage per request, so answers survive a reload even when the network is down. */
export interface LocalDraft {
  answers: Record<string, FeedbackAnswer>;
  anonymous: boolean;
  savedAt: string;
}

const draftKey = (requestId: string) => `acme.feedback.draft.${requestId}`;
const submitKey = (requestId: string) => `acme.feedback.submit.${requestId}`;

export function readLocalDraft(requestId: string): LocalDraft | null {
  try {
    const raw = window.localStorage.getItem(draftKey(requestId));
    return raw ? (JSON.parse(raw) as LocalDraft) : null;
  } catch {
    return null;
  }
}

export function writeLocalDraft(requestId: string, draft: LocalDraft): void {
  window.localStorage.setItem(draftKey(requestId), JSON.stringify(draft));
}

export function clearLocal(requestId: string): void {
  window.localStorage.removeItem(draftKey(requestId));
  window.localStorage.removeItem(submitKey(requestId));
}

/**
 * The idempotency key of a submission: the same answers reuse the stored key (so a retry after a dropped response
 * — even after a reload — is replayed by the server, never counted twice); different answers get a new one.
 */
export function submissionKey(requestId: string, body: string): string {
  const raw = window.localStorage.getItem(submitKey(requestId));
  const stored = raw ? (JSON.parse(raw) as { key: string; body: string }) : null;
  if (stored && stored.body === body) return stored.key;
  const key = crypto.randomUUID();
  window.localStorage.setItem(submitKey(requestId), JSON.stringify({ key, body }));
  return key;
}
