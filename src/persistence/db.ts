import Dexie, { type EntityTable } from "dexie";

// IndexedDB through Dexie. A document is kept as its file-format JSON text, so
// that reading it back goes through exactly the same load path as importing a
// file; the list of documents is a separate small table, so listing never reads
// the bodies. Both rows are written in one transaction: a stored document is
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
  /** The document in file format version 1. */
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
};

export const DB_NAME = "selaras";

export function openDatabase(name: string = DB_NAME): SelarasDb {
  const db = new Dexie(name) as SelarasDb;
  // Dexie versions describe tables and indexes only; the document's own format
  // version lives inside the document.
  db.version(1).stores({
    documents: "id, updatedAt",
    bodies: "id",
    settings: "key",
  });
  return db;
}
