import { updateMeta } from "../../domain/document";
import {
  addIndicator,
  addLink,
  addNode,
  clearNodePositions,
  deleteSubtrees,
  type IndicatorPatch,
  indent,
  moveIndicator,
  moveNode,
  moveNodes,
  type NodePatch,
  type OperationFailure,
  type OperationResult,
  outdent,
  removeIndicator,
  removeLink,
  reorderSibling,
  setIndicatorTarget,
  setNodePositions,
  setPerspective,
  updateIndicator,
  updateNode,
} from "../../domain/operations";
import type {
  DocumentMeta,
  Id,
  NodeKind,
  Perspective,
  PlanDocument,
  Point,
  TargetValue,
} from "../../domain/types";
import type { MessageKey } from "../../i18n/en";
import type { Translate } from "../../i18n/translate";
import type { AppStore, EditOptions } from "../../store/appStore";

// The tree's editing actions, written once and used by the toolbar, the
// keyboard, the context menu, the outline, drag and drop, and the tests. Each
// applies a pure operation through the store (one undo step) and says what
// went wrong, in the UI's language, when the operation is refused.

/** The kind a new child gets under a parent of each kind: the next level of the planning chain. */
export const CHILD_KIND: Readonly<Record<NodeKind, NodeKind>> = {
  goal: "strategic_target",
  strategic_target: "program",
  program: "activity",
  activity: "output",
  output: "output",
  condition: "condition",
};

export interface TreeActions {
  addChild(parentId: Id | null, kind?: NodeKind): Id | null;
  addSibling(siblingId: Id, kind?: NodeKind): Id | null;
  deleteSelection(): void;
  move(id: Id, parentId: Id | null, index?: number): boolean;
  /** Move several boxes under one parent (or before/after a box) as one undo step. */
  moveMany(ids: readonly Id[], target: { parentId: Id | null; index?: number }): boolean;
  reorder(id: Id, delta: -1 | 1): void;
  indent(id: Id): void;
  outdent(id: Id): void;
  place(positions: ReadonlyMap<Id, Point>): void;
  tidy(ids: readonly Id[] | "all"): void;
  link(from: Id, to: Id): boolean;
  unlink(linkId: Id): void;
  setPerspective(ids: readonly Id[], perspective: Perspective | undefined): void;
  copy(cut?: boolean): Promise<void>;
  paste(text?: string): Promise<void>;
  duplicate(): void;
  /** Field edits: typing in one field is one undo step. False when refused. */
  updateNode(id: Id, patch: NodePatch, field: string): boolean;
  addIndicator(nodeId: Id): Id | null;
  updateIndicator(nodeId: Id, indicatorId: Id, patch: IndicatorPatch, field: string): boolean;
  setTarget(nodeId: Id, indicatorId: Id, year: string, value: TargetValue | undefined): boolean;
  removeIndicator(nodeId: Id, indicatorId: Id): void;
  moveIndicator(nodeId: Id, indicatorId: Id, toIndex: number): void;
  updateMeta(patch: Partial<DocumentMeta>, field: string): void;
}

export function createTreeActions(store: AppStore, t: () => Translate): TreeActions {
  const state = () => store.getState();
  const label = (action: MessageKey): EditOptions => ({ label: t()(action) });

  function explain(failure: OperationFailure) {
    const { code, params = {} } = failure.reason;
    const names = { ...params } as Record<string, string | number>;
    // Name boxes by their names, not their ids.
    for (const key of ["from", "to", "id"]) {
      const id = params[key];
      const node = typeof id === "string" ? state().doc?.nodes.get(id) : undefined;
      if (node) names[key] = node.name;
    }
    const key = `error.${code}` as MessageKey;
    const text = t()(key) === key ? t()("error.other") : t()(key, names);
    state().pushMessage({ tone: "error", text });
  }

  function apply<E extends object>(
    operation: (doc: PlanDocument) => OperationResult<E>,
    options: EditOptions,
  ): OperationResult<E> | null {
    const result = state().edit(operation, options);
    if (result && !result.ok) explain(result);
    return result;
  }

  /** A new box: selected, in view, and its name ready for typing where the user is working. */
  function created(id: Id) {
    state().selectNodes([id]);
    state().focusNode(id);
    const inOutline =
      document.activeElement?.closest("[data-outline]") !== null && document.activeElement !== null;
    state().requestRename(id, inOutline ? "outline" : "panel");
  }

  const newName = (kind: NodeKind) => t()("edit.newNode", { kind: t()(`kind.${kind}`) });
  const nodeName = (id: Id | null) => (id === null ? "" : (state().doc?.nodes.get(id)?.name ?? id));

  return {
    addChild(parentId, kind) {
      const doc = state().doc;
      if (!doc) return null;
      const parentKind = parentId === null ? undefined : doc.nodes.get(parentId)?.kind;
      const newKind = kind ?? (parentKind ? CHILD_KIND[parentKind] : "goal");
      if (parentId !== null && state().collapsed.has(parentId)) state().toggleCollapsed(parentId);
      const result = apply(
        (d) => addNode(d, { parentId, kind: newKind, name: newName(newKind) }),
        label("action.add"),
      );
      if (!result?.ok) return null;
      created(result.id);
      return result.id;
    },

    addSibling(siblingId, kind) {
      const doc = state().doc;
      const sibling = doc?.nodes.get(siblingId);
      if (!doc || !sibling) return null;
      const result = apply((d) => {
        const newKind = kind ?? sibling.kind;
        return addNode(d, {
          parentId: sibling.parentId,
          kind: newKind,
          afterSiblingId: siblingId,
          name: newName(newKind),
        });
      }, label("action.add"));
      if (!result?.ok) return null;
      created(result.id);
      return result.id;
    },

    deleteSelection() {
      const { selectedIds, selectedLinkId } = state();
      if (selectedIds.size === 0) {
        if (selectedLinkId) this.unlink(selectedLinkId);
        return;
      }
      const result = apply((d) => deleteSubtrees(d, [...selectedIds]), label("action.delete"));
      if (result?.ok) {
        const { removed } = result;
        state().selectNodes([]);
        state().pushMessage({
          tone: "info",
          text: t()("edit.deleted", {
            count: removed.nodes,
            links: removed.links,
            alignments: removed.alignments,
          }),
        });
      }
    },

    move(id, parentId, index) {
      const result = apply((d) => moveNode(d, id, parentId, index), label("action.move"));
      return result?.ok === true;
    },

    moveMany(ids, target) {
      const result = apply((d) => moveNodes(d, ids, target.parentId, target.index), label("action.move"));
      if (result?.ok && ids.length === 1) {
        const name = nodeName(ids[0]!);
        state().pushMessage({
          tone: "info",
          text:
            target.parentId === null
              ? t()("edit.movedToRoot", { name })
              : t()("edit.moved", { name, parent: nodeName(target.parentId) }),
        });
      }
      return result?.ok === true;
    },

    reorder(id, delta) {
      apply((d) => reorderSibling(d, id, delta), label("action.move"));
    },

    indent(id) {
      apply((d) => indent(d, id), label("action.move"));
    },

    outdent(id) {
      apply((d) => outdent(d, id), label("action.move"));
    },

    place(positions) {
      apply((d) => setNodePositions(d, positions), label("action.place"));
    },

    tidy(ids) {
      apply((d) => clearNodePositions(d, ids), label("action.tidy"));
    },

    link(from, to) {
      const result = apply((d) => addLink(d, from, to), label("action.link"));
      if (result?.ok) {
        state().pushMessage({
          tone: "success",
          text: t()("edit.linkAdded", { from: nodeName(from), to: nodeName(to) }),
        });
      }
      return result?.ok === true;
    },

    unlink(linkId) {
      const result = apply((d) => removeLink(d, linkId), label("action.unlink"));
      if (result?.ok) state().selectLink(null);
    },

    setPerspective(ids, perspective) {
      apply((d) => setPerspective(d, ids, perspective), label("action.perspective"));
    },

    async copy(cut = false) {
      if (state().selectedIds.size === 0) return;
      const { extractSubtrees } = await clipboardOperations();
      const { doc, selectedIds } = state();
      if (!doc || selectedIds.size === 0) return;
      const payload = extractSubtrees(doc, selectedIds);
      const text = JSON.stringify(payload);
      clipboardMemory = text;
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        // Without permission the copy still works inside this tab.
      }
      if (cut) this.deleteSelection();
      else state().pushMessage({ tone: "info", text: t()("edit.copied", { count: payload.nodes.length }) });
    },

    async paste(text) {
      let source = text;
      if (source === undefined) {
        try {
          source = await navigator.clipboard.readText();
        } catch {
          source = clipboardMemory ?? undefined;
        }
      }
      if (!source) {
        state().pushMessage({ tone: "error", text: t()("edit.clipboardEmpty") });
        return;
      }
      const { pasteSubtrees } = await clipboardOperations();
      const parentId = state().selectedId;
      const result = apply((d) => pasteSubtrees(d, source, parentId), label("action.paste"));
      if (result?.ok && result.rootIds.length > 0) {
        state().selectNodes([...result.rootIds]);
        state().focusNode(result.rootIds[0]!);
        state().pushMessage({ tone: "success", text: t()("edit.pasted", { count: result.idMap.size }) });
      }
    },

    updateNode(id, patch, field) {
      const result = apply((d) => updateNode(d, id, patch), {
        label: t()("action.edit", { field: t()(`panel.${field}` as MessageKey) }),
        coalesceKey: `node:${id}:${field}`,
      });
      return result?.ok === true;
    },

    addIndicator(nodeId) {
      const result = apply(
        (d) => addIndicator(d, nodeId, { name: t()("editor.indicatorName") }),
        label("action.indicator"),
      );
      return result?.ok ? result.id : null;
    },

    updateIndicator(nodeId, indicatorId, patch, field) {
      const result = apply((d) => updateIndicator(d, nodeId, indicatorId, patch), {
        ...label("action.indicator"),
        coalesceKey: `indicator:${indicatorId}:${field}`,
      });
      return result?.ok === true;
    },

    setTarget(nodeId, indicatorId, year, value) {
      const result = apply((d) => setIndicatorTarget(d, nodeId, indicatorId, year, value), {
        ...label("action.indicator"),
        coalesceKey: `target:${indicatorId}:${year}`,
      });
      return result?.ok === true;
    },

    removeIndicator(nodeId, indicatorId) {
      apply((d) => removeIndicator(d, nodeId, indicatorId), label("action.indicator"));
    },

    moveIndicator(nodeId, indicatorId, toIndex) {
      apply((d) => moveIndicator(d, nodeId, indicatorId, toIndex), label("action.indicator"));
    },

    updateMeta(patch, field) {
      state().updateDocument((d) => updateMeta(d, patch), {
        ...label("action.document"),
        coalesceKey: `meta:${field}`,
      });
    },

    async duplicate() {
      if (state().selectedIds.size === 0) return;
      const { duplicateSubtrees } = await clipboardOperations();
      const { selectedIds } = state();
      if (selectedIds.size === 0) return;
      const result = apply((d) => duplicateSubtrees(d, [...selectedIds]), label("action.duplicate"));
      if (result?.ok && result.rootIds.length > 0) state().selectNodes([...result.rootIds]);
    },
  };
}

/** Copy, paste and duplicate load on first use: most sessions never copy. */
function clipboardOperations() {
  return import("../../domain/operations/clipboard");
}

/** The last copy made in this tab, for when the browser will not let us read the system clipboard. */
let clipboardMemory: string | null = null;
