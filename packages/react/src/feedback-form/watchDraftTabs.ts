/** The message tabs exchange about a draft key. */
interface TabMessage {
  type: 'hello' | 'here' | 'edit' | 'bye';
  key: string;
  tabId: string;
}

/**
 * Options of `watchDraftTabs`.
 *
 * @example
 * const o: WatchDraftTabsOptions = { key, tabId: 'tab-1', onOtherTab: () => setNotice('otherTab') };
 */
export interface WatchDraftTabsOptions {
  key: string;
  tabId: string;
  /** Called when another tab opens or edits the same draft. */
  onOtherTab: () => void;
  /** Channel name; tests pass their own. */
  channelName?: string;
  /** Where `storage` events arrive when BroadcastChannel is missing (default: `globalThis` when it has listeners). */
  storageEvents?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null;
}

/**
 * What `watchDraftTabs` returns: tell other tabs about an edit, and stop watching.
 *
 * @example
 * const tabs = watchDraftTabs({ key, tabId, onOtherTab }); tabs.announceEdit(); tabs.close();
 */
export interface DraftTabs {
  announceEdit(): void;
  close(): void;
}

/**
 * Detects a second tab editing the same draft: over a BroadcastChannel (hello/here handshake on open, a message per
 * edit), or, without one, through `storage` events for the draft's key written by another tab id.
 *
 * @example
 * const tabs = watchDraftTabs({ key: store.key, tabId, onOtherTab: () => setOtherTab(true) });
 */
export function watchDraftTabs(options: WatchDraftTabsOptions): DraftTabs {
  const { key, tabId, onOtherTab } = options;
  const Channel = (globalThis as { BroadcastChannel?: typeof BroadcastChannel }).BroadcastChannel;
  if (Channel) {
    const channel = new Channel(options.channelName ?? 'northstar-feedback-drafts');
    const post = (type: TabMessage['type']) => channel.postMessage({ type, key, tabId } satisfies TabMessage);
    channel.onmessage = (event: MessageEvent<TabMessage>) => {
      const message = event.data;
      if (message?.key !== key || message.tabId === tabId || message.type === 'bye') return;
      // Answer a newcomer so both tabs learn about each other, not just the second one.
      if (message.type === 'hello') post('here');
      onOtherTab();
    };
    post('hello');
    return {
      announceEdit: () => post('edit'),
      close: () => {
        post('bye');
        channel.close();
      },
    };
  }
  const target =
    options.storageEvents === undefined
      ? typeof (globalThis as { addEventListener?: unknown }).addEventListener === 'function'
        ? (globalThis as unknown as EventTarget)
        : null
      : options.storageEvents;
  const listener = (event: Event) => {
    const { key: changed, newValue } = event as StorageEvent;
    if (changed !== key || newValue === null) return;
    try {
      if ((JSON.parse(newValue) as { tabId?: unknown }).tabId !== tabId) onOtherTab();
    } catch {
      // An unreadable write is the store's to discard on load.
    }
  };
  target?.addEventListener('storage', listener);
  return { announceEdit: () => {}, close: () => target?.removeEventListener('storage', listener) };
}
