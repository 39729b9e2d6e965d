import { useStore } from "zustand";
import { createStore } from "zustand/vanilla";

// Whether a newer build of the app is installed and waiting (see
// app/serviceWorker.ts), and how to switch to it. One per page, like the
// service worker itself; the UI shows the prompt from it.

export type UpdateStatus =
  /** Nothing newer, or no service worker (dev server, old browser). */
  | "idle"
  /** A newer build waits: offer "Reload". */
  | "ready"
  /** Saving the open document before switching. */
  | "saving"
  /** The open document could not be stored: the switch was not made. */
  | "unsaved";

export interface AppUpdateState {
  readonly status: UpdateStatus;
  /** Saves the open document, then switches to the newer build (reloading the page). */
  readonly apply: () => Promise<void>;
}

export const appUpdate = createStore<AppUpdateState>(() => ({ status: "idle", apply: async () => {} }));

export function useAppUpdate<T>(selector: (state: AppUpdateState) => T): T {
  return useStore(appUpdate, selector);
}
