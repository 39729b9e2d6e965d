import type { PlanDocument } from "../domain/types";

// Saves the open document shortly after each change (debounced), at once when
// asked to flush (page hidden or closed), and never drops a failed write: it
// reports the error and retries with a growing delay until a write succeeds.

export type SaveStatus =
  | { readonly state: "saved" }
  | { readonly state: "pending" }
  | { readonly state: "saving" }
  | { readonly state: "error"; readonly reason: string };

export interface AutosaveOptions {
  readonly write: (id: string, doc: PlanDocument) => Promise<void>;
  readonly onStatus: (status: SaveStatus) => void;
  /** Delay after the last change before writing. */
  readonly delayMs?: number;
  readonly retryDelaysMs?: readonly number[];
}

export interface Autosaver {
  /** Remember the latest version of a document and write it soon. */
  schedule(id: string, doc: PlanDocument): void;
  /** Write what is pending now. Resolves true when everything is stored, false when a write failed. */
  flush(): Promise<boolean>;
  hasPending(): boolean;
  /** Every version not yet known to be stored: pending ones and the one being written, newest per document. */
  unsaved(): ReadonlyMap<string, PlanDocument>;
  /** Forget the unsaved versions of a document that is being deleted, so that no retry writes it back. */
  discard(id: string): void;
  dispose(): void;
}

export function createAutosaver(options: AutosaveOptions): Autosaver {
  // None by default: a write starts in the task after the edit's, so an edit is
  // stored within a tenth of a second. Edits made while a write is under way
  // share the next write (one write at a time). Serialising re-uses the text of
  // unchanged boxes (format/serialize.ts), and only the runs of text an edit
  // changed are written (persistence/bodyText.ts), so a write after one edit
  // costs little even on a 10,000-box document.
  const delay = options.delayMs ?? 0;
  const retryDelays = options.retryDelaysMs ?? [1000, 2000, 5000, 10000];
  // The newest unsaved version of each document (usually just the open one).
  const pending = new Map<string, PlanDocument>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> | null = null;
  /** The version being written now, until its write settles. */
  let inFlight: [string, PlanDocument] | null = null;
  let failures = 0;
  let disposed = false;

  function arm(ms: number) {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void run();
    }, ms);
  }

  async function writeAll(): Promise<void> {
    while (pending.size > 0 && !disposed) {
      const [id, doc] = pending.entries().next().value as [string, PlanDocument];
      pending.delete(id);
      options.onStatus({ state: "saving" });
      inFlight = [id, doc];
      try {
        await options.write(id, doc);
        failures = 0;
      } catch (error) {
        // Keep the failed version unless a newer one arrived meanwhile.
        if (!pending.has(id)) pending.set(id, doc);
        const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        options.onStatus({ state: "error", reason });
        const wait = retryDelays[Math.min(failures, retryDelays.length - 1)] ?? 5000;
        failures++;
        arm(wait);
        return;
      } finally {
        inFlight = null;
      }
    }
    options.onStatus({ state: "saved" });
  }

  async function run(): Promise<void> {
    // One writer at a time; a version scheduled meanwhile is written by the loop.
    while (writing) await writing;
    if (pending.size === 0 || disposed) return;
    writing = writeAll().finally(() => {
      writing = null;
    });
    await writing;
  }

  return {
    schedule(id, doc) {
      pending.set(id, doc);
      options.onStatus({ state: "pending" });
      arm(delay);
    },
    async flush() {
      if (timer !== null) {
        clearTimeout(timer);
        timer = null;
      }
      await run();
      return pending.size === 0;
    },
    discard(id) {
      pending.delete(id);
      if (inFlight?.[0] === id) inFlight = null;
    },
    hasPending() {
      return pending.size > 0 || writing !== null;
    },
    unsaved() {
      const all = new Map<string, PlanDocument>();
      if (inFlight) all.set(inFlight[0], inFlight[1]);
      for (const [id, doc] of pending) all.set(id, doc);
      return all;
    },
    dispose() {
      disposed = true;
      if (timer !== null) clearTimeout(timer);
    },
  };
}
