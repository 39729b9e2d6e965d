import { describe, expect, it } from "vitest";
import { laneAt, layoutLanes } from "../../../src/layout/lanes";

describe("strategy map lanes", () => {
  const size = () => ({ width: 100, height: 50 });

  it("stacks the four perspectives top to bottom and puts boxes in their lane, in order", () => {
    const lanes: Record<string, "stakeholder" | "customer" | "internal_process" | "learning_growth"> = {
      g: "stakeholder",
      s1: "customer",
      s2: "customer",
      l: "learning_growth",
    };
    const layout = layoutLanes({ ids: ["g", "s1", "s2", "l"], laneOf: (id) => lanes[id]!, size });
    expect(layout.lanes.map((l) => l.id)).toEqual([
      "stakeholder",
      "customer",
      "internal_process",
      "learning_growth",
    ]);
    const [stakeholder, customer, , learning] = layout.lanes;
    const p = (id: string) => layout.positions.get(id)!;
    expect(p("g").y).toBeGreaterThanOrEqual(stakeholder!.y);
    expect(p("s1").y).toBeGreaterThanOrEqual(customer!.y);
    expect(p("s1").y).toBe(p("s2").y);
    expect(p("s1").x).toBeLessThan(p("s2").x);
    expect(p("l").y).toBeGreaterThanOrEqual(learning!.y);
    expect(laneAt(layout.lanes, p("s2").y + 10)).toBe("customer");
  });

  it("adds an unassigned lane only when a box has no perspective, and wraps long lanes", () => {
    const ids = Array.from({ length: 10 }, (_, i) => `n${i}`);
    const layout = layoutLanes(
      { ids, laneOf: () => "unassigned", size },
      { titleWidth: 100, padding: 10, gap: 10, maxPerRow: 4 },
    );
    expect(layout.lanes.at(-1)!.id).toBe("unassigned");
    const rows = new Set(ids.map((id) => layout.positions.get(id)!.y));
    expect(rows.size).toBe(3);
    expect(layoutLanes({ ids: [], laneOf: () => "customer", size }).lanes.map((l) => l.id)).not.toContain(
      "unassigned",
    );
  });
});
