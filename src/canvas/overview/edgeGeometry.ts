import type { Edge } from "@xyflow/react";
import { type Anchor, anchor, type Box, bezierPath, type Side } from "../../export/lines";
import { busPath, elbowPath } from "../../layout/edgePaths";
import { HANDLE_SPECS } from "../handles";
import type { TreeEdgeData } from "../TreeEdge";

// A line of the tree flow as path data in flow coordinates, placed the way
// React Flow places it on screen: from the outer side of the handle it leaves
// (handles.ts), through the same path builders as TreeEdge and the exported
// image. The overview (drawn when zoomed far out) uses it, so its lines meet
// the boxes where the full cards' lines do.

/** Where a line meets the box through the handle `handleId`; null for an unknown handle. */
export function handleAnchor(box: Box, handleId: string | null | undefined): Anchor | null {
  const spec = HANDLE_SPECS.find((h) => h.id === handleId);
  if (!spec) return null;
  // React Flow's Position values are the side names.
  const side = spec.position as Side;
  const centre = spec.centre(box.width, box.height);
  return anchor(box, side, side === "top" || side === "bottom" ? centre.x : centre.y);
}

/** The SVG path data of a flow line between two boxes; null when a handle is unknown. */
export function edgePathData(edge: Edge, from: Box, to: Box): string | null {
  const s = handleAnchor(from, edge.sourceHandle);
  const t = handleAnchor(to, edge.targetHandle);
  if (!s || !t) return null;
  if (edge.type !== "tree") return bezierPath(s, t);
  const data = edge.data as TreeEdgeData | undefined;
  if (data?.stacked) return elbowPath(s.x, s.y, t.x, t.y);
  return busPath(s.x, s.y, data?.busY ?? (s.y + t.y) / 2, t.x, t.y);
}
