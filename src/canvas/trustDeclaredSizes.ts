import { type InternalNode, type Node, type ReactFlowState, useStoreApi } from "@xyflow/react";
import { useState } from "react";

// React Flow watches every card it mounts with a ResizeObserver, whose first
// report comes right after the mount and always asks to measure again: the card
// and each of its handles (a layout read each), then a store update that makes
// every mounted card and line check the store again, and redraws the lines with
// positions off from the declared ones by rounding. Our cards declare their
// size and handles (treeFlow.ts, handles.ts), and the card's element is styled
// to exactly that size, so this measuring learns nothing: at 10,000 boxes it
// was 15-20 ms of each frame in which a zoom or pan mounts cards. A report
// that finds a card at its declared size is passed over; anything else (a
// card without declared handles, one of another size, a hidden one, or a fit
// of the view waiting for a measurement) goes to React Flow as before.

/**
 * Whether React Flow would learn nothing by measuring `node` now: it declares
 * its handles, they are known, and its element is as large as declared.
 */
export function measuringLearnsNothing(
  node: InternalNode<Node> | undefined,
  element: { readonly offsetWidth: number; readonly offsetHeight: number },
): boolean {
  if (!node || node.hidden || !node.handles || !node.internals.handleBounds) return false;
  const { width, height } = node.measured;
  return (
    width !== undefined &&
    height !== undefined &&
    element.offsetWidth === Math.round(width) &&
    element.offsetHeight === Math.round(height)
  );
}

/** The wrapped functions this module made. */
const trusted = new WeakSet<ReactFlowState["updateNodeInternals"]>();

/**
 * Has this React Flow store skip the measurements that learn nothing. Call it
 * in the component that renders <ReactFlow>, inside its provider: React Flow's
 * node renderer keeps the store's function from its first render.
 */
export function useTrustDeclaredSizes(): void {
  const store = useStoreApi();
  useState(() => {
    const measure = store.getState().updateNodeInternals;
    // Once per store: a second render's initialiser (React's strict mode) wraps nothing again.
    if (trusted.has(measure)) return null;
    const trusting: ReactFlowState["updateNodeInternals"] = (updates, params) => {
      const { nodeLookup, fitViewQueued } = store.getState();
      if (!fitViewQueued) {
        for (const [id, update] of updates) {
          if (measuringLearnsNothing(nodeLookup.get(id), update.nodeElement)) updates.delete(id);
        }
      }
      if (updates.size > 0) measure(updates, params);
    };
    trusted.add(trusting);
    store.setState({ updateNodeInternals: trusting });
    return null;
  });
}
