import type { Id, NodeKind, PlanNode } from "./types";

// Helpers over the performance tree's parent pointers. All linear in the number
// of nodes and free of recursion, so a 100,000-deep chain cannot overflow the stack.

/** Children of every node (and of the root, under `null`), siblings sorted by `order`, then by document order. */
export function childrenIndex(nodes: ReadonlyMap<Id, PlanNode>): Map<Id | null, Id[]> {
  const index = new Map<Id | null, Id[]>();
  let anyOrder = false;
  for (const node of nodes.values()) {
    // A parent that does not exist (only possible mid-edit) puts the node at the root.
    const parent = node.parentId !== null && nodes.has(node.parentId) ? node.parentId : null;
    let siblings = index.get(parent);
    if (!siblings) {
      siblings = [];
      index.set(parent, siblings);
    }
    siblings.push(node.id);
    if (node.order !== undefined) anyOrder = true;
  }
  if (anyOrder) {
    const position = new Map<Id, number>();
    let i = 0;
    for (const id of nodes.keys()) position.set(id, i++);
    for (const siblings of index.values()) sortSiblings(siblings, nodes, position);
  }
  return index;
}

/**
 * Whether two versions of the node map give the same children index: the same
 * ids in the same document order, each with the same parent and `order`. Most
 * edits (a name, an indicator, a target) keep the shape, and then everything
 * derived from it can be kept too.
 */
export function sameTreeShape(a: ReadonlyMap<Id, PlanNode>, b: ReadonlyMap<Id, PlanNode>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  const other = b.values();
  for (const node of a.values()) {
    const twin = other.next().value as PlanNode;
    if (node === twin) continue;
    if (node.id !== twin.id || node.parentId !== twin.parentId || node.order !== twin.order) return false;
  }
  return true;
}

function sortSiblings(siblings: Id[], nodes: ReadonlyMap<Id, PlanNode>, position: Map<Id, number>): void {
  // Nodes without `order` keep their document position after the ordered ones.
  siblings.sort((a, b) => {
    const oa = nodes.get(a)?.order ?? Number.POSITIVE_INFINITY;
    const ob = nodes.get(b)?.order ?? Number.POSITIVE_INFINITY;
    if (oa !== ob) return oa < ob ? -1 : 1;
    return (position.get(a) ?? 0) - (position.get(b) ?? 0);
  });
}

/** Ids of the node's ancestors, nearest first. Stops on a cycle rather than looping. */
export function ancestorsOf(nodes: ReadonlyMap<Id, PlanNode>, id: Id): Id[] {
  const result: Id[] = [];
  const seen = new Set<Id>([id]);
  let current = nodes.get(id)?.parentId ?? null;
  while (current !== null && !seen.has(current)) {
    result.push(current);
    seen.add(current);
    current = nodes.get(current)?.parentId ?? null;
  }
  return result;
}

/** The node and all its descendants, in depth-first pre-order. */
export function subtreeIds(children: ReadonlyMap<Id | null, readonly Id[]>, rootId: Id): Id[] {
  const result: Id[] = [];
  const stack: Id[] = [rootId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    result.push(id);
    const kids = children.get(id);
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return result;
}

/** Depth-first pre-order of the whole forest: the reading order of an outline. */
export function preorder(children: ReadonlyMap<Id | null, readonly Id[]>): Id[] {
  const result: Id[] = [];
  const roots = children.get(null) ?? [];
  for (const root of roots) for (const id of subtreeIds(children, root)) result.push(id);
  return result;
}

/** Documents with more nodes than this open on their strategic levels (see defaultCollapsed). */
export const OVERVIEW_THRESHOLD = 40;

/**
 * What a large document shows collapsed when first opened: every program that
 * has children, so that the first view is the strategic level (goals, strategic
 * targets, programs), readable at a glance; a small document shows everything.
 */
export function defaultCollapsed(
  nodes: ReadonlyMap<Id, PlanNode>,
  children: ReadonlyMap<Id | null, readonly Id[]>,
): Id[] {
  return nodes.size <= OVERVIEW_THRESHOLD ? [] : parentsOfKind(nodes, children, "program");
}

/** The nodes of one kind that have children: collapsing them shows the tree down to that level. */
export function parentsOfKind(
  nodes: ReadonlyMap<Id, PlanNode>,
  children: ReadonlyMap<Id | null, readonly Id[]>,
  kind: NodeKind,
): Id[] {
  const result: Id[] = [];
  for (const node of nodes.values()) {
    if (node.kind === kind && (children.get(node.id)?.length ?? 0) > 0) result.push(node.id);
  }
  return result;
}
