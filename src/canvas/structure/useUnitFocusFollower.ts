import { useReactFlow } from "@xyflow/react";
import { useEffect, useRef } from "react";
import type { Id } from "../../domain/types";
import type { Box } from "./orgFlow";
import { useUnitFocus } from "./unitFocus";

/**
 * Centres the canvas on a unit when one is asked for. When the unit is not drawn
 * (a collapsed ancestor), `reveal` is called to open the way, and the request is
 * honoured once the next layout draws it.
 */
export function useUnitFocusFollower(
  boxes: ReadonlyMap<Id, Box>,
  reveal: (unitId: Id) => void,
  offset: { x: number; y: number } = { x: 0, y: 0 },
): void {
  const request = useUnitFocus();
  const { setCenter, getZoom } = useReactFlow();
  const handled = useRef(0);
  useEffect(() => {
    if (!request || request.seq === handled.current) return;
    const box = boxes.get(request.id);
    if (!box) {
      reveal(request.id);
      return;
    }
    handled.current = request.seq;
    void setCenter(offset.x + box.x + box.width / 2, offset.y + box.y + box.height / 2, {
      zoom: Math.max(getZoom(), 0.8),
      duration: 300,
    });
  }, [request, boxes, reveal, setCenter, getZoom, offset.x, offset.y]);
}
