import { type Edge, MarkerType, type Node } from "@xyflow/react";
import type { ContributeLink, Id, NodeKind, PlanDocument, PlanNode, Point } from "../domain/types";
import { CARD, type CardLines, cardLines, cardSize } from "../layout/cardMetrics";
import { type Hang, layoutTree, relayoutSizes, type TreeLayout } from "../layout/tidyTree";
import { contributeHandles, declaredHandles } from "./handles";
import type { TreeFlowEdge } from "./TreeEdge";
import { carryIndexOver } from "./viewportWindow";

// Derives what React Flow draws from the document: node boxes with declared
// sizes and handles (so React Flow never has to measure), parent edges and
// contribute links. Positions come from the tidy layout, except where the user
// placed a node by hand (document layout), which always wins.

export interface PlanNodeData extends Record<string, unknown> {
  readonly id: Id;
  /** For the minimap's colours; the card itself reads the node from the store. */
  readonly kind: NodeKind;
  /** Drawn where folding means nothing (the strategy map): no collapse button. */
  readonly fixedFolds?: boolean;
  /**
   * The lines the box was laid out for, while an edit made the card taller or
   * shorter than its box and the layout waits for the typing to pause (see
   * `keepSizes`): the card then cuts only what changed (linesWithin).
   */
  readonly laidOut?: CardLines;
}

export type PlanFlowNode = Node<PlanNodeData, "plan">;

export interface TreeFlow {
  readonly nodes: PlanFlowNode[];
  readonly edges: Edge[];
  /** Box of every drawn node, for centring and fitting. */
  readonly boxes: ReadonlyMap<Id, { x: number; y: number; width: number; height: number }>;
  /** Leaves drawn in a stacked column: they reorder top to bottom. */
  readonly stacked: ReadonlySet<Id>;
}

/** What the tree's picture depends on: a title or an alignment edit redraws nothing. */
export type TreeSource = Pick<PlanDocument, "nodes" | "links" | "layout">;

export function buildTreeFlow(
  doc: TreeSource,
  children: ReadonlyMap<Id | null, readonly Id[]>,
  collapsed: ReadonlySet<Id>,
): TreeFlow {
  return buildWithLayout(doc, children, collapsed).flow;
}

/** A parent line, drawn as the child hangs; `free` when either end was placed by hand. */
function parentEdge(parentId: Id, kid: Id, hang: Hang, free: boolean): TreeFlowEdge {
  // A node placed by hand breaks the layout's geometry: draw a plain bus half-way.
  // (One object literal per line, no spreading: a layout makes 10,000 of them.)
  const stacked = !free && hang.kind === "stacked";
  return {
    id: `p:${kid}`,
    source: parentId,
    target: kid,
    type: "tree",
    className: "edge-parent",
    selectable: false,
    focusable: false,
    sourceHandle: stacked || (!free && hang.kind === "trunk") ? "bl" : "b",
    targetHandle: stacked ? "l" : "t",
    data: free ? {} : hang.kind === "stacked" ? { stacked: true } : { busY: hang.busY },
  };
}

/** A contribute link between two drawn boxes, leaving and entering on the sides that face each other. */
function contributeEdge(link: ContributeLink, boxes: ReadonlyMap<Id, Box>): Edge {
  return {
    id: `c:${link.id}`,
    source: link.from,
    target: link.to,
    ...contributeHandles(boxes.get(link.from)!, boxes.get(link.to)!),
    type: "default",
    className: "edge-contributes",
    data: { linkId: link.id },
    markerEnd: { type: MarkerType.ArrowClosed, color: "#c2410c", width: 18, height: 18 },
    selectable: true,
    focusable: true,
    zIndex: 1,
  };
}

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** For a child id the node map does not have (cannot happen in a sound document). */
const MISSING_SIZE = { width: CARD.width, height: 60 } as const;

/** Each box's size: one object per node object (cardSize remembers it), shared by the layout and the flow node. */
function sizesIn(doc: TreeSource): (id: Id) => { readonly width: number; readonly height: number } {
  return (id: Id) => {
    const node = doc.nodes.get(id);
    return node ? cardSize(node) : MISSING_SIZE;
  };
}

/** A box's flow node: its size and handles declared, so that React Flow never measures it. */
function planFlowNode(
  id: Id,
  position: Point,
  kind: NodeKind,
  size: { width: number; height: number },
): PlanFlowNode {
  const { width, height } = size;
  return {
    id,
    type: "plan",
    position,
    data: { id, kind },
    width,
    height,
    // Declared as measured too: React Flow then counts off-screen nodes as
    // initialised (fitView waits for that) without ever mounting them.
    measured: size,
    handles: declaredHandles(width, height),
  };
}

function buildWithLayout(
  doc: TreeSource,
  children: ReadonlyMap<Id | null, readonly Id[]>,
  collapsed: ReadonlySet<Id>,
): { flow: TreeFlow; auto: TreeLayout } {
  const sizeOf = sizesIn(doc);

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
  for (const [id, auto] of layout.positions) {
    // The layout's points are new objects, and React Flow never changes what it is given: used as they are.
    const position: Point = placed.get(id) ?? auto;
    const size = sizeOf(id);
    boxes.set(id, { x: position.x, y: position.y, width: size.width, height: size.height });
    nodes.push(planFlowNode(id, position, doc.nodes.get(id)!.kind, size));
  }

  const edges: Edge[] = [];
  for (const [parentId, kids] of visibleChildren) {
    if (parentId === null || !boxes.has(parentId)) continue;
    for (const kid of kids) {
      const hang = layout.hangs.get(kid);
      if (!hang || !boxes.has(kid)) continue;
      edges.push(parentEdge(parentId, kid, hang, placed.has(kid) || placed.has(parentId)));
    }
  }
  for (const link of doc.links.values()) {
    if (boxes.has(link.from) && boxes.has(link.to)) edges.push(contributeEdge(link, boxes));
  }

  const stacked = new Set<Id>();
  for (const [id, hang] of layout.hangs) if (hang.kind === "stacked") stacked.add(id);
  return { flow: { nodes, edges, boxes, stacked }, auto: layout };
}

/** What a flow was built from, kept beside it so that the next version can reuse it. */
export interface BuiltTreeFlow {
  readonly source: TreeSource;
  readonly children: ReadonlyMap<Id | null, readonly Id[]>;
  readonly collapsed: ReadonlySet<Id>;
  readonly flow: TreeFlow;
  /** The tidy layout the flow was made from, before boxes placed by hand: a placement re-uses it. */
  readonly auto: TreeLayout;
  /**
   * When the last flow was reused, the flow objects whose spoken labels must be
   * made anew (the boxes whose content changed, and lines drawn anew beside a
   * placed box); null when every object is new. Other new objects keep the label
   * of the object they replace (a box only moved), or have none yet and are
   * labelled when first shown (TreeCanvas: labelUnlabelled).
   */
  readonly fresh: { readonly nodes: PlanFlowNode[]; readonly edges: Edge[] } | null;
  /**
   * Some card's content is now taller or shorter than its box: kept so while a
   * planner types (see `keepSizes`); laying out again settles it.
   */
  readonly unsettled: boolean;
}

export interface TreeFlowUpdate {
  /**
   * Keep every box's size even when an edit changed how tall its card would be
   * (the card fits its text to the box meanwhile): typing a name that wraps onto
   * a new line then does not lay out 10,000 boxes between two keystrokes. The
   * caller lays out again (without this) once the typing pauses.
   */
  readonly keepSizes?: boolean;
}

/**
 * The flow for a new version of the document, reusing the last one when the
 * edit changed no box's place or size: the same tree shape, fold state, links
 * and hand-placed positions, and every changed box still as tall as before (a
 * name that still fits its lines). A rename in a 10,000-box tree then costs a
 * walk over the node map instead of a layout. Changed boxes get new flow nodes
 * (their kind, for the colour, and anything derived from their content), and
 * the lines touching them new edge objects. Once typing pauses, an unsettled
 * flow is laid out for its cards' new sizes alone (settleFlow).
 */
export function updateTreeFlow(
  previous: BuiltTreeFlow | null,
  source: TreeSource,
  children: ReadonlyMap<Id | null, readonly Id[]>,
  collapsed: ReadonlySet<Id>,
  options: TreeFlowUpdate = {},
): BuiltTreeFlow {
  const keepSizes = options.keepSizes ?? false;
  // An unsettled flow is re-used only while sizes may stay kept; else it is laid out again.
  const base = previous && (keepSizes || !previous.unsettled) ? previous : null;
  const reused =
    base &&
    (reuseFlow(base, source, children, collapsed, keepSizes) ?? placeFlow(base, source, children, collapsed));
  if (reused) return { source, children, collapsed, auto: base.auto, unsettled: base.unsettled, ...reused };
  const settled = previous?.unsettled && settleFlow(previous, source, children, collapsed);
  if (settled) return { source, children, collapsed, unsettled: false, ...settled };
  const { flow, auto } = buildWithLayout(source, children, collapsed);
  return { source, children, collapsed, flow, auto, fresh: null, unsettled: false };
}

/**
 * The flow after boxes were placed by hand (or a structure's units moved: the
 * same layout object holds both), and nothing else changed: the tidy layout
 * stays as it was; the placed boxes move, and the lines touching them are drawn
 * anew. A drag and drop in a 10,000-box tree then costs a walk over the flow,
 * not a layout.
 */
function placeFlow(
  previous: BuiltTreeFlow,
  source: TreeSource,
  children: ReadonlyMap<Id | null, readonly Id[]>,
  collapsed: ReadonlySet<Id>,
): Pick<BuiltTreeFlow, "flow" | "fresh"> | null {
  const before = previous.source;
  if (
    previous.children !== children ||
    previous.collapsed !== collapsed ||
    before.links !== source.links ||
    before.nodes !== source.nodes
  ) {
    return null;
  }
  const { flow, auto } = previous;
  const placedBefore = before.layout.nodes;
  const placed = source.layout.nodes;
  const moved = new Set<Id>();
  for (const [id, point] of placed) if (placedBefore.get(id) !== point && flow.boxes.has(id)) moved.add(id);
  for (const id of placedBefore.keys()) if (!placed.has(id) && flow.boxes.has(id)) moved.add(id);
  if (moved.size === 0) return { flow, fresh: { nodes: [], edges: [] } };

  const boxes = new Map(flow.boxes);
  const freshNodes: PlanFlowNode[] = [];
  const nodes = flow.nodes.map((n) => {
    if (!moved.has(n.id)) return n;
    const position = placed.get(n.id) ?? auto.positions.get(n.id)!;
    const box = boxes.get(n.id)!;
    boxes.set(n.id, { x: position.x, y: position.y, width: box.width, height: box.height });
    const copy = { ...n, position };
    freshNodes.push(copy);
    return copy;
  });
  const freshEdges: Edge[] = [];
  const edges = flow.edges.map((e) => {
    if (!moved.has(e.source) && !moved.has(e.target)) return e;
    const linkId = (e.data as { linkId?: Id } | undefined)?.linkId;
    const link = linkId === undefined ? undefined : source.links.get(linkId);
    const copy = link
      ? contributeEdge(link, boxes)
      : parentEdge(
          e.source,
          e.target,
          auto.hangs.get(e.target)!,
          placed.has(e.target) || placed.has(e.source),
        );
    freshEdges.push(copy);
    return copy;
  });
  const next = { ...flow, nodes, edges, boxes };
  carryIndexOver(flow, next, moved);
  return { flow: next, fresh: { nodes: freshNodes, edges: freshEdges } };
}

/**
 * Whether `source` keeps everything that arranges `previous`'s boxes but their
 * contents: the same tree shape, folds, links and hand-placed positions, and as
 * many nodes.
 */
function sameArrangement(
  previous: BuiltTreeFlow,
  source: TreeSource,
  children: ReadonlyMap<Id | null, readonly Id[]>,
  collapsed: ReadonlySet<Id>,
): boolean {
  const before = previous.source;
  return (
    previous.children === children &&
    previous.collapsed === collapsed &&
    before.links === source.links &&
    before.layout === source.layout &&
    before.nodes.size === source.nodes.size
  );
}

function reuseFlow(
  previous: BuiltTreeFlow,
  source: TreeSource,
  children: ReadonlyMap<Id | null, readonly Id[]>,
  collapsed: ReadonlySet<Id>,
  keepSizes: boolean,
): Pick<BuiltTreeFlow, "flow" | "fresh" | "unsettled"> | null {
  if (!sameArrangement(previous, source, children, collapsed)) return null;
  const before = previous.source;
  const { flow } = previous;
  const changed = new Map<Id, PlanNode>();
  /** The lines each box that no longer fits was laid out for: those of its node before it grew. */
  const laidOut = new Map<Id, CardLines>();
  let unsettled = previous.unsettled;
  for (const [id, node] of source.nodes) {
    const old = before.nodes.get(id);
    if (old === node) continue;
    if (old === undefined) return null;
    const box = flow.boxes.get(id);
    if (box === undefined) continue; // folded away: not drawn
    if (cardSize(node).height !== box.height) {
      if (!keepSizes) return null;
      unsettled = true;
      laidOut.set(id, cardLines(old));
    }
    changed.set(id, node);
  }
  if (changed.size === 0) return { flow, fresh: { nodes: [], edges: [] }, unsettled };
  const freshNodes: PlanFlowNode[] = [];
  const nodes = flow.nodes.map((n) => {
    const node = changed.get(n.id);
    if (!node) return n;
    // The first lines a box was laid out for stay with it until the layout settles.
    const lines = laidOut.has(n.id) ? (n.data.laidOut ?? laidOut.get(n.id)) : undefined;
    const { laidOut: _, ...data } = n.data;
    const copy = {
      ...n,
      data: lines ? { ...data, kind: node.kind, laidOut: lines } : { ...data, kind: node.kind },
    };
    freshNodes.push(copy);
    return copy;
  });
  const freshEdges: Edge[] = [];
  const edges = flow.edges.map((e) => {
    if (!changed.has(e.source) && !changed.has(e.target)) return e;
    const copy = { ...e };
    freshEdges.push(copy);
    return copy;
  });
  return { flow: { ...flow, nodes, edges }, fresh: { nodes: freshNodes, edges: freshEdges }, unsettled };
}

/**
 * The flow once the typing pauses, for an unsettled one of the same tree: the
 * same shape, folds, links and hand-placed positions. Laid out again for the
 * cards' real sizes with relayoutSizes, so every box that keeps its place and
 * size keeps its flow node, and every line whose ends and bend stay keeps its
 * edge. At 10,000 boxes a full layout here was a task of about 85 ms once
 * typing paused.
 */
function settleFlow(
  previous: BuiltTreeFlow,
  source: TreeSource,
  children: ReadonlyMap<Id | null, readonly Id[]>,
  collapsed: ReadonlySet<Id>,
): Pick<BuiltTreeFlow, "flow" | "fresh" | "auto"> | null {
  if (!sameArrangement(previous, source, children, collapsed)) return null;
  const before = previous.source;
  const sizeOf = sizesIn(source);
  const auto = relayoutSizes(previous.auto, sizeOf);
  const placed = source.layout.nodes;
  const { flow } = previous;
  /** Boxes placed or sized anew: their lines are drawn anew. */
  const moved = new Set<Id>();
  /** Boxes whose node changed since the last version: their spoken labels are made anew, and their lines'. */
  const changed = new Set<Id>();
  let boxes: Map<Id, Box> | null = null;
  const freshNodes: PlanFlowNode[] = [];
  const nodes = flow.nodes.map((n) => {
    const node = source.nodes.get(n.id);
    if (node === undefined) return n; // cannot happen: the same node ids
    const position = placed.get(n.id) ?? auto.positions.get(n.id)!;
    const size = sizeOf(n.id);
    const resized = n.width !== size.width || n.height !== size.height;
    const renewed = before.nodes.get(n.id) !== node;
    if (position === n.position && !resized && !renewed && n.data.laidOut === undefined) return n;
    const copy = planFlowNode(n.id, position, node.kind, size);
    if (position !== n.position || resized) {
      moved.add(n.id);
      boxes ??= new Map(flow.boxes);
      boxes.set(n.id, { x: position.x, y: position.y, width: size.width, height: size.height });
    }
    if (renewed) {
      changed.add(n.id);
      freshNodes.push(copy);
    } else if (n.ariaLabel !== undefined) {
      // Same content: the spoken label still holds.
      copy.ariaLabel = n.ariaLabel;
    }
    return copy;
  });
  const nextBoxes = boxes ?? flow.boxes;
  const hangsBefore = previous.auto.hangs;
  // Lines drawn anew are labelled when first shown (TreeCanvas: labelUnlabelled).
  const edges = flow.edges.map((e) => {
    const touched =
      moved.has(e.source) || moved.has(e.target) || changed.has(e.source) || changed.has(e.target);
    const linkId = (e.data as { linkId?: Id } | undefined)?.linkId;
    if (linkId !== undefined) {
      const link = source.links.get(linkId);
      return touched && link ? contributeEdge(link, nextBoxes) : e;
    }
    const hang = auto.hangs.get(e.target);
    if (!hang || (!touched && hang === hangsBefore.get(e.target))) return e;
    return parentEdge(e.source, e.target, hang, placed.has(e.target) || placed.has(e.source));
  });
  const next = { ...flow, nodes, edges, boxes: nextBoxes };
  if (moved.size > 0) carryIndexOver(flow, next, moved);
  return { flow: next, fresh: { nodes: freshNodes, edges: [] }, auto };
}
