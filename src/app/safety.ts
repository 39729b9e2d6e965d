import { readStorageStatus, requestPersistence } from "../persistence/browserStorage";
import type { DocumentRepository } from "../persistence/repository";
import type { AppStore } from "../store/appStore";
import type { SafetyCommands } from "../ui/safety/context";
import { type BackupRecord, backupKey, backupStatus } from "./backupReminder";
import type { TabSync } from "./tabSync";

// The app side of the safety UI: the choices of a paused tab, the storage
// status, the one request for persistent storage, and the backup reminder.

export interface SafetyDeps {
  readonly store: AppStore;
  readonly repository: DocumentRepository | null;
  readonly tabSync: TabSync | null;
  /** The app's Export JSON. */
  readonly exportJson: () => void;
  readonly now?: () => string;
}

export function createSafety(deps: SafetyDeps): SafetyCommands & { recordExport(): void } {
  const { store, repository, tabSync } = deps;
  const now = deps.now ?? (() => new Date().toISOString());

  async function record(documentId: string): Promise<BackupRecord | null> {
    if (!repository) return null;
    const stored = await repository.getSetting<BackupRecord>(backupKey(documentId)).catch(() => undefined);
    if (stored && typeof stored.since === "string") return stored;
    // First seen in this browser: the clock of the reminder starts now.
    const fresh: BackupRecord = { since: now() };
    await repository.setSetting(backupKey(documentId), fresh).catch(() => undefined);
    return fresh;
  }

  async function update(documentId: string, change: Partial<BackupRecord>) {
    const current = await record(documentId);
    if (current && repository)
      await repository.setSetting(backupKey(documentId), { ...current, ...change }).catch(() => undefined);
  }

  function recordExport() {
    const { documentId } = store.getState();
    if (documentId) void update(documentId, { lastExportAt: now() });
  }

  // Every document gets its record when first opened here.
  store.subscribe((state, previous) => {
    if (state.documentId && state.documentId !== previous.documentId) void record(state.documentId);
  });

  // Ask once for persistent storage, after the first edit of this visit is
  // stored: the moment the user has shown the data matters (and when Firefox
  // asks, the question makes sense to them).
  let asked = false;
  store.subscribe((state, previous) => {
    if (asked || !repository) return;
    if (previous.save.state === "saving" && state.save.state === "saved") {
      asked = true;
      void requestPersistence();
    }
  });

  return {
    recordExport,
    async reloadStored() {
      await tabSync?.reload();
    },
    async takeOver() {
      await tabSync?.takeOver();
    },
    async keepMineAsCopy() {
      await tabSync?.keepMineAsCopy();
    },
    reloadPage() {
      location.reload();
    },
    exportCopy() {
      deps.exportJson();
      recordExport();
    },
    storageStatus: readStorageStatus,
    requestPersistence,
    async backupReminder(documentId) {
      const current = await record(documentId);
      const updatedAt = await repository
        ?.list()
        .then((all) => all.find((info) => info.id === documentId)?.updatedAt)
        .catch(() => undefined);
      if (!current) return { due: false, lastExportAt: null, days: 0 };
      return backupStatus(current, updatedAt, now());
    },
    async putOffBackupReminder(documentId) {
      await update(documentId, { dismissedAt: now() });
    },
  };
}
