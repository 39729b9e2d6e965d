import { Panel, useStore as useFlowStore, useReactFlow, useStoreApi } from "@xyflow/react";
import { XYMinimap, type XYMinimapInstance } from "@xyflow/system";
import { useEffect, useLayoutEffect, useMemo, useRef } from "react";
import { boundsOf } from "../../layout/bounds";
import { useApp } from "../../store/context";
import { useT } from "../../store/useT";
import type { TreeFlow } from "../treeFlow";
import { spatialIndex, viewRect } from "../viewportWindow";
import { drawMiniMapBoxes, drawMiniMapSelection } from "./drawMiniMap";
import { type MiniMapFrame, type MiniMapSize, miniMapFrame } from "./miniMapFrame";

const SIZE: MiniMapSize = { width: 200, height: 150 };
const MASK = "rgba(240, 244, 248, 0.7)";

/**
 * The tree in small, with the view's rectangle over it, at the canvas's bottom
 * right, for a tree of any size (see drawMiniMap.ts): the whole tree, or the
 * tree around the view when the whole would be a strip (miniMapFrame.ts). Drag on it to pan,
 * scroll on it to zoom (React Flow's own minimap behaviour, XYMinimap), click a
 * spot to centre the view there.
 */
export function TreeMiniMap({ flow }: { flow: TreeFlow }) {
  const t = useT();
  const store = useStoreApi();
  const { setCenter, getZoom } = useReactFlow();
  const selectedIds = useApp((s) => s.selectedIds);
  const transform = useFlowStore((s) => s.transform);
  const paneWidth = useFlowStore((s) => s.width);
  const paneHeight = useFlowStore((s) => s.height);
  const panZoom = useFlowStore((s) => s.panZoom);
  const content = useMemo(() => boundsOf(flow.boxes.values()), [flow]);
  const view = paneWidth > 0 && paneHeight > 0 ? viewRect(transform, paneWidth, paneHeight) : null;
  const frame = content ? miniMapFrame(content, view, SIZE) : null;
  const ratio = window.devicePixelRatio || 1;

  // Drawn again when the frame moves: a pan inside a tree that fits the map keeps it.
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const frameX = frame?.x;
  const frameY = frame?.y;
  const unitsPerPx = frame?.unitsPerPx;
  useLayoutEffect(() => {
    const context = canvasRef.current?.getContext("2d");
    if (!context || frameX === undefined || frameY === undefined || unitsPerPx === undefined) return;
    const shown: MiniMapFrame = {
      x: frameX,
      y: frameY,
      width: SIZE.width * unitsPerPx,
      height: SIZE.height * unitsPerPx,
      unitsPerPx,
    };
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, context.canvas.width, context.canvas.height);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    drawMiniMapBoxes(context, flow, spatialIndex(flow, flow.boxes), shown);
    drawMiniMapSelection(context, flow.boxes, shown, selectedIds);
  }, [frameX, frameY, unitsPerPx, ratio, flow, selectedIds]);

  // Dragging and scrolling on the map, as on React Flow's minimap.
  const svgRef = useRef<SVGSVGElement>(null);
  const scale = useRef(1);
  scale.current = frame?.unitsPerPx ?? 1;
  const minimap = useRef<XYMinimapInstance | null>(null);
  const shown = content !== null;
  useEffect(() => {
    if (!shown || !svgRef.current || !panZoom) return;
    const instance = XYMinimap({
      domNode: svgRef.current,
      panZoom,
      getTransform: () => store.getState().transform,
      getViewScale: () => scale.current,
    });
    instance.update({
      translateExtent: store.getState().translateExtent,
      width: paneWidth,
      height: paneHeight,
      pannable: true,
      zoomable: true,
    });
    minimap.current = instance;
    return () => {
      instance.destroy();
      minimap.current = null;
    };
  }, [shown, panZoom, paneWidth, paneHeight, store]);

  if (!frame || !content) return null;
  const label = t("flow.minimap");
  const outer = `M${frame.x},${frame.y}h${frame.width}v${frame.height}h${-frame.width}z`;
  const inner = view ? `M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z` : "";
  return (
    <Panel position="bottom-right" className="react-flow__minimap tree-minimap">
      <canvas
        ref={canvasRef}
        width={Math.round(SIZE.width * ratio)}
        height={Math.round(SIZE.height * ratio)}
        style={{ width: SIZE.width, height: SIZE.height }}
      />
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: a pointer's shortcut; from the keyboard, the outline and search move the view to a box. */}
      <svg
        ref={svgRef}
        width={SIZE.width}
        height={SIZE.height}
        viewBox={`${frame.x} ${frame.y} ${frame.width} ${frame.height}`}
        className="react-flow__minimap-svg"
        role="img"
        aria-label={label}
        onClick={(event) => {
          // A drag's click does not come (d3-zoom swallows it): this is a click on a spot.
          const point = minimap.current?.pointer(event);
          if (point) void setCenter(point[0], point[1], { zoom: getZoom() });
        }}
      >
        <title>{label}</title>
        <path d={`${outer} ${inner}`} fill={MASK} fillRule="evenodd" pointerEvents="none" />
      </svg>
    </Panel>
  );
}
