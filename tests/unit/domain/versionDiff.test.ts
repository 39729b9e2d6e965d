import { describe, expect, it } from "vitest";
import type { Alignment, Indicator, PlanDocument, Structure } from "../../../src/domain/types";
import { diffVersions, nodeMarks } from "../../../src/domain/versionDiff";
import { docWith, node } from "../../helpers/build";

const structure: Structure = {
  id: "s1",
  name: "SOTK 2021",
  role: "existing",
  units: new Map([
    ["u1", { id: "u1", parentId: null, name: "Direktorat A", tier: "echelon_2" }],
    ["u2", { id: "u2", parentId: "u1", name: "Subdirektorat B", tier: "echelon_3" }],
  ]),
};

function withAlignments(doc: PlanDocument, alignments: readonly Alignment[]): PlanDocument {
  return {
    ...doc,
    structures: new Map([[structure.id, structure]]),
    alignments: new Map(alignments.map((a) => [a.id, a])),
  };
}

const indicator = (id: string, extra: Partial<Indicator> = {}): Indicator => ({
  id,
  name: `Indicator ${id}`,
  ...extra,
});

describe("diffVersions", () => {
  const before = docWith([
    node("g", null, "goal", { code: "T1", name: "Goal" }),
    node("s", "g", "strategic_target", { code: "SS1", name: "Target one" }),
    node("s2", "g", "strategic_target", { code: "SS2", name: "Target two" }),
    node("p", "s", "program", { code: "P1", name: "Old name" }),
    node("q", "s", "program", { code: "P2", name: "Stays" }),
    node("gone", "s", "program", { code: "P3", name: "Removed program" }),
  ]);

  it("finds nothing between a document and itself", () => {
    const diff = diffVersions(before, before);
    expect(diff.changeCount).toBe(0);
    expect(diff.nodes).toEqual({ added: [], removed: [], renamed: [], moved: [], rekinded: [] });
    expect(nodeMarks(diff).size).toBe(0);
  });

  it("lists boxes added, removed, renamed, moved and re-kinded, with names and codes", () => {
    const after = docWith([
      node("g", null, "goal", { code: "T1", name: "Goal" }),
      node("s", "g", "strategic_target", { code: "SS1", name: "Target one" }),
      node("s2", "g", "strategic_target", { code: "SS2", name: "Target two" }),
      node("p", "s", "program", { code: "P1", name: "New name" }),
      node("q", "s2", "activity", { code: "P2", name: "Stays" }),
      node("new", "s", "program", { code: "P4", name: "Added program" }),
    ]);
    const diff = diffVersions(before, after);
    expect(diff.nodes.added).toEqual([{ id: "new", kind: "program", code: "P4", name: "Added program" }]);
    expect(diff.nodes.removed).toEqual([
      { id: "gone", kind: "program", code: "P3", name: "Removed program" },
    ]);
    expect(diff.nodes.renamed).toEqual([
      {
        node: { id: "p", kind: "program", code: "P1", name: "New name" },
        from: { code: "P1", name: "Old name" },
      },
    ]);
    expect(diff.nodes.moved).toEqual([
      {
        node: { id: "q", kind: "activity", code: "P2", name: "Stays" },
        from: { id: "s", kind: "strategic_target", code: "SS1", name: "Target one" },
        to: { id: "s2", kind: "strategic_target", code: "SS2", name: "Target two" },
      },
    ]);
    expect(diff.nodes.rekinded).toEqual([
      { node: { id: "q", kind: "activity", code: "P2", name: "Stays" }, from: "program" },
    ]);
    expect(diff.changeCount).toBe(5);
    expect(Object.fromEntries(nodeMarks(diff))).toEqual({
      new: ["added"],
      p: ["renamed"],
      q: ["moved", "rekinded"],
    });
  });

  it("a change of code alone is a rename", () => {
    const after = docWith([...before.nodes.values()].map((n) => (n.id === "q" ? { ...n, code: "P2.1" } : n)));
    expect(diffVersions(before, after).nodes.renamed).toEqual([
      {
        node: { id: "q", kind: "program", code: "P2.1", name: "Stays" },
        from: { code: "P2", name: "Stays" },
      },
    ]);
  });

  it("a box whose parent was removed counts as moved to the top, not as renamed", () => {
    const after = docWith([node("s", null, "strategic_target", { code: "SS1", name: "Target one" })]);
    const diff = diffVersions(before, after);
    expect(diff.nodes.moved.map((m) => [m.node.id, m.from?.id, m.to])).toEqual([["s", "g", null]]);
    expect(diff.nodes.removed.map((n) => n.id)).toEqual(["g", "s2", "p", "q", "gone"]);
  });

  it("seven programs became two: the level counts say so", () => {
    const programs = Array.from({ length: 7 }, (_, i) =>
      node(`p${i + 1}`, "s", "program", { code: `P${i + 1}`, name: `Program ${i + 1}` }),
    );
    const oldPlan = docWith([
      node("g", null, "goal"),
      node("s", "g", "strategic_target"),
      ...programs,
      node("k1", "p1", "activity"),
      node("k2", "p5", "activity"),
    ]);
    // Two programs remain; the activities of the others now sit under them.
    const newPlan = docWith([
      node("g", null, "goal"),
      node("s", "g", "strategic_target"),
      node("p1", "s", "program", { code: "P1", name: "Program Perlindungan Sosial" }),
      node("p2", "s", "program", { code: "P2", name: "Program 2" }),
      node("k1", "p1", "activity"),
      node("k2", "p2", "activity"),
    ]);
    const diff = diffVersions(oldPlan, newPlan);
    const programLevel = diff.levels.find((l) => l.kind === "program");
    expect(programLevel).toEqual({ kind: "program", before: 7, after: 2, added: 0, removed: 5 });
    expect(diff.levels.find((l) => l.kind === "activity")).toEqual({
      kind: "activity",
      before: 2,
      after: 2,
      added: 0,
      removed: 0,
    });
    expect(diff.nodes.removed.map((n) => n.code)).toEqual(["P3", "P4", "P5", "P6", "P7"]);
    expect(diff.nodes.renamed.map((r) => [r.from.name, r.node.name])).toEqual([
      ["Program 1", "Program Perlindungan Sosial"],
    ]);
    expect(diff.nodes.moved.map((m) => [m.node.id, m.from?.id, m.to?.id])).toEqual([["k2", "p5", "p2"]]);
  });

  it("a re-kinded box leaves one level and joins another", () => {
    const after = docWith(
      [...before.nodes.values()].map((n) => (n.id === "gone" ? { ...n, kind: "activity" as const } : n)),
    );
    const levels = diffVersions(before, after).levels;
    expect(levels.find((l) => l.kind === "program")).toMatchObject({ before: 3, after: 2, removed: 1 });
    expect(levels.find((l) => l.kind === "activity")).toMatchObject({ before: 0, after: 1, added: 1 });
  });

  it("lists indicators added, removed and changed, with targets per year", () => {
    const a = docWith([
      node("p", null, "program", {
        indicators: [
          indicator("i1", { unit: "persen", targets: { "2020": 10, "2021": 20, "2022": "WTP" } }),
          indicator("i2"),
        ],
      }),
      node("q", null, "program", { indicators: [indicator("i4", { name: "Moves" })] }),
    ]);
    const b = docWith([
      node("p", null, "program", {
        indicators: [
          indicator("i1", { unit: "%", name: "Renamed", targets: { "2020": 10, "2021": 25, "2023": 5 } }),
          indicator("i3", { code: "IKP 3" }),
          indicator("i4", { name: "Moves" }),
        ],
      }),
      node("q", null, "program"),
    ]);
    const diff = diffVersions(a, b);
    expect(diff.indicators.added).toEqual([
      { id: "i3", code: "IKP 3", name: "Indicator i3", node: { id: "p", kind: "program", name: "Node p" } },
    ]);
    expect(diff.indicators.removed.map((i) => i.id)).toEqual(["i2"]);
    const [changed, movedOne] = diff.indicators.changed;
    expect(changed?.indicator.id).toBe("i1");
    expect(changed?.fields).toEqual(["name", "unit"]);
    expect(changed?.targets).toEqual([
      { year: "2021", from: 20, to: 25 },
      { year: "2022", from: "WTP" },
      { year: "2023", to: 5 },
    ]);
    expect(movedOne).toMatchObject({
      indicator: { id: "i4" },
      fields: [],
      targets: [],
      movedFrom: { id: "q" },
    });
    expect(Object.fromEntries(nodeMarks(diff))).toEqual({ p: ["indicators"], q: ["indicators"] });
  });

  it("a changed baseline is a changed field; an unchanged one is not", () => {
    const a = docWith([
      node("p", null, "program", { indicators: [indicator("i1", { baseline: { year: 2019, value: 3 } })] }),
    ]);
    const same = docWith([
      node("p", null, "program", { indicators: [indicator("i1", { baseline: { year: 2019, value: 3 } })] }),
    ]);
    const other = docWith([
      node("p", null, "program", { indicators: [indicator("i1", { baseline: { year: 2019, value: 4 } })] }),
    ]);
    expect(diffVersions(a, same).changeCount).toBe(0);
    expect(diffVersions(a, other).indicators.changed[0]?.fields).toEqual(["baseline"]);
  });

  it("lists alignments added, removed and with a changed role, naming the unit", () => {
    const nodes = [node("p", null, "program", { code: "P1", name: "Program" }), node("q", null, "program")];
    const a = withAlignments(docWith(nodes), [
      { id: "a1", structureId: "s1", unitId: "u1", nodeId: "p", role: "primary" },
      { id: "a2", structureId: "s1", unitId: "u2", nodeId: "p", role: "contributor" },
      { id: "a3", structureId: "s1", unitId: "u2", nodeId: "q", role: "primary" },
    ]);
    const b = withAlignments(docWith(nodes), [
      { id: "a1", structureId: "s1", unitId: "u1", nodeId: "p", role: "contributor" },
      { id: "a3", structureId: "s1", unitId: "u1", nodeId: "q", role: "primary" },
      { id: "a4", structureId: "s1", unitId: "u2", nodeId: "q", role: "data_provider" },
    ]);
    const diff = diffVersions(a, b);
    expect(diff.alignments.roleChanged).toEqual([
      {
        alignment: expect.objectContaining({
          id: "a1",
          unitName: "Direktorat A",
          structureName: "SOTK 2021",
        }),
        from: "primary",
      },
    ]);
    // a3 now joins another unit: shown as the old one removed and the new one added.
    expect(diff.alignments.added.map((x) => [x.id, x.unitName])).toEqual([
      ["a3", "Direktorat A"],
      ["a4", "Subdirektorat B"],
    ]);
    expect(diff.alignments.removed.map((x) => [x.id, x.unitName])).toEqual([
      ["a3", "Subdirektorat B"],
      ["a2", "Subdirektorat B"],
    ]);
    expect(diff.changeCount).toBe(5);
  });

  it("treats ids such as __proto__ and constructor as ordinary ids", () => {
    const a = docWith([node("__proto__", null, "goal", { name: "Old" }), node("constructor", "__proto__")]);
    const b = docWith([node("__proto__", null, "goal", { name: "New" }), node("toString", "__proto__")]);
    const diff = diffVersions(a, b);
    expect(diff.nodes.renamed.map((r) => r.node.id)).toEqual(["__proto__"]);
    expect(diff.nodes.added.map((n) => n.id)).toEqual(["toString"]);
    expect(diff.nodes.removed.map((n) => n.id)).toEqual(["constructor"]);
    expect(nodeMarks(diff).get("__proto__")).toEqual(["renamed"]);
  });
});
