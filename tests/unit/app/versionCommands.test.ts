import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createVersionCommands } from "../../../src/app/versionCommands";
import { openDatabase, type SelarasDb } from "../../../src/persistence/db";
import { createVersionRepository, type VersionRepository } from "../../../src/persistence/versions";
import { type AppStore, createAppStore } from "../../../src/store/appStore";
import { docWith, node } from "../../helpers/build";

// The version commands against the store and an in-memory IndexedDB: what the
// planner sees after saving, comparing, restoring and deleting.

let db: SelarasDb;
let versions: VersionRepository;
let store: AppStore;
let clock: number;

beforeEach(async () => {
  db = openDatabase("commands-test", { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  clock = Date.UTC(2026, 10, 27, 9, 0, 0);
  const now = () => new Date(clock++).toISOString();
  versions = createVersionRepository(db, { now });
  store = createAppStore({ language: "en" });
  store
    .getState()
    .openDocument(
      "d1",
      docWith([
        node("g", null, "goal", { code: "T1", name: "Goal" }),
        node("p", "g", "program", { code: "P1", name: "Old" }),
      ]),
    );
});
afterEach(() => db.close());

const commands = (repo: VersionRepository | null = versions) =>
  createVersionCommands({ store, versions: repo, autosaver: null, issueLines: async () => [] });
const nameOf = (id: string) => store.getState().doc?.nodes.get(id)?.name;
const rename = (id: string, name: string) =>
  store.getState().updateDocument((doc) => ({
    ...doc,
    nodes: new Map(doc.nodes).set(id, { ...doc.nodes.get(id)!, name }),
  }));

describe("version commands", () => {
  it("restore keeps the current state as a version first, replaces the document, and Undo brings it back", async () => {
    const c = commands();
    expect(await c.saveVersion("Before the reform")).toBe(true);
    rename("p", "New");
    const [saved] = (await c.listVersions()) ?? [];
    expect(saved?.note).toBe("Before the reform");

    expect(await c.restoreVersion(saved!.id)).toBe(true);
    expect(nameOf("p")).toBe("Old");
    const listed = (await c.listVersions()) ?? [];
    expect(listed.map((v) => v.kind)).toEqual(["before-restore", "manual"]);
    const kept = await versions.load(listed[0]!.id);
    expect(kept?.ok && kept.document.nodes.get("p")?.name).toBe("New");
    expect(store.getState().messages.at(-1)?.tone).toBe("success");

    store.getState().undo();
    expect(nameOf("p")).toBe("New");
  });

  it("compare marks the changed boxes, and deleting the compared version ends the comparison", async () => {
    const c = commands();
    await c.saveVersion("");
    rename("p", "Renamed");
    const [saved] = (await c.listVersions()) ?? [];
    expect(await c.compareVersion(saved!.id)).toBe(true);
    expect(store.getState().versionCompare?.marks.get("p")).toEqual(["renamed"]);
    expect(store.getState().versionCompare?.marks.has("g")).toBe(false);

    expect(await c.deleteVersion(saved!.id)).toBe(true);
    expect(store.getState().versionCompare).toBeNull();
    expect(await c.listVersions()).toEqual([]);
  });

  it("a version of another document is neither restored nor compared", async () => {
    const other = await versions.create({
      documentId: "d2",
      kind: "manual",
      doc: docWith([node("x", null, "goal")]),
    });
    const c = commands();
    expect(await c.restoreVersion(other.id)).toBe(false);
    expect(await c.compareVersion(other.id)).toBe(false);
    expect(nameOf("p")).toBe("Old");
    expect(store.getState().messages.at(-1)?.tone).toBe("error");
  });

  it("takeAutomaticSnapshot keeps the open document for an importer that replaces it", async () => {
    const c = commands();
    expect(await c.takeAutomaticSnapshot("before-spreadsheet-import", "kinerja.xlsx")).toBe(true);
    const [snapshot] = (await c.listVersions()) ?? [];
    expect(snapshot).toMatchObject({ kind: "before-spreadsheet-import", note: "kinerja.xlsx", nodeCount: 2 });
  });

  it("without the browser's storage, says so and changes nothing", async () => {
    const c = commands(null);
    expect(await c.listVersions()).toBeNull();
    expect(await c.saveVersion("x")).toBe(false);
    expect(await c.takeAutomaticSnapshot("before-import")).toBe(false);
    expect(store.getState().messages.at(-1)?.text).toMatch(/storage/);
  });
});
