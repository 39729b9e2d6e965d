import type { XYPosition } from "@xyflow/react";
import type React from "react";
import type { Id } from "../../domain/types";
import type { AppStore } from "../../store/appStore";
import { releasePanPress } from "../panCapture";
import type { TreeFlow } from "../treeFlow";
import { boxAt, boxesWithin, spatialIndex } from "../viewportWindow";

// The pointer on the overview (a tree of more than 100 boxes zoomed far out, drawn on a canvas):
// loaded with it, not with the app.

/** A press that picked up a box, until its click. */
export interface OverviewPress {
  readonly id: Id;
  readonly wasSelected: boolean;
}

export interface OverviewPointerInput {
  /** The tree while the overview draws it; null otherwise (then nothing is hit). */
  readonly flow: TreeFlow | null;
  readonly store: AppStore;
  readonly screenToFlowPosition: (point: XYPosition) => XYPosition;
  readonly contextMenu: (id: Id, x: number, y: number) => void;
  /** The box the last press picked up, until its click: the press already selected it. */
  readonly pressed: { current: OverviewPress | null };
}

export interface OverviewPointer {
  readonly pressCapture: (event: React.MouseEvent) => void;
  /** React Flow's onSelectionEnd: the end of a Shift+drag rectangle. */
  readonly selectionEnd: (event: React.MouseEvent) => void;
  readonly clickCapture: (event: React.MouseEvent) => void;
  readonly contextMenu: (event: MouseEvent | React.MouseEvent) => void;
  readonly move: (event: React.MouseEvent) => void;
}

/**
 * Pointing at the overview's boxes (they are pixels on a canvas, under the
 * pane): a click selects the box under the pointer (Shift adds it to the
 * selection), a right click opens its menu, and the pointer shows a hand over
 * a box. Pressing on a box picks it up as on a card: the press is kept from
 * panning, the box is selected (so React Flow holds it as a card), and once
 * that card is on the page it is given the press, so the drag goes on from
 * there with React Flow's own dragging, drop targets and all. A Shift+drag
 * from between boxes selects the boxes wholly inside its rectangle, as it
 * does on cards: React Flow draws the rectangle, but holds only the selection.
 */
export function overviewPointer({
  flow,
  store,
  screenToFlowPosition,
  contextMenu,
  pressed,
}: OverviewPointerInput): OverviewPointer {
  // Where the last press on the pane was, in flow coordinates: a rectangle's corner.
  let pressedAt: XYPosition | null = null;
  const flowPoint = (event: { clientX: number; clientY: number }): XYPosition =>
    screenToFlowPosition({ x: event.clientX, y: event.clientY });
  const boxUnder = (point: XYPosition): Id | null => {
    if (!flow) return null;
    const i = boxAt(spatialIndex(flow, flow.boxes), point.x, point.y);
    return i < 0 ? null : flow.nodes[i]!.id;
  };
  const hit = (event: { clientX: number; clientY: number }): Id | null =>
    flow ? boxUnder(flowPoint(event)) : null;
  return {
    pressCapture(event: React.MouseEvent) {
      // The press handed to the card is the same press: it keeps the box it picked
      // up, so that its click (on the pane, where the press began) is not taken for
      // a click on nothing. A person's click lasts long enough for the handover.
      if (handedOver.has(event.nativeEvent)) return;
      pressed.current = null;
      pressedAt = null;
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.altKey) return;
      // Only a press on the empty pane is on a drawn box; cards handle their own.
      if (!flow || !(event.target instanceof Element) || !event.target.classList.contains("react-flow__pane"))
        return;
      pressedAt = flowPoint(event);
      const id = boxUnder(pressedAt);
      if (id === null) return;
      event.stopPropagation();
      event.preventDefault();
      releasePanPress(event.target);
      const state = store.getState();
      const wasSelected = state.selectedIds.has(id);
      if (!wasSelected) {
        if (event.shiftKey) state.toggleSelected(id);
        else state.selectNodes([id]);
      }
      pressed.current = { id, wasSelected };
      handOverPress(id, event.clientX, event.clientY);
    },
    /**
     * The click that ends a press on a box (a drag's click never comes): the
     * press selected it, so the pane must not take the click for a click on
     * nothing, which clears the selection. Shift+click on a selected box
     * takes it out of the selection.
     */
    clickCapture(event: React.MouseEvent) {
      const press = pressed.current;
      pressed.current = null;
      if (!press) return;
      event.stopPropagation();
      if (event.shiftKey && press.wasSelected) store.getState().toggleSelected(press.id);
      else if (!event.shiftKey) store.getState().selectNodes([press.id]);
    },
    selectionEnd(event: React.MouseEvent) {
      if (!flow || !pressedAt) return;
      const to = flowPoint(event);
      const area = {
        x: Math.min(pressedAt.x, to.x),
        y: Math.min(pressedAt.y, to.y),
        width: Math.abs(to.x - pressedAt.x),
        height: Math.abs(to.y - pressedAt.y),
      };
      const inside = boxesWithin(spatialIndex(flow, flow.boxes), area);
      store.getState().selectNodes(inside.map((i) => flow.nodes[i]!.id));
    },
    contextMenu(event: MouseEvent | React.MouseEvent) {
      const id = hit(event);
      if (id === null) return;
      event.preventDefault();
      if (!store.getState().selectedIds.has(id)) store.getState().selectNodes([id]);
      contextMenu(id, event.clientX, event.clientY);
    },
    move(event: React.MouseEvent) {
      const pane = event.currentTarget as HTMLElement;
      pane.classList.toggle("is-over-box", hit(event) !== null);
    },
  };
}

/** The presses handOverPress gives to cards. */
const handedOver = new WeakSet<Event>();

/**
 * Gives a press that began on the overview to the card React Flow draws for
 * box `id` once it is on the page (a frame or two after it was selected). A
 * press already let go by then was a click, and is not given.
 */
function handOverPress(id: Id, clientX: number, clientY: number): void {
  let released = false;
  const release = () => {
    released = true;
  };
  window.addEventListener("mouseup", release, { capture: true, once: true });
  let frames = 0;
  const give = () => {
    if (released) return;
    const card = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
    if (!card) {
      if (++frames < 30) requestAnimationFrame(give);
      else window.removeEventListener("mouseup", release, { capture: true });
      return;
    }
    window.removeEventListener("mouseup", release, { capture: true });
    const press = new MouseEvent("mousedown", {
      bubbles: true,
      cancelable: true,
      clientX,
      clientY,
      button: 0,
      view: window,
    });
    handedOver.add(press);
    card.dispatchEvent(press);
  };
  requestAnimationFrame(give);
}
