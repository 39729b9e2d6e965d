import { createHash } from "node:crypto";
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setTitle } from "../../../src/domain/document";
import type { PlanDocument } from "../../../src/domain/types";
import { serializeDocument } from "../../../src/format/serialize";
import { openDatabase, type SelarasDb } from "../../../src/persistence/db";
import { createRepository } from "../../../src/persistence/repository";
import {
  createVersionRepository,
  localDay,
  MAX_AUTOMATIC_VERSIONS,
  textFingerprint,
} from "../../../src/persistence/versions";
import { docWith, node } from "../../helpers/build";

// The saved versions of a document, against an in-memory IndexedDB (fake-indexeddb).

let db: SelarasDb;
let clock: number;
const now = () => new Date(clock).toISOString();
const tick = (ms = 1000) => {
  clock += ms;
};

beforeEach(async () => {
  db = openDatabase("versions-test", { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  clock = Date.UTC(2026, 10, 27, 9, 0, 0);
});
afterEach(() => db.close());

const plan = (name: string): PlanDocument => docWith([node("g", null, "goal", { name })]);

describe("versions", () => {
  it("saves a version with its note and size, lists newest first, and loads it back whole", async () => {
    const versions = createVersionRepository(db, { now });
    const first = await versions.create({
      documentId: "d1",
      kind: "manual",
      doc: plan("One"),
      note: " Draft 1 ",
    });
    tick();
    await versions.create({ documentId: "d1", kind: "manual", doc: plan("Two") });
    await versions.create({ documentId: "other", kind: "manual", doc: plan("Elsewhere") });

    const listed = await versions.list("d1");
    expect(listed.map((v) => [v.note, v.kind, v.title])).toEqual([
      ["", "manual", "Test plan"],
      ["Draft 1", "manual", "Test plan"],
    ]);
    expect(first.createdAt).toBe("2026-11-27T09:00:00.000Z");
    expect(first.nodeCount).toBe(1);
    const body = await db.versionBodies.get(first.id);
    expect(first.size).toBe(new TextEncoder().encode(body!.json).length);

    const loaded = await versions.load(first.id);
    expect(loaded?.ok && loaded.document.nodes.get("g")?.name).toBe("One");
  });

  it("deletes one version, leaving the others", async () => {
    const versions = createVersionRepository(db, { now });
    const a = await versions.create({ documentId: "d1", kind: "manual", doc: plan("A") });
    tick();
    const b = await versions.create({ documentId: "d1", kind: "manual", doc: plan("B") });
    await versions.remove(a.id);
    expect((await versions.list("d1")).map((v) => v.id)).toEqual([b.id]);
    expect(await versions.load(a.id)).toBeUndefined();
  });

  it("does not store an automatic version identical to the newest one, whatever its time of change", async () => {
    const versions = createVersionRepository(db, { now });
    const doc = plan("Same");
    const manual = await versions.create({ documentId: "d1", kind: "manual", doc });
    tick();
    const touched = { ...doc, meta: { ...doc.meta, updatedAt: "2026-11-27T10:00:00.000Z" } };
    const again = await versions.create({ documentId: "d1", kind: "before-restore", doc: touched });
    expect(again.id).toBe(manual.id);
    expect(await versions.list("d1")).toHaveLength(1);
    // A manual version is what the user asked for: always stored.
    await versions.create({ documentId: "d1", kind: "manual", doc });
    expect(await versions.list("d1")).toHaveLength(2);
  });

  it(`keeps the last ${MAX_AUTOMATIC_VERSIONS} automatic versions and every manual one`, async () => {
    const versions = createVersionRepository(db, { now });
    await versions.create({ documentId: "d1", kind: "manual", doc: plan("Manual first") });
    for (let i = 0; i < MAX_AUTOMATIC_VERSIONS + 5; i++) {
      tick();
      await versions.create({ documentId: "d1", kind: "before-import", doc: plan(`Auto ${i}`) });
    }
    const listed = await versions.list("d1");
    const automatic = listed.filter((v) => v.kind !== "manual");
    expect(automatic).toHaveLength(MAX_AUTOMATIC_VERSIONS);
    expect(listed.filter((v) => v.kind === "manual")).toHaveLength(1);
    // The oldest automatic ones went: the newest is the last one made, the oldest kept is number 5.
    const oldestKept = await versions.load(automatic.at(-1)!.id);
    expect(oldestKept?.ok && oldestKept.document.nodes.get("g")?.name).toBe("Auto 5");
    expect(await db.versionBodies.count()).toBe(MAX_AUTOMATIC_VERSIONS + 1);
  });

  it("makes one daily version, of the stored state, on the first save of a day", async () => {
    const documents = createRepository(db);
    const id = await documents.create(plan("Yesterday"));
    const versions = createVersionRepository(db, { now });
    const made = await versions.dailySnapshot(id, plan("Today 1"));
    expect(made?.kind).toBe("daily");
    expect(made?.nodeCount).toBe(1);
    const loaded = await versions.load(made!.id);
    expect(loaded?.ok && loaded.document.nodes.get("g")?.name).toBe("Yesterday");
    await documents.save(id, plan("Today 1"));

    tick(60_000);
    expect(await versions.dailySnapshot(id, plan("Today 2"))).toBeNull();
    // A new session on the same day finds today's version in the database.
    const later = createVersionRepository(db, { now });
    expect(await later.dailySnapshot(id, plan("Today 3"))).toBeNull();
    await documents.save(id, plan("Today 3"));

    tick(24 * 3600_000);
    const tomorrow = await later.dailySnapshot(id, plan("Tomorrow"));
    expect(tomorrow && localDay(tomorrow.createdAt)).toBe(localDay(now()));
    const kept = await versions.load(tomorrow!.id);
    expect(kept?.ok && kept.document.nodes.get("g")?.name).toBe("Today 3");
    expect((await versions.list(id)).map((v) => v.kind)).toEqual(["daily", "daily"]);
  });

  it("hashes a long text slice by slice exactly as a whole, a character of two halves on a slice's edge too", async () => {
    // The slice is 2^20 characters: put an emoji (two UTF-16 halves) across that edge.
    const text = `${"a".repeat((1 << 20) - 1)}😀${"é".repeat(3000)}`;
    const { print, size } = await textFingerprint(text);
    expect(print).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
    expect(size).toBe(Buffer.byteLength(text, "utf8"));
  });

  it("tells stored texts apart by content, not by their time of last change; sizes in UTF-8 bytes", async () => {
    const at = (doc: PlanDocument, updatedAt: string) => ({ ...doc, meta: { ...doc.meta, updatedAt } });
    const text = (doc: PlanDocument) => serializeDocument(doc);
    const print = async (doc: PlanDocument) => (await textFingerprint(text(doc))).print;
    const a = plan("Same");
    expect(await print(at(a, "2026-11-01T00:00:00.000Z"))).toBe(
      await print(at(a, "2026-11-02T00:00:00.000Z")),
    );
    expect(await print(a)).not.toBe(await print(plan("Other")));
    // A name that spells the field out is content, escaped in the text, and counts.
    const sly = plan('x,"updatedAt":"y"');
    expect(await print(sly)).not.toBe(await print(plan("x")));
    // The size is the whole text's, time of last change included, in bytes ("é" is two).
    const accented = at(plan("Kebijakan sosial é"), "2026-11-01T00:00:00.000Z");
    expect((await textFingerprint(text(accented))).size).toBe(Buffer.byteLength(text(accented), "utf8"));
  });

  it("a new document with nothing stored yet keeps its first saved state as the daily version", async () => {
    const versions = createVersionRepository(db, { now });
    const made = await versions.dailySnapshot("d1", plan("First"));
    const loaded = await versions.load(made!.id);
    expect(loaded?.ok && loaded.document.nodes.get("g")?.name).toBe("First");
  });

  it("deleting a document deletes its versions, and only its own", async () => {
    const documents = createRepository(db);
    const versions = createVersionRepository(db, { now });
    const id = await documents.create(plan("Doomed"));
    const other = await documents.create(setTitle(plan("Kept"), "Kept"));
    await versions.create({ documentId: id, kind: "manual", doc: plan("v1") });
    await versions.create({ documentId: id, kind: "daily", doc: plan("v2") });
    const kept = await versions.create({ documentId: other, kind: "manual", doc: plan("v3") });

    await documents.remove(id);
    expect(await versions.list(id)).toEqual([]);
    expect((await versions.list(other)).map((v) => v.id)).toEqual([kept.id]);
    expect(await db.versionBodies.count()).toBe(1);
  });
});
