import { readFileSync } from "node:fs";
import { join } from "node:path";
import Dexie from "dexie";
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../../src/persistence/db";
import { createRepository } from "../../../src/persistence/repository";
import { createVersionRepository } from "../../../src/persistence/versions";

// A database written by the version-1 app opens, whole, after the upgrade to the
// current schema. The fixture holds the rows version 1 stored; it is kept for
// good (docs/migrations.md), and the schema below is version 1 exactly as shipped.

interface DatabaseFixture {
  dexieVersion: number;
  tables: Record<string, unknown[]>;
}

const fixture = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "db", "v1-database.json"), "utf8"),
) as DatabaseFixture;

async function createVersion1Database(
  name: string,
  dependencies: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange },
) {
  const v1 = new Dexie(name, dependencies);
  v1.version(1).stores({ documents: "id, updatedAt", bodies: "id", settings: "key" });
  await v1.open();
  for (const [table, rows] of Object.entries(fixture.tables)) await v1.table(table).bulkPut(rows);
  v1.close();
}

describe("IndexedDB schema migrations", () => {
  it("the fixture is a version-1 database", () => {
    expect(fixture.dexieVersion).toBe(1);
    expect(Object.keys(fixture.tables)).toEqual(["documents", "bodies", "settings"]);
  });

  it("a stored version-1 database opens after the upgrade: documents, bodies and settings are all there", async () => {
    const dependencies = { indexedDB: new IDBFactory(), IDBKeyRange };
    await createVersion1Database("selaras", dependencies);

    const db = openDatabase("selaras", dependencies);
    await db.open();
    expect(db.verno).toBe(3);
    const documents = createRepository(db);
    expect(await documents.list()).toEqual(fixture.tables.documents);
    expect(await documents.getSetting("lastOpenDocumentId")).toBe("doc-v1");
    expect(await documents.getSetting("collapsed:doc-v1")).toEqual(["k1"]);

    const loaded = await documents.load("doc-v1");
    expect(loaded?.ok).toBe(true);
    if (!loaded?.ok) return;
    expect(loaded.document.meta.title).toBe("Renstra Dinas Sosial Kota Contoh 2025-2029");
    expect(loaded.document.nodes.size).toBe(7);

    // The table version 2 added works on the upgraded database.
    const versions = createVersionRepository(db);
    const saved = await versions.create({
      documentId: "doc-v1",
      kind: "manual",
      doc: loaded.document,
      note: "After upgrade",
    });
    expect((await versions.list("doc-v1")).map((v) => v.note)).toEqual(["After upgrade"]);
    expect((await versions.load(saved.id))?.ok).toBe(true);

    // Version 3: the next save stores the text in runs, and it reads back the same.
    const { json: before } = (await db.bodies.get("doc-v1"))!;
    await documents.save("doc-v1", loaded.document);
    const body = (await db.bodies.get("doc-v1"))!;
    expect(body.json).toBeUndefined();
    expect(body.parts?.length).toBeGreaterThan(2);
    const reloaded = await createRepository(db).load("doc-v1");
    expect(reloaded?.ok && reloaded.document.nodes.size).toBe(7);
    expect(before).toContain("Renstra Dinas Sosial Kota Contoh 2025-2029");
    db.close();

    // And it opens again as it is now.
    const again = openDatabase("selaras", dependencies);
    await again.open();
    expect(await again.versions.count()).toBe(1);
    expect(await again.documents.count()).toBe(1);
    again.close();
  });
});
