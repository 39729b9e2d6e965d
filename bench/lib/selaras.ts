import type { Page } from "playwright-core";
import {
  heapAfterGc,
  launch,
  longTasksBetween,
  nextPaint,
  type ProfileSummary,
  saveTrace,
  startTrace,
  stopProfile,
  Timeout,
  type TraceSummary,
  waitForEntry,
  withTimeout,
} from "./browser";
import { type EditResult, measureEdits } from "./edit";
import { dragNode, measurePhase, type PhaseResult, pan, planDrag, planPan, zoom } from "./interact";
import { max } from "./stats";
import { measureSvgExport, type SvgExportResult } from "./svgExport";

// The app (production build) at one document size: open from IndexedDB, the
// automatic layout, Expand all, then pan, zoom and drag over the whole tree.

// The app's User Timing names (src/perf/marks.ts) and stored setting (src/app/commands.ts).
const TREE_PAINTED = "selaras:tree-painted";
const LAYOUT = "selaras:layout";
const SAVE = "selaras:save";
const SIZES_AHEAD = "selaras:sizes-ahead";
const LAST_OPEN_KEY = "lastOpenDocumentId";

export interface Phases {
  readonly durationMs: number;
  readonly zoomTicks: number;
  readonly stepTimeoutMs: number;
}

export interface OpenBreakdown {
  /** Navigation start → the app's scripts loaded (responseEnd of the last initial script). */
  readonly scriptsLoadedMs: number | null;
  readonly domContentLoadedMs: number | null;
  /** Start of the first automatic layout: storage read, loadDocument and the first render happen before it. */
  readonly firstLayoutStartMs: number | null;
  readonly firstLayoutEndMs: number | null;
  readonly paintedMs: number;
}

export interface SelarasResult {
  readonly size: number;
  readonly title: string | null;
  readonly openMs: number | "timeout";
  readonly openBreakdown?: OpenBreakdown;
  readonly openLongestTaskMs?: number;
  readonly openLongTasks?: number;
  readonly layoutFirstMs?: number | null;
  /** Navigation → every card sized ahead in idle time (null: not within the step's time limit). */
  readonly sizesAheadMs?: number | null;
  readonly nodesDrawnAtOpen?: number;
  readonly heapAfterOpenBytes?: number | null;
  readonly expandAll?: {
    readonly layoutMs: number | null;
    readonly toPaintMs: number;
    readonly longestTaskMs: number;
    readonly longTasks: number;
  } | null;
  readonly heapAfterExpandBytes?: number | null;
  /** The code the canvas was centred on before pan, zoom and drag (null: left where Expand all left it). */
  readonly centredOn?: string | null;
  readonly pan?: PhaseResult | "timeout";
  readonly zoom?: PhaseResult | "timeout";
  readonly drag?: PhaseResult | "timeout";
  /** Durations of the app's `selaras:save` measures after the drop that ends the drag (whole-document writes). */
  readonly savesAfterDragMs?: number[];
  /** Letters typed into a box's name, each to the end of the write it causes (null: no box to select). */
  readonly edit?: EditResult | "timeout" | null;
  /** Export SVG of the whole tree (null: no such button). */
  readonly svg?: SvgExportResult | "timeout" | null;
  readonly profiles?: Record<string, ProfileSummary>;
  /** With --trace: busy time per thread during each interaction. */
  readonly traces?: Record<string, TraceSummary>;
  readonly error?: string;
}

export interface StoredDocument {
  /** The code of a box in the middle of the tree: the canvas is centred on it (with the app's search) before panning. */
  readonly focusCode: string | null;
  readonly id: string;
  readonly title: string;
  readonly json: string;
  /** The text in runs, as the app stores it (src/persistence/bodyText.ts). */
  readonly runs: readonly { readonly key: string; readonly text: string }[];
  readonly nodeCount: number;
  readonly now: string;
}

/** Writes the document into the app's database (created by Dexie on the first visit) and makes it the last open one. */
async function storeDocument(page: Page, doc: StoredDocument): Promise<void> {
  await page.evaluate(
    async ({ doc, lastOpenKey }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open("selaras");
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        // As the app stores a document: its text in runs (database version 3).
        const tx = db.transaction(["documents", "bodies", "bodyParts", "settings"], "readwrite");
        for (const run of doc.runs)
          tx.objectStore("bodyParts").put({ id: doc.id, key: run.key, text: run.text });
        tx.objectStore("bodies").put({ id: doc.id, parts: doc.runs.map((run) => run.key) });
        tx.objectStore("documents").put({
          id: doc.id,
          title: doc.title,
          createdAt: doc.now,
          updatedAt: doc.now,
          nodeCount: doc.nodeCount,
        });
        tx.objectStore("settings").put({ key: lastOpenKey, value: doc.id });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { doc, lastOpenKey: LAST_OPEN_KEY },
  );
}

export async function measureSelaras(
  appUrl: string,
  doc: StoredDocument,
  phases: Phases,
  profileDir: string | null,
  traceDir: string | null = null,
): Promise<SelarasResult> {
  const browser = await launch();
  const { page, context } = browser;
  const url = `${appUrl}/?lang=en`;
  const timeout = phases.stepTimeoutMs;
  const profiles: Record<string, ProfileSummary> = {};
  const traces: Record<string, TraceSummary> = {};
  try {
    // First visit: the app creates its database (Dexie) and opens its sample.
    await page.goto(url);
    await waitForEntry(page, TREE_PAINTED, 60_000);
    await page.waitForTimeout(400);
    await storeDocument(page, doc);

    // The measured open: navigation start → the tree painted.
    const cdp = profileDir ? await context.newCDPSession(page) : null;
    if (cdp) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
      await cdp.send("Profiler.start");
    }
    await page.goto(url, { waitUntil: "commit" });
    try {
      await waitForEntry(page, TREE_PAINTED, timeout);
    } catch {
      return { size: doc.nodeCount, title: null, openMs: "timeout" };
    }
    if (cdp && profileDir)
      profiles.open = await stopProfile(cdp, profileDir, `selaras-open-${doc.nodeCount}`);
    const open = await page.evaluate(
      ({ painted, layout }) => {
        const paintedAt = performance.getEntriesByName(painted)[0]!.startTime;
        const layouts = performance.getEntriesByName(layout);
        const scripts = performance
          .getEntriesByType("resource")
          .filter((e) => (e as PerformanceResourceTiming).initiatorType === "script")
          .map((e) => (e as PerformanceResourceTiming).responseEnd);
        const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
        return {
          paintedAt,
          firstLayout: layouts[0] ? { start: layouts[0].startTime, duration: layouts[0].duration } : null,
          scriptsLoaded: scripts.length > 0 ? Math.max(...scripts) : null,
          domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
          title: document.querySelector("h1")?.textContent ?? null,
          drawn: document.querySelectorAll(".react-flow__node").length,
        };
      },
      { painted: TREE_PAINTED, layout: LAYOUT },
    );
    if (!open.title?.includes(String(doc.title.slice(0, 20)))) {
      throw new Error(`the app opened "${open.title}", not the stored benchmark document`);
    }
    await page.waitForTimeout(300);
    const openTasks = await longTasksBetween(page, 0, open.paintedAt);
    // The cards are sized in idle time after open: the heap reading and Expand all
    // come after that, as for a planner who reads the first view before expanding.
    const sizesAheadMs = await waitForEntry(page, SIZES_AHEAD, timeout)
      .then(() => page.evaluate((name) => performance.getEntriesByName(name)[0]!.startTime, SIZES_AHEAD))
      .catch(() => null);
    const heapAfterOpen = await heapAfterGc(page);

    // Expand all: the whole tree laid out and drawn.
    let expandAll: SelarasResult["expandAll"] = null;
    const button = page.getByRole("button", { name: "Expand all", exact: true });
    if ((await button.count()) > 0 && (await button.isEnabled())) {
      const layoutsBefore = await page.evaluate((name) => performance.getEntriesByName(name).length, LAYOUT);
      if (cdp) await cdp.send("Profiler.start");
      const clickedAt = await button.evaluate((element) => {
        const at = performance.now();
        (element as HTMLButtonElement).click();
        return at;
      });
      await waitForEntry(page, LAYOUT, timeout, layoutsBefore + 1);
      const paintedAt = await nextPaint(page);
      if (cdp && profileDir)
        profiles.expandAll = await stopProfile(cdp, profileDir, `selaras-expand-${doc.nodeCount}`);
      await page.waitForTimeout(200);
      const layoutMs = await page.evaluate(
        ({ name, index }) => performance.getEntriesByName(name)[index]?.duration ?? null,
        { name: LAYOUT, index: layoutsBefore },
      );
      const tasks = await longTasksBetween(page, clickedAt, paintedAt);
      expandAll = {
        layoutMs,
        toPaintMs: paintedAt - clickedAt,
        longestTaskMs: max(tasks),
        longTasks: tasks.length,
      };
    }
    await page.waitForTimeout(300);
    const heapAfterExpand = expandAll ? await heapAfterGc(page) : null;

    // Where a reader works: a box in the middle of the whole tree, found with the app's search
    // (Enter centres the canvas on the match at a readable zoom). The first view of a large
    // document may show only a corner of the tree.
    const centred = doc.focusCode !== null && (await centreOn(page, doc.focusCode));

    const tracer = traceDir ? await context.newCDPSession(page) : null;
    const phase = async (name: string, action: () => Promise<boolean>) => {
      try {
        if (cdp) await cdp.send("Profiler.start");
        const stopTrace = tracer ? await startTrace(tracer) : null;
        const result = await withTimeout(measurePhase(page, action), timeout, "phase");
        if (cdp && profileDir)
          profiles[name] = await stopProfile(cdp, profileDir, `selaras-${name}-${doc.nodeCount}`);
        if (stopTrace && traceDir)
          traces[name] = await saveTrace(stopTrace, traceDir, `selaras-${name}-${doc.nodeCount}`);
        return result;
      } catch (error) {
        if (error instanceof Timeout) return "timeout" as const;
        throw error;
      }
    };
    const panPlan = await planPan(page);
    const panResult = await phase("pan", () => pan(page, panPlan, phases.durationMs));
    await page.waitForTimeout(300);
    const zoomResult = await phase("zoom", () => zoom(page, phases.zoomTicks, phases.durationMs));
    await page.waitForTimeout(300);
    const grip = await planDrag(page);
    const savesBefore = await page.evaluate((name) => performance.getEntriesByName(name).length, SAVE);
    const dragResult = await phase("drag", () => dragNode(page, grip, phases.durationMs));
    // The drop is an edit: the app saves it (debounced). Not the "edit → persisted" figure, which
    // starts at the edit; kept in the details to show what a save costs at this size.
    let savesAfterDrag: number[] = [];
    if (typeof dragResult === "object" && dragResult.status === "ok") {
      await waitForEntry(page, SAVE, 5_000, savesBefore + 1).catch(() => undefined);
      savesAfterDrag = await page.evaluate(
        ({ name, from }) =>
          performance
            .getEntriesByName(name)
            .slice(from)
            .map((e) => e.duration),
        { name: SAVE, from: savesBefore },
      );
    }

    // One edit → persisted: letters typed into the selected box's name.
    let edit: EditResult | "timeout" | null = null;
    try {
      if (cdp) await cdp.send("Profiler.start");
      const stopTrace = tracer ? await startTrace(tracer) : null;
      edit = await withTimeout(measureEdits(page, 5, timeout), timeout * 2, "edit");
      if (cdp && profileDir)
        profiles.edit = await stopProfile(cdp, profileDir, `selaras-edit-${doc.nodeCount}`);
      if (stopTrace && traceDir)
        traces.edit = await saveTrace(stopTrace, traceDir, `selaras-edit-${doc.nodeCount}`);
    } catch (error) {
      if (!(error instanceof Timeout)) throw error;
      edit = "timeout";
    }

    // SVG export of the whole tree (still expanded).
    let svg: SvgExportResult | "timeout" | null = null;
    try {
      svg = await withTimeout(measureSvgExport(page, timeout), timeout * 2, "svg");
    } catch (error) {
      if (!(error instanceof Timeout)) throw error;
      svg = "timeout";
    }

    return {
      size: doc.nodeCount,
      title: open.title,
      edit,
      svg,
      openMs: open.paintedAt,
      openBreakdown: {
        scriptsLoadedMs: open.scriptsLoaded,
        domContentLoadedMs: open.domContentLoaded,
        firstLayoutStartMs: open.firstLayout?.start ?? null,
        firstLayoutEndMs: open.firstLayout ? open.firstLayout.start + open.firstLayout.duration : null,
        paintedMs: open.paintedAt,
      },
      openLongestTaskMs: max(openTasks),
      openLongTasks: openTasks.length,
      layoutFirstMs: open.firstLayout?.duration ?? null,
      sizesAheadMs,
      nodesDrawnAtOpen: open.drawn,
      heapAfterOpenBytes: heapAfterOpen,
      expandAll,
      heapAfterExpandBytes: heapAfterExpand,
      centredOn: centred ? doc.focusCode : null,
      pan: panResult,
      zoom: zoomResult,
      drag: dragResult,
      savesAfterDragMs: savesAfterDrag,
      ...(profileDir ? { profiles } : {}),
      ...(traceDir ? { traces } : {}),
    };
  } catch (error) {
    return {
      size: doc.nodeCount,
      title: null,
      openMs: "timeout",
      error: error instanceof Error ? error.message : String(error),
    };
  } finally {
    await browser.close();
  }
}

/** Types `code` into the app's search and presses Enter: the canvas centres on the first match. */
async function centreOn(page: Page, code: string): Promise<boolean> {
  const box = page.getByRole("searchbox", { name: "Search by code or name" });
  if ((await box.count()) === 0) return false;
  await box.fill(code);
  await box.press("Enter");
  await page.waitForTimeout(900);
  return true;
}
