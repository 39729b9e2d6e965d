/** How far every canvas zooms: far enough out to see a national plan whole. */
export const ZOOM_RANGE = { minZoom: 0.05, maxZoom: 2 } as const;

/**
 * Below this zoom a card's full text is unreadable: the tree draws simple
 * cards (code and name in large type), and a windowed tree draws all but the
 * selection on one canvas (overview/). Keep in step with MIN_READABLE_ZOOM in
 * TreeCanvas, the smallest zoom a tree opens at.
 */
export const DETAIL_ZOOM = 0.45;
