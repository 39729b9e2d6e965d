// How large a PNG the browser can draw. Chromium refuses a canvas wider or
// taller than 32,767 px or larger than 268,435,456 px in all; toBlob then
// gives nothing, or the tab runs out of memory first. These limits stay well
// inside both (a 134-megapixel canvas is already 512 MB of pixels).

export const CANVAS_LIMITS = { side: 32_000, area: 134_217_728 } as const;

export interface FittedScale {
  readonly scale: number;
  /** Whether the scale is below the one asked for. */
  readonly reduced: boolean;
  readonly width: number;
  readonly height: number;
}

/** The largest scale up to `requested` at which a width × height image fits the canvas limits. */
export function fitScale(
  width: number,
  height: number,
  requested: number,
  limits: { side: number; area: number } = CANVAS_LIMITS,
): FittedScale {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  let scale = Math.min(requested, limits.side / w, limits.side / h, Math.sqrt(limits.area / (w * h)));
  // Two decimals, rounded down, and never a canvas size over a limit after rounding up.
  scale = Math.floor(scale * 100) / 100;
  while (
    scale > 0.01 &&
    (Math.ceil(w * scale) > limits.side ||
      Math.ceil(h * scale) > limits.side ||
      Math.ceil(w * scale) * Math.ceil(h * scale) > limits.area)
  )
    scale = Math.round((scale - 0.01) * 100) / 100;
  scale = Math.max(0.01, scale);
  return { scale, reduced: scale < requested, width: Math.ceil(w * scale), height: Math.ceil(h * scale) };
}
