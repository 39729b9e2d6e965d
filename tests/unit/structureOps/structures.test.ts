import { describe, expect, it } from "vitest";
import { compareStructures } from "../../../src/domain/compare";
import {
  createStructure,
  deleteStructure,
  duplicateStructure,
  updateStructure,
} from "../../../src/domain/structureOps";
import { expectOk, expectRefused } from "../operations/helpers";
import { runOp, structuresDoc } from "./helpers";

describe("createStructure", () => {
  it("adds a blank structure with a free id, last in file order", () => {
    const doc = structuresDoc();
    const result = expectOk(runOp(doc, (d) => createStructure(d, { name: "Usulan 2025", role: "proposed" })));
    expect(result.id).toBe("structure");
    expect(result.doc.structures.get("structure")).toEqual({
      id: "structure",
      name: "Usulan 2025",
      role: "proposed",
      units: new Map(),
    });
    expect([...result.doc.structures.keys()]).toEqual(["asis", "to-be", "structure"]);
    expect(result.doc.nodes).toBe(doc.nodes);
  });

  it("takes an id and a basis; refuses a taken or invalid id and an empty name", () => {
    const doc = structuresDoc();
    const result = expectOk(
      runOp(doc, (d) =>
        createStructure(d, { id: "constructor", name: "X", role: "existing", basis: "Perpres 110/2021" }),
      ),
    );
    expect(result.doc.structures.get("constructor")?.basis).toBe("Perpres 110/2021");
    expectRefused(
      runOp(doc, (d) => createStructure(d, { id: "asis", name: "X", role: "existing" })),
      "duplicate-id",
    );
    expectRefused(
      runOp(doc, (d) => createStructure(d, { id: "a b", name: "X", role: "existing" })),
      "invalid-id",
    );
    expectRefused(
      runOp(doc, (d) => createStructure(d, { name: "  ", role: "existing" })),
      "invalid-name",
    );
  });
});

describe("duplicateStructure", () => {
  it("keeps unit ids, copies alignments under fresh ids and the unit layout", () => {
    const doc = structuresDoc();
    const result = expectOk(runOp(doc, (d) => duplicateStructure(d, "asis", { name: "Salinan" })));
    const copy = result.doc.structures.get(result.id)!;
    expect(copy.role).toBe("proposed");
    expect([...copy.units.keys()]).toEqual([...doc.structures.get("asis")!.units.keys()]);
    const copied = [...result.doc.alignments.values()].filter((a) => a.structureId === result.id);
    const original = [...doc.alignments.values()].filter((a) => a.structureId === "asis");
    expect(copied.map(({ id: _, structureId: __, ...rest }) => rest)).toEqual(
      original.map(({ id: _, structureId: __, ...rest }) => rest),
    );
    for (const a of copied) expect(doc.alignments.has(a.id)).toBe(false);
    expect(result.doc.layout.units.get(result.id)).toEqual(doc.layout.units.get("asis"));
    // Comparing the copy with its source finds nothing changed.
    const comparison = compareStructures(result.doc, "asis", result.id);
    expect(comparison.units).toEqual({ added: [], removed: [], renamed: [], moved: [], retiered: [] });
    expect(
      comparison.statusCounts.changed + comparison.statusCounts.lost + comparison.statusCounts.gained,
    ).toBe(0);
  });

  it("refuses an unknown source", () => {
    expectRefused(
      runOp(structuresDoc(), (d) => duplicateStructure(d, "nope", { name: "X" })),
      "not-found",
    );
  });
});

describe("updateStructure", () => {
  it("renames, sets role and basis, and clears the basis with an empty text", () => {
    const doc = structuresDoc();
    const renamed = expectOk(
      runOp(doc, (d) =>
        updateStructure(d, "to-be", {
          name: "Usulan Perpres 110/2021",
          role: "existing",
          basis: "Perpres 110/2021",
        }),
      ),
    );
    expect(renamed.doc.structures.get("to-be")).toMatchObject({
      name: "Usulan Perpres 110/2021",
      role: "existing",
      basis: "Perpres 110/2021",
    });
    const cleared = expectOk(runOp(renamed.doc, (d) => updateStructure(d, "to-be", { basis: "" })));
    expect("basis" in cleared.doc.structures.get("to-be")!).toBe(false);
  });

  it("returns the same document when nothing changes, and refuses bad values", () => {
    const doc = structuresDoc();
    expect(expectOk(runOp(doc, (d) => updateStructure(d, "asis", { name: "Struktur saat ini" }))).doc).toBe(
      doc,
    );
    expectRefused(
      runOp(doc, (d) => updateStructure(d, "asis", { role: "future" as never })),
      "invalid-value",
    );
    expectRefused(
      runOp(doc, (d) => updateStructure(d, "asis", { name: "" })),
      "invalid-name",
    );
    expectRefused(
      runOp(doc, (d) => updateStructure(d, "zzz", { name: "X" })),
      "not-found",
    );
  });
});

describe("deleteStructure", () => {
  it("removes the structure, its alignments and its unit layout, and nothing else", () => {
    const doc = structuresDoc();
    const result = expectOk(runOp(doc, (d) => deleteStructure(d, "asis")));
    expect(result.doc.structures.has("asis")).toBe(false);
    expect(result.removedAlignments).toBe(5);
    expect([...result.doc.alignments.keys()]).toEqual(["al6"]);
    expect(result.doc.layout.units.has("asis")).toBe(false);
    expect(result.doc.structures.get("to-be")).toBe(doc.structures.get("to-be"));
  });
});
