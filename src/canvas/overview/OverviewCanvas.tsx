import { useStoreApi } from "@xyflow/react";
import { useEffect, useRef } from "react";
import type { Id } from "../../domain/types";
import type { AppState } from "../../store/appStore";
import { useAppStoreApi } from "../../store/context";
import { sizeCanvas } from "../backdrop/sizeCanvas";
import { inIdleTime } from "../idleTime";
import type { TreeFlow } from "../treeFlow";
import { spatialIndex } from "../viewportWindow";
import { drawOverview, type OverviewMarks, wrapNamesAhead } from "./drawOverview";

/**
 * How long the zoom must rest before codes and names are drawn. Text is most of
 * a picture's drawing (each line shaped, then rasterised on the main thread),
 * and while the wheel turns it changes size every frame, too fast to be read:
 * it is left out then, and drawn once the zoom stops, as maps do with labels.
 * This kept the frame in which the overview takes over (zooming out past
 * DETAIL_ZOOM) from carrying a screenful of text on top of its other work.
 */
const TEXT_REST_MS = 150;

/**
 * The tree seen from afar (see drawOverview.ts), on a canvas under React
 * Flow's pane. While `active` it is redrawn in the same store update that pans
 * or zooms the picture, and whenever what it marks changes (search, drag, folds,
 * version marks); otherwise it is blank.
 */
export function OverviewCanvas({
  flow,
  held,
  active,
}: {
  flow: TreeFlow;
  held: ReadonlySet<Id>;
  active: boolean;
}) {
  const flowStore = useStoreApi();
  const appStore = useAppStoreApi();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  // Whether the canvas shows anything: a blank canvas is not cleared again (that
  // would hand the compositor a new bitmap after every edit).
  const shown = useRef(false);
  // The app's font, read from the page once: reading it forces a style pass, and
  // the effect below runs again on every frame of a hand-over.
  const font = useRef<string | null>(null);
  // When the zoom last changed (see TEXT_REST_MS). Followed while the overview is
  // off too: the zoom that makes it take over is under way when it first draws.
  const zoomedAt = useRef(Number.NEGATIVE_INFINITY);
  // An off-screen context to measure names with, made once: making one took
  // 2-4 ms, in the task of every drop (a drop makes a new flow).
  const measureRef = useRef<CanvasRenderingContext2D | null>(null);
  useEffect(() => {
    let zoom = flowStore.getState().transform[2];
    return flowStore.subscribe((state) => {
      if (state.transform[2] === zoom) return;
      zoom = state.transform[2];
      zoomedAt.current = performance.now();
    });
  }, [flowStore]);
  // While the page is idle, the names are wrapped ahead, so that the first
  // picture far out need not measure them all (see wrapNamesAhead). The lines
  // are not built ahead: tried, 10,000 paths (and weak-map entries) built again
  // after every drop were garbage for the next full collection, which took 50 ms
  // in a trace, 15 of them on weak-map entries.
  useEffect(() => {
    const canvas = canvasRef.current;
    const measure = measuring(measureRef);
    if (!canvas || !measure) return;
    const fontFamily = appFont(canvas, font);
    let at = 0;
    return inIdleTime((stop) => {
      const nodes = appStore.getState().doc?.nodes;
      if (!nodes) return true;
      at = wrapNamesAhead(measure, flow, nodes, fontFamily, at, stop);
      return at >= flow.nodes.length;
    });
  }, [flow, appStore]);
  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext("2d");
    if (!canvas || !context) return;
    if (!active) {
      if (shown.current) context.clearRect(0, 0, canvas.width, canvas.height);
      shown.current = false;
      return;
    }
    shown.current = true;
    const index = spatialIndex(flow, flow.boxes);
    const fontFamily = appFont(canvas, font);
    let lastMarks: { state: AppState; marks: OverviewMarks } | null = null;
    const marksOf = (state: AppState): OverviewMarks => {
      if (lastMarks?.state === state) return lastMarks.marks;
      const target = state.drag?.target ?? null;
      const marks: OverviewMarks = {
        held,
        match: state.search.matches[state.search.index] ?? null,
        drop: target && { ...target, invalid: state.drag?.moving.has(target.id) ?? false },
        moving: state.drag?.moving ?? new Set(),
        versionMarks: state.versionCompare?.marks ?? null,
        collapsed: state.collapsed,
        childCount: (id) => state.children.get(id)?.length ?? 0,
      };
      lastMarks = { state, marks };
      return marks;
    };
    let textLater = 0;
    const draw = () => {
      const { transform, width, height } = flowStore.getState();
      const state = appStore.getState();
      if (!state.doc || width === 0 || height === 0) return;
      const ratio = sizeCanvas(canvas, width, height);
      const sinceZoom = performance.now() - zoomedAt.current;
      const text = sinceZoom >= TEXT_REST_MS;
      drawOverview(context, flow, index, state.doc.nodes, marksOf(state), {
        transform,
        width,
        height,
        ratio,
        font: fontFamily,
        text,
      });
      clearTimeout(textLater);
      if (!text) textLater = window.setTimeout(draw, TEXT_REST_MS - sinceZoom);
    };
    draw();
    const unsubscribeFlow = flowStore.subscribe((next, previous) => {
      if (
        next.transform !== previous.transform ||
        next.width !== previous.width ||
        next.height !== previous.height
      )
        draw();
    });
    const unsubscribeApp = appStore.subscribe((next, previous) => {
      if (
        next.search !== previous.search ||
        next.drag !== previous.drag ||
        next.collapsed !== previous.collapsed ||
        next.versionCompare !== previous.versionCompare ||
        next.doc?.nodes !== previous.doc?.nodes
      )
        draw();
    });
    return () => {
      clearTimeout(textLater);
      unsubscribeFlow();
      unsubscribeApp();
    };
  }, [active, flow, held, flowStore, appStore]);
  return <canvas ref={canvasRef} className={active ? "tree-overview" : "tree-overview is-idle"} />;
}

/** The app's font, read from the page the first time only (reading it forces a style pass). */
function appFont(canvas: HTMLCanvasElement, known: { current: string | null }): string {
  if (known.current === null) known.current = getComputedStyle(canvas).fontFamily;
  return known.current;
}

/** The context `known` holds, made the first time (null where the browser has no 2D canvas). */
function measuring(known: { current: CanvasRenderingContext2D | null }): CanvasRenderingContext2D | null {
  known.current ??= document.createElement("canvas").getContext("2d");
  return known.current;
}
