import type { Id } from "../domain/types";

// React Flow mounts a card for every box it holds that is on screen (with
// onlyRenderVisibleElements). Zooming back in past the zoom where the overview
// canvas gives the tree back to the cards, the screen holds dozens of boxes,
// and mounting all their full cards in one frame (text, handles, badges) was a
// task of 85-130 ms at 10,000 boxes. So boxes on screen are handed to React
// Flow a few per frame, while the overview canvas still draws the ones React
// Flow does not hold yet. Boxes off screen cost React Flow little each (no card,
// but its lookups, and the lines between them), and go first, a few hundred per
// frame: zooming back into a tree of 1,000 boxes, which is not windowed, handed
// them all over in one task of 38 ms (58-91 ms on a slower day). Boxes leaving
// go at once, except those on screen: React Flow would first run each one's
// card selector on a box it no longer has (which throws, and is caught, three
// times per card: 20-30 ms for a screenful), so they stay one frame hidden,
// which unmounts their cards, and go the next.

/** Boxes on screen handed over per frame. */
export const HANDOVER_PER_FRAME = 6;
/** Boxes off screen handed over per frame. */
export const OFF_SCREEN_PER_FRAME = 250;

export interface Handover<N> {
  /** What React Flow holds this frame, shown. */
  readonly nodes: N[];
  /** Boxes leaving from the screen: held this frame hidden, gone the next. */
  readonly hidden: N[];
  /** Whether the target is reached (nothing hidden): otherwise step again next frame. */
  readonly done: boolean;
}

/**
 * One frame's step from what React Flow holds (`held`) toward `target`: every
 * box already held, at most `limit.offScreen` more boxes off screen, and, once
 * none off screen is left to hand over, at most `limit.onScreen` more on screen.
 * Boxes are the target's objects (an edit may have replaced them), in the
 * target's order. Held boxes not in the target and on screen come back in
 * `hidden`; call again with `nodes` alone as held, and they are gone.
 */
export function handOver<N extends { readonly id: Id }>(
  target: readonly N[],
  held: readonly N[],
  onScreen: (id: Id) => boolean,
  limit: { readonly onScreen: number; readonly offScreen: number } = {
    onScreen: HANDOVER_PER_FRAME,
    offScreen: OFF_SCREEN_PER_FRAME,
  },
): Handover<N> {
  const heldIds = new Set(held.map((node) => node.id));
  const targetIds = new Set(target.map((node) => node.id));
  const hidden = held.filter((node) => !targetIds.has(node.id) && onScreen(node.id));
  const nodes: N[] = [];
  let done = true;
  // A frame that gives React Flow new boxes off screen gives it none on screen:
  // on zooming back in, the first frames are then the overview's alone.
  const newOffScreen = target.some((node) => !heldIds.has(node.id) && !onScreen(node.id));
  let addsOn = newOffScreen ? 0 : limit.onScreen;
  let addsOff = limit.offScreen;
  for (const node of target) {
    if (heldIds.has(node.id)) nodes.push(node);
    else if (!onScreen(node.id) ? addsOff-- > 0 : addsOn-- > 0) nodes.push(node);
    else done = false;
  }
  return { nodes, hidden, done: done && hidden.length === 0 };
}
