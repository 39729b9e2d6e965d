/**
 * Gives a canvas as many pixels as the screen has for its CSS size (sharp on
 * high-density screens) and returns the device pixel ratio to draw with.
 * Resizing clears a canvas, so it is done only when the size changed.
 */
export function sizeCanvas(canvas: HTMLCanvasElement, width: number, height: number): number {
  const ratio = window.devicePixelRatio || 1;
  const pixelWidth = Math.round(width * ratio);
  const pixelHeight = Math.round(height * ratio);
  if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
  }
  return ratio;
}
