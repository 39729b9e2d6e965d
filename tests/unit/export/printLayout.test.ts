import { describe, expect, it } from "vitest";
import { MAX_PAGES, OVERLAP_MM, PX_PER_MM, printPlan } from "../../../src/export/printLayout";

describe("printPlan", () => {
  it("fits a diagram on one page, whole and centred by scale", () => {
    const plan = printPlan({ width: 5000, height: 2000 }, "A3", "fit", 1);
    expect(plan.tiles).toHaveLength(1);
    expect(5000 * plan.scale).toBeLessThanOrEqual(plan.frame.width + 0.001);
    expect(2000 * plan.scale).toBeLessThanOrEqual(plan.frame.height + 0.001);
  });

  it("tiles a large diagram with overlapping pages that cover all of it", () => {
    const size = { width: 4000, height: 1800 };
    const plan = printPlan(size, "A4", "tile", 1);
    expect(plan.columns).toBeGreaterThan(1);
    expect(plan.tiles).toHaveLength(plan.rows * plan.columns);
    const last = plan.tiles[plan.tiles.length - 1]!;
    expect(last.x + plan.frame.width).toBeGreaterThanOrEqual(size.width);
    expect(last.y + plan.frame.height).toBeGreaterThanOrEqual(size.height);
    const [first, second] = plan.tiles;
    expect(first!.x + plan.frame.width - second!.x).toBeCloseTo(OVERLAP_MM * PX_PER_MM);
    expect(first!.hasRight).toBe(true);
    expect(last.hasRight).toBe(false);
  });

  it("A3 needs fewer pages than A4, and a smaller size fewer still", () => {
    const size = { width: 9000, height: 4000 };
    const pages = (paper: "A4" | "A3", scale: number) => {
      const plan = printPlan(size, paper, "tile", scale);
      return plan.rows * plan.columns;
    };
    expect(pages("A3", 1)).toBeLessThan(pages("A4", 1));
    expect(pages("A3", 0.5)).toBeLessThan(pages("A3", 1));
  });

  it("lists no pages beyond the limit", () => {
    const plan = printPlan({ width: 200_000, height: 100_000 }, "A4", "tile", 1);
    expect(plan.rows * plan.columns).toBeGreaterThan(MAX_PAGES);
    expect(plan.tiles).toHaveLength(0);
  });
});
