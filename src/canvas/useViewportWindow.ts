import { type ReactFlowState, useStoreApi } from "@xyflow/react";
import { useEffect, useRef, useState } from "react";
import { needsNewWindow, type Rect, viewRect, windowAround } from "./viewportWindow";

/**
 * The window of the flow to hand React Flow (see viewportWindow.ts), cut again
 * only when the view nears its edge: a pan re-renders the canvas a few times a
 * screen, not every frame. Null while off (`enabled` false) or before the
 * canvas has a size. Below `fromZoom` no window is cut (the overview canvas
 * draws the tree there): a window cut far out would hold thousands of boxes,
 * all handed to React Flow at once on zooming back in.
 */
export function useViewportWindow(enabled: boolean, fromZoom = 0): Rect | null {
  const flowStore = useStoreApi();
  const [area, setArea] = useState<Rect | null>(null);
  const current = useRef<Rect | null>(null);
  useEffect(() => {
    current.current = null;
    if (!enabled) {
      setArea(null);
      return;
    }
    const follow = (s: ReactFlowState) => {
      if (s.width === 0 || s.height === 0 || s.transform[2] < fromZoom) return;
      const view = viewRect(s.transform, s.width, s.height);
      if (!needsNewWindow(current.current, view)) return;
      current.current = windowAround(view);
      setArea(current.current);
    };
    follow(flowStore.getState());
    return flowStore.subscribe(follow);
  }, [enabled, fromZoom, flowStore]);
  return enabled ? area : null;
}
