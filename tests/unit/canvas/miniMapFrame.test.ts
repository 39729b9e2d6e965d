import { describe, expect, it } from "vitest";
import {
  MIN_VIEW_SHARE,
  MINIMAP_MARGIN_PX,
  miniMapFrame,
  toMiniMap,
} from "../../../src/canvas/minimap/miniMapFrame";

const SIZE = { width: 200, height: 150 };
const inner = { width: SIZE.width - 2 * MINIMAP_MARGIN_PX, height: SIZE.height - 2 * MINIMAP_MARGIN_PX };

describe("the minimap's frame", () => {
  const tree = { x: 0, y: 0, width: 10_000, height: 2_000 };

  it("shows a wide tree across the map's width, centred, with the map's aspect", () => {
    const frame = miniMapFrame(tree, { x: 100, y: 100, width: 2000, height: 1200 }, SIZE);
    expect(frame.unitsPerPx).toBeCloseTo(tree.width / inner.width);
    expect(frame.width / frame.height).toBeCloseTo(SIZE.width / SIZE.height);
    expect(frame.x + frame.width / 2).toBeCloseTo(tree.width / 2);
    expect(frame.y + frame.height / 2).toBeCloseTo(tree.height / 2);
    // The tree's left edge sits at the margin.
    expect(toMiniMap(tree, frame).x).toBeCloseTo(MINIMAP_MARGIN_PX);
    expect(toMiniMap(tree, frame).width).toBeCloseTo(inner.width);
  });

  it("keeps its frame for a pan inside the tree", () => {
    const a = miniMapFrame(tree, { x: 100, y: 100, width: 2000, height: 1200 }, SIZE);
    const b = miniMapFrame(tree, { x: 5000, y: 700, width: 2000, height: 1200 }, SIZE);
    expect([b.x, b.y, b.unitsPerPx]).toEqual([a.x, a.y, a.unitsPerPx]);
  });

  it("grows to keep the view on the map once the view goes past the tree", () => {
    const view = { x: -20_000, y: 500, width: 4000, height: 2400 };
    const frame = miniMapFrame(tree, view, SIZE);
    expect(frame.unitsPerPx).toBeGreaterThan(miniMapFrame(tree, null, SIZE).unitsPerPx);
    for (const rect of [tree, view]) {
      const at = toMiniMap(rect, frame);
      expect(at.x).toBeGreaterThanOrEqual(MINIMAP_MARGIN_PX - 1e-6);
      expect(at.y).toBeGreaterThanOrEqual(MINIMAP_MARGIN_PX - 1e-6);
      expect(at.x + at.width).toBeLessThanOrEqual(SIZE.width - MINIMAP_MARGIN_PX + 1e-6);
      expect(at.y + at.height).toBeLessThanOrEqual(SIZE.height - MINIMAP_MARGIN_PX + 1e-6);
    }
  });

  it("shows a tall tree across the map's height", () => {
    const tall = { x: 500, y: 0, width: 300, height: 9000 };
    const frame = miniMapFrame(tall, null, SIZE);
    expect(frame.unitsPerPx).toBeCloseTo(tall.height / inner.height);
    expect(toMiniMap(tall, frame).y).toBeCloseTo(MINIMAP_MARGIN_PX);
  });

  it("still frames a tree of one box of no size", () => {
    const frame = miniMapFrame({ x: 5, y: 5, width: 0, height: 0 }, null, SIZE);
    expect(Number.isFinite(frame.unitsPerPx)).toBe(true);
    expect(frame.unitsPerPx).toBeGreaterThan(0);
  });

  describe("for a tree far wider than the map", () => {
    const national = { x: 0, y: 0, width: 200_000, height: 2_000 };
    const view = { x: 100_000, y: 400, width: 1300, height: 900 };

    it("shows the tree around the view, the view spanning an eighth of the map", () => {
      const frame = miniMapFrame(national, view, SIZE);
      const at = toMiniMap(view, frame);
      expect(Math.max(at.width / SIZE.width, at.height / SIZE.height)).toBeCloseTo(MIN_VIEW_SHARE);
      // Centred on the view across, on the tree (which fits) down.
      expect(at.x + at.width / 2).toBeCloseTo(SIZE.width / 2);
      expect(frame.y + frame.height / 2).toBeCloseTo(national.height / 2);
    });

    it("scrolls along with a pan, and stops a margin past the tree's edge", () => {
      const a = miniMapFrame(national, view, SIZE);
      const b = miniMapFrame(national, { ...view, x: view.x + 5000 }, SIZE);
      expect(b.x - a.x).toBeCloseTo(5000);
      const atStart = miniMapFrame(national, { ...view, x: 200 }, SIZE);
      expect(toMiniMap(national, atStart).x).toBeCloseTo(MINIMAP_MARGIN_PX);
      const atEnd = miniMapFrame(national, { ...view, x: national.width - 1500 }, SIZE);
      const end = toMiniMap(national, atEnd);
      expect(end.x + end.width).toBeCloseTo(SIZE.width - MINIMAP_MARGIN_PX);
    });

    it("shows the whole tree again once zoomed out far enough", () => {
      const far = { x: -50_000, y: -40_000, width: 300_000, height: 80_000 };
      const frame = miniMapFrame(national, far, SIZE);
      const at = toMiniMap(national, frame);
      expect(at.x).toBeGreaterThanOrEqual(0);
      expect(at.x + at.width).toBeLessThanOrEqual(SIZE.width);
    });
  });
});
