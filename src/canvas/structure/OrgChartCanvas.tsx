import {
  applyNodeChanges,
  type EdgeTypes,
  type NodeChange,
  type NodeMouseHandler,
  type NodeTypes,
  type OnNodeDrag,
  ReactFlow,
  ReactFlowProvider,
} from "@xyflow/react";
import { useCallback, useEffect, useMemo, useState } from "react";
import { moveUnit } from "../../domain/structureOps";
import type { Id, Structure } from "../../domain/types";
import { useApp, useAppStoreApi } from "../../store/context";
import { useT } from "../../store/useT";
import { labelFlow, useFlowAriaConfig } from "../flowAria";
import { TreeEdge } from "../TreeEdge";
import { unitChildren, unitIdOf } from "./derived";
import { InitialView } from "./InitialView";
import { buildOrgFlow, unitAt } from "./orgFlow";
import { UnitCard, type UnitFlowNode, type UnitMark } from "./UnitCard";
import { useUnitFocusFollower } from "./useUnitFocusFollower";
import "@xyflow/react/dist/base.css";
import { CanvasChrome, FLOW_DEFAULTS } from "../flowDefaults";
import "../../i18n/structureViews";

// The org chart of one structure, top-down. Editable on the Structure view
// (drag a unit onto another to move it under it; click to edit in the panel),
// read-only with change marks on the Compare view.

const nodeTypes: NodeTypes = { unit: UnitCard };
const edgeTypes: EdgeTypes = { tree: TreeEdge };
const FIT = { includeHiddenNodes: true, padding: 0.08, maxZoom: 1 } as const;
/** Larger structures open with the sub-units of echelon-1 units folded. */
const FOLD_ABOVE = 80;

export interface OrgChartProps {
  readonly structure: Structure;
  readonly editable: boolean;
  readonly marks?: ReadonlyMap<Id, readonly UnitMark[]>;
  readonly highlighted?: ReadonlySet<Id>;
  readonly label: string;
}

export function OrgChartCanvas(props: OrgChartProps) {
  return (
    <ReactFlowProvider key={props.structure.id}>
      <OrgChart {...props} />
    </ReactFlowProvider>
  );
}

function defaultFolds(structure: Structure): Set<Id> {
  if (structure.units.size <= FOLD_ABOVE) return new Set();
  const children = unitChildren(structure.units);
  const folds = new Set<Id>();
  for (const top of children.get(null) ?? [])
    for (const id of children.get(top) ?? []) if ((children.get(id)?.length ?? 0) > 0) folds.add(id);
  return folds;
}

const centreOf = (node: UnitFlowNode) => ({
  x: node.position.x + (node.width ?? 0) / 2,
  y: node.position.y + (node.height ?? 0) / 2,
});

function OrgChart({ structure, editable, marks, highlighted, label }: OrgChartProps) {
  const t = useT();
  const store = useAppStoreApi();
  const selectUnit = useApp((s) => s.selectUnit);
  const [collapsed, setCollapsed] = useState<ReadonlySet<Id>>(() => defaultFolds(structure));

  const toggle = useCallback((unitId: Id) => {
    setCollapsed((previous) => {
      const next = new Set(previous);
      if (!next.delete(unitId)) next.add(unitId);
      return next;
    });
  }, []);
  const reveal = useCallback(
    (unitId: Id) => {
      setCollapsed((previous) => {
        let current = structure.units.get(unitId)?.parentId ?? null;
        const next = new Set(previous);
        const seen = new Set<Id>();
        while (current !== null && !seen.has(current)) {
          seen.add(current);
          next.delete(current);
          current = structure.units.get(current)?.parentId ?? null;
        }
        return next.size === previous.size ? previous : next;
      });
    },
    [structure],
  );

  const flow = useMemo(() => {
    const built = buildOrgFlow(structure, {
      collapsed,
      onToggle: toggle,
      draggable: editable,
      ...(marks ? { marks } : {}),
      ...(highlighted ? { highlighted } : {}),
    });
    labelFlow(built.nodes, built.edges, { units: structure.units }, t);
    return built;
  }, [structure, collapsed, toggle, editable, marks, highlighted, t]);
  const ariaLabelConfig = useFlowAriaConfig();

  // Dragging moves a copy of the nodes; the layout puts everything back on drop.
  const [nodes, setNodes] = useState<UnitFlowNode[]>(flow.nodes);
  const [dropTarget, setDropTarget] = useState<Id | null>(null);
  useEffect(() => setNodes(flow.nodes), [flow]);
  const onNodesChange = useCallback(
    (changes: NodeChange<UnitFlowNode>[]) => setNodes((current) => applyNodeChanges(changes, current)),
    [],
  );
  const shown = useMemo(
    () =>
      dropTarget === null
        ? nodes
        : nodes.map((n) =>
            n.data.unitId === dropTarget ? { ...n, className: `${n.className ?? ""} is-drop-target` } : n,
          ),
    [nodes, dropTarget],
  );

  const onNodeDrag: OnNodeDrag<UnitFlowNode> = useCallback(
    (_event, node) => {
      const { x, y } = centreOf(node);
      setDropTarget(unitAt(flow.boxes, x, y, node.data.unitId));
    },
    [flow],
  );
  const onNodeDragStop: OnNodeDrag<UnitFlowNode> = useCallback(
    (_event, node) => {
      const { x, y } = centreOf(node);
      const target = unitAt(flow.boxes, x, y, node.data.unitId);
      setDropTarget(null);
      setNodes(flow.nodes);
      if (target === null) return;
      const state = store.getState();
      const unit = structure.units.get(node.data.unitId);
      const parent = structure.units.get(target);
      if (!unit || !parent) return;
      const result = state.edit((doc) => moveUnit(doc, structure.id, unit.id, target), {
        label: t("structure.moved", { unit: unit.name, parent: parent.name }),
      });
      if (result && !result.ok) {
        state.pushMessage({
          tone: "error",
          text:
            result.reason.code === "cycle"
              ? t("refusal.cycle", { unit: unit.name })
              : t("refusal.other", { code: result.reason.code }),
        });
      } else if (result?.ok) {
        // The chart redraws with the unit in its new place: that is the feedback (no banner that stays).
        reveal(unit.id);
      }
    },
    [flow, store, structure, t, reveal],
  );

  const onNodeClick: NodeMouseHandler<UnitFlowNode> = useCallback(
    (_event, node) => {
      const state = store.getState();
      if (state.structureId !== structure.id) state.setStructure(structure.id);
      state.select(null);
      state.selectUnit(unitIdOf(node.id));
    },
    [store, structure.id],
  );
  const onPaneClick = useCallback(() => selectUnit(null), [selectUnit]);

  return (
    <div className="canvas org-canvas" role="application" aria-label={label}>
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
        nodesDraggable={editable}
        nodesConnectable={false}
        elementsSelectable={false}
        ariaLabelConfig={ariaLabelConfig}
        {...FLOW_DEFAULTS}
      >
        <CanvasChrome fitViewOptions={FIT} />
        <Follower boxes={flow.boxes} reveal={reveal} />
        <InitialView boxes={flow.boxes.values()} />
      </ReactFlow>
      {structure.units.size === 0 && <p className="canvas__empty">{t("structure.empty")}</p>}
      {collapsed.size > 0 && (
        <button type="button" className="org-canvas__expand" onClick={() => setCollapsed(new Set())}>
          {t("structure.expandAll")}
        </button>
      )}
    </div>
  );
}

function Follower({
  boxes,
  reveal,
}: {
  boxes: ReturnType<typeof buildOrgFlow>["boxes"];
  reveal: (id: Id) => void;
}) {
  useUnitFocusFollower(boxes, reveal);
  return null;
}
