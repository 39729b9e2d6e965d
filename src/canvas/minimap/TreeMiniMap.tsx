import { Panel, useStore as useFlowStore, useReactFlow, useStoreApi } from "@xyflow/react";
import { XYMinimap, type XYMinimapInstance } from "@xyflow/system";
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Id, Point } from "../../domain/types";
import { boundsOf } from "../../layout/bounds";
import { useApp } from "../../store/context";
import { useT } from "../../store/useT";
import type { TreeFlow } from "../treeFlow";
import { spatialIndex, viewRect } from "../viewportWindow";
import { drawMiniMapBoxes, drawMiniMapSelection } from "./drawMiniMap";
import { type MiniMapFrame, type MiniMapSize, miniMapFrame } from "./miniMapFrame";
import { useMiniMapShown } from "./useMiniMapShown";

const SIZE: MiniMapSize = { width: 200, height: 150 };
const MASK = "rgba(240, 244, 248, 0.7)";
/** How far a press may move and still be a click on the map (px). */
const CLICK_SLOP_PX = 4;

/**
 * The tree in small, with the view's rectangle over it, at the canvas's bottom
 * right, for a tree of any size (see drawMiniMap.ts): the whole tree, or the
 * tree around the view when the whole would be a strip (miniMapFrame.ts). Drag
 * on it to pan, scroll on it to zoom (React Flow's own minimap behaviour,
 * XYMinimap), click a spot to centre the view there (a pointer's shortcut: from
 * the keyboard, the outline and search move the view to a box). Its corner
 * button hides it (it covers the canvas's corner), and a "Map" button brings it back.
 */
export function TreeMiniMap({
  flow,
  dragged,
}: {
  readonly flow: TreeFlow;
  /** Where the boxes being dragged are now (useSelectionOverlay.ts); null when none is. */
  readonly dragged: ReadonlyMap<Id, Point> | null;
}) {
  const t = useT();
  const store = useStoreApi();
  const { setCenter, getZoom } = useReactFlow();
  const [mapShown, setMapShown] = useMiniMapShown();
  const selectedIds = useApp((s) => s.selectedIds);
  const transform = useFlowStore((s) => s.transform);
  const paneWidth = useFlowStore((s) => s.width);
  const paneHeight = useFlowStore((s) => s.height);
  const panZoom = useFlowStore((s) => s.panZoom);
  const boxes = flow.boxes;
  const content = useMemo(() => boundsOf(boxes.values()), [boxes]);
  const view = paneWidth > 0 && paneHeight > 0 ? viewRect(transform, paneWidth, paneHeight) : null;
  const frame = content ? miniMapFrame(content, view, SIZE, transform[2]) : null;
  const pixelWidth = Math.round(SIZE.width * (window.devicePixelRatio || 1));
  const pixelHeight = Math.round(SIZE.height * (window.devicePixelRatio || 1));

  // The boxes are drawn again when the frame moves (a pan inside a tree that fits
  // the map keeps it); the selection's rings, on a canvas of their own, also as
  // the selection changes and a drag goes on.
  const boxesRef = useRef<HTMLCanvasElement>(null);
  const marksRef = useRef<HTMLCanvasElement>(null);
  const frameX = frame?.x;
  const frameY = frame?.y;
  const unitsPerPx = frame?.unitsPerPx;
  const shownFrame = useMemo(
    (): MiniMapFrame | null =>
      frameX === undefined || frameY === undefined || unitsPerPx === undefined
        ? null
        : {
            x: frameX,
            y: frameY,
            width: SIZE.width * unitsPerPx,
            height: SIZE.height * unitsPerPx,
            unitsPerPx,
          },
    [frameX, frameY, unitsPerPx],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: a map shown again is a new, empty canvas.
  useLayoutEffect(() => {
    if (shownFrame)
      paint(boxesRef.current, pixelWidth, (context) =>
        drawMiniMapBoxes(context, flow, spatialIndex(flow, flow.boxes), shownFrame),
      );
  }, [shownFrame, pixelWidth, flow, mapShown]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a map shown again is a new, empty canvas.
  useLayoutEffect(() => {
    if (shownFrame)
      paint(marksRef.current, pixelWidth, (context) =>
        drawMiniMapSelection(context, flow.boxes, shownFrame, selectedIds, dragged),
      );
  }, [shownFrame, pixelWidth, flow, selectedIds, dragged, mapShown]);

  // Dragging and scrolling on the map, as on React Flow's minimap. XYMinimap's
  // d3-zoom listeners live as long as the map's element: `update` re-binds them.
  const svgRef = useRef<SVGSVGElement>(null);
  const scale = useRef(1);
  scale.current = frame?.unitsPerPx ?? 1;
  const [minimap, setMinimap] = useState<XYMinimapInstance | null>(null);
  const hasTree = content !== null && mapShown;
  useEffect(() => {
    if (!hasTree || !svgRef.current || !panZoom) return;
    setMinimap(
      XYMinimap({
        domNode: svgRef.current,
        panZoom,
        getTransform: () => store.getState().transform,
        getViewScale: () => scale.current,
      }),
    );
    return () => setMinimap(null);
  }, [hasTree, panZoom, store]);
  useEffect(() => {
    minimap?.update({
      translateExtent: store.getState().translateExtent,
      width: paneWidth,
      height: paneHeight,
      pannable: true,
      zoomable: true,
    });
  }, [minimap, paneWidth, paneHeight, store]);

  // A press let go where it began (a few pixels of a hand's jitter allowed) is a
  // click on a spot: the view is centred there. A drag only pans.
  const pressedAt = useRef<{ x: number; y: number } | null>(null);
  const titleId = useId();
  // Hiding or showing the map from the keyboard leaves the focus on the button that takes its place.
  const toggled = useRef(false);
  const toggle = (show: boolean) => {
    toggled.current = true;
    setMapShown(show);
  };
  const focusIfToggled = (button: HTMLButtonElement | null) => {
    if (!button || !toggled.current) return;
    toggled.current = false;
    button.focus();
  };

  if (!frame || !content) return null;
  if (!mapShown)
    return (
      <Panel position="bottom-right" className="tree-minimap-show">
        <button type="button" ref={focusIfToggled} onClick={() => toggle(true)}>
          {t("flow.minimapShow")}
        </button>
      </Panel>
    );
  const label = t("flow.minimap");
  const outer = `M${frame.x},${frame.y}h${frame.width}v${frame.height}h${-frame.width}z`;
  const inner = view ? `M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z` : "";
  return (
    <Panel position="bottom-right" className="react-flow__minimap tree-minimap">
      {(
        [
          [boxesRef, "tree-minimap__boxes"],
          [marksRef, "tree-minimap__marks"],
        ] as const
      ).map(([ref, className]) => (
        <canvas
          key={className}
          ref={ref}
          className={className}
          width={pixelWidth}
          height={pixelHeight}
          style={{ width: SIZE.width, height: SIZE.height }}
        />
      ))}
      <svg
        ref={svgRef}
        width={SIZE.width}
        height={SIZE.height}
        viewBox={`${frame.x} ${frame.y} ${frame.width} ${frame.height}`}
        className="react-flow__minimap-svg"
        role="img"
        aria-labelledby={titleId}
        onPointerDown={(event) => {
          pressedAt.current = event.button === 0 ? { x: event.clientX, y: event.clientY } : null;
        }}
        onPointerUp={(event) => {
          const from = pressedAt.current;
          pressedAt.current = null;
          const matrix = event.currentTarget.getScreenCTM();
          if (!from || !matrix || Math.hypot(event.clientX - from.x, event.clientY - from.y) > CLICK_SLOP_PX)
            return;
          const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
          void setCenter(point.x, point.y, { zoom: getZoom() });
        }}
      >
        <title id={titleId}>{label}</title>
        <path d={`${outer} ${inner}`} fill={MASK} fillRule="evenodd" pointerEvents="none" />
      </svg>
      <button
        type="button"
        className="tree-minimap__hide"
        aria-label={t("flow.minimapHide")}
        title={t("flow.minimapHide")}
        ref={focusIfToggled}
        onClick={() => toggle(false)}
      >
        ×
      </button>
    </Panel>
  );
}

/** Clears `canvas` and draws on it in the map's CSS pixels (`pixelWidth` of them for SIZE.width). */
function paint(
  canvas: HTMLCanvasElement | null,
  pixelWidth: number,
  draw: (context: CanvasRenderingContext2D) => void,
): void {
  const context = canvas?.getContext("2d");
  if (!context) return;
  // Setting the canvas's width (a new pixel ratio) clears it: drawn again then too.
  const ratio = pixelWidth / SIZE.width;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, context.canvas.width, context.canvas.height);
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  draw(context);
}
