import type { PlanDocument } from "../domain/types";
import { type LoadResult, loadDocument } from "../format/load";
import { serializeDocument } from "../format/serialize";
import { measureAsync, PERF } from "../perf/marks";
import type { SelarasDb, StoredDocumentInfo } from "./db";
import { deleteVersionsOf } from "./versions";

// The documents kept in this browser. Every read goes through loadDocument, the
// one load path that an imported file takes too.

export interface DocumentRepository {
  list(): Promise<StoredDocumentInfo[]>;
  load(id: string): Promise<LoadResult | undefined>;
  save(id: string, doc: PlanDocument): Promise<void>;
  create(doc: PlanDocument): Promise<string>;
  remove(id: string): Promise<void>;
  getSetting<T>(key: string): Promise<T | undefined>;
  setSetting(key: string, value: unknown): Promise<void>;
}

export function createRepository(
  db: SelarasDb,
  newId: () => string = () => crypto.randomUUID(),
): DocumentRepository {
  async function save(id: string, doc: PlanDocument): Promise<void> {
    await measureAsync(PERF.save, () => write(id, doc));
  }

  async function write(id: string, doc: PlanDocument): Promise<void> {
    const json = serializeDocument(doc);
    const now = doc.meta.updatedAt ?? new Date().toISOString();
    await db.transaction("rw", db.documents, db.bodies, async () => {
      const existing = await db.documents.get(id);
      await db.bodies.put({ id, json });
      await db.documents.put({
        id,
        title: doc.meta.title,
        createdAt: existing?.createdAt ?? doc.meta.createdAt ?? now,
        updatedAt: now,
        nodeCount: doc.nodes.size,
      });
    });
  }

  return {
    async list() {
      const all = await db.documents.toArray();
      return all.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
    },
    async load(id) {
      const body = await db.bodies.get(id);
      return body ? loadDocument(body.json) : undefined;
    },
    save,
    async create(doc) {
      const id = newId();
      await save(id, doc);
      return id;
    },
    async remove(id) {
      // Its saved versions go with it, in the same transaction.
      await db.transaction("rw", [db.documents, db.bodies, db.versions, db.versionBodies], async () => {
        await db.bodies.delete(id);
        await db.documents.delete(id);
        await deleteVersionsOf(db, id);
      });
    },
    async getSetting<T>(key: string) {
      const row = await db.settings.get(key);
      return row?.value as T | undefined;
    },
    async setSetting(key, value) {
      await db.settings.put({ key, value });
    },
  };
}
