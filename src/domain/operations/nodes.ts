import {
  type Id,
  NODE_KINDS,
  type NodeKind,
  type NodeStatus,
  PERSPECTIVES,
  type Perspective,
  type PlanDocument,
  type PlanNode,
  type Point,
  type ProgramType,
} from "../types";
import { defaultNodeName } from "./defaults";
import { applyFieldPatch, NODE_FIELD_SPECS } from "./fields";
import { collectSubtrees, effectiveParent, placeInGroup, siblingsOf } from "./graph";
import { createIdAllocator, nodeIdPrefix } from "./ids";
import { isValidId, MAX_NODES } from "./limits";
import { fail, type OperationResult } from "./result";

// Adding, editing and deleting performance-tree nodes.

/** Editable fields of a node. A present key sets the field; "" or undefined removes an optional one. */
export interface NodePatch {
  readonly kind?: NodeKind;
  readonly code?: string;
  readonly name?: string;
  readonly statement?: string;
  readonly perspective?: Perspective | undefined;
  readonly programType?: ProgramType | undefined;
  readonly status?: NodeStatus | undefined;
  readonly source?: string;
  readonly notes?: string;
}

export interface AddNodeInput {
  /** The new node's parent; null adds a root. */
  readonly parentId: Id | null;
  readonly kind: NodeKind;
  /** Defaults to "New program" / "Program baru"... after the document's language. */
  readonly name?: string;
  /** Place the node right after this child of `parentId`; without it (and without index) the node comes last. */
  readonly afterSiblingId?: Id;
  /** Place the node at this index of the parent's children (clamped). Ignored when afterSiblingId is given. */
  readonly index?: number;
  /** The new node's id; by default `${kind}-${n}` with the smallest free n. */
  readonly id?: Id;
  /** Further fields (code, statement, perspective...), with the rules of updateNode. */
  readonly fields?: Omit<NodePatch, "kind" | "name">;
}

export function addNode(doc: PlanDocument, input: AddNodeInput): OperationResult<{ readonly id: Id }> {
  if (!(NODE_KINDS as readonly string[]).includes(input.kind))
    return fail("invalid-value", { field: "kind" });
  const { parentId } = input;
  if (parentId !== null && !doc.nodes.has(parentId))
    return fail("not-found", { what: "parent", id: parentId });
  if (doc.nodes.size >= MAX_NODES) return fail("too-many-nodes", { max: MAX_NODES });

  let id: Id;
  if (input.id !== undefined) {
    if (!isValidId(input.id)) return fail("invalid-id", { id: String(input.id) });
    if (doc.nodes.has(input.id)) return fail("duplicate-id", { id: input.id });
    id = input.id;
  } else {
    id = createIdAllocator((candidate) => doc.nodes.has(candidate))(nodeIdPrefix(input.kind));
  }

  if (input.afterSiblingId !== undefined) {
    const sibling = doc.nodes.get(input.afterSiblingId);
    if (!sibling) return fail("not-found", { what: "sibling", id: input.afterSiblingId });
    if (effectiveParent(doc.nodes, sibling) !== parentId)
      return fail("invalid-position", { id: input.afterSiblingId });
  }
  if (input.index !== undefined && !Number.isInteger(input.index)) {
    return fail("invalid-index", { index: String(input.index) });
  }

  const base: PlanNode = {
    id,
    kind: input.kind,
    parentId,
    name: input.name ?? defaultNodeName(doc, input.kind),
  };
  const patched = applyFieldPatch(base, { ...input.fields, name: base.name }, NODE_FIELD_SPECS);
  if (!patched.ok) return patched;

  const nodes = new Map(doc.nodes);
  nodes.set(id, patched.value);
  if (input.afterSiblingId !== undefined || input.index !== undefined) {
    const desired = siblingsOf(nodes, parentId).filter((s) => s !== id);
    const at =
      input.afterSiblingId !== undefined
        ? desired.indexOf(input.afterSiblingId) + 1
        : Math.max(0, Math.min(desired.length, input.index!));
    desired.splice(at, 0, id);
    placeInGroup(nodes, parentId, desired);
  }
  return { ok: true, doc: { ...doc, nodes }, id };
}

/** A new last child of `parentId` (null: a new root). */
export function addChild(
  doc: PlanDocument,
  parentId: Id | null,
  kind: NodeKind,
  name?: string,
): OperationResult<{ readonly id: Id }> {
  return addNode(doc, name === undefined ? { parentId, kind } : { parentId, kind, name });
}

/** A new node right after `siblingId`, under the same parent. */
export function addSibling(
  doc: PlanDocument,
  siblingId: Id,
  kind: NodeKind,
  name?: string,
): OperationResult<{ readonly id: Id }> {
  const sibling = doc.nodes.get(siblingId);
  if (!sibling) return fail("not-found", { what: "node", id: siblingId });
  const parentId = effectiveParent(doc.nodes, sibling);
  return addNode(doc, { parentId, kind, afterSiblingId: siblingId, ...(name === undefined ? {} : { name }) });
}

/** Edit a node's fields. See NodePatch. */
export function updateNode(doc: PlanDocument, id: Id, patch: NodePatch): OperationResult {
  const node = doc.nodes.get(id);
  if (!node) return fail("not-found", { what: "node", id });
  const patched = applyFieldPatch(node, patch, NODE_FIELD_SPECS);
  if (!patched.ok) return patched;
  if (!patched.changed) return { ok: true, doc };
  const nodes = new Map(doc.nodes);
  nodes.set(id, patched.value);
  return { ok: true, doc: { ...doc, nodes } };
}

/** Put nodes in a strategy-map lane (or, with undefined, in none). Refused whole if an id names nothing. */
export function setPerspective(
  doc: PlanDocument,
  ids: Iterable<Id>,
  perspective: Perspective | undefined,
): OperationResult {
  if (perspective !== undefined && !(PERSPECTIVES as readonly string[]).includes(perspective)) {
    return fail("invalid-value", { field: "perspective" });
  }
  let nodes: Map<Id, PlanNode> | null = null;
  for (const id of ids) {
    const node = (nodes ?? doc.nodes).get(id);
    if (!node) return fail("not-found", { what: "node", id });
    if (node.perspective === perspective) continue;
    nodes ??= new Map(doc.nodes);
    if (perspective === undefined) {
      const { perspective: _cleared, ...rest } = node;
      nodes.set(id, rest);
    } else {
      nodes.set(id, { ...node, perspective });
    }
  }
  return nodes ? { ok: true, doc: { ...doc, nodes } } : { ok: true, doc };
}

export interface RemovedCounts {
  /** The removed nodes, in document order. */
  readonly nodeIds: readonly Id[];
  readonly nodes: number;
  readonly indicators: number;
  readonly links: number;
  readonly alignments: number;
  readonly positions: number;
}

/**
 * Delete the nodes and all their descendants, with every link that touches one
 * of them, every alignment to them (or to their indicators) and their layout
 * positions. Refused whole if an id names nothing.
 */
export function deleteSubtrees(
  doc: PlanDocument,
  ids: Iterable<Id>,
): OperationResult<{ readonly removed: RemovedCounts }> {
  const roots = [...ids];
  for (const id of roots) if (!doc.nodes.has(id)) return fail("not-found", { what: "node", id });
  const doomed = collectSubtrees(doc.nodes, roots);
  if (doomed.size === 0) {
    return {
      ok: true,
      doc,
      removed: { nodeIds: [], nodes: 0, indicators: 0, links: 0, alignments: 0, positions: 0 },
    };
  }

  const nodes = new Map<Id, PlanNode>();
  const nodeIds: Id[] = [];
  let indicators = 0;
  for (const [id, node] of doc.nodes) {
    if (doomed.has(id)) {
      nodeIds.push(id);
      indicators += node.indicators?.length ?? 0;
    } else {
      nodes.set(id, node);
    }
  }

  let links = doc.links;
  let linkCount = 0;
  for (const link of doc.links.values()) if (doomed.has(link.from) || doomed.has(link.to)) linkCount++;
  if (linkCount > 0) {
    const kept = new Map(doc.links);
    for (const [id, link] of doc.links) if (doomed.has(link.from) || doomed.has(link.to)) kept.delete(id);
    links = kept;
  }

  let alignments = doc.alignments;
  let alignmentCount = 0;
  for (const a of doc.alignments.values()) if (doomed.has(a.nodeId)) alignmentCount++;
  if (alignmentCount > 0) {
    const kept = new Map(doc.alignments);
    for (const [id, a] of doc.alignments) if (doomed.has(a.nodeId)) kept.delete(id);
    alignments = kept;
  }

  let layout = doc.layout;
  let positionCount = 0;
  for (const id of doc.layout.nodes.keys()) if (doomed.has(id)) positionCount++;
  if (positionCount > 0) {
    const kept = new Map<Id, Point>();
    for (const [id, point] of doc.layout.nodes) if (!doomed.has(id)) kept.set(id, point);
    layout = { ...doc.layout, nodes: kept };
  }

  return {
    ok: true,
    doc: { ...doc, nodes, links, alignments, layout },
    removed: {
      nodeIds,
      nodes: nodeIds.length,
      indicators,
      links: linkCount,
      alignments: alignmentCount,
      positions: positionCount,
    },
  };
}

/** Delete one node and its subtree. See deleteSubtrees. */
export function deleteSubtree(
  doc: PlanDocument,
  id: Id,
): OperationResult<{ readonly removed: RemovedCounts }> {
  return deleteSubtrees(doc, [id]);
}
