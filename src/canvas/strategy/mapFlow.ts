import { type Edge, MarkerType, type Node } from "@xyflow/react";
import type { Id, PlanDocument } from "../../domain/types";
import { CARD, cardHeight, cardLines } from "../../layout/cardMetrics";
import { type Lane, type LaneId, layoutLanes } from "../../layout/lanes";
import { contributeHandles, declaredHandles } from "../handles";
import type { PlanFlowNode } from "../treeFlow";

// The strategy map derived from the document: lanes as background boxes (not
// React Flow parents: a box's lane is its `perspective`), the boxes that belong
// on a map (goals, strategic targets, and anything given a perspective), the
// cause-and-effect lines from each box up to its parent, and contribute links.

export interface LaneNodeData extends Record<string, unknown> {
  readonly lane: LaneId;
}
export type LaneFlowNode = Node<LaneNodeData, "lane">;

export interface MapFlow {
  readonly nodes: (PlanFlowNode | LaneFlowNode)[];
  readonly edges: Edge[];
  readonly lanes: readonly Lane[];
  readonly boxes: ReadonlyMap<Id, { x: number; y: number; width: number; height: number }>;
  /** Boxes left off the map because they have no perspective. */
  readonly hidden: number;
}

export function onMap(node: { kind: string; perspective?: string }): boolean {
  return node.perspective !== undefined || node.kind === "goal" || node.kind === "strategic_target";
}

export function buildMapFlow(doc: Pick<PlanDocument, "nodes" | "links">, order: readonly Id[]): MapFlow {
  const ids = order.filter((id) => {
    const node = doc.nodes.get(id);
    return node !== undefined && onMap(node);
  });
  const heights = new Map(ids.map((id) => [id, cardHeight(cardLines(doc.nodes.get(id)!))]));
  const layout = layoutLanes({
    ids,
    laneOf: (id) => doc.nodes.get(id)?.perspective ?? "unassigned",
    size: (id) => ({ width: CARD.width, height: heights.get(id)! }),
  });

  const nodes: (PlanFlowNode | LaneFlowNode)[] = layout.lanes.map((lane) => ({
    id: `lane:${lane.id}`,
    type: "lane",
    position: { x: 0, y: lane.y },
    data: { lane: lane.id },
    width: layout.width,
    height: lane.height,
    measured: { width: layout.width, height: lane.height },
    draggable: false,
    selectable: false,
    focusable: false,
    zIndex: -1,
  }));
  const boxes = new Map<Id, { x: number; y: number; width: number; height: number }>();
  for (const id of ids) {
    const position = layout.positions.get(id)!;
    const height = heights.get(id)!;
    boxes.set(id, { ...position, width: CARD.width, height });
    nodes.push({
      id,
      type: "plan",
      position,
      data: { id, kind: doc.nodes.get(id)!.kind, fixedFolds: true },
      width: CARD.width,
      height,
      measured: { width: CARD.width, height },
      handles: declaredHandles(CARD.width, height),
    });
  }

  const edges: Edge[] = [];
  const arrow = (color: string) => ({ type: MarkerType.ArrowClosed, color, width: 16, height: 16 });
  for (const id of ids) {
    const parentId = doc.nodes.get(id)!.parentId;
    if (parentId === null || !boxes.has(parentId)) continue;
    // Cause and effect: a box leads up to the box it serves.
    edges.push({
      id: `p:${id}`,
      source: id,
      target: parentId,
      ...contributeHandles(boxes.get(id)!, boxes.get(parentId)!),
      className: "edge-parent",
      markerEnd: arrow("#8593a3"),
      selectable: false,
      focusable: false,
    });
  }
  for (const link of doc.links.values()) {
    if (!boxes.has(link.from) || !boxes.has(link.to)) continue;
    edges.push({
      id: `c:${link.id}`,
      source: link.from,
      target: link.to,
      ...contributeHandles(boxes.get(link.from)!, boxes.get(link.to)!),
      className: "edge-contributes",
      data: { linkId: link.id },
      markerEnd: arrow("#c2410c"),
      zIndex: 1,
    });
  }
  return { nodes, edges, lanes: layout.lanes, boxes, hidden: doc.nodes.size - ids.length };
}
