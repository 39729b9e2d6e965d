import {
  Background,
  Controls,
  MiniMap,
  type Node,
  type NodeMouseHandler,
  type NodeTypes,
  ReactFlow,
  ReactFlowProvider,
  useStore as useFlowStore,
  useReactFlow,
} from "@xyflow/react";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { useApp } from "../store/context";
import { useT } from "../store/useT";
import { KIND_COLOUR } from "./kindStyle";
import { PlanNodeCard } from "./PlanNodeCard";
import { buildTreeFlow, type PlanFlowNode, type TreeFlow } from "./treeFlow";
import "@xyflow/react/dist/base.css";

// Defined once at module level, as React Flow asks: a new object per render remounts every node.
const nodeTypes: NodeTypes = { plan: PlanNodeCard };

/**
 * Off-screen nodes are never rendered (onlyRenderVisibleElements), so React Flow
 * has not measured them: fit by their declared sizes instead.
 */
const FIT_OPTIONS = { includeHiddenNodes: true, padding: 0.06, maxZoom: 1 } as const;

/** Documents larger than this open on their top levels instead of fitting everything. */
const FIT_ALL_LIMIT = 40;
/** The smallest zoom at which a full card is still drawn (see PlanNodeCard). */
const MIN_READABLE_ZOOM = 0.5;

export function TreeCanvas() {
  const documentId = useApp((s) => s.documentId);
  return (
    <ReactFlowProvider key={documentId ?? "none"}>
      <TreeFlowView />
    </ReactFlowProvider>
  );
}

function TreeFlowView() {
  const t = useT();
  const doc = useApp((s) => s.doc);
  const children = useApp((s) => s.children);
  const collapsed = useApp((s) => s.collapsed);
  const select = useApp((s) => s.select);

  // Only a change of the tree's shape or content rebuilds the flow, never a selection or a pan.
  const flow = useMemo(
    () => (doc ? buildTreeFlow(doc, children, collapsed) : null),
    [doc, children, collapsed],
  );

  const onNodeClick: NodeMouseHandler = useCallback((_event, node) => select(node.id), [select]);
  const onPaneClick = useCallback(() => select(null), [select]);

  if (!doc || !flow) return null;
  return (
    <div className="canvas" aria-label={t("canvas.label")} role="application">
      <ReactFlow
        nodes={flow.nodes}
        edges={flow.edges}
        nodeTypes={nodeTypes}
        onNodeClick={onNodeClick}
        onPaneClick={onPaneClick}
        onlyRenderVisibleElements
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        minZoom={0.05}
        maxZoom={2}
        zoomOnDoubleClick={false}
        proOptions={{ hideAttribution: true }}
        ariaLabelConfig={{}}
      >
        <Background gap={24} size={1} color="#d6dce4" />
        <Controls showInteractive={false} position="bottom-left" fitViewOptions={FIT_OPTIONS} />
        <MiniMap
          pannable
          zoomable
          position="bottom-right"
          nodeColor={miniMapColour}
          nodeStrokeWidth={0}
          maskColor="rgba(240, 244, 248, 0.7)"
          ariaLabel="Minimap"
        />
        <InitialView flow={flow} />
        <FocusFollower flow={flow} />
      </ReactFlow>
      {doc.nodes.size === 0 && <p className="canvas__empty">{t("canvas.empty")}</p>}
      <Legend />
    </div>
  );
}

function miniMapColour(node: Node): string {
  return KIND_COLOUR[(node as PlanFlowNode).data.kind] ?? "#7a8899";
}

/**
 * On open: a small tree fits the screen; a larger one opens on its top levels
 * (goals, strategic targets, programs) at a readable zoom, centred, so that the
 * first thing a planner sees is text, not a grey carpet of boxes.
 */
function InitialView({ flow }: { flow: TreeFlow }) {
  const { fitView, setViewport } = useReactFlow();
  const width = useFlowStore((s) => s.width);
  const height = useFlowStore((s) => s.height);
  const done = useRef(false);
  useEffect(() => {
    if (done.current || flow.nodes.length === 0 || width === 0 || height === 0) return;
    done.current = true;
    if (flow.nodes.length <= FIT_ALL_LIMIT) {
      void fitView(FIT_OPTIONS);
      return;
    }
    let left = Number.POSITIVE_INFINITY;
    let right = Number.NEGATIVE_INFINITY;
    let top = Number.POSITIVE_INFINITY;
    for (const [id, box] of flow.boxes) {
      if ((flow.depth.get(id) ?? 0) > 2) continue;
      left = Math.min(left, box.x);
      right = Math.max(right, box.x + box.width);
      top = Math.min(top, box.y);
    }
    const margin = 40;
    const zoom = Math.min(1, Math.max(MIN_READABLE_ZOOM, (width - 2 * margin) / (right - left)));
    const centre = (left + right) / 2;
    void setViewport({ x: width / 2 - centre * zoom, y: margin - top * zoom, zoom });
  }, [flow, fitView, setViewport, width, height]);
  return null;
}

/** Centres the canvas on the node the store asks for (search, panel links). */
function FocusFollower({ flow }: { flow: TreeFlow }) {
  const focus = useApp((s) => s.focus);
  const { setCenter, getZoom } = useReactFlow();
  const handled = useRef(0);
  useEffect(() => {
    if (!focus || focus.seq === handled.current) return;
    const box = flow.boxes.get(focus.id);
    if (!box) return; // not drawn yet: the next flow (after expanding) will have it
    handled.current = focus.seq;
    void setCenter(box.x + box.width / 2, box.y + box.height / 2, {
      zoom: Math.max(getZoom(), 0.8),
      duration: 300,
    });
  }, [focus, flow, setCenter, getZoom]);
  return null;
}

function Legend() {
  const t = useT();
  return (
    <div className="canvas__legend" aria-hidden="true">
      <span className="legend__item">
        <svg width="28" height="10">
          <line x1="0" y1="5" x2="28" y2="5" className="legend__parent" />
        </svg>
        {t("canvas.legendParent")}
      </span>
      <span className="legend__item">
        <svg width="28" height="10">
          <line x1="0" y1="5" x2="28" y2="5" className="legend__contributes" />
        </svg>
        {t("canvas.legendContributes")}
      </span>
    </div>
  );
}
