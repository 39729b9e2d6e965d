import {
  type Connection,
  type Edge,
  type EdgeTypes,
  type FinalConnectionState,
  type NodeTypes,
  ReactFlow,
  ReactFlowProvider,
  useStore as useFlowStore,
  useReactFlow,
  useStoreApi,
} from "@xyflow/react";
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { selectionWithDescendants } from "../domain/operations";
import { ancestorsOf } from "../domain/tree";
import type { Id, PlanDocument, Point } from "../domain/types";
import { boundsOf } from "../layout/bounds";
import { measureSync, PERF } from "../perf/marks";
import { useApp, useAppStoreApi } from "../store/context";
import { useT } from "../store/useT";
import { findDropTarget } from "./dropTarget";
import { fitViewport } from "./fitBoxes";
import { labelFlow, labelUnlabelled, useFlowAriaConfig } from "./flowAria";
import { PlanNodeCard } from "./PlanNodeCard";
import { TreeEdge } from "./TreeEdge";
import { type BuiltTreeFlow, type PlanFlowNode, type TreeFlow, updateTreeFlow } from "./treeFlow";
import "@xyflow/react/dist/base.css";
import { CanvasChrome, FLOW_DEFAULTS } from "./flowDefaults";
import { TreeMiniMap } from "./minimap/TreeMiniMap";
import type { OverviewPress } from "./overview";
import { useTrustDeclaredSizes } from "./trustDeclaredSizes";
import { useCardSizesAhead } from "./useCardSizesAhead";
import { useHandover } from "./useHandover";
import { useSelectionOverlay } from "./useSelectionOverlay";
import { useViewportWindow } from "./useViewportWindow";
import { flowInWindow } from "./viewportWindow";
import { DETAIL_ZOOM, OverviewTakesOver } from "./zoomLevels";

// Defined once at module level, as React Flow asks: a new object per render remounts every node.
const nodeTypes: NodeTypes = { plan: PlanNodeCard };
const edgeTypes: EdgeTypes = { tree: TreeEdge };

/** Fitted by the boxes' declared sizes: React Flow may hold only some of them (see below). */
const FIT_OPTIONS = { padding: 0.06, minZoom: FLOW_DEFAULTS.minZoom, maxZoom: 1 } as const;

/** Past this many boxes React Flow is handed only those near the view (viewportWindow.ts). */
const WINDOW_FROM = 2000;

/**
 * Past this many boxes, zoomed out below DETAIL_ZOOM, the tree is drawn on the
 * overview canvas (overview/), windowed or not. Zooming out, a tree that is not
 * windowed otherwise mounts a simple card for every box that comes on screen:
 * the benchmark's zoom at 1,000 boxes missed 19-30 of about 230 frames with
 * cards and 4-10 with the overview; at 300 boxes 37 and 14 (one run each). At
 * 100 boxes cards missed 8, well under the 5% at which the p95 tips.
 */
const OVERVIEW_FROM = 100;

/**
 * How long typing must pause before cards whose text outgrew (or shrank from)
 * their boxes are laid out again: a name that wraps onto a new line does not
 * re-lay out 10,000 boxes between two keystrokes.
 */
const SETTLE_MS = 400;

/** The smallest zoom at which a full card is still drawn (see PlanNodeCard). */
const MIN_READABLE_ZOOM = 0.55;

/** What the canvas asks of the editor; the view passes the tree actions in. */
export interface TreeCanvasHandlers {
  move(ids: readonly Id[], target: { parentId: Id | null; index?: number }): void;
  place(positions: ReadonlyMap<Id, Point>): void;
  link(from: Id, to: Id): void;
  canLink(from: Id, to: Id): boolean;
  contextMenu(id: Id, x: number, y: number): void;
}

export function TreeCanvas({ handlers }: { handlers: TreeCanvasHandlers }) {
  const documentId = useApp((s) => s.documentId);
  return (
    <ReactFlowProvider key={documentId ?? "none"}>
      <TreeFlowView handlers={handlers} />
    </ReactFlowProvider>
  );
}

function TreeFlowView({ handlers }: { handlers: TreeCanvasHandlers }) {
  const t = useT();
  const store = useAppStoreApi();
  const doc = useApp((s) => s.doc);
  // Only what the picture is drawn from: typing a title or aligning a unit lays nothing out again.
  const source = useApp(
    useShallow((s) => ({
      nodes: s.doc?.nodes,
      links: s.doc?.links,
      layout: s.doc?.layout,
      children: s.children,
      collapsed: s.collapsed,
    })),
  );
  // An edit of boxes' content alone (a name typed, a target changed) reaches the
  // flow in a background render of its own: each card reads its box from the store
  // and shows the edit at once; the flow only renews the changed boxes' spoken
  // labels and lines, and handing those to React Flow was half of a keystroke's
  // task at 10,000 boxes. So does a fold or unfold: React yields between the
  // layout and the rest of that render, and an Expand all at 10,000-20,000 boxes is
  // several tasks instead of one of 55-95 ms. Any other change (the tree's shape,
  // links, boxes placed: a drop must not show the box back where it was for a
  // frame) is drawn at once, from the whole of the current source.
  const deferred = useDeferredValue(source);
  const drawn = onlyContentOrFoldsBehind(deferred, source) ? deferred : source;
  const { nodes: planNodes, links, layout, children, collapsed } = drawn;
  // While the flow is behind on folds, its boxes are not yet where they are going.
  const foldsBehind = drawn.collapsed !== source.collapsed;
  const selectedLinkId = useApp((s) => s.selectedLinkId);
  const selectedIds = useApp((s) => s.selectedIds);
  const { screenToFlowPosition } = useReactFlow();
  useTrustDeclaredSizes();
  useCardSizesAhead();
  const draggedIds = useRef<ReadonlySet<Id>>(new Set());

  // Only a change of the tree's shape or content rebuilds the flow, never a selection or a pan;
  // and an edit that moves and resizes no box (most renames) keeps the last one, with new
  // objects (and spoken labels) only for the boxes it changed and their lines. The other
  // objects of a new flow are labelled once they are first shown (below).
  const built = useRef<{ flow: BuiltTreeFlow; t: typeof t; settled: number } | null>(null);
  // Counts the pauses after which the flow was laid out for the cards' real sizes.
  const [settled, settle] = useState(0);
  // The flow and whether its sizes still await a pause, from one build: a render
  // React throws away may have left `built` a build ahead of what is drawn.
  const { flow, unsettled } = useMemo(() => {
    if (!planNodes || !links || !layout) return { flow: null, unsettled: false };
    const previous = built.current?.t === t ? built.current.flow : null;
    // Sizes may be kept between keystrokes, not when a pause asks to settle.
    const keepSizes = built.current?.settled === settled;
    const next = measureSync(PERF.layout, () =>
      updateTreeFlow(previous, { nodes: planNodes, links, layout }, children, collapsed, { keepSizes }),
    );
    if (next.fresh) labelFlow(next.fresh.nodes, next.fresh.edges, { nodes: planNodes }, t);
    built.current = { flow: next, t, settled };
    return { flow: next.flow, unsettled: next.unsettled };
  }, [planNodes, links, layout, children, collapsed, t, settled]);
  useEffect(() => {
    if (!unsettled || !flow) return;
    const timer = setTimeout(() => settle((n) => n + 1), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [unsettled, flow]);

  // A large tree goes to React Flow a window at a time; the selection always goes
  // along, since React Flow drags and reports only boxes it holds.
  const boxCount = flow?.nodes.length ?? 0;
  const windowed = boxCount > WINDOW_FROM;
  const area = useViewportWindow(windowed, DETAIL_ZOOM);
  // Zoomed far out, a tree of more than OVERVIEW_FROM boxes is drawn on one
  // canvas (overview/); React Flow keeps only the selection, to move it and report it.
  // Until the overview's chunk is there (or if it cannot load), the cards stay
  // as they are.
  const overviewWanted = boxCount > OVERVIEW_FROM;
  const overview = useOverviewModule(overviewWanted);
  const overviewOn = overviewWanted && overview !== null;
  const far = useFlowStore(belowDetailZoom) && overviewOn;
  const shown = useMemo(() => {
    if (!flow || !planNodes) return null;
    const part = far
      ? { nodes: flow.nodes.filter((node) => selectedIds.has(node.id)), edges: [] }
      : !windowed
        ? flow
        : area
          ? flowInWindow(flow, flow.boxes, area, selectedIds)
          : { nodes: [], edges: [] };
    labelUnlabelled(part.nodes, part.edges, { nodes: planNodes }, t);
    return part;
  }, [flow, planNodes, windowed, far, area, selectedIds, t]);
  // Boxes on screen reach React Flow a few per frame, and those leaving go a frame hidden first
  // (see handover.ts); the overview draws the rest.
  const handover = useHandover(shown, flow?.boxes ?? null, overviewOn);
  const handed = handover.part;
  // Boxes leaving hidden (see handover.ts) are the overview's to draw already.
  const held = useMemo(
    () => new Set(handed?.nodes.filter((node) => !node.hidden).map((node) => node.id)),
    [handed],
  );
  const pressed = useRef<OverviewPress | null>(null);
  // The same handlers while the overview is off: an edit hands React Flow no new props.
  const overviewFlow = far ? flow : null;
  const pointer = useMemo(
    () =>
      overview?.overviewPointer({
        flow: overviewFlow,
        store,
        screenToFlowPosition,
        contextMenu: handlers.contextMenu,
        pressed,
      }) ?? null,
    [overview, overviewFlow, store, screenToFlowPosition, handlers],
  );

  const ariaLabelConfig = useFlowAriaConfig();
  const { nodes, onNodesChange, dragged, endDrag } = useSelectionOverlay(handed?.nodes);
  const edges = useMemo(() => {
    if (!handed || selectedLinkId === null) return handed?.edges ?? [];
    return handed.edges.map((e) => (e.id === `c:${selectedLinkId}` ? { ...e, selected: true } : e));
  }, [handed, selectedLinkId]);
  const fitTree = useFitTree(flow);

  const onNodeDragStart = useCallback(
    (_event: MouseEvent | TouchEvent, _node: PlanFlowNode, draggedNodes: PlanFlowNode[]) => {
      const state = store.getState();
      if (!state.doc) return;
      // The dragged boxes are never targets (a nudge over itself just places the box);
      // everything below them is drawn as refused, and a drop there is refused with a message.
      draggedIds.current = new Set(draggedNodes.map((n) => n.id));
      store.getState().setDrag({
        moving: selectionWithDescendants(state.doc, draggedIds.current, state.children),
        target: null,
      });
    },
    [store],
  );

  const onNodeDrag = useCallback(
    (event: MouseEvent | TouchEvent) => {
      const drag = store.getState().drag;
      if (!drag || !flow) return;
      const point = "touches" in event ? event.touches[0] : event;
      if (!point) return;
      const pointer = screenToFlowPosition({ x: point.clientX, y: point.clientY });
      const target = findDropTarget(pointer, flow.boxes, draggedIds.current, (id) => flow.stacked.has(id));
      store.getState().setDrag({ moving: drag.moving, target });
    },
    [store, flow, screenToFlowPosition],
  );

  const onNodeDragStop = useCallback(
    (_event: MouseEvent | TouchEvent, _node: PlanFlowNode, draggedNodes: PlanFlowNode[]) => {
      const state = store.getState();
      const target = state.drag?.target ?? null;
      state.setDrag(null);
      const ids = draggedNodes.map((n) => n.id);
      const finalPositions = new Map(draggedNodes.map((n) => [n.id, dragged?.get(n.id) ?? n.position]));
      endDrag();
      if (!state.doc || ids.length === 0) return;
      // Only the top-most dragged boxes move; their subtrees come along.
      const roots = ids.filter(
        (id) => !ids.some((other) => other !== id && isAncestor(state.doc!, other, id)),
      );
      if (target === null) {
        handlers.place(finalPositions);
      } else if (target.mode === "child") {
        handlers.move(roots, { parentId: target.id });
      } else {
        const targetNode = state.doc.nodes.get(target.id);
        if (!targetNode) return;
        const siblings = (state.children.get(targetNode.parentId) ?? []).filter((id) => !roots.includes(id));
        const at = siblings.indexOf(target.id) + (target.mode === "after" ? 1 : 0);
        handlers.move(roots, { parentId: targetNode.parentId, index: at });
      }
    },
    [store, dragged, endDrag, handlers],
  );

  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, connection: FinalConnectionState) => {
      const from = connection.fromNode?.id;
      if (!from) return;
      const point = "changedTouches" in event ? event.changedTouches[0]! : event;
      // The link ends on whichever box the pointer is released over, not only on a handle.
      const element = document.elementFromPoint(point.clientX, point.clientY);
      const to = element?.closest(".react-flow__node")?.getAttribute("data-id") ?? connection.toNode?.id;
      if (to && to !== from) handlers.link(from, to);
    },
    [handlers],
  );

  const isValidConnection = useCallback(
    (connection: Connection | Edge) => handlers.canLink(connection.source, connection.target),
    [handlers],
  );

  const onEdgeClick = useCallback(
    (_event: React.MouseEvent, edge: Edge) => {
      const linkId = (edge.data as { linkId?: Id } | undefined)?.linkId;
      if (linkId) store.getState().selectLink(linkId);
    },
    [store],
  );

  const onNodeContextMenu = useCallback(
    (event: React.MouseEvent, node: PlanFlowNode) => {
      event.preventDefault();
      if (!store.getState().selectedIds.has(node.id)) store.getState().selectNodes([node.id]);
      handlers.contextMenu(node.id, event.clientX, event.clientY);
    },
    [store, handlers],
  );

  const dragging = useApp((s) => s.drag !== null);
  if (!doc || !flow) return null;
  return (
    <div
      className={`canvas${dragging ? " is-dragging" : ""}`}
      onMouseDownCapture={pointer?.pressCapture}
      onClickCapture={pointer?.clickCapture}
      aria-label={t("canvas.label")}
      role="application"
    >
      <OverviewTakesOver.Provider value={overviewOn}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onNodeDragStart={onNodeDragStart}
          onNodeDrag={onNodeDrag}
          onNodeDragStop={onNodeDragStop}
          onConnectEnd={onConnectEnd}
          isValidConnection={isValidConnection}
          onEdgeClick={onEdgeClick}
          onNodeContextMenu={onNodeContextMenu}
          onPaneContextMenu={pointer?.contextMenu}
          onPaneMouseMove={pointer?.move}
          onSelectionEnd={pointer?.selectionEnd}
          onlyRenderVisibleElements
          nodeDragThreshold={4}
          selectionKeyCode="Shift"
          multiSelectionKeyCode="Shift"
          deleteKeyCode={null}
          ariaLabelConfig={ariaLabelConfig}
          {...FLOW_DEFAULTS}
        >
          <CanvasChrome onFit={fitTree} />
          {overviewOn && <overview.OverviewCanvas flow={flow} held={held} active={far || handover.pending} />}
          <TreeMiniMap flow={flow} dragged={dragged} />
          <InitialView flow={flow} fitTree={fitTree} />
          <PaintedMark />
          <FocusFollower flow={flow} behind={foldsBehind} />
        </ReactFlow>
      </OverviewTakesOver.Provider>
      {doc.nodes.size === 0 && <p className="canvas__empty">{t("canvas.empty")}</p>}
      <Legend />
    </div>
  );
}

const belowDetailZoom = (s: { transform: [number, number, number] }) => s.transform[2] < DETAIL_ZOOM;

/** Whether `behind` differs from `now` in the boxes' content and folds at most (see TreeFlowView). */
function onlyContentOrFoldsBehind<T extends { links: unknown; layout: unknown; children: unknown }>(
  behind: T,
  now: T,
): boolean {
  return behind.links === now.links && behind.layout === now.layout && behind.children === now.children;
}

type OverviewModule = typeof import("./overview");

/** The overview's chunk (see overview/index.ts), loaded once `wanted` (a large tree) and kept. */
function useOverviewModule(wanted: boolean): OverviewModule | null {
  const [module, setModule] = useState<OverviewModule | null>(null);
  useEffect(() => {
    if (!wanted || module) return;
    let live = true;
    import("./overview")
      .then((loaded) => {
        if (live) setModule(loaded);
      })
      // Not loaded (offline before the app was cached): the tree keeps its cards at every zoom.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [wanted, module]);
  return module;
}

function isAncestor(doc: PlanDocument, ancestor: Id, id: Id): boolean {
  return ancestorsOf(doc.nodes, id).includes(ancestor);
}

/**
 * On open: fit the drawn tree (a large document opens with its programs
 * collapsed, so this is the strategic level). If fitting would make the cards
 * unreadable, start at the top-left of the tree at the smallest readable zoom,
 * where a reader starts anyway.
 */
function InitialView({ flow, fitTree }: { flow: TreeFlow; fitTree: () => void }) {
  const { setViewport } = useReactFlow();
  const width = useFlowStore((s) => s.width);
  const height = useFlowStore((s) => s.height);
  const done = useRef(false);
  useEffect(() => {
    // Checked before the bounds: this runs again after every edit (a new flow), and the
    // bounds are a walk over every box.
    if (done.current || width === 0 || height === 0) return;
    const bounds = boundsOf(flow.boxes.values());
    if (!bounds) return;
    done.current = true;
    const fitZoom = Math.min((width * 0.94) / bounds.width, (height * 0.94) / bounds.height);
    if (fitZoom >= MIN_READABLE_ZOOM) {
      fitTree();
      return;
    }
    // Too big to read whole: start where a reader starts, at the first box of the
    // tree, centred at the top (the corner of the tree's bounds is usually empty).
    const first = flow.nodes[0];
    const box = first ? flow.boxes.get(first.id) : undefined;
    const centreX = box ? box.x + box.width / 2 : bounds.x;
    void setViewport({
      x: width / 2 - centreX * MIN_READABLE_ZOOM,
      y: 32 - (box?.y ?? bounds.y) * MIN_READABLE_ZOOM,
      zoom: MIN_READABLE_ZOOM,
    });
  }, [flow, fitTree, setViewport, width, height]);
  return null;
}

/** Shows the whole drawn tree (the fit button, and the first view when it is readable). */
function useFitTree(flow: TreeFlow | null): () => void {
  const flowStore = useStoreApi();
  const { setViewport } = useReactFlow();
  return useCallback(() => {
    const { width, height } = flowStore.getState();
    const bounds = flow && boundsOf(flow.boxes.values());
    if (!bounds || width === 0 || height === 0) return;
    void setViewport(fitViewport(bounds, width, height, FIT_OPTIONS));
  }, [flow, flowStore, setViewport]);
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

/** Centres the canvas on the node the store asks for (search, panel links), once the flow has caught up with the folds. */
function FocusFollower({ flow, behind }: { flow: TreeFlow; behind: boolean }) {
  const focus = useApp((s) => s.focus);
  const { setCenter, getZoom } = useReactFlow();
  const handled = useRef(0);
  useEffect(() => {
    // An unfold still on its way would move the box: its place is taken once it has arrived.
    if (!focus || focus.seq === handled.current || behind) return;
    const box = flow.boxes.get(focus.id);
    if (!box) return; // not drawn yet: the next flow (after expanding) will have it
    handled.current = focus.seq;
    void setCenter(box.x + box.width / 2, box.y + box.height / 2, {
      zoom: Math.max(getZoom(), 0.8),
      duration: 300,
    });
  }, [focus, flow, behind, setCenter, getZoom]);
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
          <line x1="0" y1="5" x2="22" y2="5" className="legend__contributes" />
          <path d="M 20 1 L 28 5 L 20 9 Z" fill="#c2410c" />
        </svg>
        {t("canvas.legendContributes")}
      </span>
    </div>
  );
}
