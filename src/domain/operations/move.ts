import type { Id, PlanDocument, PlanNode } from "../types";
import { effectiveParent, placeInGroup, reaches, siblingsOf, withoutOrder } from "./graph";
import { fail, type OperationResult } from "./result";

// Re-parenting and reordering. A node may move under a parent of any kind (the
// diagnostics flag an unexpected one); it may not move under itself or one of
// its descendants, nor anywhere that closes a cycle of parent edges and
// contribute links (format rule 5).

/**
 * Move a node under `newParentId` (null: to the root) at `index` of its new
 * sibling list (the list without the node; clamped; default: last). Only the
 * destination group's `order` values are renumbered, and only when needed; the
 * group the node leaves keeps its order values (gaps are harmless).
 */
export function moveNode(doc: PlanDocument, id: Id, newParentId: Id | null, index?: number): OperationResult {
  const node = doc.nodes.get(id);
  if (!node) return fail("not-found", { what: "node", id });
  if (newParentId !== null && !doc.nodes.has(newParentId)) {
    return fail("not-found", { what: "parent", id: newParentId });
  }
  if (index !== undefined && !Number.isInteger(index)) return fail("invalid-index", { index: String(index) });
  const oldParent = effectiveParent(doc.nodes, node);
  const sameParent = oldParent === newParentId;
  // The new edge id -> newParent closes a cycle exactly when id is reachable from newParent.
  if (!sameParent && newParentId !== null && reaches(doc.nodes, doc.links, newParentId, id)) {
    return fail("cycle", { from: id, to: newParentId });
  }

  const nodes = new Map(doc.nodes);
  if (!sameParent || node.parentId !== newParentId) {
    nodes.set(id, { ...withoutOrder(node), parentId: newParentId });
  }
  const desired = siblingsOf(nodes, newParentId).filter((s) => s !== id);
  const at = index === undefined ? desired.length : Math.max(0, Math.min(desired.length, index));
  desired.splice(at, 0, id);
  if (sameParent && node.parentId === newParentId) {
    const current = siblingsOf(doc.nodes, newParentId);
    if (current.every((s, i) => s === desired[i])) return { ok: true, doc };
  }
  placeInGroup(nodes, newParentId, desired);
  return { ok: true, doc: { ...doc, nodes } };
}

/**
 * Move several nodes, in the given order, under one parent as one change: they
 * land side by side at `index` of the parent's children counted without them
 * (default: last). Refused whole if any one move is refused.
 */
export function moveNodes(
  doc: PlanDocument,
  ids: readonly Id[],
  newParentId: Id | null,
  index?: number,
): OperationResult {
  let next = doc;
  // First gather them all under the parent, so that the positions below are
  // counted against a list that no longer contains any moved node.
  for (const id of ids) {
    const step = moveNode(next, id, newParentId);
    if (!step.ok) return step;
    next = step.doc;
  }
  if (index === undefined) return { ok: true, doc: next };
  for (const [i, id] of ids.entries()) {
    const step = moveNode(next, id, newParentId, index + i);
    if (!step.ok) return step;
    next = step.doc;
  }
  return { ok: true, doc: next };
}

/** Move a node one place up (-1) or down (1) among its siblings (Alt+Up / Alt+Down). */
export function reorderSibling(doc: PlanDocument, id: Id, delta: -1 | 1): OperationResult {
  const node = doc.nodes.get(id);
  if (!node) return fail("not-found", { what: "node", id });
  if (delta !== -1 && delta !== 1) return fail("invalid-index", { index: String(delta) });
  const parent = effectiveParent(doc.nodes, node);
  const siblings = siblingsOf(doc.nodes, parent);
  const from = siblings.indexOf(id);
  const to = from + delta;
  if (to < 0 || to >= siblings.length) return fail("at-edge", { id });
  const desired = siblings.slice();
  desired[from] = desired[to]!;
  desired[to] = id;
  const nodes = new Map<Id, PlanNode>(doc.nodes);
  placeInGroup(nodes, parent, desired);
  return { ok: true, doc: { ...doc, nodes } };
}

/** Make a node the last child of its previous sibling (Tab). */
export function indent(doc: PlanDocument, id: Id): OperationResult {
  const node = doc.nodes.get(id);
  if (!node) return fail("not-found", { what: "node", id });
  const siblings = siblingsOf(doc.nodes, effectiveParent(doc.nodes, node));
  const at = siblings.indexOf(id);
  if (at <= 0) return fail("no-previous-sibling", { id });
  return moveNode(doc, id, siblings[at - 1]!);
}

/** Make a node the sibling right after its parent (Shift+Tab). */
export function outdent(doc: PlanDocument, id: Id): OperationResult {
  const node = doc.nodes.get(id);
  if (!node) return fail("not-found", { what: "node", id });
  const parentId = effectiveParent(doc.nodes, node);
  if (parentId === null) return fail("at-root", { id });
  const parent = doc.nodes.get(parentId)!;
  const grandparent = effectiveParent(doc.nodes, parent);
  const aunts = siblingsOf(doc.nodes, grandparent);
  return moveNode(doc, id, grandparent, aunts.indexOf(parentId) + 1);
}
