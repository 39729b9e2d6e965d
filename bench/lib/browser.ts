import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, type CDPSession, chromium, type Page } from "playwright-core";
// @ts-expect-error: a plain .mjs helper shared with playwright.config.ts, without type declarations
import { CHROMIUM_ARGS, findChromium } from "../../scripts/chromium-path.mjs";
import { sleep } from "./interact";
import { installProbe } from "./probe";

// A fresh Chromium for each measurement: a new user-data dir (so an empty
// IndexedDB and no warm caches), the probe installed before any page script,
// and gc() exposed so that heap figures are taken after a full collection.

export const VIEWPORT = { width: 1440, height: 900 } as const;

export function chromiumPath(): string {
  const path = (findChromium as () => string | undefined)();
  if (!path) {
    throw new Error(
      "No Chromium found: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.",
    );
  }
  return path;
}

export interface Browser {
  readonly context: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

export async function launch(): Promise<Browser> {
  const dir = mkdtempSync(join(tmpdir(), "selaras-bench-"));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [...(CHROMIUM_ARGS as string[]), "--js-flags=--expose-gc", "--enable-precise-memory-info"],
    viewport: VIEWPORT,
    // The app's service worker would download and cache the whole app in the
    // background while frames are being measured.
    serviceWorkers: "block",
    acceptDownloads: true,
  });
  await context.addInitScript(installProbe);
  const page = context.pages()[0] ?? (await context.newPage());
  const close = async () => {
    await Promise.race([context.close().catch(() => undefined), sleep(15_000)]);
    rmSync(dir, { recursive: true, force: true });
  };
  return { context, page, close };
}

export class Timeout extends Error {
  constructor(label: string, ms: number) {
    super(`${label}: no result within ${Math.round(ms / 1000)} s`);
  }
}

/** The work's result, or a Timeout thrown after `ms` (the work itself is left to the caller to abandon). */
export async function withTimeout<T>(work: Promise<T>, ms: number, label: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout(label, ms)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function waitForEntry(page: Page, name: string, timeoutMs: number, count = 1): Promise<void> {
  await page.waitForFunction(
    ({ name, count }) => performance.getEntriesByName(name).length >= count,
    { name, count },
    { timeout: timeoutMs, polling: 50 },
  );
}

/** Resolves after the next frame has been painted. */
export async function nextPaint(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)),
      ),
  );
}

/** Used JS heap (bytes) after a forced full GC. */
export async function heapAfterGc(page: Page): Promise<number | null> {
  const fromPage = await page.evaluate(async () => {
    if (!window.gc) return null;
    window.gc();
    await new Promise((resolve) => setTimeout(resolve, 50));
    window.gc();
    return performance.memory?.usedJSHeapSize ?? null;
  });
  if (fromPage !== null) return fromPage;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const usage = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  return usage.usedSize;
}

export async function longTasksBetween(page: Page, from: number, to: number): Promise<number[]> {
  return page.evaluate(
    ({ from, to }) =>
      window.__bench.longTasks
        .filter((t) => t.start + t.duration > from && t.start < to)
        .map((t) => t.duration),
    { from, to },
  );
}

// ---------------------------------------------------------------------------
// CPU profiles (--profile): where the main thread's time goes.

export interface ProfileSummary {
  readonly totalMs: number;
  /** Functions by self time, heaviest first. */
  readonly top: { readonly fn: string; readonly where: string; readonly selfMs: number }[];
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

export function summariseProfile(profile: CpuProfile, limit = 15): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, { fn: string; where: string; selfMs: number }>();
  let total = 0;
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const ms = (deltas[i] ?? 0) / 1000;
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === "(idle)") return;
    total += ms;
    const file = frame.url.split("/").pop() ?? "";
    const where = file ? `${file}:${frame.lineNumber + 1}` : "";
    const key = `${frame.functionName}@${where}`;
    const entry = self.get(key) ?? { fn: frame.functionName || "(anonymous)", where, selfMs: 0 };
    entry.selfMs += ms;
    self.set(key, entry);
  });
  const top = [...self.values()]
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, limit)
    .map((e) => ({ ...e, selfMs: Math.round(e.selfMs * 10) / 10 }));
  return { totalMs: Math.round(total), top };
}

/** Stops the CPU profiler, saves the profile (open it in Chrome DevTools) and summarises it. */
export async function stopProfile(cdp: CDPSession, dir: string, name: string): Promise<ProfileSummary> {
  const { profile } = await cdp.send("Profiler.stop");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
  return summariseProfile(profile);
}

// ---------------------------------------------------------------------------
// Chromium traces (--trace): which thread the time goes to. A frame can be late
// without any long task when the raster threads, not the main thread, are busy.

export interface TraceSummary {
  /** Top-level tasks of the page's main thread. */
  readonly mainThreadMs: number;
  /** Rasterisation (software raster here: --disable-gpu) on the raster worker threads. */
  readonly rasterMs: number;
  /** The compositor thread's tasks. */
  readonly compositorMs: number;
}

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

const TRACE_CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "toplevel",
  "cc",
  "viz",
  "benchmark",
  "input",
  "blink.user_timing",
].join(",");

export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const collect = (event: { value: object[] }) => {
    events.push(...(event.value as TraceEvent[]));
  };
  cdp.on("Tracing.dataCollected", collect);
  await cdp.send("Tracing.start", { categories: TRACE_CATEGORIES, transferMode: "ReportEvents" });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once("Tracing.tracingComplete", () => resolve()));
    await cdp.send("Tracing.end");
    await complete;
    cdp.off("Tracing.dataCollected", collect);
    return events;
  };
}

export function summariseTrace(events: readonly TraceEvent[]): TraceSummary {
  const threads = new Map<string, string>();
  for (const e of events) {
    if (e.ph === "M" && e.name === "thread_name" && e.args?.name)
      threads.set(`${e.pid}:${e.tid}`, e.args.name);
  }
  let main = 0;
  let raster = 0;
  let compositor = 0;
  for (const e of events) {
    if (e.ph !== "X" || !e.dur) continue;
    const thread = threads.get(`${e.pid}:${e.tid}`) ?? "";
    const ms = e.dur / 1000;
    if (thread === "CrRendererMain" && e.name === "ThreadControllerImpl::RunTask") main += ms;
    else if (e.name === "RasterTask") raster += ms;
    else if (thread === "Compositor" && e.name === "ThreadControllerImpl::RunTask") compositor += ms;
  }
  return {
    mainThreadMs: Math.round(main),
    rasterMs: Math.round(raster),
    compositorMs: Math.round(compositor),
  };
}

/** Stops a trace, saves it (open it in Perfetto or chrome://tracing) and summarises it. */
export async function saveTrace(
  stop: () => Promise<TraceEvent[]>,
  dir: string,
  name: string,
): Promise<TraceSummary> {
  const events = await stop();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), JSON.stringify({ traceEvents: events }));
  return summariseTrace(events);
}
