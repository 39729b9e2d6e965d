import type React from "react";

// A press on the empty canvas starts a pan. Without pointer capture, Chromium
// hit-tests the moves of that pan against the cards and lines drawn, only to
// learn that the pan's own handlers want them. Captured by the pane, the moves
// go straight to it: in a traced pan across a 10,000-box tree, hit testing
// went from 101-111 ms to 36-38 ms (150 hit tests to 62). It also keeps a pan
// dragged over the side panel from lighting up the panel on the way.

/** The pointer each pane captured for its press, to be given back early (releasePanPress). */
const captured = new WeakMap<Element, number>();

/** On a canvas's pointerdown: a press of the button that pans, on the empty pane, is captured by the pane. */
export function capturePanPress(event: React.PointerEvent): void {
  const pane = event.target;
  if (!(pane instanceof Element) || !pane.classList.contains("react-flow__pane")) return;
  // Touch is captured by the browser already; the middle button pans as the left does.
  if (event.pointerType === "touch" || (event.button !== 0 && event.button !== 1)) return;
  try {
    pane.setPointerCapture(event.pointerId);
  } catch {
    // A pointer the browser does not know as pressed (a pointerdown made by a
    // script): there is nothing to capture, and the pan works as before.
    return;
  }
  captured.set(pane, event.pointerId);
}

/**
 * For a press that turns out not to be a pan (the overview picks up the box
 * drawn under it, and hands the press to its card): the moves go where the
 * pointer is again, so the card dragged shows its own cursor.
 */
export function releasePanPress(pane: Element): void {
  const id = captured.get(pane);
  if (id !== undefined && pane.hasPointerCapture(id)) pane.releasePointerCapture(id);
}
