import type { AriaLabelConfig, Edge, Node } from "@xyflow/react";
import { useMemo } from "react";
import type { Alignment, Id, PlanNode, Unit } from "../domain/types";
import type { Translate } from "../i18n/translate";
import { useT } from "../store/useT";
import { isUnitFlowId, unitIdOf } from "./structure/derived";

// What a screen reader hears on the canvases, in the UI language: React Flow's
// own labels and instructions (translated through ariaLabelConfig), each box
// and unit by its kind or tier, code and name, and each line by what it means
// ("Program X is part of Goal Y") instead of React Flow's "Edge from n1 to n2".

/** React Flow's labels for every canvas: pass as `ariaLabelConfig`. */
export function useFlowAriaConfig(): Partial<AriaLabelConfig> {
  const t = useT();
  return useMemo(
    () => ({
      "node.a11yDescription.default": t("flow.nodeDescription"),
      "node.a11yDescription.keyboardDisabled": t("flow.nodeDescriptionMove"),
      "node.a11yDescription.ariaLiveMessage": ({ direction, x, y }) =>
        t("flow.nodeMoved", { direction, x: Math.round(x), y: Math.round(y) }),
      "edge.a11yDescription.default": t("flow.edgeDescription"),
      "controls.ariaLabel": t("flow.controls"),
      "controls.zoomIn.ariaLabel": t("flow.zoomIn"),
      "controls.zoomOut.ariaLabel": t("flow.zoomOut"),
      "controls.fitView.ariaLabel": t("flow.fitView"),
      "controls.interactive.ariaLabel": t("flow.interactive"),
      "minimap.ariaLabel": t("flow.minimap"),
      "handle.ariaLabel": t("flow.handle"),
    }),
    [t],
  );
}

/** Where the names come from: whichever of these the canvas draws. */
export interface FlowNameSource {
  readonly nodes?: ReadonlyMap<Id, PlanNode>;
  readonly units?: ReadonlyMap<Id, Unit>;
  readonly alignments?: ReadonlyMap<Id, Alignment>;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Labels the nodes and edges that have no spoken label yet: a large tree's
 * objects as they are first shown, instead of all 20,000 on every new layout.
 */
export function labelUnlabelled(
  nodes: readonly Node[],
  edges: readonly Edge[],
  source: FlowNameSource,
  t: Translate,
): void {
  const bareNodes = nodes.filter((n) => n.ariaLabel === undefined);
  const bareEdges = edges.filter((e) => e.ariaLabel === undefined);
  if (bareNodes.length > 0 || bareEdges.length > 0) labelFlow(bareNodes, bareEdges, source, t);
}

/**
 * Gives every node and edge of a freshly built flow its spoken label, in place
 * (call it where the flow is built, so it costs once per rebuild, not per render).
 */
export function labelFlow(
  nodes: readonly Node[],
  edges: readonly Edge[],
  source: FlowNameSource,
  t: Translate,
): void {
  const planName = (id: Id): string => {
    const node = source.nodes?.get(id);
    if (!node) return id;
    return collapse(
      t("canvas.nodeAria", { kind: t(`kind.${node.kind}`), code: node.code ?? "", name: node.name }),
    );
  };
  const unitName = (flowId: string): string => {
    const unit = source.units?.get(unitIdOf(flowId));
    return unit ? `${t(`tier.${unit.tier}`)} ${unit.name}` : flowId;
  };
  const nameOf = (flowId: string): string => (isUnitFlowId(flowId) ? unitName(flowId) : planName(flowId));

  for (const node of nodes) {
    if (node.type === "plan") node.ariaLabel = planName(node.id);
    else if (node.type === "unit") node.ariaLabel = unitName(node.id);
  }
  for (const edge of edges) {
    const kind = edge.id.slice(0, edge.id.indexOf(":"));
    if (kind === "c") {
      edge.ariaLabel = t("flow.edgeContributes", { from: nameOf(edge.source), to: nameOf(edge.target) });
    } else if (kind === "p") {
      // The tree draws parent → child, the strategy map child → parent (cause and effect).
      const child = source.nodes?.get(edge.target)?.parentId === edge.source ? edge.target : edge.source;
      const parent = child === edge.target ? edge.source : edge.target;
      edge.ariaLabel = t("flow.edgeParent", { child: nameOf(child), parent: nameOf(parent) });
    } else if (kind === "up") {
      edge.ariaLabel = t("flow.edgeUnit", { child: nameOf(edge.target), parent: nameOf(edge.source) });
    } else if (kind === "al") {
      const alignment = source.alignments?.get(edge.id.slice(3));
      edge.ariaLabel = t("flow.edgeAlignment", {
        unit: nameOf(edge.source),
        role: alignment ? t(`role.${alignment.role}`) : "",
        node: nameOf(edge.target),
      });
    } else {
      edge.ariaLabel = t("flow.edgeParent", { child: nameOf(edge.target), parent: nameOf(edge.source) });
    }
  }
}
