import Dexie, { type EntityTable } from "dexie";

// IndexedDB through Dexie. A document is kept as its file-format JSON text (in
// runs, so that a save rewrites only what an edit changed: bodyText.ts), so
// that reading it back goes through exactly the same load path as importing a
// file; the list of documents is a separate small table, so listing never reads
// the bodies. All rows are written in one transaction: a stored document is
// always a whole old or a whole new version.

export interface StoredDocumentInfo {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  nodeCount: number;
  /**
   * Counts the writes of this document (not indexed, so no schema change). A tab
   * writes only over the revision it read: see repository.ts and docs/safety.md.
   * Rows written before it existed count as revision 0.
   */
  revision?: number;
}

export interface StoredDocumentBody {
  id: string;
  /** The document in file format version 1 (bodies written before version 3 of the database). */
  json?: string;
  /**
   * Since version 3: the document's text is kept in runs, rows of `bodyParts`,
   * and this lists their keys in order. A save writes only the runs an edit
   * changed (see bodyText.ts).
   */
  parts?: string[];
}

/** One run of a document's text (database version 3). */
export interface StoredBodyPart {
  id: string;
  key: string;
  text: string;
}

/** Why a version was saved: by the user, or automatically before something that replaces the document. */
export const VERSION_KINDS = [
  "manual",
  "before-import",
  "before-restore",
  "before-spreadsheet-import",
  "daily",
] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

/** A saved version (snapshot) of a document, without its body: listing reads only these. */
export interface StoredVersionInfo {
  id: string;
  documentId: string;
  createdAt: string;
  kind: VersionKind;
  note: string;
  /** The document's title when the version was saved. */
  title: string;
  nodeCount: number;
  /** Size of the stored JSON in bytes (UTF-8). */
  size: number;
}

export interface StoredVersionBody {
  id: string;
  /** The document in file format, as `bodies` keeps it. */
  json: string;
}

export interface Setting {
  key: string;
  value: unknown;
}

export type SelarasDb = Dexie & {
  documents: EntityTable<StoredDocumentInfo, "id">;
  bodies: EntityTable<StoredDocumentBody, "id">;
  settings: EntityTable<Setting, "key">;
  versions: EntityTable<StoredVersionInfo, "id">;
  versionBodies: EntityTable<StoredVersionBody, "id">;
  bodyParts: Dexie.Table<StoredBodyPart, [string, string]>;
};

export const DB_NAME = "selaras";

/** Where IndexedDB comes from; tests pass fake-indexeddb's. Default: the browser's. */
export interface IndexedDbDependencies {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

export function openDatabase(name: string = DB_NAME, dependencies?: IndexedDbDependencies): SelarasDb {
  const db = (dependencies ? new Dexie(name, dependencies) : new Dexie(name)) as SelarasDb;
  // Dexie versions describe tables and indexes only; the document's own format
  // version lives inside the document. Every version stays declared as it was
  // shipped, so that a database of any earlier version upgrades step by step
  // (docs/migrations.md). Never edit a shipped version: add the next one.
  db.version(1).stores({
    documents: "id, updatedAt",
    bodies: "id",
    settings: "key",
  });
  // Version 2 adds saved versions of documents, listed per document by time,
  // their bodies apart (as for documents). Only new tables: the rows of
  // version 1 stay as they are, so no upgrade function is needed.
  db.version(2).stores({
    versions: "id, [documentId+createdAt]",
    versionBodies: "id",
  });
  // Version 3 keeps a document's text in runs (bodyParts, keyed by document and
  // run), so that a save rewrites only what changed instead of the whole text.
  // A new table only: a body of version 2 keeps its `json` and is read as it is
  // until its next save writes it as runs; no upgrade function is needed.
  db.version(3).stores({
    bodyParts: "[id+key]",
  });
  return db;
}
