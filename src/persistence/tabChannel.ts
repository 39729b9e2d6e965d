import type { StoredChange } from "./repository";

// Tells the other tabs of this browser what this tab stored (BroadcastChannel),
// so that a tab showing the same document learns of it at once. Without
// BroadcastChannel the tabs are not told, and the revision check in the
// repository still refuses a stale save: nothing is overwritten either way.

export interface TabChannel {
  post(change: StoredChange): void;
  subscribe(listener: (change: StoredChange) => void): () => void;
  close(): void;
}

export const TAB_CHANNEL_NAME = "selaras-documents";

function isChange(data: unknown): data is StoredChange {
  if (typeof data !== "object" || data === null) return false;
  const { kind, id, revision } = data as Record<string, unknown>;
  if (typeof id !== "string") return false;
  return kind === "removed" || (kind === "saved" && typeof revision === "number");
}

export function createTabChannel(name: string = TAB_CHANNEL_NAME): TabChannel {
  if (typeof BroadcastChannel === "undefined") {
    return { post() {}, subscribe: () => () => {}, close() {} };
  }
  const channel = new BroadcastChannel(name);
  const listeners = new Set<(change: StoredChange) => void>();
  channel.onmessage = (event: MessageEvent) => {
    if (!isChange(event.data)) return;
    for (const listener of listeners) listener(event.data);
  };
  return {
    post(change) {
      try {
        channel.postMessage(change);
      } catch {
        // A closed channel (page closing): the revision check still protects the data.
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      channel.close();
    },
  };
}
