import {
  Background,
  Controls,
  MiniMap,
  type Node,
  type NodeMouseHandler,
  type NodeTypes,
  ReactFlow,
  ReactFlowProvider,
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

/** Documents larger than this open on their top levels instead of fitting everything. */
const FIT_ALL_LIMIT = 60;

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
  const flow = useMemo(() => (doc ? buildTreeFlow(doc, children, collapsed) : null), [doc, children, collapsed]);

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
        <Controls showInteractive={false} position="bottom-left" />
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

/** On open: a small tree fits the screen; a large one opens on its top levels, readable. */
function InitialView({ flow }: { flow: TreeFlow }) {
  const { fitView } = useReactFlow();
  const done = useRef(false);
  useEffect(() => {
    if (done.current || flow.nodes.length === 0) return;
    done.current = true;
    const all = flow.nodes.length <= FIT_ALL_LIMIT;
    const top = all ? undefined : flow.nodes.filter((n) => (flow.depth.get(n.id) ?? 0) <= 2).map((n) => ({ id: n.id }));
    void fitView({ nodes: top, padding: 0.08, minZoom: all ? 0.2 : 0.5, maxZoom: 1 });
  }, [flow, fitView]);
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
    void setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom: Math.max(getZoom(), 0.8), duration: 300 });
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
