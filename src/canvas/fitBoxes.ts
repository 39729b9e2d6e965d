import { getViewportForBounds, type Viewport } from "@xyflow/react";
import type { Rect } from "../layout/bounds";

// Fitting the view to the tree from the boxes the layout declared, not from
// the nodes React Flow holds: a large tree is handed to React Flow a window at
// a time (see viewportWindow.ts), so React Flow's own fitView would fit the
// window, not the tree.

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
