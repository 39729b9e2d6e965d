import { describe, expect, it } from "vitest";
import { History } from "../../../src/domain/history";
import { addChild, deleteSubtree, updateNode } from "../../../src/domain/operations";
import type { PlanDocument } from "../../../src/domain/types";
import { docWith, node } from "../../helpers/build";
import { expectOk, sampleDoc, snapshot } from "./helpers";

/** A chain of distinct documents d0, d1, ... (each a renamed copy of the last). */
function docs(count: number): PlanDocument[] {
  const result = [docWith([node("g", null, "goal", { name: "v0" })])];
  for (let i = 1; i < count; i++)
    result.push(expectOk(updateNode(result[i - 1]!, "g", { name: `v${i}` })).doc);
  return result;
}

describe("History", () => {
  it("starts with the opened document and nothing to undo or redo", () => {
    const [d0] = docs(1);
    const h = History.create(d0!);
    expect(h.doc).toBe(d0);
    expect(h.canUndo).toBe(false);
    expect(h.canRedo).toBe(false);
    expect(h.undo()).toBe(h);
    expect(h.redo()).toBe(h);
  });

  it("undoes and redoes pushed steps, with their labels", () => {
    const [d0, d1, d2] = docs(3);
    const h = History.create(d0!).push(d1!, { label: "Rename" }).push(d2!, { label: "Rename again" });
    expect(h.doc).toBe(d2);
    expect(h.undoLabel).toBe("Rename again");
    const u1 = h.undo();
    expect(u1.doc).toBe(d1);
    expect(u1.canRedo).toBe(true);
    expect(u1.redoLabel).toBe("Rename again");
    expect(u1.undoLabel).toBe("Rename");
    const u2 = u1.undo();
    expect(u2.doc).toBe(d0);
    expect(u2.canUndo).toBe(false);
    expect(u2.undoLabel).toBeUndefined();
    expect(u2.redo().redo().doc).toBe(d2);
    // Immutable: the earlier values are unchanged.
    expect(h.doc).toBe(d2);
    expect(u1.doc).toBe(d1);
  });

  it("ignores a push of the document already shown", () => {
    const [d0] = docs(1);
    const h = History.create(d0!);
    expect(h.push(d0!)).toBe(h);
  });

  it("clears the redo branch on a new push", () => {
    const [d0, d1, d2, d3] = docs(4);
    const h = History.create(d0!).push(d1!).push(d2!).undo();
    expect(h.canRedo).toBe(true);
    const branched = h.push(d3!);
    expect(branched.canRedo).toBe(false);
    expect(branched.redo()).toBe(branched);
    expect(branched.undo().doc).toBe(d1);
  });

  it("merges a burst of pushes with the same key within the window into one step", () => {
    const [d0, d1, d2, d3, d4] = docs(5);
    let h = History.create(d0!, { coalesceWindowMs: 1000 });
    h = h.push(d1!, { label: "Typing", coalesceKey: "name:g", now: 1000 });
    h = h.push(d2!, { coalesceKey: "name:g", now: 1500 });
    h = h.push(d3!, { coalesceKey: "name:g", now: 2400 });
    expect(h.doc).toBe(d3);
    expect(h.undoCount).toBe(1);
    expect(h.undoLabel).toBe("Typing");
    expect(h.undo().doc).toBe(d0);
    // After a pause longer than the window, a new step begins.
    h = h.push(d4!, { coalesceKey: "name:g", now: 3500 });
    expect(h.undoCount).toBe(2);
    expect(h.undo().doc).toBe(d3);
  });

  it("does not merge different keys, empty keys, pushes without a time, or across an undo", () => {
    const [d0, d1, d2, d3] = docs(4);
    const base = History.create(d0!).push(d1!, { coalesceKey: "name:g", now: 0 });
    expect(base.push(d2!, { coalesceKey: "notes:g", now: 10 }).undoCount).toBe(2);
    expect(
      History.create(d0!).push(d1!, { coalesceKey: "", now: 0 }).push(d2!, { coalesceKey: "", now: 1 })
        .undoCount,
    ).toBe(2);
    expect(base.push(d2!, { coalesceKey: "name:g" }).undoCount).toBe(2);
    expect(base.push(d2!).push(d3!, { coalesceKey: "name:g", now: 20 }).undoCount).toBe(3);
    const afterUndo = base
      .push(d2!, { coalesceKey: "name:g", now: 10 })
      .undo()
      .push(d3!, { coalesceKey: "name:g", now: 20 });
    expect(afterUndo.undoCount).toBe(1);
    expect(afterUndo.undo().doc).toBe(d0);
    // Time running backwards (a clock change) does not merge.
    expect(base.push(d2!, { coalesceKey: "name:g", now: -5 }).undoCount).toBe(2);
  });

  it("keeps 200 steps by default and drops the oldest", () => {
    const all = docs(251);
    let h = History.create(all[0]!);
    for (let i = 1; i <= 250; i++) h = h.push(all[i]!);
    expect(h.undoCount).toBe(200);
    while (h.canUndo) h = h.undo();
    expect(h.doc).toBe(all[50]);
    expect(h.redoCount).toBe(200);
  });

  it("has a configurable capacity", () => {
    const all = docs(6);
    let h = History.create(all[0]!, { capacity: 3 });
    for (let i = 1; i <= 5; i++) h = h.push(all[i]!);
    expect(h.undoCount).toBe(3);
    expect(h.undo().undo().undo().doc).toBe(all[2]);
  });

  it("also bounds the Map entries all snapshots retain, keeping minSteps", () => {
    // Each snapshot of a 10-node document has its own nodes Map (10 entries);
    // links, alignments and layout Maps are shared and counted once.
    let doc = docWith(Array.from({ length: 10 }, (_, i) => node(`n${i}`, null)));
    let h = History.create(doc, { maxRetainedEntries: 100, minSteps: 2 });
    for (let i = 0; i < 30; i++) {
      doc = expectOk(updateNode(doc, "n0", { name: `v${i}` })).doc;
      h = h.push(doc);
    }
    // 10 entries per snapshot, 100 in all: the present and 9 older steps.
    expect(h.undoCount).toBe(9);
    const tight = History.create(doc, { maxRetainedEntries: 0, minSteps: 2 })
      .push(expectOk(updateNode(doc, "n0", { name: "a" })).doc)
      .push(expectOk(updateNode(doc, "n0", { name: "b" })).doc)
      .push(expectOk(updateNode(doc, "n0", { name: "c" })).doc);
    expect(tight.undoCount).toBe(2);
  });

  it("replaces the current document without making a step", () => {
    const [d0, d1, d2] = docs(3);
    const h = History.create(d0!).push(d1!).replace(d2!);
    expect(h.doc).toBe(d2);
    expect(h.undoCount).toBe(1);
    expect(h.undo().doc).toBe(d0);
  });

  it("brings back everything a delete removed", () => {
    const doc = sampleDoc();
    const before = snapshot(doc);
    let h = History.create(doc);
    const added = expectOk(addChild(h.doc, "a1", "output"));
    h = h.push(added.doc, { label: "Add" });
    const deleted = expectOk(deleteSubtree(h.doc, "s1"));
    expect(deleted.doc.links.size).toBe(1);
    h = h.push(deleted.doc, { label: "Delete" });
    h = h.undo();
    expect(h.doc).toBe(added.doc);
    expect(h.doc.nodes.get("o1")).toBe(doc.nodes.get("o1"));
    expect([...h.doc.links.keys()]).toEqual(["l1", "l2", "l3"]);
    expect([...h.doc.alignments.keys()]).toEqual(["al1", "al2", "al3", "al4"]);
    expect([...h.doc.layout.nodes.keys()]).toEqual(["g", "a1", "o1"]);
    h = h.undo();
    expect(snapshot(h.doc)).toBe(before);
    expect(h.redo().redo().doc).toBe(deleted.doc);
  });
});
