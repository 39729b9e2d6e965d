import type { Id, Point } from "../domain/types";

// A linear-time top-down tree layout. Siblings sit side by side, their parent
// centred above them; levels line up in rows so that all programs, all
// activities... read across at one height, as planners draw a pohon kinerja.
// A node whose children are all leaves stacks them in an indented column under
// it instead: a national plan has thousands of outputs, and a single row of
// them would be hundreds of thousands of pixels wide.

export interface TreeInput {
  /** Children by parent id, `null` for the roots, in sibling order. Collapsed nodes are left out as parents. */
  readonly children: ReadonlyMap<Id | null, readonly Id[]>;
  readonly size: (id: Id) => { readonly width: number; readonly height: number };
}

export interface TreeLayoutOptions {
  readonly siblingGap: number;
  readonly levelGap: number;
  /** Vertical gap between stacked leaves. */
  readonly stackGap: number;
  /** How far a stacked column is indented from its parent's left edge. */
  readonly stackIndent: number;
}

export const DEFAULT_TREE_OPTIONS: TreeLayoutOptions = {
  siblingGap: 28,
  levelGap: 56,
  stackGap: 14,
  stackIndent: 28,
};

export interface TreeLayout {
  /** Top-left corner of every laid-out node. */
  readonly positions: Map<Id, Point>;
  /** Nodes drawn in a stacked column under their parent: their edge enters from the left. */
  readonly stacked: Set<Id>;
  readonly width: number;
  readonly height: number;
}

export function layoutTree(input: TreeInput, options: TreeLayoutOptions = DEFAULT_TREE_OPTIONS): TreeLayout {
  const { children, size } = input;
  const roots = children.get(null) ?? [];

  // Pass 1 (pre-order, iterative): order, depth, and the tallest card of each level.
  const order: Id[] = [];
  const depth = new Map<Id, number>();
  const stackParents = new Set<Id>();
  const stacked = new Set<Id>();
  const rowHeight: number[] = [];
  const stack: Id[] = [];
  for (let i = roots.length - 1; i >= 0; i--) {
    depth.set(roots[i]!, 0);
    stack.push(roots[i]!);
  }
  while (stack.length > 0) {
    const id = stack.pop()!;
    order.push(id);
    const d = depth.get(id)!;
    const kids = children.get(id);
    if (!stacked.has(id)) rowHeight[d] = Math.max(rowHeight[d] ?? 0, size(id).height);
    if (!kids || kids.length === 0) continue;
    const stackThem = kids.length > 1 && kids.every((k) => !(children.get(k)?.length ?? 0));
    if (stackThem) stackParents.add(id);
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i]!;
      depth.set(kid, d + 1);
      if (stackThem) stacked.add(kid);
      stack.push(kid);
    }
  }

  const rowTop: number[] = [];
  let y = 0;
  for (let d = 0; d < rowHeight.length; d++) {
    rowTop[d] = y;
    y += (rowHeight[d] ?? 0) + options.levelGap;
  }

  // Pass 2 (post-order): width of every subtree.
  const subtreeWidth = new Map<Id, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i]!;
    const own = size(id).width;
    const kids = children.get(id);
    if (!kids || kids.length === 0) {
      subtreeWidth.set(id, own);
    } else if (stackParents.has(id)) {
      let widest = 0;
      for (const k of kids) widest = Math.max(widest, size(k).width);
      subtreeWidth.set(id, Math.max(own, options.stackIndent + widest));
    } else {
      let sum = 0;
      for (const k of kids) sum += subtreeWidth.get(k)!;
      subtreeWidth.set(id, Math.max(own, sum + options.siblingGap * (kids.length - 1)));
    }
  }

  // Pass 3 (pre-order): place. `left` is the left edge of the node's subtree band.
  const positions = new Map<Id, Point>();
  const bandLeft = new Map<Id, number>();
  let x = 0;
  for (const root of roots) {
    bandLeft.set(root, x);
    x += subtreeWidth.get(root)! + options.siblingGap * 2;
  }
  let maxBottom = 0;
  for (const id of order) {
    if (stacked.has(id)) continue; // placed by its parent below
    const left = bandLeft.get(id)!;
    const { width, height } = size(id);
    const top = rowTop[depth.get(id)!]!;
    const kids = children.get(id);
    if (!kids || kids.length === 0) {
      positions.set(id, { x: left + (subtreeWidth.get(id)! - width) / 2, y: top });
      maxBottom = Math.max(maxBottom, top + height);
      continue;
    }
    if (stackParents.has(id)) {
      const nodeX = left + (subtreeWidth.get(id)! - Math.max(width, options.stackIndent + width)) / 2;
      positions.set(id, { x: nodeX, y: top });
      let kidTop = top + height + options.stackGap * 2;
      for (const k of kids) {
        positions.set(k, { x: nodeX + options.stackIndent, y: kidTop });
        kidTop += size(k).height + options.stackGap;
      }
      maxBottom = Math.max(maxBottom, kidTop - options.stackGap);
      continue;
    }
    let sum = 0;
    for (const k of kids) sum += subtreeWidth.get(k)!;
    sum += options.siblingGap * (kids.length - 1);
    let kidLeft = left + (subtreeWidth.get(id)! - sum) / 2;
    for (const k of kids) {
      bandLeft.set(k, kidLeft);
      kidLeft += subtreeWidth.get(k)! + options.siblingGap;
    }
    // Centre the parent over its first and last child.
    const first = kids[0]!;
    const last = kids[kids.length - 1]!;
    const firstCentre = bandLeft.get(first)! + subtreeWidth.get(first)! / 2;
    const lastCentre = bandLeft.get(last)! + subtreeWidth.get(last)! / 2;
    positions.set(id, { x: (firstCentre + lastCentre) / 2 - width / 2, y: top });
    maxBottom = Math.max(maxBottom, top + height);
  }

  return { positions, stacked, width: Math.max(0, x - options.siblingGap * 2), height: maxBottom };
}
