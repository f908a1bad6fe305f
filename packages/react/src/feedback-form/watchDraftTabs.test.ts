import { describe, expect, it } from 'vitest';
import { watchDraftTabs } from './watchDraftTabs.js';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('watchDraftTabs', () => {
  it('a second tab opening the same draft → both tabs are told (BroadcastChannel hello/here)', async () => {
    const firstSees = deferred();
    const secondSees = deferred();
    const channelName = `test-${Math.random()}`;
    const first = watchDraftTabs({ key: 'k', tabId: 'a', onOtherTab: firstSees.resolve, channelName });
    const second = watchDraftTabs({ key: 'k', tabId: 'b', onOtherTab: secondSees.resolve, channelName });
    await Promise.all([firstSees.promise, secondSees.promise]);
    first.close();
    second.close();
  });

  it('without BroadcastChannel, a storage event for the key from another tab id → notice; own writes → none', () => {
    const original = globalThis.BroadcastChannel;
    // @ts-expect-error -- simulating a browser without BroadcastChannel
    delete globalThis.BroadcastChannel;
    try {
      const events = new EventTarget();
      let seen = 0;
      const tabs = watchDraftTabs({ key: 'k', tabId: 'a', onOtherTab: () => seen++, storageEvents: events });
      const storageEvent = (key: string, tabId: string) =>
        Object.assign(new Event('storage'), { key, newValue: JSON.stringify({ tabId }) });
      events.dispatchEvent(storageEvent('k', 'a'));
      events.dispatchEvent(storageEvent('other-key', 'b'));
      expect(seen).toBe(0);
      events.dispatchEvent(storageEvent('k', 'b'));
      expect(seen).toBe(1);
      tabs.close();
    } finally {
      globalThis.BroadcastChannel = original;
    }
  });
});
