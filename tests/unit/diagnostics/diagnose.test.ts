import { describe, expect, it } from "vitest";
import {
  diagnose,
  findingsByNode,
  findingsByUnit,
  RULE_BY_ID,
  RULE_IDS,
  RULES,
  worstSeverity,
} from "../../../src/domain/diagnostics";
import type { UnitTier } from "../../../src/domain/types";
import {
  align,
  briefs,
  cleanDoc,
  cleanParts,
  indicator,
  lineNode,
  node,
  patch,
  planDoc,
  structure,
  unit,
} from "./fixtures";

/** The clean fixture with some nodes, units or alignments replaced (null removes). */
function variant(
  changes: {
    nodes?: Parameters<typeof patch<ReturnType<typeof cleanParts>["nodes"][number]>>[1];
    units?: Parameters<typeof patch<ReturnType<typeof cleanParts>["units"][number]>>[1];
    alignments?: Parameters<typeof patch<ReturnType<typeof cleanParts>["alignments"][number]>>[1];
  } = {},
) {
  const parts = cleanParts();
  return planDoc(
    patch(parts.nodes, changes.nodes ?? {}),
    [structure("s", patch(parts.units, changes.units ?? {}))],
    patch(parts.alignments, changes.alignments ?? {}),
  );
}

describe("the clean fixture", () => {
  it("breaks no rule", () => {
    const diagnosis = diagnose(cleanDoc(), "s");
    expect(diagnosis.findings).toEqual([]);
    expect(diagnosis.counts.total).toBe(0);
  });
});

describe("A1 unowned-node", () => {
  it("flags a line node without a primary owner, once", () => {
    const diagnosis = diagnose(variant({ alignments: { "a-g1": null } }), "s");
    expect(diagnosis.findings).toEqual([
      { rule: "A1", severity: "error", nodeId: "g1", params: { kind: "goal" } },
    ]);
  });

  it("does not count contributors, indicator alignments, or alignments of other structures", () => {
    const doc = variant({
      alignments: {
        "a-p1": null,
        c: align("s", "e1", "p1", "contributor"),
        d: align("s", "e1", "p1", "data_provider"),
        i: align("s", "e1", "p1", "primary", { indicatorId: "p1-i1" }),
      },
    });
    const withOther = {
      ...doc,
      structures: new Map([...doc.structures, ["t", structure("t", [unit("e1", null, "echelon_1")])]]),
      alignments: new Map([...doc.alignments, ["t1", align("t", "e1", "p1", "primary", { id: "t1" })]]),
    };
    expect(briefs(diagnose(withOther, "s"))).toEqual([{ rule: "A1", nodeId: "p1" }]);
    // In structure t, e1 owns p1 and nothing else is owned.
    expect(briefs(diagnose(withOther, "t"), "A1").map((b) => b.nodeId)).toEqual(["g1", "ss1", "k1", "o1"]);
  });

  it("ignores an alignment whose unit is not in the structure", () => {
    const doc = variant({ alignments: { "a-g1": align("s", "ghost", "g1", "primary", { id: "a-g1" }) } });
    expect(briefs(diagnose(doc, "s"))).toEqual([{ rule: "A1", nodeId: "g1" }]);
  });

  it("leaves conditions out", () => {
    const doc = variant({ alignments: { "a-c1": null, e3: align("s", "e3", "o1", "contributor") } });
    expect(diagnose(doc, "s").findings).toEqual([]);
  });
});

describe("A2 idle-unit", () => {
  it("flags a unit with no alignment at all, once", () => {
    const doc = variant({ units: { e2b: unit("e2b", "e1", "echelon_2") } });
    expect(diagnose(doc, "s").findings).toEqual([
      { rule: "A2", severity: "warning", unitId: "e2b", params: { tier: "echelon_2" } },
    ]);
  });

  it("counts any role, a condition, and an indicator alignment; never flags expert staff", () => {
    const doc = variant({
      units: {
        d1: unit("d1", "e1", "echelon_2"),
        d2: unit("d2", "e1", "echelon_2"),
        x2: unit("x2", "m", "expert_staff"),
      },
      alignments: {
        d1: align("s", "d1", "c1", "data_provider"),
        d2: align("s", "d2", "k1", "contributor", { indicatorId: "k1-i1" }),
      },
    });
    expect(diagnose(doc, "s").findings).toEqual([]);
  });
});

describe("A3 multiple-primary", () => {
  it("flags a node with two primary owners, once, with the owners", () => {
    const doc = variant({
      units: { e1b: unit("e1b", "m", "echelon_1") },
      alignments: { b: align("s", "e1b", "p1", "primary") },
    });
    expect(diagnose(doc, "s").findings).toEqual([
      { rule: "A3", severity: "error", nodeId: "p1", params: { kind: "program", ownerIds: ["e1", "e1b"] } },
    ]);
  });

  it("does not flag one primary owner beside contributors", () => {
    const doc = variant({
      units: { e1b: unit("e1b", "m", "echelon_1") },
      alignments: { b: align("s", "e1b", "p1", "contributor") },
    });
    expect(diagnose(doc, "s").findings).toEqual([]);
  });
});

describe("A4 tier-mismatch", () => {
  it("flags an owner of the wrong tier, naming the node and the owner", () => {
    const doc = variant({
      alignments: {
        "a-o1": align("s", "e2", "o1", "primary", { id: "a-o1" }),
        fg: align("s", "fg", "o1", "contributor"),
      },
    });
    expect(diagnose(doc, "s").findings).toEqual([
      {
        rule: "A4",
        severity: "warning",
        nodeId: "o1",
        unitId: "e2",
        params: {
          kind: "output",
          expectedTiers: ["echelon_3", "echelon_4", "technical_unit", "functional_group"],
          actualTier: "echelon_2",
        },
      },
    ]);
  });

  it("gives one finding per node and owner", () => {
    const doc = variant({
      units: { e2b: unit("e2b", "e1", "echelon_2") },
      alignments: { b: align("s", "e2b", "p1", "primary"), c: align("s", "e2b", "k1", "contributor") },
    });
    expect(briefs(diagnose(doc, "s"))).toEqual([
      { rule: "A3", nodeId: "p1" },
      { rule: "A4", nodeId: "p1", unitId: "e2b" },
    ]);
  });

  it.each<[string, UnitTier]>([
    ["echelon_3", "echelon_3"],
    ["echelon_4", "echelon_4"],
    ["technical_unit", "technical_unit"],
    ["functional_group", "functional_group"],
  ])("accepts a %s as owner of an output", (_name, tier) => {
    const doc = variant({ units: { fg: unit("fg", "e2", tier, { retentionReason: "procurement" }) } });
    expect(diagnose(doc, "s").findings).toEqual([]);
  });
});

describe("A5 broken-cascade", () => {
  it("flags a node whose owner is not below its parent's owner", () => {
    // e2 moves directly under the minister: e1 (owner of p1) is no longer above e2 (owner of k1).
    const doc = variant({ units: { e2: unit("e2", "m", "echelon_2") } });
    expect(diagnose(doc, "s").findings).toEqual([
      {
        rule: "A5",
        severity: "warning",
        nodeId: "k1",
        params: {
          kind: "activity",
          ownerId: "e2",
          parentId: "p1",
          parentKind: "program",
          parentOwnerId: "e1",
        },
      },
    ]);
  });

  it("accepts the same owner, or an owner several levels below", () => {
    const doc = variant({
      units: { fg: unit("fg", "e3", "functional_group") },
      alignments: { x: align("s", "e2", "p1", "contributor") },
    });
    expect(diagnose(doc, "s").findings).toEqual([]);
    const same = variant({ alignments: { "a-o1": null, o: align("s", "e2", "o1", "primary") } });
    expect(briefs(diagnose(same, "s"), "A5")).toEqual([]);
  });

  it("needs exactly one owner on both sides, and a line node as parent", () => {
    // p1 has two owners: k1 is not checked. k1 has two owners: o1 is not checked.
    const twoOwners = variant({
      units: {
        e2: unit("e2", "m", "echelon_2"),
        e1b: unit("e1b", "m", "echelon_1"),
        e2b: unit("e2b", "m", "echelon_2"),
      },
      alignments: { b: align("s", "e1b", "p1", "primary"), c: align("s", "e2b", "k1", "primary") },
    });
    expect(briefs(diagnose(twoOwners, "s"))).toEqual([
      { rule: "A3", nodeId: "p1" },
      { rule: "A3", nodeId: "k1" },
    ]);
    // An activity under a condition owned by someone else is not checked.
    const underCondition = planDoc(
      [node("c", null, "condition"), lineNode("k", "c", "activity")],
      [structure("s", [unit("a", null, "echelon_2"), unit("b", null, "echelon_2")])],
      [align("s", "a", "c"), align("s", "b", "k")],
    );
    expect(diagnose(underCondition, "s").findings).toEqual([]);
  });
});

describe("A6 unexpected-parent", () => {
  it("flags a program under a goal and a goal with a parent", () => {
    const doc = variant({
      nodes: { p2: lineNode("p2", "g1", "program"), g2: node("g2", "ss1", "goal") },
      alignments: { p2: align("s", "e1", "p2"), g2: align("s", "m", "g2") },
    });
    expect(diagnose(doc, "s").findings).toEqual([
      {
        rule: "A6",
        severity: "warning",
        nodeId: "p2",
        params: {
          kind: "program",
          parentId: "g1",
          parentKind: "goal",
          expectedParentKinds: ["strategic_target"],
        },
      },
      {
        rule: "A6",
        severity: "warning",
        nodeId: "g2",
        params: { kind: "goal", parentId: "ss1", parentKind: "strategic_target", expectedParentKinds: [] },
      },
    ]);
  });

  it("accepts roots, a strategic target under a strategic target, and anything next to a condition", () => {
    const doc = planDoc([
      node("c", null, "condition"),
      lineNode("p", null, "program"),
      lineNode("o", "c", "output"),
      node("c2", "p", "condition"),
      node("g", null, "goal"),
      lineNode("ss", "g", "strategic_target"),
      lineNode("ss2", "ss", "strategic_target"),
      lineNode("p2", "ss2", "program"),
    ]);
    expect(briefs(diagnose(doc, "none"), "A6")).toEqual([]);
  });
});

describe("A7 incomplete-indicator", () => {
  it("flags a missing unit, baseline and yearly targets in one finding per indicator", () => {
    const bad = indicator("k1-i1", {
      unit: " ",
      baseline: undefined,
      targets: { "2019": 1, "2020": 2, "2021": "", "2023": 4, "2025": 6 },
    });
    const doc = variant({ nodes: { k1: lineNode("k1", "p1", "activity", [bad, indicator("k1-i2")]) } });
    expect(diagnose(doc, "s").findings).toEqual([
      {
        rule: "A7",
        severity: "warning",
        nodeId: "k1",
        indicatorId: "k1-i1",
        params: {
          kind: "activity",
          missingUnit: true,
          missingBaseline: true,
          missingYears: [2021, 2022, 2024],
        },
      },
    ]);
  });

  it("flags each lack on its own", () => {
    const doc = variant({
      nodes: {
        o1: lineNode("o1", "k1", "output", [
          indicator("u", { unit: undefined }),
          indicator("b", { baseline: undefined }),
          indicator("t", { targets: undefined }),
        ]),
      },
    });
    expect(
      diagnose(doc, "s").findings.map((f) => [f.rule, "indicatorId" in f && f.indicatorId, f.params]),
    ).toEqual([
      ["A7", "u", { kind: "output", missingUnit: true, missingBaseline: false, missingYears: [] }],
      ["A7", "b", { kind: "output", missingUnit: false, missingBaseline: true, missingYears: [] }],
      [
        "A7",
        "t",
        {
          kind: "output",
          missingUnit: false,
          missingBaseline: false,
          missingYears: [2020, 2021, 2022, 2023, 2024],
        },
      ],
    ]);
  });

  it("accepts qualitative targets, and targets outside the period do not matter", () => {
    const good = indicator("p1-i1", {
      unit: "opini",
      baseline: { year: 2019, value: "WDP" },
      targets: {
        "2018": "WDP",
        "2020": "WTP",
        "2021": "WTP",
        "2022": "WTP",
        "2023": "WTP",
        "2024": "WTP",
        "2030": 1,
      },
    });
    const doc = variant({ nodes: { p1: lineNode("p1", "ss1", "program", [good]) } });
    expect(diagnose(doc, "s").findings).toEqual([]);
  });
});

describe("A8 no-indicator", () => {
  it("flags a strategic target, program or activity without indicators", () => {
    const doc = variant({
      nodes: {
        ss1: lineNode("ss1", "g1", "strategic_target", []),
        p1: node("p1", "ss1", "program"),
        k1: lineNode("k1", "p1", "activity", []),
      },
    });
    expect(briefs(diagnose(doc, "s"))).toEqual([
      { rule: "A8", nodeId: "ss1" },
      { rule: "A8", nodeId: "p1" },
      { rule: "A8", nodeId: "k1" },
    ]);
    expect(diagnose(doc, "s").findings[1]).toEqual({
      rule: "A8",
      severity: "warning",
      nodeId: "p1",
      params: { kind: "program" },
    });
  });

  it("does not ask a goal, an output or a condition for an indicator", () => {
    const doc = variant({ nodes: { o1: node("o1", "k1", "output") } });
    expect(diagnose(doc, "s").findings).toEqual([]);
  });
});

describe("A9 unit-tier-order", () => {
  const tiers: UnitTier[] = [
    "minister",
    "echelon_1",
    "echelon_2",
    "echelon_3",
    "echelon_4",
    "technical_unit",
    "functional_group",
    "expert_staff",
  ];
  // Written out from domain.md section 3, child tier → parent tiers allowed.
  const allowed: Record<UnitTier, UnitTier[]> = {
    minister: [],
    echelon_1: ["minister"],
    echelon_2: ["minister", "echelon_1"],
    echelon_3: ["minister", "echelon_1", "echelon_2"],
    echelon_4: ["minister", "echelon_1", "echelon_2", "echelon_3"],
    technical_unit: ["minister", "echelon_1", "echelon_2", "echelon_3", "echelon_4"],
    functional_group: ["minister", "echelon_1", "echelon_2", "echelon_3", "echelon_4", "technical_unit"],
    expert_staff: ["minister"],
  };
  const cases = tiers.flatMap((child) =>
    tiers.map((parent) => [child, parent, allowed[child].includes(parent)] as const),
  );

  it.each(cases)("a %s under a %s: allowed %s", (child, parent, ok) => {
    const doc = planDoc(
      [],
      [structure("s", [unit("P", null, parent), unit("C", "P", child, { retentionReason: "territorial" })])],
    );
    const found = diagnose(doc, "s").findings.filter((f) => f.rule === "A9");
    if (ok) expect(found).toEqual([]);
    else {
      expect(found).toEqual([
        {
          rule: "A9",
          severity: "warning",
          unitId: "C",
          params: { tier: child, parentId: "P", parentTier: parent, allowedParentTiers: allowed[child] },
        },
      ]);
    }
  });

  it("never flags a unit without a parent", () => {
    const doc = planDoc(
      [],
      [
        structure(
          "s",
          tiers.map((t) => unit(t, null, t, { retentionReason: "procurement" })),
        ),
      ],
    );
    expect(briefs(diagnose(doc, "s"), "A9")).toEqual([]);
  });
});

describe("A10 unjustified-unit", () => {
  it("flags echelon 3 and 4 units without a retention reason", () => {
    const doc = variant({
      units: {
        e3: unit("e3", "e2", "echelon_3"),
        e4: unit("e4", "e3", "echelon_4"),
      },
      alignments: { e4: align("s", "e4", "c1", "contributor") },
    });
    expect(diagnose(doc, "s").findings).toEqual([
      { rule: "A10", severity: "info", unitId: "e3", params: { tier: "echelon_3" } },
      { rule: "A10", severity: "info", unitId: "e4", params: { tier: "echelon_4" } },
    ]);
  });

  it("accepts a reason, and asks no other tier for one", () => {
    const doc = variant({
      units: {
        e4: unit("e4", "e3", "echelon_4", { retentionReason: "technical_unit_head" }),
        tu: unit("tu", "e2", "technical_unit"),
      },
      alignments: { e4: align("s", "e4", "c1", "contributor"), tu: align("s", "tu", "o1", "contributor") },
    });
    expect(diagnose(doc, "s").findings).toEqual([]);
  });
});

describe("the diagnosis", () => {
  const doc = variant({
    units: { e2: unit("e2", "m", "echelon_2"), e3: unit("e3", "e2", "echelon_3") },
    alignments: { "a-g1": null },
  });
  const diagnosis = diagnose(doc, "s");

  it("orders findings by rule and counts them by rule and severity", () => {
    expect(briefs(diagnosis)).toEqual([
      { rule: "A1", nodeId: "g1" },
      { rule: "A5", nodeId: "k1" },
      { rule: "A10", unitId: "e3" },
    ]);
    expect(diagnosis.counts).toEqual({
      byRule: { A1: 1, A2: 0, A3: 0, A4: 0, A5: 1, A6: 0, A7: 0, A8: 0, A9: 0, A10: 1 },
      bySeverity: { error: 1, warning: 1, info: 1 },
      total: 3,
    });
    expect(diagnosis.structureId).toBe("s");
  });

  it("groups findings by node and by unit for badges", () => {
    const byNode = findingsByNode(diagnosis);
    expect([...byNode.keys()]).toEqual(["g1", "k1"]);
    expect(byNode.get("g1")!.map((f) => f.rule)).toEqual(["A1"]);
    expect(findingsByNode(diagnosis)).toBe(byNode);
    expect([...findingsByUnit(diagnosis).keys()]).toEqual(["e3"]);
    expect(worstSeverity(byNode.get("k1")!)).toBe("warning");
    expect(worstSeverity(diagnosis.findings)).toBe("error");
    expect(worstSeverity([])).toBeUndefined();
  });

  it("files an A4 finding under both its node and its owner", () => {
    const a4 = diagnose(
      variant({ alignments: { "a-g1": align("s", "x", "g1", "primary", { id: "a-g1" }) } }),
      "s",
    );
    // The expert staff x is not above the minister, owner of ss1: the cascade breaks too.
    expect(briefs(a4)).toEqual([
      { rule: "A4", nodeId: "g1", unitId: "x" },
      { rule: "A5", nodeId: "ss1" },
    ]);
    expect(findingsByNode(a4).get("g1")!.length).toBe(1);
    expect(findingsByUnit(a4).get("x")!.length).toBe(1);
  });

  it("diagnoses an unknown structure as one without units", () => {
    const none = diagnose(cleanDoc(), "missing");
    expect(briefs(none)).toEqual(["g1", "ss1", "p1", "k1", "o1"].map((nodeId) => ({ rule: "A1", nodeId })));
    expect(none.coverage.units).toEqual({ aligned: 0, total: 0 });
  });
});

describe("the rule table", () => {
  it("lists A1-A10 with the severities of domain.md and a basis", () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
    expect(RULES.map((r) => r.severity)).toEqual([
      "error",
      "warning",
      "error",
      "warning",
      "warning",
      "warning",
      "warning",
      "warning",
      "warning",
      "info",
    ]);
    expect(RULE_BY_ID.get("A1")!.basis).toContain("PermenPAN-RB 88/2021 LKE 1.b.8");
    expect(RULE_BY_ID.get("A7")!.key).toBe("incomplete-indicator");
    for (const rule of RULES) expect(rule.basis.length).toBeGreaterThan(0);
  });
});
