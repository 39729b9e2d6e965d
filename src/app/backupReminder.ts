// When to remind the user to export a backup of a document. Kept per document
// in the settings table: when the document first arrived in this browser, when
// it was last exported, when the reminder was last put off. A gentle reminder:
// only after a week, only when the document changed since its last backup, and
// "Later" puts it off for another week.

export const BACKUP_REMINDER_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface BackupRecord {
  /** When this browser first kept the document. */
  readonly since: string;
  readonly lastExportAt?: string;
  readonly dismissedAt?: string;
}

export function backupKey(documentId: string): string {
  return `backup:${documentId}`;
}

export interface BackupStatus {
  readonly due: boolean;
  readonly lastExportAt: string | null;
  /** Whole days since the last export (or since the document arrived). */
  readonly days: number;
}

function time(iso: string | undefined): number {
  const value = iso === undefined ? Number.NaN : Date.parse(iso);
  return Number.isNaN(value) ? 0 : value;
}

/**
 * Due when the last backup (or the document's arrival, if never exported) is at
 * least a week old, the document was edited after it, and the reminder was not
 * put off within the last week.
 */
export function backupStatus(record: BackupRecord, updatedAt: string | undefined, now: string): BackupStatus {
  const reference = record.lastExportAt ?? record.since;
  const nowMs = time(now);
  const days = Math.floor((nowMs - time(reference)) / DAY_MS);
  const editedSince = time(updatedAt) > time(reference);
  const putOff =
    record.dismissedAt !== undefined && nowMs - time(record.dismissedAt) < BACKUP_REMINDER_DAYS * DAY_MS;
  return {
    due: days >= BACKUP_REMINDER_DAYS && editedSince && !putOff,
    lastExportAt: record.lastExportAt ?? null,
    days,
  };
}
