import type { Edge, Node } from "@xyflow/react";
import type { Id } from "../domain/types";

// React Flow walks every node it is given on every frame of a pan or zoom (to
// find the visible ones, to update its lookups), and rebuilds its edge lookup
// whenever the edge array changes. A 10,000-box tree therefore costs it the
// same per frame whether 50 boxes are on screen or all of them. So a large
// tree is handed over in windows: only the boxes and lines near the view, with
// a margin, and a new window once the view nears the edge of the last one.

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

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

function overlaps(a: Rect, x: number, y: number, width: number, height: number): boolean {
  return x < a.x + a.width && x + width > a.x && y < a.y + a.height && y + height > a.y;
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
  const kept = new Set<Id>(keep);
  for (const [id, box] of boxes) {
    if (overlaps(area, box.x, box.y, box.width, box.height)) kept.add(id);
  }
  const edges: Edge[] = [];
  for (const edge of flow.edges) {
    const from = boxes.get(edge.source);
    const to = boxes.get(edge.target);
    if (!from || !to) continue;
    const left = Math.min(from.x, to.x);
    const top = Math.min(from.y, to.y);
    const right = Math.max(from.x + from.width, to.x + to.width);
    const bottom = Math.max(from.y + from.height, to.y + to.height);
    if (!overlaps(area, left, top, right - left, bottom - top)) continue;
    edges.push(edge);
    kept.add(edge.source);
    kept.add(edge.target);
  }
  const nodes = flow.nodes.filter((n) => kept.has(n.id));
  return { nodes, edges };
}
