// A leaf module that imports nothing, so every layer may use it.
// User Timing marks that the benchmark (npm run bench) reads from the page.
// They cost next to nothing and carry no document content.

export const PERF = {
  /** The first time the tree is on screen after start-up. */
  treePainted: "selaras:tree-painted",
  /** Deriving the canvas (automatic layout + React Flow nodes) from the document. */
  layout: "selaras:layout",
  /** Writing the open document to IndexedDB. */
  save: "selaras:save",
  /** Every card of the open document sized ahead, in idle time (canvas/useCardSizesAhead.ts). */
  sizesAhead: "selaras:sizes-ahead",
  /** Building the SVG text of the whole view in front (Export SVG, Export PNG, Print). */
  exportSvg: "selaras:export-svg",
} as const;

export function measureSync<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(name, { start, end: performance.now() });
  }
}

export async function measureAsync<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    performance.measure(name, { start, end: performance.now() });
  }
}
