import type { Id, Point } from "../domain/types";

// A linear-time top-down tree layout, in three iterative passes (no recursion,
// so a 100,000-deep chain cannot overflow the stack).
//
// - Siblings sit side by side, their parent centred above them, and levels line
//   up in rows so that all programs, all activities... read across at one
//   height, as planners draw a pohon kinerja.
// - A parent with more children than fit in `maxColumns` wraps them into
//   several rows, hung from a trunk that runs down its left edge: a program with
//   thirteen activities then stays about as wide as a screen.
// - A parent whose children are all leaves stacks them in an indented column:
//   a national plan has thousands of outputs, and a single row of them would be
//   hundreds of thousands of pixels wide.
//
// Besides positions it returns how each child hangs from its parent, so that the
// canvas and the image export draw the same lines.

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
  /** How far a stacked column or a wrapped block is indented from its parent's left edge. */
  readonly indent: number;
  /** Most children side by side in one row before they wrap. */
  readonly maxColumns: number;
}

export const DEFAULT_TREE_OPTIONS: TreeLayoutOptions = {
  siblingGap: 28,
  levelGap: 56,
  stackGap: 14,
  indent: 32,
  maxColumns: 6,
};

/**
 * How a child's line reaches it: `centre` from the middle of the parent's bottom
 * edge, `trunk` from a trunk down the parent's left edge; both turn along a
 * horizontal bus at `busY` and enter the child from the top. `stacked` leaves the
 * trunk and enters the child from the left.
 */
export type Hang =
  | { readonly kind: "centre"; readonly busY: number }
  | { readonly kind: "trunk"; readonly busY: number }
  | { readonly kind: "stacked" };

export interface TreeLayout {
  /** Top-left corner of every laid-out node. */
  readonly positions: Map<Id, Point>;
  /** How each non-root node hangs from its parent. */
  readonly hangs: Map<Id, Hang>;
  readonly width: number;
  readonly height: number;
}

/** Horizontal distance from a parent's left edge to the trunk its wrapped rows and stacked leaves hang from. */
export const TRUNK_OFFSET = 14;

type Arrangement = "leaf" | "stack" | "row" | "wrap";

export function layoutTree(input: TreeInput, options: TreeLayoutOptions = DEFAULT_TREE_OPTIONS): TreeLayout {
  const { children, size } = input;
  const { siblingGap, levelGap, stackGap, indent, maxColumns } = options;
  const roots = children.get(null) ?? [];
  const kidsOf = (id: Id): readonly Id[] => children.get(id) ?? [];

  // Pass 1 (pre-order): order, depth, arrangement, and the tallest card of each level.
  const order: Id[] = [];
  const depth = new Map<Id, number>();
  const arrangement = new Map<Id, Arrangement>();
  const slot: number[] = [];
  const stackedKids = new Set<Id>();
  const stack: Id[] = [];
  for (let i = roots.length - 1; i >= 0; i--) {
    depth.set(roots[i]!, 0);
    stack.push(roots[i]!);
  }
  while (stack.length > 0) {
    const id = stack.pop()!;
    order.push(id);
    const d = depth.get(id)!;
    if (!stackedKids.has(id)) slot[d] = Math.max(slot[d] ?? 0, size(id).height);
    const kids = kidsOf(id);
    const mode: Arrangement =
      kids.length === 0
        ? "leaf"
        : kids.length > 1 && kids.every((k) => kidsOf(k).length === 0)
          ? "stack"
          : kids.length > maxColumns
            ? "wrap"
            : "row";
    arrangement.set(id, mode);
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i]!;
      depth.set(kid, d + 1);
      if (mode === "stack") stackedKids.add(kid);
      stack.push(kid);
    }
  }

  const rowsOf = (kids: readonly Id[]): Id[][] => {
    const rowCount = Math.ceil(kids.length / maxColumns);
    const perRow = Math.ceil(kids.length / rowCount);
    const rows: Id[][] = [];
    for (let i = 0; i < kids.length; i += perRow) rows.push(kids.slice(i, i + perRow));
    return rows;
  };
  const rowWidth = (row: readonly Id[]) => {
    let sum = siblingGap * (row.length - 1);
    for (const k of row) sum += blockWidth.get(k)!;
    return sum;
  };
  const rowHeight = (row: readonly Id[]) => {
    let max = 0;
    for (const k of row) max = Math.max(max, blockHeight.get(k)!);
    return max;
  };
  /** Distance from a node's top to its first row of children: levels line up. */
  const childrenTop = (id: Id) => (slot[depth.get(id)!] ?? size(id).height) + levelGap;
  const stackTop = (id: Id) => size(id).height + stackGap * 2;

  // Pass 2 (post-order): the size of every node's block (the node and all below it).
  const blockWidth = new Map<Id, number>();
  const blockHeight = new Map<Id, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i]!;
    const own = size(id);
    const kids = kidsOf(id);
    switch (arrangement.get(id)!) {
      case "leaf":
        blockWidth.set(id, own.width);
        blockHeight.set(id, own.height);
        break;
      case "stack": {
        let widest = 0;
        let height = stackTop(id) - stackGap;
        for (const k of kids) {
          widest = Math.max(widest, size(k).width);
          height += stackGap + size(k).height;
        }
        blockWidth.set(id, Math.max(own.width, indent + widest));
        blockHeight.set(id, height);
        break;
      }
      case "row":
        blockWidth.set(id, Math.max(own.width, rowWidth(kids)));
        blockHeight.set(id, childrenTop(id) + rowHeight(kids));
        break;
      case "wrap": {
        const rows = rowsOf(kids);
        let widest = 0;
        let height = childrenTop(id) - levelGap;
        for (const row of rows) {
          widest = Math.max(widest, rowWidth(row));
          height += levelGap + rowHeight(row);
        }
        blockWidth.set(id, Math.max(own.width, indent + widest));
        blockHeight.set(id, height);
        break;
      }
    }
  }

  // Pass 3 (pre-order): place. Each node knows the left edge and top of its block.
  const positions = new Map<Id, Point>();
  const hangs = new Map<Id, Hang>();
  const blockLeft = new Map<Id, number>();
  const blockTop = new Map<Id, number>();
  let x = 0;
  let height = 0;
  for (const root of roots) {
    blockLeft.set(root, x);
    blockTop.set(root, 0);
    x += blockWidth.get(root)! + siblingGap * 2;
    height = Math.max(height, blockHeight.get(root)!);
  }

  for (const id of order) {
    if (positions.has(id)) continue; // a stacked leaf, placed with its parent
    const left = blockLeft.get(id)!;
    const top = blockTop.get(id)!;
    const own = size(id);
    const kids = kidsOf(id);
    switch (arrangement.get(id)!) {
      case "leaf":
        positions.set(id, { x: left + (blockWidth.get(id)! - own.width) / 2, y: top });
        break;
      case "stack": {
        const nodeX = left + (blockWidth.get(id)! - Math.max(own.width, indent + own.width)) / 2;
        positions.set(id, { x: nodeX, y: top });
        let kidTop = top + stackTop(id);
        for (const k of kids) {
          positions.set(k, { x: nodeX + indent, y: kidTop });
          hangs.set(k, { kind: "stacked" });
          kidTop += size(k).height + stackGap;
        }
        break;
      }
      case "row": {
        let kidLeft = left + (blockWidth.get(id)! - rowWidth(kids)) / 2;
        const kidTop = top + childrenTop(id);
        for (const k of kids) {
          blockLeft.set(k, kidLeft);
          blockTop.set(k, kidTop);
          hangs.set(k, { kind: "centre", busY: kidTop - levelGap / 2 });
          kidLeft += blockWidth.get(k)! + siblingGap;
        }
        // Centre the parent over the middle of its first and last child.
        const first = kids[0]!;
        const last = kids[kids.length - 1]!;
        const firstCentre = blockLeft.get(first)! + blockWidth.get(first)! / 2;
        const lastCentre = blockLeft.get(last)! + blockWidth.get(last)! / 2;
        positions.set(id, { x: (firstCentre + lastCentre) / 2 - own.width / 2, y: top });
        break;
      }
      case "wrap": {
        positions.set(id, { x: left, y: top });
        let rowTop = top + childrenTop(id);
        for (const row of rowsOf(kids)) {
          let kidLeft = left + indent;
          for (const k of row) {
            blockLeft.set(k, kidLeft);
            blockTop.set(k, rowTop);
            hangs.set(k, { kind: "trunk", busY: rowTop - levelGap / 2 });
            kidLeft += blockWidth.get(k)! + siblingGap;
          }
          rowTop += rowHeight(row) + levelGap;
        }
        break;
      }
    }
  }

  return { positions, hangs, width: Math.max(0, x - siblingGap * 2), height };
}
