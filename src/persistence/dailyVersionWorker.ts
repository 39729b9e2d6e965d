import type { KeepReply, KeepRequest } from "./dailyVersionAway";
import { openDatabase } from "./db";
import { createVersionRepository, type VersionRepository } from "./versions";

// The worker of dailyVersionAway.ts: keeps a document's stored copy as a daily
// version, away from the page. One connection to the database, opened on the
// first request and kept (Dexie closes it when another tab upgrades the database).

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<KeepRequest>) => void) | null;
  postMessage(reply: KeepReply): void;
};

let versions: VersionRepository | null = null;

scope.onmessage = async (event) => {
  const { seq, documentId, dbName } = event.data;
  try {
    versions ??= createVersionRepository(openDatabase(dbName));
    const made = await versions.keepStored(documentId, "daily");
    scope.postMessage({ seq, ok: true, made: made ?? null });
  } catch (error) {
    scope.postMessage({ seq, ok: false, reason: error instanceof Error ? error.message : String(error) });
  }
};
