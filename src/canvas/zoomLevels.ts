import { createContext } from "react";

/** How far every canvas zooms: far enough out to see a national plan whole. */
export const ZOOM_RANGE = { minZoom: 0.05, maxZoom: 2 } as const;

/**
 * Below this zoom a card's full text is unreadable: the tree draws simple
 * cards (code and name in large type), and a tree of more than a hundred
 * boxes draws all but the selection on one canvas (overview/). Keep in step
 * with MIN_READABLE_ZOOM in TreeCanvas, the smallest zoom a tree opens at.
 */
export const DETAIL_ZOOM = 0.45;

/**
 * Whether the overview canvas draws this tree below DETAIL_ZOOM (a large tree,
 * once the overview's code is loaded). Then only selected cards stay out there
 * and turn simple; the others never do: zooming out past DETAIL_ZOOM they go,
 * hidden, in that same frame, and turning them simple first made that frame
 * re-render every card on screen just before unmounting it.
 */
export const OverviewTakesOver = createContext(false);
