// The browser's own account of its storage (navigator.storage): how much is
// used, how much is available, and whether it is persistent (kept even when the
// disk runs low). Every call tolerates a browser without the API.

export interface StorageStatus {
  /** Bytes used by this site, when the browser says. */
  readonly usage: number | null;
  /** Bytes this site may use, when the browser says. */
  readonly quota: number | null;
  /** Whether the browser keeps this site's data when space runs low; null when it does not say. */
  readonly persisted: boolean | null;
}

function storageManager(): StorageManager | null {
  return typeof navigator !== "undefined" && navigator.storage ? navigator.storage : null;
}

export async function readStorageStatus(): Promise<StorageStatus> {
  const manager = storageManager();
  if (!manager) return { usage: null, quota: null, persisted: null };
  const [estimate, persisted] = await Promise.all([
    manager.estimate ? manager.estimate().catch(() => null) : null,
    manager.persisted ? manager.persisted().catch(() => null) : null,
  ]);
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted };
}

/** Ask the browser to keep this site's data (it may decide silently or ask the user). */
export async function requestPersistence(): Promise<boolean | null> {
  const manager = storageManager();
  if (!manager?.persist) return null;
  try {
    if (manager.persisted && (await manager.persisted())) return true;
    return await manager.persist();
  } catch {
    return null;
  }
}

/** Whether a failed write's reason says the storage is full (QuotaExceededError, also when wrapped by Dexie). */
export function isQuotaProblem(reason: string | undefined): boolean {
  return reason !== undefined && /quota/i.test(reason);
}
