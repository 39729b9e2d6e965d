import { childrenIndex } from "../tree";
import {
  type ContributeLink,
  type Id,
  type Indicator,
  NODE_KINDS,
  type NodeKind,
  type PlanDocument,
  type PlanNode,
} from "../types";
import { applyFieldPatch, LINK_FIELD_SPECS, NODE_FIELD_SPECS } from "./fields";
import { effectiveParent, placeInGroup, siblingsOf } from "./graph";
import { createIdAllocator, indicatorIdPrefix, indicatorIds, LINK_ID_PREFIX, nodeIdPrefix } from "./ids";
import { type IndicatorPatch, patchIndicator } from "./indicators";
import { isValidId, MAX_INDICATORS_PER_NODE, MAX_LINKS, MAX_NODES } from "./limits";
import { fail, type OperationFailure, type OperationResult } from "./result";

// Copy, paste and duplicate of subtrees. The payload is plain JSON in the shape
// of the format-v1 `nodes` and `links` arrays, so it can travel through the
// system clipboard (JSON.stringify it) and be pasted into another document.
// Pasting trusts nothing: the payload is checked field by field and every
// pasted node, indicator and link gets a fresh id in the target document.

export const CLIPBOARD_FORMAT = "selaras-clipboard";

export interface ClipboardPayload {
  readonly format: typeof CLIPBOARD_FORMAT;
  readonly version: 1;
  /**
   * Format-v1 node objects in pre-order (siblings in display order), without
   * `order`; the roots of the copied subtrees have `parentId: null`.
   */
  readonly nodes: readonly PlanNode[];
  /** The contribute links whose two ends are both copied. */
  readonly links: readonly ContributeLink[];
}

function copyIndicator(indicator: Indicator): Indicator {
  const copy: Record<string, unknown> = { ...indicator };
  if (indicator.baseline) copy.baseline = { ...indicator.baseline };
  if (indicator.targets) copy.targets = { ...indicator.targets };
  return copy as unknown as Indicator;
}

function toPayloadNode(node: PlanNode, parentId: Id | null): PlanNode {
  const { order: _order, indicators, ...rest } = node;
  const copy: PlanNode = { ...rest, parentId };
  return indicators ? { ...copy, indicators: indicators.map(copyIndicator) } : copy;
}

/**
 * The selected subtrees as a clipboard payload. Roots are the selected ids that
 * are not descendants of other selected ids, in display order; unknown ids are skipped.
 */
export function extractSubtrees(doc: PlanDocument, ids: Iterable<Id>): ClipboardPayload {
  const selected = new Set<Id>();
  for (const id of ids) if (doc.nodes.has(id)) selected.add(id);
  const nodes: PlanNode[] = [];
  const copied = new Set<Id>();
  if (selected.size > 0) {
    const children = childrenIndex(doc.nodes);
    // Walk the forest in display pre-order; `inside` marks nodes under a selected root.
    const stack: Array<{ id: Id; inside: boolean }> = [];
    const roots = children.get(null) ?? [];
    for (let i = roots.length - 1; i >= 0; i--) stack.push({ id: roots[i]!, inside: false });
    while (stack.length > 0) {
      const { id, inside } = stack.pop()!;
      const node = doc.nodes.get(id)!;
      const isRoot = !inside && selected.has(id);
      if (inside || isRoot) {
        nodes.push(toPayloadNode(node, isRoot ? null : node.parentId));
        copied.add(id);
      }
      const kids = children.get(id);
      if (kids)
        for (let i = kids.length - 1; i >= 0; i--) stack.push({ id: kids[i]!, inside: inside || isRoot });
    }
  }
  const links: ContributeLink[] = [];
  for (const link of doc.links.values())
    if (copied.has(link.from) && copied.has(link.to)) links.push({ ...link });
  return { format: CLIPBOARD_FORMAT, version: 1, nodes, links };
}

/** A payload that passed every check: clean nodes (payload ids) in pre-order, and links. */
interface CheckedPayload {
  readonly nodes: readonly PlanNode[];
  readonly links: readonly { readonly from: Id; readonly to: Id; readonly notes?: string }[];
}

function invalid(path: string): OperationFailure {
  return fail("invalid-clipboard", { path });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function checkNode(raw: unknown, path: string): PlanNode | OperationFailure {
  if (!isObject(raw)) return invalid(path);
  const { id, kind, parentId, order } = raw;
  if (!isValidId(id)) return invalid(`${path}.id`);
  if (typeof kind !== "string" || !(NODE_KINDS as readonly string[]).includes(kind))
    return invalid(`${path}.kind`);
  if (parentId !== null && typeof parentId !== "string") return invalid(`${path}.parentId`);
  if (order !== undefined && (typeof order !== "number" || !Number.isInteger(order) || order < 0)) {
    return invalid(`${path}.order`);
  }
  if (typeof raw.name !== "string") return invalid(`${path}.name`);
  const base: PlanNode = { id, kind: kind as NodeKind, parentId, name: raw.name };
  const patched = applyFieldPatch(base, raw, NODE_FIELD_SPECS);
  if (!patched.ok) return invalid(`${path}.${patched.reason.params?.field ?? "?"}`);
  let node = patched.value;
  if (order !== undefined) node = { ...node, order };
  if (raw.indicators !== undefined) {
    if (!Array.isArray(raw.indicators) || raw.indicators.length > MAX_INDICATORS_PER_NODE) {
      return invalid(`${path}.indicators`);
    }
    const indicators: Indicator[] = [];
    for (let j = 0; j < raw.indicators.length; j++) {
      const rawIndicator: unknown = raw.indicators[j];
      const at = `${path}.indicators[${j}]`;
      if (!isObject(rawIndicator) || typeof rawIndicator.name !== "string") return invalid(at);
      // The payload's indicator ids are replaced on paste; only the fields are checked here.
      const checked = patchIndicator(
        { id: "indicator", name: rawIndicator.name },
        rawIndicator as IndicatorPatch,
      );
      if (!checked.ok) return invalid(`${at}.${checked.reason.params?.field ?? checked.reason.code}`);
      indicators.push(checked.value);
    }
    if (indicators.length > 0) node = { ...node, indicators };
  }
  return node;
}

/** Check an untrusted payload (an object, or JSON text). Never throws. */
function checkPayload(raw: unknown): CheckedPayload | OperationFailure {
  try {
    let value = raw;
    if (typeof value === "string") {
      try {
        value = JSON.parse(value);
      } catch {
        return invalid("$");
      }
    }
    if (!isObject(value) || value.format !== CLIPBOARD_FORMAT) return invalid("format");
    if (value.version !== 1) return invalid("version");
    const rawNodes = value.nodes;
    if (!Array.isArray(rawNodes) || rawNodes.length > MAX_NODES) return invalid("nodes");

    const byId = new Map<Id, PlanNode>();
    const position = new Map<Id, number>();
    for (let i = 0; i < rawNodes.length; i++) {
      const node = checkNode(rawNodes[i], `nodes[${i}]`);
      if ("ok" in node) return node;
      if (byId.has(node.id)) return invalid(`nodes[${i}].id`);
      byId.set(node.id, node);
      position.set(node.id, i);
    }
    for (const node of byId.values()) {
      if (node.parentId !== null && !byId.has(node.parentId))
        return invalid(`nodes[${position.get(node.id)}].parentId`);
    }

    // Pre-order from the roots, siblings by `order` then payload order; a node
    // not reached sits on a parent cycle.
    const children = childrenIndex(byId);
    const ordered: PlanNode[] = [];
    const stack = [...(children.get(null) ?? [])].reverse();
    while (stack.length > 0) {
      const id = stack.pop()!;
      const { order: _order, ...node } = byId.get(id)!;
      ordered.push(node);
      const kids = children.get(id);
      if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
    if (ordered.length !== byId.size) return invalid("nodes");

    const rawLinks = value.links ?? [];
    if (!Array.isArray(rawLinks) || rawLinks.length > MAX_LINKS) return invalid("links");
    const links: { from: Id; to: Id; notes?: string }[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < rawLinks.length; i++) {
      const link: unknown = rawLinks[i];
      const path = `links[${i}]`;
      if (!isObject(link)) return invalid(path);
      const { from, to, type } = link;
      if (typeof from !== "string" || !byId.has(from)) return invalid(`${path}.from`);
      if (typeof to !== "string" || !byId.has(to) || to === from) return invalid(`${path}.to`);
      if (type !== "contributes") return invalid(`${path}.type`);
      // Ids match ^[A-Za-z0-9_.:-]+$, so a space cannot occur inside one.
      const key = `${from} ${to}`;
      if (seen.has(key)) return invalid(path);
      seen.add(key);
      const patched = applyFieldPatch<{ from: Id; to: Id; notes?: string }>(
        { from, to },
        link,
        LINK_FIELD_SPECS,
      );
      if (!patched.ok) return invalid(`${path}.notes`);
      links.push(patched.value);
    }
    // Parent edges alone are acyclic (every node was reached from a root); only links can close a cycle.
    if (links.length > 0 && hasCycle(byId, links)) return invalid("links");
    return { nodes: ordered, links };
  } catch {
    // A hostile object (a throwing getter, a revoked proxy) is garbage like any other.
    return invalid("$");
  }
}

/** Whether parent edges plus links among the payload's nodes form a cycle (Kahn's algorithm). */
function hasCycle(byId: ReadonlyMap<Id, PlanNode>, links: readonly { from: Id; to: Id }[]): boolean {
  const out = new Map<Id, Id[]>();
  const indegree = new Map<Id, number>();
  for (const id of byId.keys()) indegree.set(id, 0);
  const edge = (a: Id, b: Id) => {
    const list = out.get(a);
    if (list) list.push(b);
    else out.set(a, [b]);
    indegree.set(b, indegree.get(b)! + 1);
  };
  for (const node of byId.values()) if (node.parentId !== null) edge(node.id, node.parentId);
  for (const link of links) edge(link.from, link.to);
  const ready: Id[] = [];
  for (const [id, d] of indegree) if (d === 0) ready.push(id);
  let done = 0;
  while (ready.length > 0) {
    const id = ready.pop()!;
    done++;
    for (const next of out.get(id) ?? []) {
      const d = indegree.get(next)! - 1;
      indegree.set(next, d);
      if (d === 0) ready.push(next);
    }
  }
  return done !== byId.size;
}

interface Inserted {
  readonly nodes: Map<Id, PlanNode>;
  readonly links: Map<Id, ContributeLink>;
  /** Payload id -> new id. */
  readonly idMap: Map<Id, Id>;
  /** Payload ids of the roots, in order. */
  readonly roots: readonly Id[];
}

function insertPayload(
  doc: PlanDocument,
  payload: CheckedPayload,
  rootParent: (payloadRootId: Id) => Id | null,
): Inserted | OperationFailure {
  if (doc.nodes.size + payload.nodes.length > MAX_NODES) return fail("too-many-nodes", { max: MAX_NODES });
  if (doc.links.size + payload.links.length > MAX_LINKS) return fail("too-many-links", { max: MAX_LINKS });
  const nodes = new Map(doc.nodes);
  const links = new Map(doc.links);
  const newNodeId = createIdAllocator((id) => doc.nodes.has(id));
  const takenIndicators = indicatorIds(doc);
  const newIndicatorId = createIdAllocator((id) => takenIndicators.has(id));
  const newLinkId = createIdAllocator((id) => doc.links.has(id));
  const idMap = new Map<Id, Id>();
  const roots: Id[] = [];
  // Pre-order: a parent always gets its new id before its children.
  for (const node of payload.nodes) {
    const id = newNodeId(nodeIdPrefix(node.kind));
    idMap.set(node.id, id);
    let parentId: Id | null;
    if (node.parentId === null) {
      roots.push(node.id);
      parentId = rootParent(node.id);
    } else {
      parentId = idMap.get(node.parentId)!;
    }
    const copy: PlanNode = { ...node, id, parentId };
    nodes.set(
      id,
      node.indicators
        ? {
            ...copy,
            indicators: node.indicators.map((ind) => ({ ...ind, id: newIndicatorId(indicatorIdPrefix(id)) })),
          }
        : copy,
    );
  }
  for (const link of payload.links) {
    const id = newLinkId(LINK_ID_PREFIX);
    const from = idMap.get(link.from)!;
    const to = idMap.get(link.to)!;
    links.set(
      id,
      link.notes === undefined
        ? { id, from, to, type: "contributes" }
        : { id, from, to, type: "contributes", notes: link.notes },
    );
  }
  return { nodes, links, idMap, roots };
}

export interface PasteOutcome {
  /** New ids of the pasted subtree roots, in order. */
  readonly rootIds: readonly Id[];
  /** Payload node id -> new node id. */
  readonly idMap: ReadonlyMap<Id, Id>;
}

/**
 * Paste a clipboard payload (an object or its JSON text) under `parentId`
 * (null: as roots), at `index` of the parent's children (default: last).
 * Anything that is not a well-formed payload is refused with "invalid-clipboard";
 * this never throws.
 */
export function pasteSubtrees(
  doc: PlanDocument,
  payload: unknown,
  parentId: Id | null,
  index?: number,
): OperationResult<PasteOutcome> {
  if (parentId !== null && !doc.nodes.has(parentId))
    return fail("not-found", { what: "parent", id: parentId });
  if (index !== undefined && !Number.isInteger(index)) return fail("invalid-index", { index: String(index) });
  const checked = checkPayload(payload);
  if ("ok" in checked) return checked;
  if (checked.nodes.length === 0) return { ok: true, doc, rootIds: [], idMap: new Map() };
  const inserted = insertPayload(doc, checked, () => parentId);
  if ("ok" in inserted) return inserted;
  const rootIds = inserted.roots.map((id) => inserted.idMap.get(id)!);
  if (index !== undefined) {
    const fresh = new Set(rootIds);
    const desired = siblingsOf(inserted.nodes, parentId).filter((id) => !fresh.has(id));
    desired.splice(Math.max(0, Math.min(desired.length, index)), 0, ...rootIds);
    placeInGroup(inserted.nodes, parentId, desired);
  }
  return {
    ok: true,
    doc: { ...doc, nodes: inserted.nodes, links: inserted.links },
    rootIds,
    idMap: inserted.idMap,
  };
}

/** Whether a value is a clipboard payload that pasteSubtrees would accept (for enabling "Paste"). */
export function isClipboardPayload(value: unknown): boolean {
  return !("ok" in checkPayload(value));
}

/**
 * Copy the selected subtrees (with their indicators and the links among them)
 * and place each copy right after its original, under the same parent.
 */
export function duplicateSubtrees(doc: PlanDocument, ids: Iterable<Id>): OperationResult<PasteOutcome> {
  const list = [...ids];
  for (const id of list) if (!doc.nodes.has(id)) return fail("not-found", { what: "node", id });
  const checked = checkPayload(extractSubtrees(doc, list));
  if ("ok" in checked) return checked;
  if (checked.nodes.length === 0) return { ok: true, doc, rootIds: [], idMap: new Map() };
  // Payload root ids are the originals' ids.
  const inserted = insertPayload(doc, checked, (original) =>
    effectiveParent(doc.nodes, doc.nodes.get(original)!),
  );
  if ("ok" in inserted) return inserted;
  const copyOf = new Map<Id, Id>();
  const parents = new Set<Id | null>();
  for (const original of inserted.roots) {
    copyOf.set(original, inserted.idMap.get(original)!);
    parents.add(effectiveParent(doc.nodes, doc.nodes.get(original)!));
  }
  const fresh = new Set(copyOf.values());
  for (const parent of parents) {
    const desired: Id[] = [];
    for (const id of siblingsOf(inserted.nodes, parent)) {
      if (fresh.has(id)) continue;
      desired.push(id);
      const copy = copyOf.get(id);
      if (copy !== undefined) desired.push(copy);
    }
    placeInGroup(inserted.nodes, parent, desired);
  }
  return {
    ok: true,
    doc: { ...doc, nodes: inserted.nodes, links: inserted.links },
    rootIds: inserted.roots.map((id) => copyOf.get(id)!),
    idMap: inserted.idMap,
  };
}
