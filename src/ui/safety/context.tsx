import { createContext, type ReactNode, useContext } from "react";
import type { StorageStatus } from "../../persistence/browserStorage";

// What the safety UI (tab banner, storage line, backup reminder, save problem)
// can ask of the app. The app layer implements it (src/app/safety.ts).

export interface BackupReminderState {
  readonly due: boolean;
  readonly lastExportAt: string | null;
  readonly days: number;
}

export interface SafetyCommands {
  /** Paused by another tab: show the stored version, dropping this tab's unsaved edits. */
  reloadStored(): Promise<void>;
  /** Paused by another tab: store this tab's version over it. */
  takeOver(): Promise<void>;
  /** Paused by another tab: store this tab's version as a new document. */
  keepMineAsCopy(): Promise<void>;
  reloadPage(): void;
  /** Export JSON of the open document (recorded as its latest backup). */
  exportCopy(): void;
  storageStatus(): Promise<StorageStatus>;
  requestPersistence(): Promise<boolean | null>;
  backupReminder(documentId: string): Promise<BackupReminderState>;
  putOffBackupReminder(documentId: string): Promise<void>;
}

const SafetyContext = createContext<SafetyCommands | null>(null);

export function SafetyProvider({ safety, children }: { safety: SafetyCommands | null; children: ReactNode }) {
  return <SafetyContext.Provider value={safety}>{children}</SafetyContext.Provider>;
}

/** Null when the app runs without the safety features (component tests). */
export function useSafety(): SafetyCommands | null {
  return useContext(SafetyContext);
}
