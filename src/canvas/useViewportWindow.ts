import { type ReactFlowState, useStoreApi } from "@xyflow/react";
import { useEffect, useRef, useState } from "react";
import { needsNewWindow, type Rect, viewRect, windowAround } from "./viewportWindow";

/**
 * The window of the flow to hand React Flow (see viewportWindow.ts), cut again
 * only when the view nears its edge: a pan re-renders the canvas a few times a
 * screen, not every frame. Null while off (`enabled` false) or before the
 * canvas has a size.
 */
export function useViewportWindow(enabled: boolean): Rect | null {
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
      if (s.width === 0 || s.height === 0) return;
      const view = viewRect(s.transform, s.width, s.height);
      if (!needsNewWindow(current.current, view)) return;
      current.current = windowAround(view);
      setArea(current.current);
    };
    follow(flowStore.getState());
    return flowStore.subscribe(follow);
  }, [enabled, flowStore]);
  return enabled ? area : null;
}
