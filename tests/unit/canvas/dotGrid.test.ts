import { describe, expect, it } from "vitest";
import { dotGridPlacement, GRID, MIN_SCREEN_GAP } from "../../../src/canvas/backdrop/dotGrid";

describe("the background dots", () => {
  it("fall on every multiple of the gap, moved with the pan and spaced by the zoom", () => {
    // Zoom 1, panned 30 px right and 50 px up: the dot at flow (0, 0) is at screen (30, -50),
    // so the first dots on the canvas are at x = 30 - 24 = 6 and y = -50 + 72 = 22.
    const placement = dotGridPlacement([30, -50, 1])!;
    expect(placement.step).toBe(GRID.gap);
    expect(placement.dot).toBe(1);
    expect(placement.originX).toBeCloseTo(6 - 0.5);
    expect(placement.originY).toBeCloseTo(22 - 0.5);
  });

  it("grow with the zoom", () => {
    const placement = dotGridPlacement([0, 0, 2])!;
    expect(placement.step).toBe(48);
    expect(placement.dot).toBe(2);
    expect(placement.originX).toBeCloseTo(-1);
  });

  it("are left out once they would be closer than a few pixels", () => {
    expect(dotGridPlacement([0, 0, MIN_SCREEN_GAP / GRID.gap])).not.toBeNull();
    expect(dotGridPlacement([0, 0, (MIN_SCREEN_GAP - 0.5) / GRID.gap])).toBeNull();
    expect(dotGridPlacement([0, 0, 0.05])).toBeNull();
  });
});
