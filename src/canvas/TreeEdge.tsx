import { BaseEdge, type Edge, type EdgeProps } from "@xyflow/react";
import { memo } from "react";
import { busPath, elbowPath } from "../layout/edgePaths";

// A parent line of the tree, drawn as the layout says the child hangs (see
// Hang in layout/tidyTree.ts). Pure geometry from the edge's data.

export type TreeEdgeData = { readonly busY?: number; readonly stacked?: boolean };
export type TreeFlowEdge = Edge<TreeEdgeData, "tree">;

function TreeEdgeImpl({
  sourceX,
  sourceY,
  targetX,
  targetY,
  data,
  markerEnd,
  style,
}: EdgeProps<TreeFlowEdge>) {
  const path = data?.stacked
    ? elbowPath(sourceX, sourceY, targetX, targetY)
    : busPath(sourceX, sourceY, data?.busY ?? (sourceY + targetY) / 2, targetX, targetY);
  return <BaseEdge path={path} {...(markerEnd ? { markerEnd } : {})} {...(style ? { style } : {})} />;
}

export const TreeEdge = memo(TreeEdgeImpl);
