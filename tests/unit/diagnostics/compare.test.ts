import { describe, expect, it } from "vitest";
import { compareStructures, ownerStatus } from "../../../src/domain/compare";
import { computeCoverage } from "../../../src/domain/diagnostics";
import { align, lineNode, node, planDoc, structure, unit } from "./fixtures";

describe("comparing two structures", () => {
  const doc = planDoc(
    [
      node("g", null, "goal"),
      lineNode("ss", "g", "strategic_target"),
      lineNode("p1", "ss", "program"),
      lineNode("p2", "ss", "program"),
      lineNode("k1", "p1", "activity"),
      lineNode("k2", "p2", "activity"),
      lineNode("o", "k1", "output"),
      node("c", "g", "condition"),
    ],
    [
      structure("A", [
        unit("m", null, "minister", { name: "Menteri" }),
        unit("dj1", "m", "echelon_1", { name: "Ditjen 1" }),
        unit("dj2", "m", "echelon_1", { name: "Ditjen 2" }),
        unit("dit", "dj1", "echelon_2", { name: "Direktorat" }),
        unit("old", "m", "echelon_1", { name: "Badan" }),
      ]),
      structure("B", [
        unit("m", null, "minister", { name: "Menteri" }),
        unit("dj1", "m", "echelon_1", { name: "Ditjen Satu" }),
        unit("dj2", "m", "echelon_1", { name: "Ditjen 2" }),
        unit("dit", "dj2", "echelon_3", { name: "Direktorat" }),
        unit("new", "m", "echelon_2", { name: "Pusdatin" }),
      ]),
    ],
    [
      // ss: kept (m in both); g: gained; p1: lost; p2: changed; k1: changed (an owner added beside the old one);
      // k2: kept as sets in another order; o: none. c is a condition and not listed.
      align("A", "m", "ss"),
      align("B", "m", "ss"),
      align("B", "m", "g"),
      align("A", "dj1", "p1"),
      align("B", "dj1", "p1", "contributor"),
      align("A", "dj1", "p2"),
      align("B", "dj2", "p2"),
      align("A", "dit", "k1"),
      align("B", "dit", "k1"),
      align("B", "new", "k1"),
      align("A", "dit", "k2"),
      align("A", "old", "k2"),
      align("B", "dit", "k2"),
      align("B", "old", "k2"),
      align("A", "m", "c"),
    ],
  );
  const comparison = compareStructures(doc, "A", "B");

  it("lists units added, removed, renamed, moved and re-tiered, matched by id", () => {
    expect(comparison.aId).toBe("A");
    expect(comparison.bId).toBe("B");
    expect(comparison.units).toEqual({
      added: ["new"],
      removed: ["old"],
      renamed: [{ unitId: "dj1", from: "Ditjen 1", to: "Ditjen Satu" }],
      moved: [{ unitId: "dit", from: "dj1", to: "dj2" }],
      retiered: [{ unitId: "dit", from: "echelon_2", to: "echelon_3" }],
    });
  });

  it("gives every line node its primary owners in A and B and a status", () => {
    expect(comparison.nodes).toEqual([
      { nodeId: "g", kind: "goal", ownersA: [], ownersB: ["m"], status: "gained" },
      { nodeId: "ss", kind: "strategic_target", ownersA: ["m"], ownersB: ["m"], status: "kept" },
      { nodeId: "p1", kind: "program", ownersA: ["dj1"], ownersB: [], status: "lost" },
      { nodeId: "p2", kind: "program", ownersA: ["dj1"], ownersB: ["dj2"], status: "changed" },
      { nodeId: "k1", kind: "activity", ownersA: ["dit"], ownersB: ["dit", "new"], status: "changed" },
      { nodeId: "k2", kind: "activity", ownersA: ["dit", "old"], ownersB: ["dit"], status: "changed" },
      { nodeId: "o", kind: "output", ownersA: [], ownersB: [], status: "none" },
    ]);
    expect(comparison.statusCounts).toEqual({ kept: 1, gained: 1, lost: 1, changed: 3, none: 1 });
  });

  it("puts the coverage of both side by side", () => {
    expect(comparison.coverage.a).toEqual(computeCoverage(doc, "A"));
    expect(comparison.coverage.b).toEqual(computeCoverage(doc, "B"));
    expect(comparison.coverage.a.nodes.owned).toBe(5);
    expect(comparison.coverage.b.nodes.owned).toBe(5);
  });

  it("compares owners as sets", () => {
    expect(ownerStatus(["a", "b"], ["b", "a"])).toBe("kept");
    expect(ownerStatus(["a"], ["a", "b"])).toBe("changed");
    expect(ownerStatus([], [])).toBe("none");
    expect(ownerStatus([], ["a"])).toBe("gained");
    expect(ownerStatus(["a"], [])).toBe("lost");
  });

  it("finds no change between a structure and itself, and compares an unknown one as empty", () => {
    const same = compareStructures(doc, "B", "B");
    expect(same.units).toEqual({ added: [], removed: [], renamed: [], moved: [], retiered: [] });
    expect(same.nodes.every((n) => n.status === "kept" || n.status === "none")).toBe(true);
    const vsNothing = compareStructures(doc, "A", "missing");
    expect(vsNothing.units.removed).toEqual(["m", "dj1", "dj2", "dit", "old"]);
    expect(vsNothing.units.added).toEqual([]);
  });

  it("counts a move to and from the root", () => {
    const moved = planDoc(
      [],
      [
        structure("A", [
          unit("m", null, "minister"),
          unit("u", "m", "echelon_1"),
          unit("v", null, "echelon_1"),
        ]),
        structure("B", [
          unit("m", null, "minister"),
          unit("u", null, "echelon_1"),
          unit("v", "m", "echelon_1"),
        ]),
      ],
    );
    expect(compareStructures(moved, "A", "B").units.moved).toEqual([
      { unitId: "u", from: "m", to: null },
      { unitId: "v", from: null, to: "m" },
    ]);
  });
});
