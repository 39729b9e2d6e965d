import { childrenIndex } from "../tree";
import type { ContributeLink, Id, PlanDocument, PlanNode } from "../types";

// Graph helpers shared by the operations. Iterative and linear in the size of the
// document, so a 100,000-deep chain cannot overflow the stack.

/** The parent a node is drawn under: its parentId when that node exists, else the root (null). */
export function effectiveParent(nodes: ReadonlyMap<Id, PlanNode>, node: PlanNode): Id | null {
  return node.parentId !== null && nodes.has(node.parentId) ? node.parentId : null;
}

/**
 * The children of `parentId` in display order: by `order`, then by document
 * order (the same rule as `childrenIndex` in tree.ts), computed for one group.
 */
export function siblingsOf(nodes: ReadonlyMap<Id, PlanNode>, parentId: Id | null): Id[] {
  const group: PlanNode[] = [];
  let anyOrder = false;
  for (const node of nodes.values()) {
    if (effectiveParent(nodes, node) === parentId) {
      group.push(node);
      if (node.order !== undefined) anyOrder = true;
    }
  }
  // Array.prototype.sort is stable: ties (two equal orders, or none) keep document order.
  if (anyOrder) {
    group.sort((a, b) => {
      const oa = a.order ?? Number.POSITIVE_INFINITY;
      const ob = b.order ?? Number.POSITIVE_INFINITY;
      return oa === ob ? 0 : oa < ob ? -1 : 1;
    });
  }
  return group.map((n) => n.id);
}

function sameList(a: readonly Id[], b: readonly Id[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Make the children of `parentId` in `nodes` (a working copy) appear as `desired`.
 * When the group already sorts that way nothing changes; otherwise the group's
 * `order` values are renumbered 0..k-1, replacing only the nodes whose value changes.
 */
export function placeInGroup(nodes: Map<Id, PlanNode>, parentId: Id | null, desired: readonly Id[]): void {
  if (sameList(siblingsOf(nodes, parentId), desired)) return;
  desired.forEach((id, i) => {
    const node = nodes.get(id);
    if (node && node.order !== i) nodes.set(id, { ...node, order: i });
  });
}

/** Copy of a node without its `order` (when it leaves its sibling group). */
export function withoutOrder(node: PlanNode): PlanNode {
  if (node.order === undefined) return node;
  const { order: _order, ...rest } = node;
  return rest;
}

/** Outgoing contribute links per node. */
export function linksFrom(links: ReadonlyMap<Id, ContributeLink>): Map<Id, Id[]> {
  const out = new Map<Id, Id[]>();
  for (const link of links.values()) {
    const list = out.get(link.from);
    if (list) list.push(link.to);
    else out.set(link.from, [link.to]);
  }
  return out;
}

/**
 * Whether `target` can be reached from `start` following parent edges
 * (child -> parent) and contribute links (from -> to). Adding an edge a -> b
 * closes a cycle exactly when a is reachable from b.
 */
export function reaches(
  nodes: ReadonlyMap<Id, PlanNode>,
  links: ReadonlyMap<Id, ContributeLink>,
  start: Id,
  target: Id,
): boolean {
  if (start === target) return true;
  if (links.size === 0) {
    // Only parent edges: walk up the ancestors.
    const seen = new Set<Id>([start]);
    let current = nodes.get(start)?.parentId ?? null;
    while (current !== null && !seen.has(current)) {
      if (current === target) return true;
      seen.add(current);
      current = nodes.get(current)?.parentId ?? null;
    }
    return false;
  }
  const out = linksFrom(links);
  const seen = new Set<Id>([start]);
  const stack: Id[] = [start];
  while (stack.length > 0) {
    const id = stack.pop()!;
    const parent = nodes.get(id)?.parentId ?? null;
    if (parent !== null) {
      if (parent === target) return true;
      if (!seen.has(parent)) {
        seen.add(parent);
        stack.push(parent);
      }
    }
    const targets = out.get(id);
    if (targets) {
      for (const to of targets) {
        if (to === target) return true;
        if (!seen.has(to)) {
          seen.add(to);
          stack.push(to);
        }
      }
    }
  }
  return false;
}

/**
 * The given nodes and all their descendants (unknown ids are skipped). Children
 * are found through the children index (domain/tree.ts), so this is linear; a
 * caller that holds it already (the app's store) passes it, and the 10,000-node
 * walk that builds it is spared.
 */
export function collectSubtrees(
  nodes: ReadonlyMap<Id, PlanNode>,
  roots: Iterable<Id>,
  children: ReadonlyMap<Id | null, readonly Id[]> = childrenIndex(nodes),
): Set<Id> {
  const result = new Set<Id>();
  const stack: Id[] = [];
  for (const id of roots) {
    if (nodes.has(id) && !result.has(id)) {
      result.add(id);
      stack.push(id);
    }
  }
  while (stack.length > 0) {
    const id = stack.pop()!;
    const kids = children.get(id);
    if (!kids) continue;
    for (const kid of kids) {
      if (!result.has(kid)) {
        result.add(kid);
        stack.push(kid);
      }
    }
  }
  return result;
}

/**
 * Ids of the selected nodes and all their descendants (what a cut or delete
 * would take). `children`: the document's children index, when the caller has it.
 */
export function selectionWithDescendants(
  doc: PlanDocument,
  ids: Iterable<Id>,
  children?: ReadonlyMap<Id | null, readonly Id[]>,
): Set<Id> {
  return collectSubtrees(doc.nodes, ids, children);
}
