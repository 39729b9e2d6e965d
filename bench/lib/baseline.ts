import {
  heapAfterGc,
  launch,
  longTasksBetween,
  type ProfileSummary,
  stopProfile,
  Timeout,
  waitForEntry,
  withTimeout,
} from "./browser";
import { dragNode, measurePhase, type PhaseResult, pan, planDrag, planPan, zoom } from "./interact";
import type { Phases } from "./selaras";
import { max } from "./stats";

// The baseline page (bench/baseline/main.tsx) at one document size, and the
// domain functions timed in Chromium (bench/baseline/diagnose.ts). Every step is
// capped: a baseline that cannot draw 20,000 nodes in time is reported as
// "timeout", and the rest of its measurements are skipped.

export type Timed<T> = T | "timeout" | "skipped";

export interface BaselineResult {
  readonly size: number;
  readonly openMs: Timed<number>;
  readonly layoutMs: Timed<number>;
  readonly openLongestTaskMs?: number;
  readonly openLongTasks?: number;
  readonly nodesDrawn?: number;
  readonly heapAfterOpenBytes: Timed<number | null>;
  readonly pan: Timed<PhaseResult>;
  readonly zoom: Timed<PhaseResult>;
  readonly drag: Timed<PhaseResult>;
  readonly profiles?: Record<string, ProfileSummary>;
  readonly error?: string;
}

export function skippedBaseline(size: number): BaselineResult {
  return {
    size,
    openMs: "skipped",
    layoutMs: "skipped",
    heapAfterOpenBytes: "skipped",
    pan: "skipped",
    zoom: "skipped",
    drag: "skipped",
  };
}

export async function measureBaseline(
  baseUrl: string,
  size: number,
  phases: Phases,
  profileDir: string | null,
): Promise<BaselineResult> {
  const browser = await launch();
  const { page, context } = browser;
  const profiles: Record<string, ProfileSummary> = {};
  const cap = phases.stepTimeoutMs;
  const timedOut = (layoutMs: Timed<number> = "timeout"): BaselineResult => ({
    size,
    openMs: "timeout",
    layoutMs,
    heapAfterOpenBytes: "skipped",
    pan: "skipped",
    zoom: "skipped",
    drag: "skipped",
  });
  try {
    const cdp = profileDir ? await context.newCDPSession(page) : null;
    if (cdp) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
      await cdp.send("Profiler.start");
    }
    await page.goto(`${baseUrl}/index.html?n=${size}`, { waitUntil: "commit" });
    try {
      await waitForEntry(page, "baseline:painted", cap);
      if (cdp && profileDir) profiles.open = await stopProfile(cdp, profileDir, `baseline-open-${size}`);
    } catch {
      // dagre may have finished even if React Flow did not.
      const layout = await withTimeout(
        page.evaluate(() => performance.getEntriesByName("baseline:layout")[0]?.duration ?? null),
        5_000,
        "layout",
      ).catch(() => null);
      return timedOut(layout ?? "timeout");
    }
    const open = await withTimeout(
      page.evaluate(() => ({
        painted: performance.getEntriesByName("baseline:painted")[0]!.startTime,
        layout: performance.getEntriesByName("baseline:layout")[0]?.duration ?? null,
        drawn: document.querySelectorAll(".react-flow__node").length,
      })),
      cap,
      "open",
    );
    await page.waitForTimeout(300);
    const openTasks = await withTimeout(longTasksBetween(page, 0, open.painted), cap, "long tasks");
    const heap = await withTimeout(heapAfterGc(page), cap, "heap").catch(() => "timeout" as const);

    let stop = false;
    const phase = async (action: () => Promise<boolean>): Promise<Timed<PhaseResult>> => {
      if (stop) return "skipped";
      try {
        return await withTimeout(measurePhase(page, action), cap, "phase");
      } catch (error) {
        if (!(error instanceof Timeout)) throw error;
        stop = true; // the page is stuck: what follows would time out too
        return "timeout";
      }
    };
    const panPlan = await withTimeout(planPan(page), cap, "pane").catch(() => null);
    const panResult = await phase(() => pan(page, panPlan, phases.durationMs));
    await page.waitForTimeout(300);
    const zoomResult = await phase(() => zoom(page, phases.zoomTicks, phases.durationMs));
    await page.waitForTimeout(300);
    const grip = stop ? null : await withTimeout(planDrag(page), cap, "grip").catch(() => null);
    const dragResult = await phase(() => dragNode(page, grip, phases.durationMs));
    return {
      size,
      openMs: open.painted,
      layoutMs: open.layout ?? "timeout",
      openLongestTaskMs: max(openTasks),
      openLongTasks: openTasks.length,
      nodesDrawn: open.drawn,
      heapAfterOpenBytes: heap,
      pan: panResult,
      zoom: zoomResult,
      drag: dragResult,
      ...(profileDir ? { profiles } : {}),
    };
  } catch (error) {
    return { ...timedOut(), error: error instanceof Error ? error.message : String(error) };
  } finally {
    await browser.close();
  }
}

export interface DomainResult {
  readonly size: number;
  readonly loadMs: number | null;
  readonly firstDiagnoseMs: number | null;
  /** diagnose() after each edit of a series. */
  readonly diagnoseRunsMs: number[];
  readonly serializeMs: number | null;
  readonly findings: number;
  readonly error?: string;
}

/** loadDocument, diagnose (first, then after each of `runs` edits) and serializeDocument, in Chromium. */
export async function measureDomain(
  baseUrl: string,
  size: number,
  structureId: string,
  runs: number,
  capMs: number,
): Promise<DomainResult> {
  const browser = await launch();
  const { page } = browser;
  try {
    await page.goto(`${baseUrl}/diagnose.html?n=${size}&s=${encodeURIComponent(structureId)}&runs=${runs}`);
    await page.waitForFunction(() => window.__domainTimes !== undefined, null, {
      timeout: capMs,
      polling: 100,
    });
    const times = await page.evaluate(() => window.__domainTimes!);
    return {
      size,
      loadMs: times.loadMs,
      firstDiagnoseMs: times.firstDiagnoseMs,
      diagnoseRunsMs: times.diagnoseMs,
      serializeMs: times.serializeMs,
      findings: times.findings,
      ...(times.error ? { error: times.error } : {}),
    };
  } catch (error) {
    return {
      size,
      loadMs: null,
      firstDiagnoseMs: null,
      diagnoseRunsMs: [],
      serializeMs: null,
      findings: 0,
      error: error instanceof Error ? error.message : String(error),
    };
  } finally {
    await browser.close();
  }
}
