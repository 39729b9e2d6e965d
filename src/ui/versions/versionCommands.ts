import type { VersionKind } from "../../persistence/db";

// What the UI can ask about saved versions of the open document. The app layer
// implements it (src/app/versionCommands.ts). Like every command, none throws:
// a failure becomes a message and changes nothing.

export interface VersionListItem {
  readonly id: string;
  readonly createdAt: string;
  readonly kind: VersionKind;
  readonly note: string;
  /** Bytes of the stored JSON. */
  readonly size: number;
  readonly nodeCount: number;
}

export type AutomaticVersionKind = Exclude<VersionKind, "manual" | "daily">;

export interface VersionCommands {
  /** The open document's versions, newest first; null when the browser's storage is unavailable. */
  listVersions(): Promise<VersionListItem[] | null>;
  /** Save the open document as a version with a note. */
  saveVersion(note: string): Promise<boolean>;
  /** Save the open document as a version first, then replace it by the version (one undo step). */
  restoreVersion(versionId: string): Promise<boolean>;
  deleteVersion(versionId: string): Promise<boolean>;
  /** Show the changes between a version and the open document (panel and marks on the tree). */
  compareVersion(versionId: string): Promise<boolean>;
  /**
   * Keep the open document as an automatic version before something replaces
   * it (an import over it, e.g. from a spreadsheet). Resolves false when it
   * could not be stored: the caller should then not go on.
   */
  takeAutomaticSnapshot(kind: AutomaticVersionKind, note?: string): Promise<boolean>;
}
