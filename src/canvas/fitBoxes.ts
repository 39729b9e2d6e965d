import { getViewportForBounds, type Viewport } from "@xyflow/react";
import type { Rect } from "./viewportWindow";

// Fitting the view to the tree from the boxes the layout declared, not from
// the nodes React Flow holds: a large tree is handed to React Flow a window at
// a time (see viewportWindow.ts), so React Flow's own fitView would fit the
// window, not the tree.

export function boundsOf(boxes: Iterable<Rect>): Rect | null {
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const box of boxes) {
    left = Math.min(left, box.x);
    right = Math.max(right, box.x + box.width);
    top = Math.min(top, box.y);
    bottom = Math.max(bottom, box.y + box.height);
  }
  if (left > right) return null;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

export interface FitOptions {
  /** Share of the screen left empty around the tree. */
  readonly padding: number;
  readonly minZoom: number;
  readonly maxZoom: number;
}

/** The viewport that shows all of `bounds` on a `width` × `height` screen. */
export function fitViewport(bounds: Rect, width: number, height: number, options: FitOptions): Viewport {
  return getViewportForBounds(bounds, width, height, options.minZoom, options.maxZoom, options.padding);
}
