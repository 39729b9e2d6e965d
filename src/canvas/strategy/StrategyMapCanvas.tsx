import {
  Background,
  Controls,
  type Edge,
  type NodeChange,
  type NodeTypes,
  type OnNodeDrag,
  ReactFlow,
  ReactFlowProvider,
} from "@xyflow/react";
import { useCallback, useMemo, useState } from "react";
import { preorder } from "../../domain/tree";
import type { Id, Perspective, Point } from "../../domain/types";
import { laneAt } from "../../layout/lanes";
import { useApp, useAppStoreApi } from "../../store/context";
import { useT } from "../../store/useT";
import { PlanNodeCard } from "../PlanNodeCard";
import { sameIds } from "../selection";
import type { PlanFlowNode } from "../treeFlow";
import { LaneNode } from "./LaneNode";
import { buildMapFlow, type LaneFlowNode } from "./mapFlow";

const nodeTypes: NodeTypes = { plan: PlanNodeCard, lane: LaneNode };
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
  const selectedIds = useApp((s) => s.selectedIds);
  const [dragged, setDragged] = useState<ReadonlyMap<Id, Point> | null>(null);

  const flow = useMemo(() => (doc ? buildMapFlow(doc, preorder(children)) : null), [doc, children]);
  const nodes = useMemo(() => {
    if (!flow) return [];
    if (selectedIds.size === 0 && !dragged) return flow.nodes;
    return flow.nodes.map((n) => {
      const position = dragged?.get(n.id);
      const selected = selectedIds.has(n.id);
      return position || selected ? { ...n, ...(position ? { position } : {}), selected } : n;
    });
  }, [flow, selectedIds, dragged]);

  const onNodesChange = useCallback(
    (changes: NodeChange<PlanFlowNode | LaneFlowNode>[]) => {
      let selection: Set<Id> | null = null;
      let moved: Map<Id, Point> | null = null;
      for (const change of changes) {
        if (change.type === "select" && !change.id.startsWith("lane:")) {
          selection ??= new Set(store.getState().selectedIds);
          if (change.selected) selection.add(change.id);
          else selection.delete(change.id);
        } else if (change.type === "position" && change.position && change.dragging) {
          moved ??= new Map(dragged ?? []);
          moved.set(change.id, change.position);
        }
      }
      // Only a real change of selection: React Flow also reports "deselect" for boxes not selected.
      if (selection && !sameIds(selection, store.getState().selectedIds))
        store.getState().selectNodes([...selection]);
      if (moved) setDragged(moved);
    },
    [store, dragged],
  );

  const onNodeDragStop: OnNodeDrag<PlanFlowNode | LaneFlowNode> = useCallback(
    (_event, node, draggedNodes) => {
      setDragged(null);
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
    [flow, dragged, store, handlers],
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
        fitView
        fitViewOptions={FIT}
        minZoom={0.05}
        maxZoom={2}
        zoomOnDoubleClick={false}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} size={1} color="#d6dce4" />
        <Controls showInteractive={false} position="bottom-left" fitViewOptions={FIT} />
      </ReactFlow>
      {flow.hidden > 0 && <p className="canvas__note">{t("map.hiddenCount", { count: flow.hidden })}</p>}
    </div>
  );
}
