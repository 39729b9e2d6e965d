import { describe, expect, it } from "vitest";
import { computeCoverage, diagnose, median } from "../../../src/domain/diagnostics";
import { align, cleanDoc, indicator, lineNode, node, planDoc, structure, unit } from "./fixtures";

describe("coverage", () => {
  it("counts owned line nodes per kind and in all, leaving conditions out", () => {
    const doc = planDoc(
      [
        node("g", null, "goal"),
        lineNode("ss", "g", "strategic_target"),
        lineNode("ss2", "g", "strategic_target"),
        lineNode("p", "ss", "program"),
        lineNode("k", "p", "activity"),
        node("c", "k", "condition"),
      ],
      [structure("s", [unit("m", null, "minister"), unit("e", "m", "echelon_1")])],
      [
        align("s", "m", "ss"),
        align("s", "e", "p"),
        align("s", "e", "c"),
        align("s", "m", "ss2", "contributor"),
      ],
    );
    expect(computeCoverage(doc, "s").nodes).toEqual({
      owned: 2,
      total: 5,
      byKind: {
        goal: { owned: 0, total: 1 },
        strategic_target: { owned: 1, total: 2 },
        program: { owned: 1, total: 1 },
        activity: { owned: 0, total: 1 },
        output: { owned: 0, total: 0 },
      },
    });
  });

  it("counts aligned units other than expert staff, any role", () => {
    const doc = planDoc(
      [node("c", null, "condition"), lineNode("p", null, "program")],
      [
        structure("s", [
          unit("m", null, "minister"),
          unit("a", "m", "echelon_1"),
          unit("b", "m", "echelon_1"),
          unit("x", "m", "expert_staff"),
          unit("y", "m", "expert_staff"),
        ]),
      ],
      [align("s", "a", "c", "data_provider"), align("s", "x", "p", "primary")],
    );
    expect(computeCoverage(doc, "s").units).toEqual({ aligned: 1, total: 3 });
  });

  it("counts distinct indicators per unit: of owned nodes and aligned directly, with an even-count median", () => {
    const doc = planDoc(
      [
        lineNode("p", null, "program", [indicator("p-1"), indicator("p-2")]),
        lineNode("q", null, "program", [indicator("q-1"), indicator("q-2"), indicator("q-3")]),
        node("c", null, "condition", { indicators: [indicator("c-1")] }),
      ],
      [
        structure("s", [
          unit("m", null, "minister"),
          unit("a", "m", "echelon_1"),
          unit("b", "m", "echelon_1"),
          unit("d", "m", "echelon_1"),
          unit("x", "m", "expert_staff"),
        ]),
      ],
      [
        // a: owns p (2), plus p-1 again directly (not counted twice), plus q-1 in two roles (once) → 3
        align("s", "a", "p"),
        align("s", "a", "p", "contributor", { indicatorId: "p-1" }),
        align("s", "a", "q", "contributor", { indicatorId: "q-1" }),
        align("s", "a", "q", "data_provider", { indicatorId: "q-1" }),
        // b: owns q (3) and the condition c (1) → 4; a contributor alignment to p adds nothing
        align("s", "b", "q"),
        align("s", "b", "c"),
        align("s", "b", "p", "contributor"),
        // d: one indicator aligned as primary → 1 (and it does not make d an owner of p)
        align("s", "d", "p", "primary", { indicatorId: "p-2" }),
        // x: expert staff, left out
        align("s", "x", "q", "contributor", { indicatorId: "q-2" }),
      ],
    );
    // m 0, a 3, b 4, d 1 → sorted 0 1 3 4 → median (1 + 3) / 2 = 2
    expect(computeCoverage(doc, "s").indicatorsPerUnit).toEqual({ min: 0, median: 2, max: 4 });
  });

  it("takes the middle value for an odd count, and 0s with no units", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1])).toBe(2.5);
    expect(median([])).toBe(0);
    const empty = planDoc(
      [lineNode("p", null, "program")],
      [structure("s", [unit("x", null, "expert_staff")])],
    );
    expect(computeCoverage(empty, "s")).toEqual({
      nodes: {
        owned: 0,
        total: 1,
        byKind: {
          goal: { owned: 0, total: 0 },
          strategic_target: { owned: 0, total: 0 },
          program: { owned: 0, total: 1 },
          activity: { owned: 0, total: 0 },
          output: { owned: 0, total: 0 },
        },
      },
      units: { aligned: 0, total: 0 },
      indicatorsPerUnit: { min: 0, median: 0, max: 0 },
    });
  });

  it("is the coverage of the diagnosis", () => {
    const doc = cleanDoc();
    expect(diagnose(doc, "s").coverage).toEqual(computeCoverage(doc, "s"));
    expect(computeCoverage(doc, "s").units).toEqual({ aligned: 5, total: 5 });
  });
});
