// What the benchmark installs in every page before any of the page's own scripts
// run (context.addInitScript): a long-task observer and a requestAnimationFrame
// recorder. Keep installProbe self-contained: Playwright sends its source text to
// the browser, so it may not use anything from outside its own body.

export interface LongTask {
  readonly start: number;
  readonly duration: number;
}

export interface BenchProbe {
  readonly longTasks: LongTask[];
  /** Start recording the time between consecutive animation frames. */
  startFrames(): void;
  /** Stop recording and return the frame-to-frame times (ms). */
  stopFrames(): number[];
}

declare global {
  interface Window {
    __bench: BenchProbe;
    /** Present when Chromium runs with --js-flags=--expose-gc. */
    gc?: () => void;
  }
  interface Performance {
    /** Chromium only. */
    readonly memory?: { readonly usedJSHeapSize: number };
  }
}

export function installProbe(): void {
  const longTasks: { start: number; duration: number }[] = [];
  let deltas: number[] = [];
  let generation = 0;
  window.__bench = {
    longTasks,
    startFrames() {
      const mine = ++generation;
      deltas = [];
      let last = -1;
      const loop = (time: number) => {
        if (mine !== generation) return;
        if (last >= 0) deltas.push(time - last);
        last = time;
        requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    },
    stopFrames() {
      generation++;
      return deltas;
    },
  };
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // No Long Tasks API: long tasks are reported as none.
  }
}
