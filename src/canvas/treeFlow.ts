import { type Edge, MarkerType, type Node, Position } from "@xyflow/react";
import type { Id, NodeKind, PlanDocument, Point } from "../domain/types";
import { CARD, cardHeight, cardLines } from "../layout/cardMetrics";
import { layoutTree } from "../layout/tidyTree";

// Derives what React Flow draws from the document: node boxes with declared
// sizes and handles (so React Flow never has to measure), parent edges and
// contribute links. Positions come from the tidy layout, except where the user
// placed a node by hand (document layout), which always wins.

export interface PlanNodeData extends Record<string, unknown> {
  readonly id: Id;
  /** For the minimap's colours; the card itself reads the node from the store. */
  readonly kind: NodeKind;
}

export type PlanFlowNode = Node<PlanNodeData, "plan">;

export interface TreeFlow {
  readonly nodes: PlanFlowNode[];
  readonly edges: Edge[];
  /** Box of every drawn node, for centring and fitting. */
  readonly boxes: ReadonlyMap<Id, { x: number; y: number; width: number; height: number }>;
  readonly depth: ReadonlyMap<Id, number>;
}

const HANDLE = 8;

function handlesFor(width: number, height: number): NonNullable<Node["handles"]> {
  return [
    {
      id: "t",
      type: "target",
      position: Position.Top,
      x: width / 2 - HANDLE / 2,
      y: -HANDLE / 2,
      width: HANDLE,
      height: HANDLE,
    },
    {
      id: "l",
      type: "target",
      position: Position.Left,
      x: -HANDLE / 2,
      y: 18,
      width: HANDLE,
      height: HANDLE,
    },
    {
      id: "b",
      type: "source",
      position: Position.Bottom,
      x: width / 2 - HANDLE / 2,
      y: height - HANDLE / 2,
      width: HANDLE,
      height: HANDLE,
    },
    // Stacked children hang off a spine that leaves the parent near its left edge.
    {
      id: "bl",
      type: "source",
      position: Position.Bottom,
      x: 14 - HANDLE / 2,
      y: height - HANDLE / 2,
      width: HANDLE,
      height: HANDLE,
    },
    {
      id: "rs",
      type: "source",
      position: Position.Right,
      x: width - HANDLE / 2,
      y: height / 2 - HANDLE / 2,
      width: HANDLE,
      height: HANDLE,
    },
    {
      id: "rt",
      type: "target",
      position: Position.Right,
      x: width - HANDLE / 2,
      y: height / 2 - HANDLE / 2 + 12,
      width: HANDLE,
      height: HANDLE,
    },
  ];
}

export function buildTreeFlow(
  doc: PlanDocument,
  children: ReadonlyMap<Id | null, readonly Id[]>,
  collapsed: ReadonlySet<Id>,
): TreeFlow {
  const heights = new Map<Id, number>();
  const sizeOf = (id: Id) => {
    let height = heights.get(id);
    if (height === undefined) {
      const node = doc.nodes.get(id);
      height = node ? cardHeight(cardLines(node)) : 60;
      heights.set(id, height);
    }
    return { width: CARD.width, height };
  };

  let visibleChildren: ReadonlyMap<Id | null, readonly Id[]> = children;
  if (collapsed.size > 0) {
    const filtered = new Map(children);
    for (const id of collapsed) filtered.delete(id);
    visibleChildren = filtered;
  }

  const layout = layoutTree({ children: visibleChildren, size: sizeOf });
  const placed = doc.layout.nodes;

  const nodes: PlanFlowNode[] = [];
  const boxes = new Map<Id, { x: number; y: number; width: number; height: number }>();
  const depth = new Map<Id, number>();
  for (const [id, auto] of layout.positions) {
    const position: Point = placed.get(id) ?? auto;
    const { width, height } = sizeOf(id);
    const node = doc.nodes.get(id)!;
    const parentDepth = node.parentId !== null ? depth.get(node.parentId) : undefined;
    depth.set(id, parentDepth === undefined ? 0 : parentDepth + 1);
    boxes.set(id, { x: position.x, y: position.y, width, height });
    nodes.push({
      id,
      type: "plan",
      position: { x: position.x, y: position.y },
      data: { id, kind: node.kind },
      width,
      height,
      // Declared as measured too: React Flow then counts off-screen nodes as
      // initialised (fitView waits for that) without ever mounting them.
      measured: { width, height },
      handles: handlesFor(width, height),
      draggable: false,
      connectable: false,
    });
  }

  const edges: Edge[] = [];
  for (const [parentId, kids] of visibleChildren) {
    if (parentId === null || !boxes.has(parentId)) continue;
    for (const kid of kids) {
      if (!boxes.has(kid)) continue;
      const stacked = layout.stacked.has(kid) && !placed.has(kid);
      edges.push({
        id: `p:${kid}`,
        source: parentId,
        target: kid,
        sourceHandle: stacked ? "bl" : "b",
        targetHandle: stacked ? "l" : "t",
        type: stacked ? "step" : "smoothstep",
        className: "edge-parent",
        selectable: false,
        focusable: false,
      });
    }
  }
  for (const link of doc.links.values()) {
    if (!boxes.has(link.from) || !boxes.has(link.to)) continue;
    edges.push({
      id: `c:${link.id}`,
      source: link.from,
      target: link.to,
      sourceHandle: "rs",
      targetHandle: "rt",
      type: "default",
      className: "edge-contributes",
      markerEnd: { type: MarkerType.ArrowClosed, color: "#c2410c", width: 18, height: 18 },
      selectable: false,
      focusable: false,
      zIndex: 1,
    });
  }

  return { nodes, edges, boxes, depth };
}
