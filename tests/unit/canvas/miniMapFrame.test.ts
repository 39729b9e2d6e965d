import { describe, expect, it } from "vitest";
import {
  MINIMAP_MARGIN_PX,
  miniMapFrame,
  NEAR_VIEW_SHARE,
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

  it("shows a tree thick enough on the map whole even at reading zoom (a 1,000-box tree)", () => {
    const thick = { x: 0, y: 0, width: 38_792, height: 5_068 };
    const frame = miniMapFrame(thick, { x: 2000, y: 1000, width: 1250, height: 875 }, SIZE, 0.8);
    expect(toMiniMap(thick, frame).width).toBeCloseTo(inner.width);
  });

  describe("for a tree far wider than the map", () => {
    const national = { x: 0, y: 0, width: 200_000, height: 2_000 };
    const view = { x: 100_000, y: 400, width: 1300, height: 900 };

    it("shows the tree around the view at reading zoom, the view spanning a sixteenth of the map", () => {
      const frame = miniMapFrame(national, view, SIZE, 0.8);
      const at = toMiniMap(view, frame);
      expect(Math.max(at.width / SIZE.width, at.height / SIZE.height)).toBeCloseTo(NEAR_VIEW_SHARE);
      // Centred on the view across, on the tree (which fits) down.
      expect(at.x + at.width / 2).toBeCloseTo(SIZE.width / 2);
      expect(frame.y + frame.height / 2).toBeCloseTo(national.height / 2);
    });

    it("scrolls along with a pan, and stops a margin past the tree's edge", () => {
      const a = miniMapFrame(national, view, SIZE, 0.8);
      const b = miniMapFrame(national, { ...view, x: view.x + 5000 }, SIZE, 0.8);
      expect(b.x - a.x).toBeCloseTo(5000);
      const atStart = miniMapFrame(national, { ...view, x: 200 }, SIZE, 0.8);
      expect(toMiniMap(national, atStart).x).toBeCloseTo(MINIMAP_MARGIN_PX);
      const atEnd = miniMapFrame(national, { ...view, x: national.width - 1500 }, SIZE, 0.8);
      const end = toMiniMap(national, atEnd);
      expect(end.x + end.width).toBeCloseTo(SIZE.width - MINIMAP_MARGIN_PX);
    });

    it("shows more of the tree as the zoom goes down, and all of it at the smallest zoom", () => {
      const shownAt = (zoom: number) => {
        const seen = { x: view.x, y: view.y, width: 1280 / zoom, height: 800 / zoom };
        const at = toMiniMap(national, miniMapFrame(national, seen, SIZE, zoom));
        // The share of the tree's width on the map.
        return (Math.min(at.x + at.width, SIZE.width) - Math.max(at.x, 0)) / at.width;
      };
      expect(shownAt(0.8)).toBeLessThan(0.2);
      expect(shownAt(0.3)).toBeGreaterThan(shownAt(0.45));
      expect(shownAt(0.05)).toBeCloseTo(1);
    });

    it("keeps the view on the map, and the tree too: panned far below it, the map shows both whole", () => {
      const below = { ...view, y: 40_000 };
      const frame = miniMapFrame(national, below, SIZE, 0.8);
      for (const rect of [national, below]) {
        const at = toMiniMap(rect, frame);
        expect(at.y).toBeGreaterThanOrEqual(0);
        expect(at.y + at.height).toBeLessThanOrEqual(SIZE.height);
      }
      // Just below the tree, still the tree around the view, with the view on the map.
      const near = { ...view, y: 2500 };
      const close = miniMapFrame(national, near, SIZE, 0.8);
      const at = toMiniMap(near, close);
      expect(at.y + at.height).toBeLessThanOrEqual(SIZE.height - MINIMAP_MARGIN_PX + 1e-6);
      expect(toMiniMap(national, close).y + toMiniMap(national, close).height).toBeGreaterThan(0);
    });
  });
});
