import type { Edge, Node } from "@xyflow/react";
import { describe, expect, it } from "vitest";
import { fitViewport } from "../../../src/canvas/fitBoxes";
import {
  boxAt,
  boxesWithin,
  carryIndexOver,
  flowInWindow,
  needsNewWindow,
  spatialIndex,
  viewRect,
  windowAround,
} from "../../../src/canvas/viewportWindow";
import { boundsOf } from "../../../src/layout/bounds";

const box = (x: number, y: number) => ({ x, y, width: 100, height: 50 });
const node = (id: string): Node => ({ id, position: { x: 0, y: 0 }, data: {} });
const edge = (source: string, target: string): Edge => ({ id: `p:${target}`, source, target });

describe("the view and its window", () => {
  it("the view is the screen in flow coordinates", () => {
    expect(viewRect([-200, -100, 2], 800, 600)).toEqual({ x: 100, y: 50, width: 400, height: 300 });
  });

  it("a window reaches half a view past each side", () => {
    expect(windowAround({ x: 100, y: 50, width: 400, height: 300 })).toEqual({
      x: -100,
      y: -100,
      width: 800,
      height: 600,
    });
  });

  it("is cut again only when the view nears its edge or the zoom changes much", () => {
    const view = { x: 0, y: 0, width: 400, height: 300 };
    const window = windowAround(view);
    expect(needsNewWindow(null, view)).toBe(true);
    expect(needsNewWindow(window, view)).toBe(false);
    // A small pan stays inside; a pan past the slack (a quarter view from the edge) does not.
    expect(needsNewWindow(window, { ...view, x: 90 })).toBe(false);
    expect(needsNewWindow(window, { ...view, x: 110 })).toBe(true);
    expect(needsNewWindow(window, { ...view, y: -80 })).toBe(true);
    // Zoomed out: the view outgrows the window. Zoomed far in: the window is too loose.
    expect(needsNewWindow(window, { x: -150, y: -110, width: 700, height: 520 })).toBe(true);
    expect(needsNewWindow(window, { x: 100, y: 100, width: 60, height: 45 })).toBe(true);
    expect(needsNewWindow(window, { x: 100, y: 100, width: 200, height: 150 })).toBe(false);
  });
});

describe("the boxes and lines handed to React Flow", () => {
  // a (0,0) — b (300,0) below it c (300,400); d far right (5000, 0); e far below (0, 5000)
  const boxes = new Map([
    ["a", box(0, 0)],
    ["b", box(300, 0)],
    ["c", box(300, 400)],
    ["d", box(5000, 0)],
    ["e", box(0, 5000)],
  ]);
  const flow = {
    nodes: ["a", "b", "c", "d", "e"].map(node),
    edges: [edge("a", "b"), edge("b", "c"), edge("a", "d"), edge("a", "e")],
  };
  const ids = (items: { id: string }[]) => items.map((i) => i.id);

  it("keeps the boxes in the area, in the flow's order, and the lines leaving it with their far ends", () => {
    const part = flowInWindow(flow, boxes, { x: 250, y: 380, width: 200, height: 100 }, new Set());
    expect(ids(part.nodes)).toEqual(["b", "c"]);
    expect(ids(part.edges)).toEqual(["p:c"]);
    const top = flowInWindow(flow, boxes, { x: -10, y: -10, width: 420, height: 100 }, new Set());
    expect(ids(top.nodes)).toEqual(["a", "b", "c", "d", "e"]);
    expect(ids(top.edges)).toEqual(["p:b", "p:c", "p:d", "p:e"]);
  });

  it("keeps a line that crosses the area with both ends outside it, and both its ends", () => {
    // Between a and d, far from both.
    const part = flowInWindow(flow, boxes, { x: 2000, y: 0, width: 300, height: 40 }, new Set());
    expect(ids(part.edges)).toEqual(["p:d"]);
    expect(ids(part.nodes)).toEqual(["a", "d"]);
  });

  it("always keeps the boxes asked for (the selection), even far away", () => {
    const part = flowInWindow(flow, boxes, { x: 250, y: 350, width: 200, height: 120 }, new Set(["e"]));
    expect(ids(part.nodes)).toEqual(["b", "c", "e"]);
    expect(ids(part.edges)).toEqual(["p:c"]);
  });

  it("an area with nothing in it gives nothing", () => {
    const part = flowInWindow(flow, boxes, { x: 9000, y: 9000, width: 10, height: 10 }, new Set());
    expect(part).toEqual({ nodes: [], edges: [] });
  });
});

describe("fitting the tree by its boxes", () => {
  it("bounds every box; none gives no bounds", () => {
    expect(boundsOf([box(0, 0), box(300, 400)])).toEqual({ x: 0, y: 0, width: 400, height: 450 });
    expect(boundsOf([])).toBeNull();
  });

  it("centres the bounds at the zoom that fits, within the zoom limits", () => {
    const fit = fitViewport({ x: 0, y: 0, width: 1000, height: 500 }, 1000, 500, {
      padding: 0,
      minZoom: 0.05,
      maxZoom: 1,
    });
    expect(fit).toEqual({ x: 0, y: 0, zoom: 1 });
    const wide = fitViewport({ x: 0, y: 0, width: 100_000, height: 500 }, 1000, 500, {
      padding: 0,
      minZoom: 0.05,
      maxZoom: 1,
    });
    expect(wide.zoom).toBe(0.05);
    // The middle of the tree is in the middle of the screen.
    expect(wide.x + 50_000 * 0.05).toBeCloseTo(500);
  });
});

describe("boxes drawn on the overview", () => {
  const flow = { nodes: [node("a"), node("b"), node("c")], edges: [] };
  // b overlaps a and is drawn after it; c is far away.
  const boxes = new Map([
    ["a", box(0, 0)],
    ["b", box(60, 20)],
    ["c", box(500, 500)],
  ]);
  const index = spatialIndex(flow, boxes);

  describe("the box under a point (clicks)", () => {
    it("finds the box a point falls in, the one drawn on top where two overlap", () => {
      expect(boxAt(index, 10, 10)).toBe(0);
      expect(boxAt(index, 80, 30)).toBe(1);
      expect(boxAt(index, 550, 520)).toBe(2);
    });

    it("finds none between boxes", () => {
      expect(boxAt(index, 300, 300)).toBe(-1);
      expect(boxAt(index, -1, 10)).toBe(-1);
    });
  });

  describe("the boxes inside a rectangle (Shift+drag)", () => {
    it("takes the boxes wholly inside, edges included, in the flow's order", () => {
      expect(boxesWithin(index, { x: 0, y: 0, width: 160, height: 70 })).toEqual([0, 1]);
      expect(boxesWithin(index, { x: -10, y: -10, width: 700, height: 700 })).toEqual([0, 1, 2]);
    });

    it("leaves out a box the rectangle only crosses", () => {
      expect(boxesWithin(index, { x: 0, y: 0, width: 159, height: 70 })).toEqual([0]);
      expect(boxesWithin(index, { x: 200, y: 200, width: 100, height: 100 })).toEqual([]);
    });
  });
});

describe("the index after a box is dropped somewhere else", () => {
  const nodes = [node("a"), node("b"), node("c")];
  const edges = [edge("a", "b"), edge("a", "c")];
  const before = new Map([
    ["a", box(0, 0)],
    ["b", box(0, 100)],
    ["c", box(200, 100)],
  ]);

  it("is carried over: the moved box and its lines are where they are now, the rest as before", () => {
    spatialIndex({ nodes, edges }, before);
    // The same boxes and lines in the same order (as placeFlow gives), c moved.
    const moved = new Map(before);
    moved.set("c", box(600, 400));
    const after = { nodes: [...nodes], edges: [...edges], boxes: moved };
    carryIndexOver({ boxes: before }, after, new Set(["c"]));
    const index = spatialIndex(after, moved);
    expect([...index.boxes.slice(8, 12)]).toEqual([600, 400, 700, 450]);
    expect([...index.lines.slice(4, 8)]).toEqual([0, 0, 700, 450]);
    expect(boxAt(index, 650, 420)).toBe(2);
    expect(boxAt(index, 250, 120)).toBe(-1);
    // The same numbers as an index built afresh for those boxes.
    const fresh = spatialIndex({ nodes: [...nodes], edges: [...edges] }, new Map(moved));
    expect([...index.boxes]).toEqual([...fresh.boxes]);
    expect([...index.lines]).toEqual([...fresh.lines]);
    expect([...index.ends]).toEqual([...fresh.ends]);
    // The index before the drop is untouched.
    expect([...spatialIndex({ nodes, edges }, before).boxes.slice(8, 12)]).toEqual([200, 100, 300, 150]);
  });

  it("is built afresh when the flow before was never indexed", () => {
    const unindexed = new Map(before);
    const moved = new Map(before);
    moved.set("b", box(50, 300));
    carryIndexOver({ boxes: unindexed }, { nodes, edges, boxes: moved }, new Set(["b"]));
    const index = spatialIndex({ nodes, edges }, moved);
    expect([...index.boxes.slice(4, 8)]).toEqual([50, 300, 150, 350]);
    expect([...index.lines.slice(0, 4)]).toEqual([0, 0, 150, 350]);
  });

  it("is built afresh for other boxes and lines, or another order", () => {
    const reordered = [node("c"), node("a"), node("b")];
    const index = spatialIndex(
      { nodes: reordered, edges: [edge("a", "b"), edge("c", "b")] },
      new Map(before),
    );
    expect(index.indexOf.get("c")).toBe(0);
    expect([...index.ends]).toEqual([1, 2, 0, 2]);
    expect([...index.lines.slice(4, 8)]).toEqual([0, 100, 300, 150]);
    // The same boxes, but a line now between other boxes.
    const relinked = spatialIndex({ nodes, edges: [edge("a", "b"), edge("b", "c")] }, new Map(before));
    expect([...relinked.ends]).toEqual([0, 1, 1, 2]);
    expect([...relinked.lines.slice(4, 8)]).toEqual([0, 100, 300, 150]);
  });
});
