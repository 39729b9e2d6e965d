import type { Id, Point } from "../../domain/types";
import type { Rect } from "../../layout/bounds";
import { kindColour } from "../kindStyle";
import type { TreeFlow } from "../treeFlow";
import { type SpatialIndex, touches } from "../viewportWindow";
import { type MiniMapFrame, toMiniMap } from "./miniMapFrame";

// The minimap's boxes, drawn on a canvas: one filled path per kind's colour.
// React Flow's minimap mounts a component, an SVG rectangle and a store
// subscription per box: at 1,000 boxes an Expand all mounted 1,000 of each, a
// task of 50-73 ms in 5 of 6 benchmark runs (with this map: 0 in 9 runs of 10,
// and 53 ms once, on a loaded machine). Past 2,000 boxes, where React Flow holds
// only a window, it could show only the window. Here the boxes in the map's
// frame are drawn, at any size, in one pass.

/** A box is at least this big on the map (px), or a national tree's boxes would be specks. */
const MIN_BOX_PX = 1;
/** A selected box is drawn at least this big (px), with a ring, so it can be found. */
const SELECTED_PX = 7;
const ACCENT = "#0f4c81";
const HALO = "#ffffff";

/**
 * Draws the boxes of `flow` that fall in `frame` on `context`, whose units are
 * the minimap's CSS pixels. `index` is the flow's (viewportWindow.ts): the scan
 * is of numbers, as when the overview draws.
 */
export function drawMiniMapBoxes(
  context: CanvasRenderingContext2D,
  flow: Pick<TreeFlow, "nodes">,
  index: SpatialIndex,
  frame: MiniMapFrame,
): void {
  const paths = new Map<string, Path2D>();
  const scale = 1 / frame.unitsPerPx;
  for (let i = 0; i < index.nodeCount; i++) {
    const at = i * 4;
    if (!touches(index.boxes, at, frame)) continue;
    const colour = kindColour(flow.nodes[i]!.data.kind);
    let path = paths.get(colour);
    if (!path) {
      path = new Path2D();
      paths.set(colour, path);
    }
    const left = index.boxes[at]!;
    const top = index.boxes[at + 1]!;
    path.rect(
      (left - frame.x) * scale,
      (top - frame.y) * scale,
      Math.max((index.boxes[at + 2]! - left) * scale, MIN_BOX_PX),
      Math.max((index.boxes[at + 3]! - top) * scale, MIN_BOX_PX),
    );
  }
  for (const [colour, path] of paths) {
    context.fillStyle = colour;
    context.fill(path);
  }
}

/**
 * Marks each selected box with a ring, at least SELECTED_PX across however
 * small the box; a box being dragged is marked where it is now (`moved`: its
 * top-left corner), so the map follows the drag.
 */
export function drawMiniMapSelection(
  context: CanvasRenderingContext2D,
  boxes: TreeFlow["boxes"],
  frame: MiniMapFrame,
  selected: ReadonlySet<Id>,
  moved: ReadonlyMap<Id, Point> | null = null,
): void {
  const marked = moved ? new Set([...selected, ...moved.keys()]) : selected;
  for (const id of marked) {
    const box = boxes.get(id);
    const now = moved?.get(id);
    if (box) drawSelected(context, toMiniMap(now ? { ...box, x: now.x, y: now.y } : box, frame));
  }
}

function drawSelected(context: CanvasRenderingContext2D, at: Rect): void {
  const width = Math.max(at.width, SELECTED_PX);
  const height = Math.max(at.height, SELECTED_PX);
  const x = at.x + at.width / 2 - width / 2;
  const y = at.y + at.height / 2 - height / 2;
  context.lineWidth = 4;
  context.strokeStyle = HALO;
  context.strokeRect(x, y, width, height);
  context.lineWidth = 2;
  context.strokeStyle = ACCENT;
  context.strokeRect(x, y, width, height);
}
