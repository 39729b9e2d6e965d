import { useStoreApi } from "@xyflow/react";
import { useEffect, useRef } from "react";
import type { Id } from "../../domain/types";
import type { AppState } from "../../store/appStore";
import { useAppStoreApi } from "../../store/context";
import { sizeCanvas } from "../backdrop/sizeCanvas";
import type { TreeFlow } from "../treeFlow";
import { spatialIndex } from "../viewportWindow";
import { drawOverview, linesAhead, type OverviewMarks, wrapNamesAhead } from "./drawOverview";

/** The longest an idle slice of wrapping names may take. */
const IDLE_SLICE_MS = 8;

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
  // While the page is idle, the names are wrapped and the lines built ahead, so
  // that the first picture far out need not do it all (see wrapNamesAhead, linesAhead).
  useEffect(() => {
    const canvas = canvasRef.current;
    const measure = document.createElement("canvas").getContext("2d");
    if (!canvas || !measure || typeof requestIdleCallback !== "function") return;
    const fontFamily = appFont(canvas, font);
    let name = 0;
    let line = 0;
    let request = 0;
    const slice = (deadline: IdleDeadline) => {
      const nodes = appStore.getState().doc?.nodes;
      if (!nodes) return;
      const end = performance.now() + IDLE_SLICE_MS;
      const stop = () => performance.now() > end || deadline.timeRemaining() < 1;
      name = wrapNamesAhead(measure, flow, nodes, fontFamily, name, stop);
      if (name === flow.nodes.length) line = linesAhead(flow, line, stop);
      if (name < flow.nodes.length || line < flow.edges.length) request = requestIdleCallback(slice);
    };
    request = requestIdleCallback(slice);
    return () => cancelIdleCallback(request);
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
    const draw = () => {
      const { transform, width, height } = flowStore.getState();
      const state = appStore.getState();
      if (!state.doc || width === 0 || height === 0) return;
      const ratio = sizeCanvas(canvas, width, height);
      drawOverview(context, flow, index, state.doc.nodes, marksOf(state), {
        transform,
        width,
        height,
        ratio,
        font: fontFamily,
      });
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
      unsubscribeFlow();
      unsubscribeApp();
    };
  }, [active, flow, held, flowStore, appStore]);
  return <canvas ref={canvasRef} className="tree-overview" />;
}

/** The app's font, read from the page the first time only (reading it forces a style pass). */
function appFont(canvas: HTMLCanvasElement, known: { current: string | null }): string {
  if (known.current === null) known.current = getComputedStyle(canvas).fontFamily;
  return known.current;
}
