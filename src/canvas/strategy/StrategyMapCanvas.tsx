import { type Edge, type NodeTypes, type OnNodeDrag, ReactFlow, ReactFlowProvider } from "@xyflow/react";
import { useCallback, useMemo } from "react";
import { preorder } from "../../domain/tree";
import type { Id, Perspective } from "../../domain/types";
import { laneAt } from "../../layout/lanes";
import { useApp, useAppStoreApi } from "../../store/context";
import { useT } from "../../store/useT";
import { labelFlow, useFlowAriaConfig } from "../flowAria";
import { CanvasChrome, FLOW_DEFAULTS } from "../flowDefaults";
import { PlanNodeCard } from "../PlanNodeCard";
import type { PlanFlowNode } from "../treeFlow";
import { useSelectionOverlay } from "../useSelectionOverlay";
import { LaneNode } from "./LaneNode";
import { buildMapFlow, type LaneFlowNode } from "./mapFlow";

const nodeTypes: NodeTypes = { plan: PlanNodeCard, lane: LaneNode };
/** Lanes are backgrounds, never selected. */
const isBox = (id: Id) => !id.startsWith("lane:");
const FIT = { includeHiddenNodes: true, padding: 0.04, maxZoom: 1 } as const;

export interface StrategyMapHandlers {
  setPerspective(ids: readonly Id[], perspective: Perspective | undefined): void;
}

export function StrategyMapCanvas({ handlers }: { handlers: StrategyMapHandlers }) {
  const documentId = useApp((s) => s.documentId);
  return (
    <ReactFlowProvider key={documentId ?? "none"}>
      <MapView handlers={handlers} />
    </ReactFlowProvider>
  );
}

function MapView({ handlers }: { handlers: StrategyMapHandlers }) {
  const t = useT();
  const store = useAppStoreApi();
  const doc = useApp((s) => s.doc);
  const children = useApp((s) => s.children);

  const planNodes = useApp((s) => s.doc?.nodes);
  const links = useApp((s) => s.doc?.links);
  // Only boxes and links are drawn here: other edits lay nothing out again.
  const flow = useMemo(() => {
    if (!planNodes || !links) return null;
    const built = buildMapFlow({ nodes: planNodes, links }, preorder(children));
    labelFlow(built.nodes, built.edges, { nodes: planNodes }, t);
    return built;
  }, [planNodes, links, children, t]);
  const ariaLabelConfig = useFlowAriaConfig();
  const { nodes, onNodesChange, dragged, endDrag } = useSelectionOverlay(flow?.nodes, isBox);

  const onNodeDragStop: OnNodeDrag<PlanFlowNode | LaneFlowNode> = useCallback(
    (_event, node, draggedNodes) => {
      endDrag();
      if (!flow) return;
      // The lane under the dragged box's middle decides its perspective; the box then snaps into place.
      const box = flow.boxes.get(node.id);
      const position = dragged?.get(node.id) ?? node.position;
      const lane = laneAt(flow.lanes, position.y + (box?.height ?? 0) / 2);
      const current = store.getState().doc?.nodes.get(node.id)?.perspective ?? "unassigned";
      if (lane === null || lane === current) return;
      handlers.setPerspective(
        draggedNodes.map((n) => n.id),
        lane === "unassigned" ? undefined : lane,
      );
    },
    [flow, dragged, endDrag, store, handlers],
  );

  const onEdgeClick = useCallback(
    (_event: React.MouseEvent, edge: Edge) => {
      const linkId = (edge.data as { linkId?: Id } | undefined)?.linkId;
      if (linkId) store.getState().selectLink(linkId);
    },
    [store],
  );

  if (!doc || !flow) return null;
  return (
    <div className="canvas" aria-label={t("map.label")} role="application">
      <ReactFlow
        nodes={nodes}
        edges={flow.edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onNodeDragStop={onNodeDragStop}
        onEdgeClick={onEdgeClick}
        onlyRenderVisibleElements
        nodeDragThreshold={4}
        selectionKeyCode="Shift"
        multiSelectionKeyCode="Shift"
        deleteKeyCode={null}
        nodesConnectable={false}
        ariaLabelConfig={ariaLabelConfig}
        fitView
        fitViewOptions={FIT}
        {...FLOW_DEFAULTS}
      >
        <CanvasChrome fitViewOptions={FIT} />
      </ReactFlow>
      {flow.hidden > 0 && <p className="canvas__note">{t("map.hiddenCount", { count: flow.hidden })}</p>}
    </div>
  );
}
