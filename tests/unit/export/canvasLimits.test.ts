import { describe, expect, it } from "vitest";
import { CANVAS_LIMITS, fitScale } from "../../../src/export/canvasLimits";

describe("fitScale", () => {
  it("keeps the scale asked for when the canvas fits", () => {
    expect(fitScale(1600, 1200, 3)).toEqual({ scale: 3, reduced: false, width: 4800, height: 3600 });
  });

  it("lowers the scale to the longest side's limit", () => {
    const fitted = fitScale(20_000, 500, 2);
    expect(fitted.reduced).toBe(true);
    expect(fitted.width).toBeLessThanOrEqual(CANVAS_LIMITS.side);
    expect(fitted.scale).toBeGreaterThan(1.5);
  });

  it("lowers the scale to the area limit, as much as needed and no more", () => {
    const fitted = fitScale(12_000, 12_000, 3);
    expect(fitted.reduced).toBe(true);
    expect(fitted.width * fitted.height).toBeLessThanOrEqual(CANVAS_LIMITS.area);
    const next = fitted.scale + 0.01;
    expect(Math.ceil(12_000 * next) ** 2).toBeGreaterThan(CANVAS_LIMITS.area);
  });

  it("stays inside Chromium's own limits (32,767 px a side, 268,435,456 px in all)", () => {
    for (const [w, h] of [
      [100_000, 300],
      [300, 100_000],
      [40_000, 40_000],
      [31_000, 9_000],
    ] as const) {
      const fitted = fitScale(w, h, 3);
      expect(fitted.width).toBeLessThanOrEqual(32_767);
      expect(fitted.height).toBeLessThanOrEqual(32_767);
      expect(fitted.width * fitted.height).toBeLessThanOrEqual(268_435_456);
    }
  });
});
