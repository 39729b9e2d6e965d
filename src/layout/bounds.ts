// The rectangle around a set of boxes: what the canvas fits its view to and what
// an exported image frames.

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The bounding rectangle of `boxes`; null when there are none. */
export function boundsOf(boxes: Iterable<Rect>): Rect | null {
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const box of boxes) {
    left = Math.min(left, box.x);
    right = Math.max(right, box.x + box.width);
    top = Math.min(top, box.y);
    bottom = Math.max(bottom, box.y + box.height);
  }
  if (left > right) return null;
  return { x: left, y: top, width: right - left, height: bottom - top };
}
