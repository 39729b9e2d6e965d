import type { Page } from "playwright-core";
import { stolenBetween, stolenMs } from "./hostSteal";
import type { LongTask } from "./probe";
import { max, median, percentile } from "./stats";

// What a person does on the canvas, paced like a person: drag the empty canvas,
// turn the mouse wheel, drag a box. Each is measured as a phase: the frame times
// (requestAnimationFrame deltas) and the long tasks while it runs.

export interface PhaseResult {
  /** "n/a" when the interaction is not possible (e.g. no draggable node yet). */
  readonly status: "ok" | "n/a";
  readonly frames: number;
  readonly medianMs: number | null;
  readonly p95Ms: number | null;
  /** Frames longer than SLOW_FRAME_MS: the p95 is over it once more than 5% of the frames are. */
  readonly slowFrames: number | null;
  readonly longestTaskMs: number;
  readonly longTasks: number;
  readonly durationMs: number;
  /** Boxes drawn in the DOM when the phase starts (with onlyRenderVisibleElements: those on screen). */
  readonly nodesDrawn: number;
  /** CPU time the virtual machine's host took away during the phase, all cores (hostSteal.ts); null off Linux. */
  readonly stolenMs: number | null;
  /**
   * Each long task: when it began (ms from the phase's start), how long it ran,
   * and the app's User Timing measures (src/perf/marks.ts) that ran inside it,
   * to tell a rare long task's cause from the results alone.
   */
  readonly longTaskDetails: readonly {
    readonly atMs: number;
    readonly ms: number;
    readonly measures: string[];
  }[];
}

/** A frame longer than this missed the display's refresh (16.7 ms at 60 Hz); it is also the p95 target at 10,000 boxes. */
export const SLOW_FRAME_MS = 20;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `action` while recording frames and long tasks in the page. `action` returns false when it could not act. */
export async function measurePhase(
  page: Page,
  action: () => Promise<boolean | undefined>,
): Promise<PhaseResult> {
  const { start, nodesDrawn } = await page.evaluate(() => {
    window.__bench.startFrames();
    return { start: performance.now(), nodesDrawn: document.querySelectorAll(".react-flow__node").length };
  });
  const stolenBefore = stolenMs();
  const acted = (await action()) !== false;
  // Let the last frames land and the long-task observer deliver its entries.
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
  await sleep(150);
  const { deltas, tasks, end } = await page.evaluate((from: number) => {
    const deltas = window.__bench.stopFrames();
    const end = performance.now();
    const measures = performance.getEntriesByType("measure");
    const tasks = window.__bench.longTasks
      .filter((t) => t.start + t.duration > from && t.start < end)
      .map((t) => ({
        ...t,
        measures: measures
          .filter((m) => m.startTime < t.start + t.duration && m.startTime + m.duration > t.start)
          .map((m) => `${m.name} ${m.duration.toFixed(1)} ms`),
      }));
    return { deltas, tasks, end };
  }, start);
  const stolen = stolenBetween(stolenBefore, stolenMs());
  const durations = tasks.map((t: LongTask) => t.duration);
  return {
    status: acted ? "ok" : "n/a",
    frames: deltas.length,
    medianMs: acted ? median(deltas) : null,
    p95Ms: acted ? percentile(deltas, 95) : null,
    slowFrames: acted ? deltas.filter((d: number) => d > SLOW_FRAME_MS).length : null,
    longestTaskMs: acted ? max(durations) : 0,
    longTasks: acted ? durations.length : 0,
    durationMs: end - start,
    nodesDrawn,
    stolenMs: stolen,
    longTaskDetails: acted
      ? tasks.map((t) => ({ atMs: Math.round(t.start - start), ms: t.duration, measures: t.measures }))
      : [],
  };
}

/**
 * Calls `step(fraction)` about every `intervalMs` for `durationMs`, on a wall
 * clock: when the page is slow, steps are skipped, not queued, so a phase never
 * takes much longer than asked.
 */
export async function paced(
  durationMs: number,
  intervalMs: number,
  step: (fraction: number) => Promise<void>,
): Promise<void> {
  const start = Date.now();
  for (;;) {
    const elapsed = Date.now() - start;
    if (elapsed >= durationMs) {
      await step(1);
      return;
    }
    await step(elapsed / durationMs);
    const late = (Date.now() - start) % intervalMs;
    await sleep(Math.max(1, intervalMs - late));
  }
}

/** 0 → 1 → 0 over the phase: out and back. */
const there = (fraction: number) => (fraction < 0.5 ? fraction * 2 : 2 - fraction * 2);

/**
 * A point of the empty canvas (the pane), as near the middle as possible. Found
 * before a phase starts: hit tests are slow on a page with thousands of SVG shapes.
 */
export async function findPanePoint(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate(() => {
    const flow = document.querySelector(".react-flow");
    if (!flow) return null;
    const r = flow.getBoundingClientRect();
    const points: { x: number; y: number; d: number }[] = [];
    for (let i = 1; i < 10; i++) {
      for (let j = 1; j < 6; j++) {
        const x = r.left + (r.width * i) / 10;
        const y = r.top + (r.height * j) / 6;
        points.push({ x, y, d: Math.hypot(x - (r.left + r.width / 2), y - (r.top + r.height / 2)) });
      }
    }
    points.sort((a, b) => a.d - b.d);
    for (const { x, y } of points) {
      if (document.elementFromPoint(x, y)?.classList.contains("react-flow__pane")) return { x, y };
    }
    return null;
  });
}

/** The pointer path of a pan, from a point of the empty canvas. */
export interface PanPlan {
  readonly x: number;
  readonly y: number;
}

export async function planPan(page: Page): Promise<PanPlan | null> {
  return findPanePoint(page);
}

/** Drag the empty canvas out and back (about `distance` px left and up). */
export async function pan(
  page: Page,
  plan: PanPlan | null,
  durationMs: number,
  distance = 600,
): Promise<boolean> {
  if (!plan) return false;
  await page.mouse.move(plan.x, plan.y);
  await page.mouse.down();
  await paced(durationMs, 16, async (f) => {
    await page.mouse.move(plan.x - distance * there(f), plan.y - distance * 0.4 * there(f));
  });
  await page.mouse.up();
  return true;
}

/**
 * Turn the wheel over the middle of the canvas: `notches` notches out (zooming
 * out) over `durationMs`, then as many back in. Paced on a wall clock: when the
 * page falls behind, the next event carries the notches it missed (as Chromium
 * coalesces wheel events), so the zoom always ends where it began.
 */
export async function zoom(page: Page, notches: number, durationMs: number): Promise<boolean> {
  const centre = await page.evaluate(() => {
    const flow = document.querySelector(".react-flow");
    if (!flow) return null;
    const r = flow.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  if (!centre) return false;
  await page.mouse.move(centre.x, centre.y);
  for (const direction of [1, -1]) {
    let sent = 0;
    await paced(durationMs, 60, async (f) => {
      const due = Math.round(notches * f) - sent;
      if (due <= 0) return;
      sent += due;
      await page.mouse.wheel(0, 100 * due * direction);
    });
  }
  return true;
}

/**
 * The grip of the first box wholly on screen that React Flow lets the user drag
 * (it gives such a node the class "draggable"): its top-left corner. Null when no
 * box can be dragged (an app without dragging). Found before the phase starts.
 */
export async function planDrag(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate(() => {
    const flow = document.querySelector(".react-flow");
    if (!flow) return null;
    const f = flow.getBoundingClientRect();
    for (const element of document.querySelectorAll(".react-flow__node.draggable")) {
      const r = element.getBoundingClientRect();
      if (
        r.width < 20 ||
        r.left < f.left ||
        r.top < f.top ||
        r.right > f.right - 260 ||
        r.bottom > f.bottom - 200
      )
        continue;
      const x = r.left + Math.min(40, r.width / 2);
      const y = r.top + Math.min(10, r.height / 2);
      if (document.elementFromPoint(x, y)?.closest(".react-flow__node") !== element) continue;
      return { x, y };
    }
    return null;
  });
}

/** Drag a box by `grip` out and back (about `distance` px right and down) and drop it where it was. */
export async function dragNode(
  page: Page,
  grip: { x: number; y: number } | null,
  durationMs: number,
  distance = 240,
): Promise<boolean> {
  if (!grip) return false;
  await page.mouse.move(grip.x, grip.y);
  await page.mouse.down();
  await paced(durationMs, 16, async (f) => {
    await page.mouse.move(grip.x + distance * there(f), grip.y + distance * 0.5 * there(f));
  });
  await page.mouse.up();
  return true;
}
