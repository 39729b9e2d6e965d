// The background dots of every canvas, as geometry: where the grid's dots fall
// on screen for a pan and zoom. Drawn on one <canvas> (DotGrid.tsx) instead of
// React Flow's SVG pattern, which the browser re-rasterised over the whole
// canvas on every frame of a pan: about a third of all raster work (measured
// with `npm run bench -- --trace`).

/** The grid: a dot every `gap` flow units, `size` flow units across. */
export const GRID = { gap: 24, size: 1, colour: "#d6dce4" } as const;

/** Below this spacing on screen (px) the dots are left out: they would only grey the canvas. */
export const MIN_SCREEN_GAP = 8;

export interface DotGridPlacement {
  /** Spacing between dots on screen, in CSS pixels. */
  readonly step: number;
  /** Screen position of the first dot on the canvas, from its left and top edges (a dot's corner). */
  readonly originX: number;
  readonly originY: number;
  /** The side of a dot on screen, in CSS pixels (never under one pixel). */
  readonly dot: number;
}

/** Where the dots fall for `transform` ([x, y, zoom], React Flow's), or null when too dense to draw. */
export function dotGridPlacement(transform: readonly [number, number, number]): DotGridPlacement | null {
  const [x, y, zoom] = transform;
  const step = GRID.gap * zoom;
  if (!(step >= MIN_SCREEN_GAP)) return null;
  const dot = Math.max(1, GRID.size * zoom);
  // A dot sits on every multiple of the gap in flow units, centred there.
  return { step, originX: mod(x, step) - dot / 2, originY: mod(y, step) - dot / 2, dot };
}

function mod(value: number, by: number): number {
  return ((value % by) + by) % by;
}
