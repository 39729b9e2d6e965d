import { describe, expect, it } from "vitest";
import { compareStructures } from "../../../src/domain/compare";
import { diagnose, findingsByNode, findingsByUnit } from "../../../src/domain/diagnostics";
import { draftStructureFromTree } from "../../../src/domain/draftStructure";
import type { Alignment, PlanNode, Unit } from "../../../src/domain/types";
import { align, briefs, indicator, lineNode, node, planDoc, structure, unit } from "./fixtures";

describe("ids that are names of object properties", () => {
  const odd = ["__proto__", "constructor", "toString"] as const;

  it("work as node, unit, indicator and structure ids", () => {
    const doc = planDoc(
      [
        node("__proto__", null, "goal"),
        lineNode("constructor", "__proto__", "strategic_target", [
          indicator("toString", { unit: undefined }),
        ]),
        lineNode("toString", "constructor", "program", []),
      ],
      [
        structure("__proto__", [
          unit("__proto__", null, "minister"),
          unit("constructor", "__proto__", "echelon_1"),
          unit("toString", "constructor", "echelon_3"),
        ]),
        structure("constructor", [unit("__proto__", null, "minister")]),
      ],
      [
        align("__proto__", "__proto__", "__proto__"),
        align("__proto__", "constructor", "constructor"),
        align("__proto__", "__proto__", "toString"),
      ],
    );
    const diagnosis = diagnose(doc, "__proto__");
    expect(briefs(diagnosis)).toEqual([
      { rule: "A2", unitId: "toString" },
      { rule: "A4", nodeId: "constructor", unitId: "constructor" },
      { rule: "A4", nodeId: "toString", unitId: "__proto__" },
      { rule: "A5", nodeId: "toString" },
      { rule: "A7", nodeId: "constructor", indicatorId: "toString" },
      { rule: "A8", nodeId: "toString" },
      { rule: "A10", unitId: "toString" },
    ]);
    expect(diagnosis.coverage.nodes.owned).toBe(3);
    expect([...findingsByNode(diagnosis).keys()]).toEqual(["constructor", "toString"]);
    expect([...findingsByUnit(diagnosis).keys()]).toEqual(["toString", "constructor", "__proto__"]);
    expect(Object.getPrototypeOf(diagnosis.counts.byRule)).toBe(Object.prototype);

    const comparison = compareStructures(doc, "__proto__", "constructor");
    expect(comparison.units.removed).toEqual(["constructor", "toString"]);
    expect(comparison.nodes.map((n) => n.status)).toEqual(["lost", "lost", "lost"]);

    const drafted = draftStructureFromTree(doc, { structureId: "toString", name: "Draft" });
    expect(drafted.structures.get("toString")!.units.size).toBe(2);
    for (const id of odd) expect(doc.nodes.has(id)).toBe(true);
  });
});

// Building 100,000-item fixtures takes seconds on a loaded machine: no timing is asserted, the timeout is generous.
describe("deep chains", { timeout: 60_000 }, () => {
  const depth = 100_000;

  it("diagnose a 100,000-deep node chain owned along a 100,000-deep unit chain", () => {
    const nodes: PlanNode[] = [node("n0", null, "goal")];
    const units: Unit[] = [unit("u0", null, "minister")];
    const alignments: Alignment[] = [align("s", "u0", "n0", "primary", { id: "a0" })];
    for (let i = 1; i < depth; i++) {
      nodes.push(node(`n${i}`, `n${i - 1}`, "strategic_target", { indicators: [indicator(`i${i}`)] }));
      units.push(unit(`u${i}`, `u${i - 1}`, "minister"));
      alignments.push(align("s", `u${i}`, `n${i}`, "primary", { id: `a${i}` }));
    }
    // The deepest node is owned by the root unit instead: its parent's owner is below it.
    alignments[depth - 1] = align("s", "u0", `n${depth - 1}`, "primary", { id: `a${depth - 1}` });
    const doc = planDoc(nodes, [structure("s", units)], alignments);
    const diagnosis = diagnose(doc, "s");
    expect(diagnosis.counts.byRule.A5).toBe(1);
    expect(diagnosis.findings.find((f) => f.rule === "A5")).toMatchObject({ nodeId: `n${depth - 1}` });
    // Every minister below the first hangs under a minister; the last unit owns nothing.
    expect(diagnosis.counts.byRule.A9).toBe(depth - 1);
    expect(diagnosis.counts.byRule.A2).toBe(1);
    expect(diagnosis.coverage.nodes).toMatchObject({ owned: depth, total: depth });
  });

  it("draft from a 100,000-deep chain of activities", () => {
    const nodes: PlanNode[] = [lineNode("p", null, "program")];
    for (let i = 0; i < depth; i++) nodes.push(lineNode(`k${i}`, i === 0 ? "p" : `k${i - 1}`, "activity"));
    const drafted = draftStructureFromTree(planDoc(nodes), { structureId: "d", name: "Draft" });
    const units = drafted.structures.get("d")!.units;
    expect(units.size).toBe(depth + 2);
    expect(units.get(`u-k${depth - 1}`)!.parentId).toBe("u-p");
  });
});
