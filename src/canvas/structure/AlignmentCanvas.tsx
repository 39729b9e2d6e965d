import {
  applyNodeChanges,
  type EdgeTypes,
  type Node,
  type NodeChange,
  type NodeMouseHandler,
  type NodeTypes,
  type OnNodeDrag,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
} from "@xyflow/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { addAlignment } from "../../domain/structureOps";
import type { Id, Structure } from "../../domain/types";
import { useApp, useAppStoreApi } from "../../store/context";
import { useT } from "../../store/useT";
import { labelFlow, useFlowAriaConfig } from "../flowAria";
import { PlanNodeCard } from "../PlanNodeCard";
import { TreeEdge } from "../TreeEdge";
import { type AlignFlow, boxAt, buildAlignFlow } from "./alignFlow";
import { isUnitFlowId, unitIdOf } from "./derived";
import { InitialView } from "./InitialView";
import { UnitCard } from "./UnitCard";
import { useUnitFocusFollower } from "./useUnitFocusFollower";
import "@xyflow/react/dist/base.css";
import { CanvasChrome, FLOW_DEFAULTS } from "../flowDefaults";
import "../../i18n/structureViews";

// The Alignment view's canvas. Drag a unit onto a box, or a box onto a unit,
// to make the unit its owner (primary); the role is changed in the panel.
// Selecting a unit highlights what it owns; selecting a box, its owners.

const nodeTypes: NodeTypes = { plan: PlanNodeCard, unit: UnitCard };
const edgeTypes: EdgeTypes = { tree: TreeEdge };
const FIT = { includeHiddenNodes: true, padding: 0.05, maxZoom: 0.9 } as const;

export interface AlignmentCanvasProps {
  readonly structure: Structure;
  readonly showAll: boolean;
  readonly onHiddenLines: (count: number) => void;
  readonly label: string;
}

export function AlignmentCanvas(props: AlignmentCanvasProps) {
  const documentId = useApp((s) => s.documentId);
  return (
    <ReactFlowProvider key={`${documentId}/${props.structure.id}`}>
      <AlignmentFlow {...props} />
    </ReactFlowProvider>
  );
}

function AlignmentFlow({ structure, showAll, onHiddenLines, label }: AlignmentCanvasProps) {
  const t = useT();
  const store = useAppStoreApi();
  const doc = useApp((s) => s.doc);
  const children = useApp((s) => s.children);
  const collapsed = useApp((s) => s.collapsed);
  const selectedId = useApp((s) => s.selectedId);
  const selectedUnitId = useApp((s) => s.selectedUnitId);
  const [unitFolds, setUnitFolds] = useState<ReadonlySet<Id>>(new Set());
  const toggle = useCallback((unitId: Id) => {
    setUnitFolds((previous) => {
      const next = new Set(previous);
      if (!next.delete(unitId)) next.add(unitId);
      return next;
    });
  }, []);
  const reveal = useCallback(
    (unitId: Id) => {
      setUnitFolds((previous) => {
        const next = new Set(previous);
        let current = structure.units.get(unitId)?.parentId ?? null;
        while (current !== null && next.delete(current))
          current = structure.units.get(current)?.parentId ?? null;
        return next.size === previous.size ? previous : next;
      });
    },
    [structure],
  );

  const selection = useMemo(
    () => ({ nodeId: selectedUnitId === null ? selectedId : null, unitId: selectedUnitId, showAll }),
    [selectedId, selectedUnitId, showAll],
  );
  const flow = useMemo(() => {
    if (!doc) return null;
    const built = buildAlignFlow(doc, children, collapsed, structure, unitFolds, toggle, selection);
    labelFlow(
      built.nodes,
      built.edges,
      { nodes: doc.nodes, units: structure.units, alignments: doc.alignments },
      t,
    );
    return built;
  }, [doc, children, collapsed, structure, unitFolds, toggle, selection, t]);
  const ariaLabelConfig = useFlowAriaConfig();
  useEffect(() => onHiddenLines(flow?.hiddenLines ?? 0), [flow, onHiddenLines]);

  const [nodes, setNodes] = useState<Node[]>(flow?.nodes ?? []);
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  useEffect(() => setNodes(flow?.nodes ?? []), [flow]);
  const onNodesChange = useCallback(
    (changes: NodeChange[]) => setNodes((current) => applyNodeChanges(changes, current)),
    [],
  );
  const shown = useMemo(
    () =>
      dropTarget === null
        ? nodes
        : nodes.map((n) =>
            n.id === dropTarget ? { ...n, className: `${n.className ?? ""} is-drop-target` } : n,
          ),
    [nodes, dropTarget],
  );

  /** The other side under the dragged card's centre: a box for a unit, a unit for a box. */
  const targetOf = useCallback(
    (node: Node): string | null => {
      if (!flow) return null;
      const x = node.position.x + (node.width ?? 0) / 2;
      const y = node.position.y + (node.height ?? 0) / 2;
      if (isUnitFlowId(node.id)) return boxAt(flow.nodeBoxes, x, y);
      const unit = boxAt(flow.unitBoxes, x, y);
      return unit === null ? null : `u:${unit}`;
    },
    [flow],
  );
  const onNodeDrag: OnNodeDrag = useCallback((_e, node) => setDropTarget(targetOf(node)), [targetOf]);
  const onNodeDragStop: OnNodeDrag = useCallback(
    (_e, node) => {
      const target = targetOf(node);
      setDropTarget(null);
      setNodes(flow?.nodes ?? []);
      if (target === null) return;
      const unitId = isUnitFlowId(node.id) ? unitIdOf(node.id) : unitIdOf(target);
      const nodeId = isUnitFlowId(node.id) ? target : node.id;
      align(store, structure, unitId, nodeId, t);
    },
    [targetOf, flow, store, structure, t],
  );

  const onNodeClick: NodeMouseHandler = useCallback(
    (_e, node) => {
      const state = store.getState();
      if (isUnitFlowId(node.id)) {
        state.select(null);
        state.selectUnit(unitIdOf(node.id));
      } else {
        state.selectUnit(null);
        state.select(node.id);
      }
    },
    [store],
  );
  const onPaneClick = useCallback(() => {
    store.getState().select(null);
    store.getState().selectUnit(null);
  }, [store]);

  if (!flow) return null;
  return (
    <div className="canvas align-canvas" role="application" aria-label={label}>
      <ReactFlow
        nodes={shown}
        edges={flow.edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onNodeDrag={onNodeDrag}
        onNodeDragStop={onNodeDragStop}
        onNodeClick={onNodeClick}
        onPaneClick={onPaneClick}
        onlyRenderVisibleElements
        nodesConnectable={false}
        elementsSelectable={false}
        ariaLabelConfig={ariaLabelConfig}
        {...FLOW_DEFAULTS}
      >
        <CanvasChrome fitViewOptions={FIT} />
        <Followers flow={flow} reveal={reveal} />
        <InitialView boxes={[...flow.nodeBoxes.values(), ...flow.unitBoxes.values()]} fitWidth />
      </ReactFlow>
    </div>
  );
}

function align(
  store: ReturnType<typeof useAppStoreApi>,
  structure: Structure,
  unitId: Id,
  nodeId: Id,
  t: ReturnType<typeof useT>,
) {
  const state = store.getState();
  const unit = structure.units.get(unitId);
  const node = state.doc?.nodes.get(nodeId);
  if (!unit || !node) return;
  const result = state.edit((doc) => addAlignment(doc, { structureId: structure.id, unitId, nodeId }), {
    label: t("align.addOwner"),
  });
  if (!result) return;
  if (!result.ok) {
    state.pushMessage({
      tone: "error",
      text:
        result.reason.code === "duplicate-alignment"
          ? t("refusal.duplicate")
          : t("refusal.other", { code: result.reason.code }),
    });
    return;
  }
  // Feedback without a banner: select the box, which shows the new line and the owner in the panel.
  state.selectUnit(null);
  state.select(nodeId);
}

/** Centre on a box (store focus) or a unit (unit focus) when asked. */
function Followers({ flow, reveal }: { flow: AlignFlow; reveal: (id: Id) => void }) {
  useUnitFocusFollower(flow.unitBoxes, reveal);
  const focus = useApp((s) => s.focus);
  const { setCenter, getZoom } = useReactFlow();
  const handled = useRef(0);
  useEffect(() => {
    if (!focus || focus.seq === handled.current) return;
    const box = flow.nodeBoxes.get(focus.id);
    if (!box) return;
    handled.current = focus.seq;
    void setCenter(box.x + box.width / 2, box.y + box.height / 2, {
      zoom: Math.max(getZoom(), 0.7),
      duration: 300,
    });
  }, [focus, flow, setCenter, getZoom]);
  return null;
}
