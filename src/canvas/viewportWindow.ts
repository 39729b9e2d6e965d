import type { Edge, Node } from "@xyflow/react";
import type { Id } from "../domain/types";
import type { Rect } from "../layout/bounds";

// React Flow walks every node it is given on every frame of a pan or zoom (to
// find the visible ones, to update its lookups), and rebuilds its edge lookup
// whenever the edge array changes. A 10,000-box tree therefore costs it the
// same per frame whether 50 boxes are on screen or all of them. So a large
// tree is handed over in windows: only the boxes and lines near the view, with
// a margin, and a new window once the view nears the edge of the last one.

export type { Rect };

/** The part of the flow the screen shows, in flow coordinates. */
export function viewRect(transform: readonly [number, number, number], width: number, height: number): Rect {
  const [tx, ty, zoom] = transform;
  return { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom };
}

/** How far a window reaches past the view on each side, as a share of the view's size. */
const MARGIN = 0.5;
/** How close to the window's edge the view may come before a new window is cut. */
const SLACK = 0.25;

/** The window cut around a view: the view and half its size again on every side. */
export function windowAround(view: Rect): Rect {
  const dx = view.width * MARGIN;
  const dy = view.height * MARGIN;
  return { x: view.x - dx, y: view.y - dy, width: view.width + 2 * dx, height: view.height + 2 * dy };
}

/**
 * Whether the view has come too near the window's edge (a pan) or grown or
 * shrunk too far against it (a zoom): then the window is cut again. Between
 * those, the same window, and the same arrays for React Flow.
 */
export function needsNewWindow(window: Rect | null, view: Rect): boolean {
  if (window === null) return true;
  const dx = view.width * SLACK;
  const dy = view.height * SLACK;
  const inside =
    view.x - dx >= window.x &&
    view.y - dy >= window.y &&
    view.x + view.width + dx <= window.x + window.width &&
    view.y + view.height + dy <= window.y + window.height;
  // Zoomed in far since the cut: the window holds many times what is on screen.
  const tooLoose = window.width > view.width * 6 || window.height > view.height * 6;
  return !inside || tooLoose;
}

/**
 * Where every box and line is, in flat arrays in the flow's order: cutting a
 * window (which happens during a pan) is then a scan of numbers, not of maps
 * and objects. Lines are kept as the box around their two ends.
 */
export interface SpatialIndex {
  readonly nodeCount: number;
  readonly edgeCount: number;
  /** left, top, right, bottom of each box. */
  readonly boxes: Float64Array;
  /** left, top, right, bottom of each line; NaN when an end has no box. */
  readonly lines: Float64Array;
  /** The node index of each line's two ends. */
  readonly ends: Int32Array;
  readonly indexOf: ReadonlyMap<Id, number>;
}

// Kept per boxes map: a flow reused after an edit that moved no box
// (treeFlow.ts) shares it, with the same boxes and lines in the same order, and
// a flow after a drop, or laid out for new sizes once typing pauses, gets it
// carried over (carryIndexOver).
const indexes = new WeakMap<ReadonlyMap<Id, Rect>, SpatialIndex>();

export function spatialIndex(
  flow: { readonly nodes: readonly Node[]; readonly edges: readonly Edge[] },
  boxes: ReadonlyMap<Id, Rect>,
): SpatialIndex {
  const known = indexes.get(boxes);
  if (known && known.nodeCount === flow.nodes.length && known.edgeCount === flow.edges.length) return known;
  // A box dropped somewhere, or a flow laid out for new sizes, gets its index
  // carried over (carryIndexOver) instead.
  const indexOf = new Map(flow.nodes.map((node, i) => [node.id, i]));
  const boxArray = new Float64Array(flow.nodes.length * 4).fill(Number.NaN);
  flow.nodes.forEach((node, i) => {
    const box = boxes.get(node.id);
    if (box) setBox(boxArray, i, box);
  });
  const lines = new Float64Array(flow.edges.length * 4).fill(Number.NaN);
  const ends = new Int32Array(flow.edges.length * 2).fill(-1);
  flow.edges.forEach((edge, i) => {
    const from = indexOf.get(edge.source);
    const to = indexOf.get(edge.target);
    if (from === undefined || to === undefined) return;
    ends[i * 2] = from;
    ends[i * 2 + 1] = to;
    setLine(lines, i, boxArray, ends);
  });
  const index = {
    nodeCount: flow.nodes.length,
    edgeCount: flow.edges.length,
    boxes: boxArray,
    lines,
    ends,
    indexOf,
  };
  indexes.set(boxes, index);
  return index;
}

/**
 * Carries the index of `before` over to `after`, a flow in which only the boxes
 * `moved` were placed or sized anew (treeFlow.ts placeFlow and settleFlow: the
 * same boxes and lines in the same order, new boxes for some): the same
 * numbers, with those boxes and the lines touching them updated. Building it
 * afresh, with the check of the order, was 6-10 ms of a drop at 10,000 boxes.
 * Does nothing when `before` was never indexed.
 */
export function carryIndexOver(
  before: { readonly boxes: ReadonlyMap<Id, Rect> },
  after: {
    readonly nodes: readonly Node[];
    readonly edges: readonly Edge[];
    readonly boxes: ReadonlyMap<Id, Rect>;
  },
  moved: ReadonlySet<Id>,
): void {
  const old = indexes.get(before.boxes);
  if (!old || old.nodeCount !== after.nodes.length || old.edgeCount !== after.edges.length) return;
  const boxArray = old.boxes.slice();
  const isMoved = new Uint8Array(old.nodeCount);
  for (const id of moved) {
    const i = old.indexOf.get(id);
    const box = after.boxes.get(id);
    if (i === undefined || box === undefined) continue;
    setBox(boxArray, i, box);
    isMoved[i] = 1;
  }
  const lines = old.lines.slice();
  for (let i = 0; i < old.edgeCount; i++) {
    const from = old.ends[i * 2]!;
    const to = old.ends[i * 2 + 1]!;
    if (from >= 0 && to >= 0 && (isMoved[from] || isMoved[to])) setLine(lines, i, boxArray, old.ends);
  }
  const index = { ...old, boxes: boxArray, lines };
  indexes.set(after.boxes, index);
}

function setBox(boxArray: Float64Array, i: number, box: Rect): void {
  boxArray[i * 4] = box.x;
  boxArray[i * 4 + 1] = box.y;
  boxArray[i * 4 + 2] = box.x + box.width;
  boxArray[i * 4 + 3] = box.y + box.height;
}

/** The box around line `i`'s two ends (left NaN when an end has no box). */
function setLine(lines: Float64Array, i: number, boxArray: Float64Array, ends: Int32Array): void {
  const from = ends[i * 2]!;
  const to = ends[i * 2 + 1]!;
  if (from < 0 || to < 0) return;
  const f = from * 4;
  const t = to * 4;
  const at = i * 4;
  lines[at] = Math.min(boxArray[f]!, boxArray[t]!);
  lines[at + 1] = Math.min(boxArray[f + 1]!, boxArray[t + 1]!);
  lines[at + 2] = Math.max(boxArray[f + 2]!, boxArray[t + 2]!);
  lines[at + 3] = Math.max(boxArray[f + 3]!, boxArray[t + 3]!);
}

/** Whether the rectangle left, top, right, bottom at `at` in `rects` overlaps the area (NaN never does). */
export function touches(rects: Float64Array, at: number, area: Rect): boolean {
  return (
    rects[at]! < area.x + area.width &&
    rects[at + 2]! > area.x &&
    rects[at + 1]! < area.y + area.height &&
    rects[at + 3]! > area.y
  );
}

export interface FlowWindow<N extends Node> {
  readonly nodes: N[];
  readonly edges: Edge[];
}

/**
 * The boxes and lines of a flow that touch `area`. A line is kept when the box
 * around its two ends touches the area (a long line may cross the screen with
 * both ends off it), and then both its ends are kept too, since React Flow
 * draws a line only between boxes it has. Boxes in `keep` (the selection, what
 * is dragged) are always kept: React Flow moves and reports only boxes it has.
 * Order is the flow's, so boxes stack as they would unwindowed.
 */
export function flowInWindow<N extends Node>(
  flow: { readonly nodes: readonly N[]; readonly edges: readonly Edge[] },
  boxes: ReadonlyMap<Id, Rect>,
  area: Rect,
  keep: ReadonlySet<Id>,
): FlowWindow<N> {
  const index = spatialIndex(flow, boxes);
  const kept = new Uint8Array(index.nodeCount);
  for (const id of keep) {
    const i = index.indexOf.get(id);
    if (i !== undefined) kept[i] = 1;
  }
  for (let i = 0; i < index.nodeCount; i++) if (touches(index.boxes, i * 4, area)) kept[i] = 1;
  const edges: Edge[] = [];
  for (let i = 0; i < index.edgeCount; i++) {
    if (!touches(index.lines, i * 4, area)) continue;
    edges.push(flow.edges[i]!);
    kept[index.ends[i * 2]!] = 1;
    kept[index.ends[i * 2 + 1]!] = 1;
  }
  const nodes: N[] = [];
  for (let i = 0; i < index.nodeCount; i++) if (kept[i]) nodes.push(flow.nodes[i]!);
  return { nodes, edges };
}

/** The indexes of the boxes wholly inside `area`, in the flow's order (as React Flow's full selection mode picks cards). */
export function boxesWithin(index: SpatialIndex, area: Rect): number[] {
  const right = area.x + area.width;
  const bottom = area.y + area.height;
  const inside: number[] = [];
  for (let i = 0; i < index.nodeCount; i++) {
    const at = i * 4;
    if (
      index.boxes[at]! >= area.x &&
      index.boxes[at + 1]! >= area.y &&
      index.boxes[at + 2]! <= right &&
      index.boxes[at + 3]! <= bottom
    )
      inside.push(i);
  }
  return inside;
}

/** The index of the top-most box under a flow point (the last drawn), or -1. */
export function boxAt(index: SpatialIndex, x: number, y: number): number {
  for (let i = index.nodeCount - 1; i >= 0; i--) {
    const at = i * 4;
    if (
      x >= index.boxes[at]! &&
      x <= index.boxes[at + 2]! &&
      y >= index.boxes[at + 1]! &&
      y <= index.boxes[at + 3]!
    )
      return i;
  }
  return -1;
}
