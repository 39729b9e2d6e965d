import { describe, expect, it } from "vitest";
import { diagnose } from "../../../src/domain/diagnostics";
import { draftStructureFromTree, freeStructureId } from "../../../src/domain/draftStructure";
import type { PlanDocument } from "../../../src/domain/types";
import { align, lineNode, node, planDoc, structure, unit } from "./fixtures";

const ID = /^[A-Za-z0-9_.:-]+$/;

function sampleTree(): PlanDocument {
  const doc = planDoc(
    [
      node("g1", null, "goal"),
      lineNode("ss1", "g1", "strategic_target"),
      lineNode("p1", "ss1", "program", undefined, {
        name: "Program Perlindungan Sosial",
        programType: "technical",
      }),
      lineNode("k1", "p1", "activity", undefined, { name: "Rehabilitasi Sosial" }),
      lineNode("o1", "k1", "output", undefined, { name: "ATENSI" }),
      node("c1", "k1", "condition"),
      lineNode("o2", "c1", "output"),
      lineNode("p2", "ss1", "program", undefined, {
        name: "Program Dukungan Manajemen",
        programType: "generic",
      }),
      node("c2", "p2", "condition"),
      lineNode("k2", "c2", "activity"),
      lineNode("o3", "p2", "output"),
      lineNode("k3", "ss1", "activity"),
      lineNode("o4", null, "output"),
    ],
    [structure("asis", [unit("m", null, "minister")])],
    // An alignment id the draft's own scheme would produce first.
    [align("asis", "m", "g1", "primary", { id: "draft.a1" })],
  );
  return { ...doc, meta: { ...doc.meta, language: "id" } };
}

describe("structure follows strategy", () => {
  const doc = sampleTree();
  const before = JSON.stringify([...doc.alignments.values(), ...doc.structures.keys()]);
  const drafted = draftStructureFromTree(doc, {
    structureId: "draft",
    name: "Usulan",
    now: "2026-05-06T07:08:09.000Z",
  });
  const draft = drafted.structures.get("draft")!;
  const units = [...draft.units.values()];
  const ownerOf = (nodeId: string) =>
    [...drafted.alignments.values()]
      .filter((a) => a.structureId === "draft" && a.nodeId === nodeId)
      .map((a) => a.unitId);

  it("drafts a minister, an echelon 1 per program, an echelon 2 per activity, a functional group per output", () => {
    expect(draft).toMatchObject({ id: "draft", name: "Usulan", role: "proposed" });
    expect(units.map((u) => [u.id, u.tier, u.parentId])).toEqual([
      ["minister", "minister", null],
      ["u-p1", "echelon_1", "minister"],
      ["u-k1", "echelon_2", "u-p1"],
      ["u-o1", "functional_group", "u-k1"],
      ["u-o2", "functional_group", "u-k1"], // through the condition c1
      ["u-p2", "echelon_1", "minister"],
      ["u-k2", "echelon_2", "u-p2"], // through the condition c2
      ["u-o3", "functional_group", "u-p2"], // no activity above: the program's unit
      ["u-k3", "echelon_2", "minister"], // no program above: the minister
      ["u-o4", "functional_group", "minister"],
    ]);
    expect(draft.units.get("u-p1")).toMatchObject({
      name: "Unit Program Perlindungan Sosial",
      kind: "substantive",
    });
    expect(draft.units.get("u-k2")).toMatchObject({ kind: "support" });
    expect(draft.units.get("u-o1")!.name).toBe("Kelompok Fungsional ATENSI");
    expect(draft.units.get("minister")!.name).toBe("Menteri");
  });

  it("makes the minister owner of goals and strategic targets, and each unit owner of its node", () => {
    expect(ownerOf("g1")).toEqual(["minister"]);
    expect(ownerOf("ss1")).toEqual(["minister"]);
    for (const id of ["p1", "k1", "o1", "o2", "p2", "k2", "o3", "k3", "o4"])
      expect(ownerOf(id)).toEqual([`u-${id}`]);
    expect(ownerOf("c1")).toEqual([]);
    const draftAlignments = [...drafted.alignments.values()].filter((a) => a.structureId === "draft");
    expect(draftAlignments.every((a) => a.role === "primary" && a.indicatorId === undefined)).toBe(true);
    expect(draftAlignments).toHaveLength(11);
  });

  it("uses valid, unique ids and leaves the input untouched", () => {
    const alignmentIds = [...drafted.alignments.keys()];
    expect(new Set(alignmentIds).size).toBe(alignmentIds.length);
    expect(drafted.alignments.get("draft.a1")!.structureId).toBe("asis");
    for (const id of [...alignmentIds, ...draft.units.keys()]) {
      expect(id).toMatch(ID);
      expect(id.length).toBeLessThanOrEqual(64);
    }
    expect(JSON.stringify([...doc.alignments.values(), ...doc.structures.keys()])).toBe(before);
    expect(doc.structures.has("draft")).toBe(false);
    expect(drafted.nodes).toBe(doc.nodes);
    expect(drafted.meta.updatedAt).toBe("2026-05-06T07:08:09.000Z");
  });

  it("diagnoses with no unowned line node under a program, no tier mismatch, no broken cascade, no misplaced unit", () => {
    const diagnosis = diagnose(drafted, "draft");
    const rules = new Set(diagnosis.findings.map((f) => f.rule));
    for (const rule of ["A1", "A3", "A4", "A5", "A9"] as const) expect(rules.has(rule)).toBe(false);
    expect(diagnosis.coverage.nodes.owned).toBe(diagnosis.coverage.nodes.total);
    // A6 for the odd placements of the sample tree, which the draft does not change.
    expect(
      diagnosis.findings
        .filter((f) => f.rule === "A6")
        .map((f) => ("nodeId" in f ? f.nodeId : ""))
        .sort(),
    ).toEqual(["k3", "o3"]);
  });

  it("falls back to counted ids when a node's id would be too long", () => {
    const long = "n".repeat(63);
    const d = draftStructureFromTree(planDoc([lineNode(long, null, "program")]), {
      structureId: "s".repeat(64),
      name: "X",
      idPrefix: "x.",
    });
    const s = d.structures.get("s".repeat(64))!;
    expect([...s.units.keys()]).toEqual(["x.minister", "x.u1"]);
    expect([...d.alignments.keys()]).toEqual(["x.a1"]);
  });

  it("names units in English for an English document, or as told", () => {
    const english = { ...sampleTree(), meta: { ...sampleTree().meta, language: "en" as const } };
    const d = draftStructureFromTree(english, { structureId: "d", name: "Draft" });
    expect(d.structures.get("d")!.units.get("minister")!.name).toBe("Minister");
    expect(d.structures.get("d")!.units.get("u-o1")!.name).toBe("Functional group ATENSI");
    const told = draftStructureFromTree(english, {
      structureId: "d",
      name: "Draft",
      names: { minister: "Menteri Sosial", unitPrefix: "Direktorat", functionalGroupPrefix: "Tim" },
    });
    expect(told.structures.get("d")!.units.get("u-k1")!.name).toBe("Direktorat Rehabilitasi Sosial");
    expect(told.structures.get("d")!.units.get("u-o1")!.name).toBe("Tim ATENSI");
  });

  it("refuses a structure id that is taken or invalid, and finds a free one", () => {
    expect(() => draftStructureFromTree(doc, { structureId: "asis", name: "X" })).toThrow(RangeError);
    expect(() => draftStructureFromTree(doc, { structureId: "bad id", name: "X" })).toThrow(RangeError);
    expect(() =>
      draftStructureFromTree(doc, { structureId: "ok", name: "X", idPrefix: "bad prefix" }),
    ).toThrow(RangeError);
    expect(freeStructureId(doc)).toBe("draft");
    expect(freeStructureId(drafted)).toBe("draft-2");
    expect(freeStructureId(doc, "asis")).toBe("asis-2");
  });
});
