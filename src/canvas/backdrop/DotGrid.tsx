import { useStoreApi } from "@xyflow/react";
import { useEffect, useRef } from "react";
import { dotGridPlacement, GRID } from "./dotGrid";
import { sizeCanvas } from "./sizeCanvas";

/**
 * The canvas's dotted background, drawn on a <canvas> that follows React
 * Flow's pan and zoom. It is redrawn in the same store update that moves the
 * picture, so dots and boxes never drift apart by a frame.
 */
export function DotGrid() {
  const flowStore = useStoreApi();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext("2d");
    if (!canvas || !context) return;
    let drawn = "";
    const draw = () => {
      const { transform, width, height } = flowStore.getState();
      const key = `${transform.join()},${width},${height},${window.devicePixelRatio}`;
      if (key === drawn) return;
      drawn = key;
      const ratio = sizeCanvas(canvas, width, height);
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.clearRect(0, 0, canvas.width, canvas.height);
      const placement = dotGridPlacement(transform);
      if (!placement) return;
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.fillStyle = GRID.colour;
      context.beginPath();
      for (let y = placement.originY; y < height; y += placement.step) {
        for (let x = placement.originX; x < width; x += placement.step) {
          context.rect(x, y, placement.dot, placement.dot);
        }
      }
      context.fill();
    };
    draw();
    return flowStore.subscribe(draw);
  }, [flowStore]);
  return <canvas ref={canvasRef} className="dot-grid" />;
}
