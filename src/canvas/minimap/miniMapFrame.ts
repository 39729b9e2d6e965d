import { boundsOf, type Rect } from "../../layout/bounds";
import { DETAIL_ZOOM } from "../zoomLevels";

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
 * A tree that is at least this thick on the map (px), framed whole, is shown
 * whole. A national tree is a hundred times wider than tall: framed whole, it
 * is a strip a few pixels high, and the view a speck on it. Then the map shows
 * the tree around the view instead, and scrolls along with it.
 */
export const MIN_TREE_PX = 16;

/**
 * Around the view, at reading zoom, the view's rectangle spans this share of
 * the map's width or height. Zoomed out past DETAIL_ZOOM the share shrinks with
 * the zoom, so that the map shows more and more of the tree, and at the
 * smallest zoom the whole of a 20,000-box one.
 */
export const NEAR_VIEW_SHARE = 1 / 16;

/**
 * The frame that shows `content` (the tree) and `view` whole, centred, in an
 * element of `size`; or, for a tree that would be a strip thinner than
 * MIN_TREE_PX, the tree around the view at `zoom` (see NEAR_VIEW_SHARE), kept
 * from showing more than a margin past the tree's edges, and whole again once
 * that frame would show none of it (the view panned far off the tree).
 */
export function miniMapFrame(content: Rect, view: Rect | null, size: MiniMapSize, zoom = 1): MiniMapFrame {
  const whole = wholeFrame((view && boundsOf([content, view])) ?? content, size);
  if (!view || Math.min(content.width, content.height) / whole.unitsPerPx >= MIN_TREE_PX) return whole;
  const share = NEAR_VIEW_SHARE * Math.min(1, zoom / DETAIL_ZOOM);
  const unitsPerPx = Math.max(view.width / (size.width * share), view.height / (size.height * share));
  if (unitsPerPx >= whole.unitsPerPx) return whole;
  const width = size.width * unitsPerPx;
  const height = size.height * unitsPerPx;
  const margin = MINIMAP_MARGIN_PX * unitsPerPx;
  const near = {
    x: along(content.x, content.width, view.x, view.width, width, margin),
    y: along(content.y, content.height, view.y, view.height, height, margin),
    width,
    height,
    unitsPerPx,
  };
  const showsTree =
    near.x < content.x + content.width &&
    near.x + width > content.x &&
    near.y < content.y + content.height &&
    near.y + height > content.y;
  return showsTree ? near : whole;
}

/** The frame that shows `shown` whole, centred, a margin in from the edges. */
function wholeFrame(shown: Rect, size: MiniMapSize): MiniMapFrame {
  const inner = {
    width: Math.max(size.width - 2 * MINIMAP_MARGIN_PX, 1),
    height: Math.max(size.height - 2 * MINIMAP_MARGIN_PX, 1),
  };
  // A tree of one box of no size still gets a frame.
  const unitsPerPx = Math.max(shown.width / inner.width, shown.height / inner.height, 1e-6);
  const width = size.width * unitsPerPx;
  const height = size.height * unitsPerPx;
  return {
    x: shown.x + shown.width / 2 - width / 2,
    y: shown.y + shown.height / 2 - height / 2,
    width,
    height,
    unitsPerPx,
  };
}

/**
 * Where a frame `extent` long starts on one axis: centred on the tree (`start`,
 * `length`) when it fits, else centred on the view but reaching no more than
 * `margin` past the tree's ends; and always with the view on it, a margin in.
 */
function along(
  start: number,
  length: number,
  viewStart: number,
  viewLength: number,
  extent: number,
  margin: number,
): number {
  const centred =
    length + 2 * margin <= extent
      ? start + length / 2 - extent / 2
      : Math.min(
          Math.max(viewStart + viewLength / 2 - extent / 2, start - margin),
          start + length + margin - extent,
        );
  return Math.max(Math.min(centred, viewStart - margin), viewStart + viewLength + margin - extent);
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
