import { useStore as useFlowStore, useReactFlow } from "@xyflow/react";
import { useEffect, useRef } from "react";
import { boundsOf } from "../../layout/bounds";
import type { Box } from "./orgFlow";

// On first show: fit everything when the cards stay readable that way; else
// start at the top-left at the smallest readable zoom, where a reader starts
// anyway (a fitted 50-unit chart is a wall of unreadable stamps).

const MIN_READABLE_ZOOM = 0.6;
const FIT = { includeHiddenNodes: true, padding: 0.06, maxZoom: 1 } as const;

/**
 * `fitWidth`: the Alignment canvas shows the tree and the structure column side
 * by side, so it fits the width (down to `MIN_WIDTH_ZOOM`) and starts at the top.
 */
const MIN_WIDTH_ZOOM = 0.45;

export function InitialView({ boxes, fitWidth = false }: { boxes: Iterable<Box>; fitWidth?: boolean }) {
  const { fitView, setViewport } = useReactFlow();
  const width = useFlowStore((s) => s.width);
  const height = useFlowStore((s) => s.height);
  const done = useRef(false);
  useEffect(() => {
    if (done.current || width === 0 || height === 0) return;
    const bounds = boundsOf(boxes);
    if (!bounds) return;
    done.current = true;
    const { x: left, y: top } = bounds;
    const widthZoom = (width * 0.96) / bounds.width;
    const fitZoom = Math.min(widthZoom, (height * 0.94) / bounds.height);
    if (fitWidth && fitZoom < MIN_READABLE_ZOOM) {
      const zoom = Math.min(1, Math.max(MIN_WIDTH_ZOOM, widthZoom));
      void setViewport({ x: 16 - left * zoom, y: 16 - top * zoom, zoom });
      return;
    }
    if (fitZoom >= MIN_READABLE_ZOOM) {
      void fitView(FIT);
      return;
    }
    void setViewport({
      x: 24 - left * MIN_READABLE_ZOOM,
      y: 24 - top * MIN_READABLE_ZOOM,
      zoom: MIN_READABLE_ZOOM,
    });
  }, [boxes, fitView, setViewport, width, height, fitWidth]);
  return null;
}
