import Dexie from "dexie";
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it, vi } from "vitest";
import { addNode, deleteSubtree, updateNode } from "../../../src/domain/operations";
import type { PlanDocument } from "../../../src/domain/types";
import {
  compactRuns,
  runText,
  sameRun,
  serializeDocument,
  toFileObject,
} from "../../../src/format/serialize";
import { generateDocument } from "../../../src/generator";
import { openDatabase } from "../../../src/persistence/db";
import { createRepository } from "../../../src/persistence/repository";

// A document's text is stored in runs, and a save writes only the runs an edit
// changed (persistence/bodyText.ts). What must hold: what is read back is always
// exactly the document saved last, whatever was written how.

function ok(outcome: { ok: true; doc: PlanDocument } | { ok: false }): PlanDocument {
  if (!outcome.ok) throw new Error("edit refused");
  return outcome.doc;
}

function fresh() {
  Dexie.dependencies.indexedDB = new IDBFactory();
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  const name = `runs-${Math.random()}`;
  const db = openDatabase(name);
  return { db, name, repository: createRepository(db) };
}

async function storedText(name: string, id: string): Promise<string> {
  const loaded = await createRepository(openDatabase(name)).load(id);
  if (!loaded?.ok) throw new Error("not loaded");
  return serializeDocument(loaded.document);
}

const big = generateDocument(2000, { seed: 9 });
const ids = [...big.nodes.keys()];

describe("the compact text in runs", () => {
  it("joins to the file's text; keys are unique; no run is empty", () => {
    const runs = compactRuns(big);
    expect(runs.map(runText).join("")).toBe(JSON.stringify(toFileObject(big)));
    expect(new Set(runs.map((r) => r.key)).size).toBe(runs.length);
    // The boxes alone make dozens of runs of a few dozen boxes each.
    expect(runs.filter((r) => r.key.startsWith("n:")).length).toBeGreaterThan(10);
  });

  it("a rename changes one run; adding a box changes at most two", () => {
    const before = compactRuns(big);
    const changedAgainst = (after: ReturnType<typeof compactRuns>) => {
      const old = new Map(before.map((r) => [r.key, r]));
      return after.filter((r) => !old.has(r.key) || !sameRun(old.get(r.key)!, r)).map((r) => r.key);
    };
    expect(changedAgainst(compactRuns(ok(updateNode(big, ids[700]!, { name: "Baru" }))))).toHaveLength(1);
    const added = ok(addNode(big, { parentId: ids[3]!, kind: "program", name: "Tambahan" }));
    expect(changedAgainst(compactRuns(added)).length).toBeLessThanOrEqual(2);
  });
});

describe("documents stored in runs", () => {
  it("a rename after the first save writes one run, and the stored text is the renamed document", async () => {
    const { db, name, repository } = fresh();
    const id = await repository.create(big);
    const put = vi.spyOn(db.bodyParts, "bulkPut");
    const renamed = ok(updateNode(big, ids[1200]!, { name: "Nama baru" }));
    await repository.save(id, renamed);
    expect(put).toHaveBeenCalledTimes(1);
    expect(put.mock.calls[0]![0]).toHaveLength(1);
    expect(await storedText(name, id)).toBe(serializeDocument(renamed));
  });

  it("runs that an edit removes are deleted; the text stays exact through adds and deletes", async () => {
    const { db, name, repository } = fresh();
    const id = await repository.create(big);
    let doc = big;
    for (const edit of [
      (d: PlanDocument) => ok(deleteSubtree(d, ids[40]!)),
      (d: PlanDocument) => ok(addNode(d, { parentId: ids[2]!, kind: "program", name: "Program baru" })),
      (d: PlanDocument) => ok(deleteSubtree(d, ids[900]!)),
    ]) {
      doc = edit(doc);
      await repository.save(id, doc);
      expect(await storedText(name, id)).toBe(serializeDocument(doc));
      const body = await db.bodies.get(id);
      expect(await db.bodyParts.count()).toBe(body!.parts!.length);
    }
  });

  it("after another tab wrote, a save does not trust what this tab wrote before: it writes every run", async () => {
    const { name, repository: a } = fresh();
    const id = await a.create(big);
    const b = createRepository(openDatabase(name));
    await b.load(id);
    const theirs = ok(updateNode(big, ids[10]!, { name: "Dari tab lain" }));
    await b.save(id, theirs);
    await a.adopt(id);
    const mine = ok(updateNode(big, ids[500]!, { name: "Dari tab ini" }));
    await a.save(id, mine);
    expect(await storedText(name, id)).toBe(serializeDocument(mine));
  });

  it("deleting a document deletes its runs", async () => {
    const { db, repository } = fresh();
    const id = await repository.create(big);
    expect(await db.bodyParts.count()).toBeGreaterThan(0);
    await repository.remove(id);
    expect(await db.bodyParts.count()).toBe(0);
    expect(await db.bodies.count()).toBe(0);
  });

  it("a document with a run missing is not handed out in part", async () => {
    const { db, repository } = fresh();
    const id = await repository.create(big);
    const body = await db.bodies.get(id);
    await db.bodyParts.delete([id, body!.parts![3]!]);
    await expect(createRepository(db).load(id)).rejects.toThrow(/incomplete/);
  });
});

describe("after a load", () => {
  /** A repository whose idle work runs only when the test says so. */
  function reopened(name: string) {
    const queue: (() => void)[] = [];
    const db = openDatabase(name);
    const repository = createRepository(db, { idle: (work) => queue.push(work) });
    const runIdle = () => {
      while (queue.length > 0) queue.shift()!();
    };
    return { db, repository, runIdle };
  }

  /** Opens the stored document in a new tab, lets it idle, renames a box and saves: how many runs it wrote. */
  async function firstSaveAfterOpen(name: string, id: string): Promise<number> {
    const { db, repository, runIdle } = reopened(name);
    const loaded = await repository.load(id);
    if (!loaded?.ok) throw new Error("not loaded");
    runIdle();
    const put = vi.spyOn(db.bodyParts, "bulkPut");
    const renamed = ok(updateNode(loaded.document, ids[77]!, { name: "Setelah dibuka" }));
    await repository.save(id, renamed);
    expect(await storedText(name, id)).toBe(serializeDocument(renamed));
    return put.mock.calls[0]![0].length;
  }

  it("idle moments prepare the runs, so the first save writes only what its edit changed", async () => {
    const { name, repository } = fresh();
    const id = await repository.create(big);
    expect(await firstSaveAfterOpen(name, id)).toBe(1);
  });

  it("a stored text that differs in any way from what this app would write is not trusted: every run is written", async () => {
    const { db: first, name, repository } = fresh();
    const id = await repository.create(big);
    // The same document, written with a space more (an older writer, say).
    const body = await first.bodies.get(id);
    const head = await first.bodyParts.get([id, body!.parts![0]!]);
    await first.bodyParts.put({ ...head!, text: head!.text.replace('{"format"', '{ "format"') });
    expect(await firstSaveAfterOpen(name, id)).toBe(body!.parts!.length);
  });
});
