import { describe, expect, it } from "vitest";
import { edgePathData, handleAnchor } from "../../../src/canvas/overview/edgeGeometry";
import type { TreeFlowEdge } from "../../../src/canvas/TreeEdge";
import { bezierPath, contributeEnds, parentLinePath } from "../../../src/export/lines";
import { TRUNK_OFFSET } from "../../../src/layout/tidyTree";

// The overview draws the tree's lines from the flow's edges; the exported image
// draws them from the layout. Both must meet the boxes where the screen does.

const parent = { x: 100, y: 0, width: 280, height: 120 };
const child = { x: 400, y: 200, width: 280, height: 90 };

const treeEdge = (sourceHandle: string, targetHandle: string, data: TreeFlowEdge["data"]): TreeFlowEdge => ({
  id: "p:c",
  source: "p",
  target: "c",
  type: "tree",
  sourceHandle,
  targetHandle,
  data,
});

describe("where the overview's lines meet the boxes", () => {
  it("a handle's point is on the outer side of the handle, half a handle out of the box", () => {
    expect(handleAnchor(parent, "b")).toEqual({ x: 240, y: 124, side: "bottom" });
    expect(handleAnchor(parent, "bl")).toEqual({ x: 100 + TRUNK_OFFSET, y: 124, side: "bottom" });
    expect(handleAnchor(child, "t")).toEqual({ x: 540, y: 196, side: "top" });
    expect(handleAnchor(child, "l")).toEqual({ x: 396, y: 222, side: "left" });
    expect(handleAnchor(child, "nonsense")).toBeNull();
  });

  it("a parent line follows the same bus as the exported image", () => {
    const hang = { kind: "centre", busY: 160 } as const;
    expect(edgePathData(treeEdge("b", "t", { busY: 160 }), parent, child)).toBe(
      parentLinePath(parent, child, hang),
    );
  });

  it("a stacked leaf's line and a trunk's line match the image too", () => {
    expect(edgePathData(treeEdge("bl", "l", { stacked: true }), parent, child)).toBe(
      parentLinePath(parent, child, { kind: "stacked" }),
    );
    expect(edgePathData(treeEdge("bl", "t", { busY: 150 }), parent, child)).toBe(
      parentLinePath(parent, child, { kind: "trunk", busY: 150 }),
    );
  });

  it("a contribute link is the image's curve between the facing sides", () => {
    const [s, t] = contributeEnds(parent, child);
    const sourceHandle = s.side === "right" ? "cr-s" : "cl-s";
    const targetHandle = t.side === "right" ? "cr-t" : "cl-t";
    const link = { id: "c:1", source: "p", target: "c", type: "default", sourceHandle, targetHandle };
    expect(edgePathData(link, parent, child)).toBe(bezierPath(s, t));
  });
});
