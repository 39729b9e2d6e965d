import { useStoreApi } from "@xyflow/react";
import { useEffect, useRef } from "react";
import { ZOOM_RANGE } from "../zoomLevels";
import { dotGridPlacement, GRID } from "./dotGrid";
import { sizeCanvas } from "./sizeCanvas";

/**
 * The canvas's dotted background. The dots repeat every step, so the canvas
 * is drawn one step larger than the view and only moved (a CSS transform on
 * its own compositor layer) while panning: a pan costs no drawing, no upload
 * of the canvas, and no raster. It is redrawn only when the zoom or the size
 * changes, in the same store update that moves the picture.
 */
export function DotGrid() {
  const flowStore = useStoreApi();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext("2d");
    if (!canvas || !context) return;
    let drawn = "";
    let moved = "";
    const follow = () => {
      const { transform, width, height } = flowStore.getState();
      const placement = dotGridPlacement(transform);
      const key = placement
        ? `${placement.step},${placement.dot},${width},${height},${window.devicePixelRatio}`
        : "none";
      if (key !== drawn) {
        drawn = key;
        const step = placement?.step ?? 0;
        // One step larger than the view at the largest zoom: a zoom redraws, it never resizes.
        const margin = GRID.gap * ZOOM_RANGE.maxZoom;
        canvas.style.width = `${width + margin}px`;
        canvas.style.height = `${height + margin}px`;
        const ratio = sizeCanvas(canvas, width + margin, height + margin);
        context.setTransform(1, 0, 0, 1, 0, 0);
        context.clearRect(0, 0, canvas.width, canvas.height);
        if (placement) {
          // Dots at every step from the corner; the transform below slides them into place.
          context.setTransform(ratio, 0, 0, ratio, 0, 0);
          context.fillStyle = GRID.colour;
          context.beginPath();
          for (let y = 0; y < height + step; y += step) {
            for (let x = 0; x < width + step; x += step) context.rect(x, y, placement.dot, placement.dot);
          }
          context.fill();
        }
      }
      const shift = placement
        ? `translate(${placement.originX - placement.step}px, ${placement.originY - placement.step}px)`
        : "none";
      if (shift !== moved) {
        moved = shift;
        canvas.style.transform = shift;
      }
    };
    follow();
    return flowStore.subscribe(follow);
  }, [flowStore]);
  return <canvas ref={canvasRef} className="dot-grid" />;
}
