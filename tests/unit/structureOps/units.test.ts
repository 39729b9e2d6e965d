import { describe, expect, it } from "vitest";
import {
  addUnit,
  canMoveUnit,
  deleteUnit,
  deleteUnitSubtree,
  moveUnit,
  updateUnit,
} from "../../../src/domain/structureOps";
import { expectOk, expectRefused } from "../operations/helpers";
import { runOp, structuresDoc } from "./helpers";

describe("addUnit", () => {
  it("adds a unit with every field, under a parent, with an id no structure uses", () => {
    const doc = structuresDoc();
    const result = expectOk(
      runOp(doc, (d) =>
        addUnit(d, "to-be", {
          parentId: "m",
          name: "Direktorat Jenderal Baru",
          shortName: "Ditjen Baru",
          tier: "echelon_1",
          kind: "substantive",
          retentionReason: "authorisation",
          headcount: 120,
          notes: "ilustratif",
        }),
      ),
    );
    expect(result.id).toBe("unit-1");
    expect(result.doc.structures.get("to-be")!.units.get("unit-1")).toEqual({
      id: "unit-1",
      parentId: "m",
      name: "Direktorat Jenderal Baru",
      shortName: "Ditjen Baru",
      tier: "echelon_1",
      kind: "substantive",
      retentionReason: "authorisation",
      headcount: 120,
      notes: "ilustratif",
    });
    // Another structure is shared untouched.
    expect(result.doc.structures.get("asis")).toBe(doc.structures.get("asis"));
  });

  it("does not reuse a unit id of another structure (comparison would match it)", () => {
    const doc = structuresDoc();
    const first = expectOk(
      runOp(doc, (d) => addUnit(d, "asis", { parentId: null, name: "A", tier: "echelon_1" })),
    );
    const second = expectOk(
      runOp(first.doc, (d) => addUnit(d, "to-be", { parentId: null, name: "B", tier: "echelon_1" })),
    );
    expect(second.id).toBe("unit-2");
  });

  it("accepts '__proto__' as an id and a parent", () => {
    const doc = structuresDoc();
    const result = expectOk(
      runOp(doc, (d) =>
        addUnit(d, "to-be", { id: "__proto__", parentId: "m", name: "Proto", tier: "echelon_1" }),
      ),
    );
    expect(result.doc.structures.get("to-be")!.units.get("__proto__")?.name).toBe("Proto");
    const child = expectOk(
      runOp(result.doc, (d) =>
        addUnit(d, "to-be", { parentId: "__proto__", name: "Child", tier: "echelon_2" }),
      ),
    );
    expect(child.doc.structures.get("to-be")!.units.get(child.id)?.parentId).toBe("__proto__");
  });

  it("refuses a missing parent, a taken id, a bad tier, name or headcount", () => {
    const doc = structuresDoc();
    expectRefused(
      runOp(doc, (d) => addUnit(d, "to-be", { parentId: "dj1", name: "X", tier: "echelon_2" })),
      "not-found",
    );
    expectRefused(
      runOp(doc, (d) => addUnit(d, "to-be", { id: "m", parentId: null, name: "X", tier: "minister" })),
      "duplicate-id",
    );
    expectRefused(
      runOp(doc, (d) => addUnit(d, "to-be", { parentId: null, name: "X", tier: "king" as never })),
      "invalid-value",
    );
    expectRefused(
      runOp(doc, (d) => addUnit(d, "to-be", { parentId: null, name: "", tier: "minister" })),
      "invalid-name",
    );
    expectRefused(
      runOp(doc, (d) => addUnit(d, "to-be", { parentId: null, name: "X", tier: "minister", headcount: 1.5 })),
      "invalid-value",
    );
    expectRefused(
      runOp(doc, (d) => addUnit(d, "nope", { parentId: null, name: "X", tier: "minister" })),
      "not-found",
    );
  });
});

describe("updateUnit", () => {
  it("changes fields and clears optional ones with '' or undefined", () => {
    const doc = structuresDoc();
    const set = expectOk(
      runOp(doc, (d) =>
        updateUnit(d, "asis", "dir", {
          shortName: "Dit",
          tier: "echelon_3",
          headcount: 40,
          retentionReason: "territorial",
        }),
      ),
    );
    expect(set.doc.structures.get("asis")!.units.get("dir")).toEqual({
      id: "dir",
      parentId: "dj1",
      name: "Direktorat",
      shortName: "Dit",
      tier: "echelon_3",
      headcount: 40,
      retentionReason: "territorial",
    });
    const cleared = expectOk(
      runOp(set.doc, (d) =>
        updateUnit(d, "asis", "dir", { shortName: "", headcount: undefined, retentionReason: undefined }),
      ),
    );
    expect(cleared.doc.structures.get("asis")!.units.get("dir")).toEqual({
      id: "dir",
      parentId: "dj1",
      name: "Direktorat",
      tier: "echelon_3",
    });
  });

  it("returns the same document when nothing changes", () => {
    const doc = structuresDoc();
    expect(expectOk(runOp(doc, (d) => updateUnit(d, "asis", "dir", { name: "Direktorat" }))).doc).toBe(doc);
    expect(expectOk(runOp(doc, (d) => updateUnit(d, "asis", "dir", { headcount: undefined }))).doc).toBe(doc);
  });

  it("edits the unit named '__proto__'", () => {
    const result = expectOk(
      runOp(structuresDoc(), (d) => updateUnit(d, "asis", "__proto__", { name: "Renamed" })),
    );
    expect(result.doc.structures.get("asis")!.units.get("__proto__")?.name).toBe("Renamed");
  });
});

describe("moveUnit", () => {
  it("re-parents a unit, which goes after ordered siblings", () => {
    const doc = structuresDoc();
    const result = expectOk(runOp(doc, (d) => moveUnit(d, "asis", "dj1", "m")));
    expect(result.doc).toBe(doc); // already there
    const moved = expectOk(runOp(doc, (d) => moveUnit(d, "asis", "__proto__", "m")));
    expect(moved.doc.structures.get("asis")!.units.get("__proto__")?.parentId).toBe("m");
    const mover = expectOk(runOp(doc, (d) => moveUnit(d, "asis", "__proto__", "m")));
    const back = expectOk(runOp(mover.doc, (d) => moveUnit(d, "asis", "__proto__", "dir")));
    // "dir" has an ordered child ("sub", order 0): the moved unit comes after it.
    expect(back.doc.structures.get("asis")!.units.get("__proto__")).toMatchObject({
      parentId: "dir",
      order: 1,
    });
  });

  it("refuses a move under itself or one of its sub-units", () => {
    const doc = structuresDoc();
    expect(runOp(doc, (d) => moveUnit(d, "asis", "dj1", "__proto__"))).toEqual({
      ok: false,
      reason: { code: "cycle", params: { from: "dj1", to: "__proto__" } },
    });
    expectRefused(
      runOp(doc, (d) => moveUnit(d, "asis", "dj1", "dj1")),
      "cycle",
    );
    expect(canMoveUnit(doc.structures.get("asis")!, "dj1", "sub")).toBe(false);
    expect(canMoveUnit(doc.structures.get("asis")!, "sub", "m")).toBe(true);
  });

  it("moves a unit to the top level", () => {
    const result = expectOk(runOp(structuresDoc(), (d) => moveUnit(d, "asis", "dir", null)));
    expect(result.doc.structures.get("asis")!.units.get("dir")?.parentId).toBeNull();
  });
});

describe("deleteUnit", () => {
  it("moves the sub-units up to the parent and removes the unit's alignments and position", () => {
    const doc = structuresDoc();
    const result = expectOk(runOp(doc, (d) => deleteUnit(d, "asis", "dir")));
    const units = result.doc.structures.get("asis")!.units;
    expect(units.has("dir")).toBe(false);
    expect(units.get("__proto__")?.parentId).toBe("dj1");
    expect(units.get("sub")?.parentId).toBe("dj1");
    expect(result.movedUp).toBe(2);
    expect(result.removedAlignments).toBe(0);

    const proto = expectOk(runOp(doc, (d) => deleteUnit(d, "asis", "__proto__")));
    expect(proto.removedAlignments).toBe(1);
    expect(proto.doc.alignments.has("al5")).toBe(false);
    expect(proto.doc.layout.units.get("asis")?.has("__proto__")).toBe(false);
    // The same unit id in another structure keeps its alignments.
    const minister = expectOk(runOp(doc, (d) => deleteUnit(d, "asis", "m")));
    expect(minister.doc.alignments.has("al6")).toBe(true);
    expect(minister.doc.structures.get("asis")!.units.get("dj1")?.parentId).toBeNull();
  });

  it("deleteUnitSubtree removes the whole branch with its alignments", () => {
    const result = expectOk(runOp(structuresDoc(), (d) => deleteUnitSubtree(d, "asis", "dj1")));
    expect([...result.doc.structures.get("asis")!.units.keys()]).toEqual(["m"]);
    expect(result.removedUnits).toBe(4);
    expect(result.removedAlignments).toBe(4);
  });
});
