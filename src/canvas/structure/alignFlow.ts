import type { Edge, Node } from "@xyflow/react";
import type { Id, PlanDocument, Structure } from "../../domain/types";
import { buildTreeFlow } from "../treeFlow";
import { unitChildren, unitFlowId } from "./derived";
import type { Box } from "./orgFlow";
import type { UnitFlowNode } from "./UnitCard";
import { UNIT_ROW, unitHandles } from "./unitMetrics";

// The Alignment canvas: the performance tree on the left (the tree view's own
// layout and cards), the structure as an indented column on the right, and
// alignment lines between them. Lines are drawn only for the selection (the
// selected unit's, or the selected box's) unless all are asked for: with
// hundreds of units, all lines at once are a hairball nobody can read.

/** Space between the tree's right edge and the structure column: room for the lines to fan out. */
const COLUMN_GAP = 180;

export interface AlignFlow {
  readonly nodes: Node[];
  readonly edges: Edge[];
  /** Tree boxes by node id. */
  readonly nodeBoxes: ReadonlyMap<Id, Box>;
  /** Unit boxes by unit id. */
  readonly unitBoxes: ReadonlyMap<Id, Box>;
  /** Alignment lines of the structure that are not drawn (hidden until selected). */
  readonly hiddenLines: number;
}

export interface AlignSelection {
  readonly nodeId: Id | null;
  readonly unitId: Id | null;
  readonly showAll: boolean;
}

export function buildAlignFlow(
  doc: PlanDocument,
  children: ReadonlyMap<Id | null, readonly Id[]>,
  collapsed: ReadonlySet<Id>,
  structure: Structure,
  unitFolds: ReadonlySet<Id>,
  onToggle: (unitId: Id) => void,
  selection: AlignSelection,
): AlignFlow {
  const tree = buildTreeFlow(doc, children, collapsed);
  let right = 0;
  let top = Number.POSITIVE_INFINITY;
  for (const box of tree.boxes.values()) {
    right = Math.max(right, box.x + box.width);
    top = Math.min(top, box.y);
  }
  if (!Number.isFinite(top)) top = 0;

  // Units in reading order, indented by depth; folded units hide their sub-units.
  const kids = unitChildren(structure.units);
  const unitBoxes = new Map<Id, Box>();
  const unitNodes: UnitFlowNode[] = [];
  const stack: { id: Id; depth: number }[] = [];
  const roots = kids.get(null) ?? [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push({ id: roots[i]!, depth: 0 });
  let y = top;
  const x0 = right + COLUMN_GAP;
  while (stack.length > 0) {
    const { id, depth } = stack.pop()!;
    const box = { x: x0 + depth * UNIT_ROW.indent, y, width: UNIT_ROW.width, height: UNIT_ROW.height };
    unitBoxes.set(id, box);
    y += UNIT_ROW.height + UNIT_ROW.gap;
    const own = kids.get(id) ?? [];
    unitNodes.push({
      id: unitFlowId(id),
      type: "unit",
      position: { x: box.x, y: box.y },
      data: {
        unitId: id,
        structureId: structure.id,
        variant: "row",
        childCount: own.length,
        collapsed: unitFolds.has(id),
        onToggle,
      },
      width: box.width,
      height: box.height,
      measured: { width: box.width, height: box.height },
      handles: unitHandles(box.width, box.height),
      draggable: true,
      connectable: false,
      selectable: false,
    });
    if (!unitFolds.has(id))
      for (let i = own.length - 1; i >= 0; i--) stack.push({ id: own[i]!, depth: depth + 1 });
  }

  // Which lines to draw, and which cards to highlight.
  const edges: Edge[] = [...tree.edges];
  const ownedNodes = new Set<Id>();
  const owners = new Set<Id>();
  let hiddenLines = 0;
  for (const alignment of doc.alignments.values()) {
    if (alignment.structureId !== structure.id) continue;
    const mine = alignment.unitId === selection.unitId || alignment.nodeId === selection.nodeId;
    if (alignment.unitId === selection.unitId) ownedNodes.add(alignment.nodeId);
    if (alignment.nodeId === selection.nodeId) owners.add(alignment.unitId);
    if (!mine && !selection.showAll) {
      hiddenLines++;
      continue;
    }
    if (!tree.boxes.has(alignment.nodeId) || !unitBoxes.has(alignment.unitId)) continue;
    edges.push({
      id: `al:${alignment.id}`,
      source: unitFlowId(alignment.unitId),
      sourceHandle: "al",
      target: alignment.nodeId,
      targetHandle: "cr-t",
      type: "default",
      className: `edge-align edge-align--${alignment.role}${mine ? " is-selected" : ""}`,
      selectable: false,
      focusable: false,
      zIndex: 2,
    });
  }

  const nodes: Node[] = [];
  for (const node of tree.nodes) {
    nodes.push({ ...node, draggable: true, ...(ownedNodes.has(node.id) ? { className: "is-owned" } : {}) });
  }
  for (const node of unitNodes)
    nodes.push(owners.has(node.data.unitId) ? { ...node, className: "is-owner" } : node);
  return { nodes, edges, nodeBoxes: tree.boxes, unitBoxes, hiddenLines };
}

/** The box under a point, if any. */
export function boxAt(boxes: ReadonlyMap<Id, Box>, x: number, y: number): Id | null {
  for (const [id, box] of boxes)
    if (x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height) return id;
  return null;
}
