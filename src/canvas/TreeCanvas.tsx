import {
  Background,
  Controls,
  type EdgeTypes,
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
import { measureSync, PERF } from "../perf/marks";
import { useApp } from "../store/context";
import { useT } from "../store/useT";
import { KIND_COLOUR } from "./kindStyle";
import { PlanNodeCard } from "./PlanNodeCard";
import { TreeEdge } from "./TreeEdge";
import { buildTreeFlow, type PlanFlowNode, type TreeFlow } from "./treeFlow";
import "@xyflow/react/dist/base.css";

// Defined once at module level, as React Flow asks: a new object per render remounts every node.
const nodeTypes: NodeTypes = { plan: PlanNodeCard };
const edgeTypes: EdgeTypes = { tree: TreeEdge };

/**
 * Off-screen nodes are never rendered (onlyRenderVisibleElements), so React Flow
 * has not measured them: fit by their declared sizes instead.
 */
const FIT_OPTIONS = { includeHiddenNodes: true, padding: 0.06, maxZoom: 1 } as const;

/** The smallest zoom at which a full card is still drawn (see PlanNodeCard). */
const MIN_READABLE_ZOOM = 0.55;

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
    () => (doc ? measureSync(PERF.layout, () => buildTreeFlow(doc, children, collapsed)) : null),
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
        edgeTypes={edgeTypes}
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
        <PaintedMark />
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
 * On open: fit the drawn tree (a large document opens with its programs
 * collapsed, so this is the strategic level). If fitting would make the cards
 * unreadable, start at the top-left of the tree at the smallest readable zoom,
 * where a reader starts anyway.
 */
function InitialView({ flow }: { flow: TreeFlow }) {
  const { fitView, setViewport } = useReactFlow();
  const width = useFlowStore((s) => s.width);
  const height = useFlowStore((s) => s.height);
  const done = useRef(false);
  useEffect(() => {
    if (done.current || flow.nodes.length === 0 || width === 0 || height === 0) return;
    done.current = true;
    let left = Number.POSITIVE_INFINITY;
    let right = Number.NEGATIVE_INFINITY;
    let top = Number.POSITIVE_INFINITY;
    let bottom = Number.NEGATIVE_INFINITY;
    for (const box of flow.boxes.values()) {
      left = Math.min(left, box.x);
      right = Math.max(right, box.x + box.width);
      top = Math.min(top, box.y);
      bottom = Math.max(bottom, box.y + box.height);
    }
    const fitZoom = Math.min((width * 0.94) / (right - left), (height * 0.94) / (bottom - top));
    if (fitZoom >= MIN_READABLE_ZOOM) {
      void fitView(FIT_OPTIONS);
      return;
    }
    const margin = 32;
    void setViewport({
      x: margin - left * MIN_READABLE_ZOOM,
      y: margin - top * MIN_READABLE_ZOOM,
      zoom: MIN_READABLE_ZOOM,
    });
  }, [flow, fitView, setViewport, width, height]);
  return null;
}

/** Marks the first time the tree is on screen, for the benchmark. */
function PaintedMark() {
  const hasNodes = useFlowStore((s) => s.domNode !== null && s.nodeLookup.size > 0);
  useEffect(() => {
    if (!hasNodes || performance.getEntriesByName(PERF.treePainted).length > 0) return;
    // After the browser has painted the frame that shows the nodes.
    requestAnimationFrame(() => setTimeout(() => performance.mark(PERF.treePainted), 0));
  }, [hasNodes]);
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
