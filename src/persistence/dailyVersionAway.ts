import type { StoredVersionInfo } from "./db";

// The day's first save keeps the stored document as it was, as a daily version
// (versions.ts). Copying it means reading the stored text (8 MB at 10,000
// boxes), fingerprinting it and writing it again: on the page that was a task
// of about 90 ms, and as much again collecting its garbage, in the middle of
// the planner's first edit of the day. A worker (dailyVersionWorker.ts) does it
// on its own connection to the database. The save waits for it, so that the
// copy is the text from before the save; the page does not.

export interface KeepRequest {
  readonly seq: number;
  readonly documentId: string;
  readonly dbName: string;
}

export type KeepReply = { readonly seq: number } & (
  | { readonly ok: true; readonly made: StoredVersionInfo | null }
  | { readonly ok: false; readonly reason: string }
);

/**
 * Keeps the stored copy of a document as today's daily version, in a worker:
 * the version made, or undefined when nothing is stored. Rejects when the
 * worker cannot do it (the caller then does it on the page). Null where there
 * are no workers (the unit tests' Node).
 */
export function keepStoredAway(
  dbName: string,
): ((documentId: string) => Promise<StoredVersionInfo | undefined>) | null {
  if (typeof Worker === "undefined") return null;
  let worker: Worker | null = null;
  let seq = 0;
  const waiting = new Map<
    number,
    { resolve(made: StoredVersionInfo | undefined): void; reject(error: Error): void }
  >();
  const failAll = (reason: string) => {
    for (const { reject } of waiting.values()) reject(new Error(reason));
    waiting.clear();
    worker?.terminate();
    worker = null;
  };
  const start = (): Worker => {
    const started = new Worker(new URL("./dailyVersionWorker.ts", import.meta.url), { type: "module" });
    started.onmessage = (event: MessageEvent<KeepReply>) => {
      const reply = event.data;
      const pending = waiting.get(reply.seq);
      waiting.delete(reply.seq);
      if (!pending) return;
      if (reply.ok) pending.resolve(reply.made ?? undefined);
      else pending.reject(new Error(reply.reason));
    };
    started.onerror = (event) => failAll(event.message || "the daily version's worker could not run");
    return started;
  };
  return (documentId) =>
    new Promise((resolve, reject) => {
      worker ??= start();
      const request: KeepRequest = { seq: ++seq, documentId, dbName };
      waiting.set(request.seq, { resolve, reject });
      worker.postMessage(request);
    });
}
