import type { Edge } from "@xyflow/react";
import type { Id, Structure } from "../../domain/types";
import { layoutTree } from "../../layout/tidyTree";
import type { TreeFlowEdge } from "../TreeEdge";
import { unitChildren, unitFlowId } from "./derived";
import type { UnitFlowNode, UnitMark } from "./UnitCard";
import { UNIT_CARD, unitHandles } from "./unitMetrics";

// The org chart of one structure as React Flow nodes and edges: the same tidy
// top-down layout as the performance tree (levels in rows, wide rows wrapped,
// leaf groups stacked), with fixed, declared card sizes.

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface OrgFlow {
  readonly nodes: UnitFlowNode[];
  readonly edges: Edge[];
  /** By unit id. */
  readonly boxes: ReadonlyMap<Id, Box>;
}

export interface OrgFlowOptions {
  readonly collapsed: ReadonlySet<Id>;
  readonly marks?: ReadonlyMap<Id, readonly UnitMark[]>;
  readonly onToggle?: (unitId: Id) => void;
  /** Units to draw highlighted (search matches). */
  readonly highlighted?: ReadonlySet<Id>;
  readonly draggable?: boolean;
}

const SIZE = { width: UNIT_CARD.width, height: UNIT_CARD.height };

export function buildOrgFlow(structure: Structure, options: OrgFlowOptions): OrgFlow {
  const children = unitChildren(structure.units);
  let visible = children;
  if (options.collapsed.size > 0) {
    const filtered = new Map(children);
    for (const id of options.collapsed) filtered.delete(id);
    visible = filtered;
  }
  const layout = layoutTree({ children: visible, size: () => SIZE });
  const nodes: UnitFlowNode[] = [];
  const boxes = new Map<Id, Box>();
  for (const [unitId, position] of layout.positions) {
    boxes.set(unitId, { ...position, ...SIZE });
    const childCount = children.get(unitId)?.length ?? 0;
    const marks = options.marks?.get(unitId);
    nodes.push({
      id: unitFlowId(unitId),
      type: "unit",
      position,
      data: {
        unitId,
        structureId: structure.id,
        variant: "chart",
        childCount,
        collapsed: options.collapsed.has(unitId),
        ...(marks ? { marks } : {}),
        ...(options.onToggle ? { onToggle: options.onToggle } : {}),
      },
      ...SIZE,
      measured: SIZE,
      handles: unitHandles(SIZE.width, SIZE.height),
      draggable: options.draggable ?? false,
      connectable: false,
      selectable: false,
      ...(options.highlighted?.has(unitId) ? { className: "is-match" } : {}),
    });
  }
  const edges: Edge[] = [];
  for (const [parentId, kids] of visible) {
    if (parentId === null || !boxes.has(parentId)) continue;
    for (const kid of kids) {
      const hang = layout.hangs.get(kid);
      if (!hang) continue;
      const edge: TreeFlowEdge = {
        id: `up:${kid}`,
        source: unitFlowId(parentId),
        target: unitFlowId(kid),
        type: "tree",
        className: "edge-parent",
        selectable: false,
        focusable: false,
        ...(hang.kind === "stacked"
          ? { sourceHandle: "bl", targetHandle: "l", data: { stacked: true } }
          : {
              sourceHandle: hang.kind === "trunk" ? "bl" : "b",
              targetHandle: "t",
              data: { busY: hang.busY },
            }),
      };
      edges.push(edge);
    }
  }
  return { nodes, edges, boxes };
}

/** The unit whose box contains the point, other than `except` (the one being dragged). */
export function unitAt(boxes: ReadonlyMap<Id, Box>, x: number, y: number, except?: Id): Id | null {
  for (const [id, box] of boxes) {
    if (id === except) continue;
    if (x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height) return id;
  }
  return null;
}
