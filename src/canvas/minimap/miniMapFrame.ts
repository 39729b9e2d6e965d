import { boundsOf, type Rect } from "../../layout/bounds";

// Which part of the flow the minimap shows, and how flow units map to its
// pixels. As React Flow's own minimap does, it shows the whole tree and the
// view together: panned or zoomed out past the tree, the frame grows to keep
// the view's rectangle on the map. Unlike React Flow's (an SVG viewBox, whose
// aspect differs from the element's once a margin is added), the frame has the
// element's aspect exactly, so the boxes' canvas and the view's rectangle over
// it agree to the pixel.

export interface MiniMapSize {
  readonly width: number;
  readonly height: number;
}

export interface MiniMapFrame extends Rect {
  /** Flow units per minimap pixel. */
  readonly unitsPerPx: number;
}

/** Room left around what the minimap shows, in its pixels. */
export const MINIMAP_MARGIN_PX = 6;

/**
 * The view's rectangle spans at least this share of the map's width or height.
 * A national tree is a hundred times wider than tall: framed whole, it is a
 * strip two pixels high, and the view a speck on it. Then the map shows the
 * tree around the view instead, and scrolls along with it.
 */
export const MIN_VIEW_SHARE = 1 / 8;

/**
 * The frame that shows `content` and `view` whole, centred, in an element of
 * `size`; or, when that would make the view smaller than MIN_VIEW_SHARE of
 * the map, the tree around the view at that scale, kept from showing more
 * than a margin past the tree's edges.
 */
export function miniMapFrame(content: Rect, view: Rect | null, size: MiniMapSize): MiniMapFrame {
  const shown = (view && boundsOf([content, view])) ?? content;
  const inner = {
    width: Math.max(size.width - 2 * MINIMAP_MARGIN_PX, 1),
    height: Math.max(size.height - 2 * MINIMAP_MARGIN_PX, 1),
  };
  // A tree of one box of no size still gets a frame.
  const whole = Math.max(shown.width / inner.width, shown.height / inner.height, 1e-6);
  const near = view
    ? Math.max(view.width / (size.width * MIN_VIEW_SHARE), view.height / (size.height * MIN_VIEW_SHARE))
    : whole;
  const unitsPerPx = Math.min(whole, near);
  const width = size.width * unitsPerPx;
  const height = size.height * unitsPerPx;
  const margin = MINIMAP_MARGIN_PX * unitsPerPx;
  const centre = view ?? shown;
  return {
    x: along(shown.x, shown.width, centre.x + centre.width / 2, width, margin),
    y: along(shown.y, shown.height, centre.y + centre.height / 2, height, margin),
    width,
    height,
    unitsPerPx,
  };
}

/**
 * Where a frame `extent` long starts on one axis: centred on what is shown
 * (`start`, `length`) when it fits, else centred on `middle` (the view's) but
 * reaching no more than `margin` past either end.
 */
function along(start: number, length: number, middle: number, extent: number, margin: number): number {
  if (length + 2 * margin <= extent) return start + length / 2 - extent / 2;
  const from = middle - extent / 2;
  return Math.min(Math.max(from, start - margin), start + length + margin - extent);
}

/** Where `rect` (flow units) falls in the minimap, in its pixels. */
export function toMiniMap(rect: Rect, frame: MiniMapFrame): Rect {
  return {
    x: (rect.x - frame.x) / frame.unitsPerPx,
    y: (rect.y - frame.y) / frame.unitsPerPx,
    width: rect.width / frame.unitsPerPx,
    height: rect.height / frame.unitsPerPx,
  };
}
