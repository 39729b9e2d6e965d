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
  /** The tree's shape and the sizes it was laid out for: what relayoutSizes starts from. */
  readonly frame: LayoutFrame;
}

/** Horizontal distance from a parent's left edge to the trunk its wrapped rows and stacked leaves hang from. */
export const TRUNK_OFFSET = 14;

// Arrangements, as small numbers in a typed array.
const LEAF = 0;
const STACK = 1;
const ROW = 2;
const WRAP = 3;

// The passes work on numbers in typed arrays indexed by pre-order position, not
// on maps keyed by id: at 10,000 boxes this is what keeps a relayout (every
// card that changes height) within a frame or two.
export function layoutTree(input: TreeInput, options: TreeLayoutOptions = DEFAULT_TREE_OPTIONS): TreeLayout {
  const shape = shapeOf(input.children, options.maxColumns);
  const sizes = sizesOf(shape.ids, input.size);
  return layoutOut(shape, sizes, place(shape, sizes, options), options, null);
}

/**
 * The layout of the same tree (the same children, in the same order, with the
 * same options) for new sizes: a card that grew a line once the typing paused.
 * The shape is taken from `previous` and only the sizes are read again, and
 * every point and hang that did not change is `previous`'s own object. That is
 * what counts: whatever is drawn from an unchanged point can be kept too
 * (canvas/treeFlow.ts settleFlow). The layout itself is only a little faster
 * (in Node at 10,000 boxes, about 9 ms against 14, warm).
 */
export function relayoutSizes(previous: TreeLayout, size: TreeInput["size"]): TreeLayout {
  const { frame } = previous;
  const sizes = sizesOf(frame.ids, size);
  if (sameSizes(sizes, frame)) return previous;
  return layoutOut(frame, sizes, place(frame, sizes, frame.options), frame.options, previous);
}

/** What a layout keeps of the tree it laid out: its shape, the sizes, and the objects it handed out. */
export interface LayoutFrame extends Shape, Sizes {
  readonly options: TreeLayoutOptions;
  readonly placement: Placement;
  /** Each node's point and hang (undefined for a root), by pre-order position. */
  readonly points: readonly Point[];
  readonly hangObjects: readonly (Hang | undefined)[];
}

/** The tree's shape in pre-order, with each node's arrangement: all that sizes do not change. */
interface Shape {
  readonly ids: readonly Id[];
  /** Pre-order positions of the roots, left to right. */
  readonly roots: Int32Array;
  readonly depthOf: Int32Array;
  /** The children of node i are kidList[kidStart[i] .. kidStart[i + 1]). */
  readonly kidStart: Int32Array;
  readonly kidList: Int32Array;
  readonly arrangement: Uint8Array;
  /** 1 for a leaf stacked in its parent's column. */
  readonly stacked: Uint8Array;
}

interface Sizes {
  readonly width: Float64Array;
  readonly height: Float64Array;
}

/** Where each node went, and how it hangs (hangKind: 0 for a root, else CENTRE, TRUNK or STACKED). */
interface Placement {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly hangKind: Uint8Array;
  readonly busY: Float64Array;
  readonly width: number;
  readonly height: number;
}

const CENTRE = 1;
const TRUNK = 2;
const STACKED = 3;
const STACKED_HANG: Hang = Object.freeze({ kind: "stacked" });

// Pass 1, top-down: pre-order, depth, children by position, arrangements.
function shapeOf(children: TreeInput["children"], maxColumns: number): Shape {
  const rootIds = children.get(null) ?? [];
  const ids: Id[] = [];
  const indexOf = new Map<Id, number>();
  const depths: number[] = [];
  const stack: Id[] = [];
  const stackDepth: number[] = [];
  for (let i = rootIds.length - 1; i >= 0; i--) {
    stack.push(rootIds[i]!);
    stackDepth.push(0);
  }
  while (stack.length > 0) {
    const id = stack.pop()!;
    const d = stackDepth.pop()!;
    indexOf.set(id, ids.length);
    ids.push(id);
    depths.push(d);
    const kids = children.get(id);
    if (kids) {
      for (let i = kids.length - 1; i >= 0; i--) {
        stack.push(kids[i]!);
        stackDepth.push(d + 1);
      }
    }
  }
  const n = ids.length;
  const kidStart = new Int32Array(n + 1);
  const kidList = new Int32Array(Math.max(0, n - rootIds.length));
  for (let i = 0, at = 0; i < n; i++) {
    kidStart[i] = at;
    for (const kid of children.get(ids[i]!) ?? []) kidList[at++] = indexOf.get(kid)!;
    kidStart[i + 1] = at;
  }
  const kidCount = (i: number) => kidStart[i + 1]! - kidStart[i]!;

  const arrangement = new Uint8Array(n);
  const stacked = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const count = kidCount(i);
    let allLeaves = count > 1;
    for (let k = kidStart[i]!; allLeaves && k < kidStart[i + 1]!; k++)
      allLeaves = kidCount(kidList[k]!) === 0;
    const mode = count === 0 ? LEAF : allLeaves ? STACK : count > maxColumns ? WRAP : ROW;
    arrangement[i] = mode;
    if (mode === STACK) for (let k = kidStart[i]!; k < kidStart[i + 1]!; k++) stacked[kidList[k]!] = 1;
  }
  const roots = Int32Array.from(rootIds, (id) => indexOf.get(id)!);
  return { ids, roots, depthOf: Int32Array.from(depths), kidStart, kidList, arrangement, stacked };
}

function sizesOf(ids: readonly Id[], size: TreeInput["size"]): Sizes {
  const width = new Float64Array(ids.length);
  const height = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const own = size(ids[i]!);
    width[i] = own.width;
    height[i] = own.height;
  }
  return { width, height };
}

function sameSizes(a: Sizes, b: Sizes): boolean {
  for (let i = 0; i < a.width.length; i++) {
    if (a.width[i] !== b.width[i] || a.height[i] !== b.height[i]) return false;
  }
  return true;
}

// Passes 2 and 3, on numbers alone: the block each subtree needs (bottom-up),
// then blocks placed and nodes in their blocks (top-down).
function place(shape: Shape, sizes: Sizes, options: TreeLayoutOptions): Placement {
  const { roots, depthOf, kidStart, kidList, arrangement, stacked } = shape;
  const { width, height } = sizes;
  const { siblingGap, levelGap, stackGap, indent, maxColumns } = options;
  const n = shape.ids.length;
  const kidCount = (i: number) => kidStart[i + 1]! - kidStart[i]!;

  // The tallest card of each level (stacked leaves aside): levels line up in rows.
  const slot: number[] = [];
  for (let i = 0; i < n; i++) {
    const d = depthOf[i]!;
    if (!stacked[i]) slot[d] = Math.max(slot[d] ?? 0, height[i]!);
  }

  // Rows of a wrapping parent: as even as possible, at most maxColumns each.
  const perRowOf = (i: number) => {
    const count = kidCount(i);
    return Math.ceil(count / Math.ceil(count / maxColumns));
  };
  const blockWidth = new Float64Array(n);
  const blockHeight = new Float64Array(n);
  /** Width and height of the kids kidList[from..to), side by side. */
  const rowWidth = (from: number, to: number) => {
    let sum = siblingGap * (to - from - 1);
    for (let k = from; k < to; k++) sum += blockWidth[kidList[k]!]!;
    return sum;
  };
  const rowHeight = (from: number, to: number) => {
    let most = 0;
    for (let k = from; k < to; k++) most = Math.max(most, blockHeight[kidList[k]!]!);
    return most;
  };
  /** Distance from a node's top to its first row of children: levels line up. */
  const childrenTop = (i: number) => (slot[depthOf[i]!] ?? height[i]!) + levelGap;
  const stackTop = (i: number) => height[i]! + stackGap * 2;

  // Pass 2, bottom-up: the block each subtree needs.
  for (let i = n - 1; i >= 0; i--) {
    const from = kidStart[i]!;
    const to = kidStart[i + 1]!;
    switch (arrangement[i]) {
      case LEAF:
        blockWidth[i] = width[i]!;
        blockHeight[i] = height[i]!;
        break;
      case STACK: {
        let widest = 0;
        let total = stackTop(i) - stackGap;
        for (let k = from; k < to; k++) {
          widest = Math.max(widest, width[kidList[k]!]!);
          total += stackGap + height[kidList[k]!]!;
        }
        blockWidth[i] = Math.max(width[i]!, indent + widest);
        blockHeight[i] = total;
        break;
      }
      case ROW:
        blockWidth[i] = Math.max(width[i]!, rowWidth(from, to));
        blockHeight[i] = childrenTop(i) + rowHeight(from, to);
        break;
      case WRAP: {
        const perRow = perRowOf(i);
        let widest = 0;
        let total = childrenTop(i) - levelGap;
        for (let row = from; row < to; row += perRow) {
          const end = Math.min(to, row + perRow);
          widest = Math.max(widest, rowWidth(row, end));
          total += levelGap + rowHeight(row, end);
        }
        blockWidth[i] = Math.max(width[i]!, indent + widest);
        blockHeight[i] = total;
        break;
      }
    }
  }

  // Pass 3, top-down: blocks placed, nodes in their blocks, and how each child hangs.
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const placed = new Uint8Array(n);
  const blockLeft = new Float64Array(n);
  const blockTop = new Float64Array(n);
  const hangKind = new Uint8Array(n);
  const busY = new Float64Array(n);
  let left = 0;
  let treeHeight = 0;
  for (const i of roots) {
    blockLeft[i] = left;
    blockTop[i] = 0;
    left += blockWidth[i]! + siblingGap * 2;
    treeHeight = Math.max(treeHeight, blockHeight[i]!);
  }
  const put = (i: number, px: number, py: number) => {
    x[i] = px;
    y[i] = py;
    placed[i] = 1;
  };

  for (let i = 0; i < n; i++) {
    if (placed[i]) continue; // a stacked leaf, placed with its parent
    const bl = blockLeft[i]!;
    const top = blockTop[i]!;
    const from = kidStart[i]!;
    const to = kidStart[i + 1]!;
    switch (arrangement[i]) {
      case LEAF:
        put(i, bl + (blockWidth[i]! - width[i]!) / 2, top);
        break;
      case STACK: {
        const nodeX = bl + (blockWidth[i]! - Math.max(width[i]!, indent + width[i]!)) / 2;
        put(i, nodeX, top);
        let kidTop = top + stackTop(i);
        for (let k = from; k < to; k++) {
          const kid = kidList[k]!;
          put(kid, nodeX + indent, kidTop);
          hangKind[kid] = STACKED;
          kidTop += height[kid]! + stackGap;
        }
        break;
      }
      case ROW: {
        let kidLeft = bl + (blockWidth[i]! - rowWidth(from, to)) / 2;
        const kidTop = top + childrenTop(i);
        for (let k = from; k < to; k++) {
          const kid = kidList[k]!;
          blockLeft[kid] = kidLeft;
          blockTop[kid] = kidTop;
          hangKind[kid] = CENTRE;
          busY[kid] = kidTop - levelGap / 2;
          kidLeft += blockWidth[kid]! + siblingGap;
        }
        const first = kidList[from]!;
        const last = kidList[to - 1]!;
        const firstCentre = blockLeft[first]! + blockWidth[first]! / 2;
        const lastCentre = blockLeft[last]! + blockWidth[last]! / 2;
        put(i, (firstCentre + lastCentre) / 2 - width[i]! / 2, top);
        break;
      }
      case WRAP: {
        put(i, bl, top);
        const perRow = perRowOf(i);
        let rowTop = top + childrenTop(i);
        for (let row = from; row < to; row += perRow) {
          const end = Math.min(to, row + perRow);
          let kidLeft = bl + indent;
          for (let k = row; k < end; k++) {
            const kid = kidList[k]!;
            blockLeft[kid] = kidLeft;
            blockTop[kid] = rowTop;
            hangKind[kid] = TRUNK;
            busY[kid] = rowTop - levelGap / 2;
            kidLeft += blockWidth[kid]! + siblingGap;
          }
          rowTop += rowHeight(row, end) + levelGap;
        }
        break;
      }
    }
  }
  return { x, y, hangKind, busY, width: Math.max(0, left - siblingGap * 2), height: treeHeight };
}

/**
 * Out as maps by id: positions in pre-order, hangs parent by parent. Where
 * `previous` (the same shape) had a node at the same place, or hung it the same
 * way, its object is used again.
 */
function layoutOut(
  shape: Shape,
  sizes: Sizes,
  placement: Placement,
  options: TreeLayoutOptions,
  previous: TreeLayout | null,
): TreeLayout {
  const { ids, kidStart, kidList } = shape;
  const { x, y, hangKind, busY } = placement;
  const before = previous?.frame;
  const n = ids.length;
  const positions = new Map<Id, Point>();
  const hangs = new Map<Id, Hang>();
  const points: Point[] = new Array(n);
  const hangObjects: (Hang | undefined)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const point =
      before && before.placement.x[i] === x[i] && before.placement.y[i] === y[i]
        ? before.points[i]!
        : { x: x[i]!, y: y[i]! };
    points[i] = point;
    positions.set(ids[i]!, point);
    for (let k = kidStart[i]!; k < kidStart[i + 1]!; k++) {
      const kid = kidList[k]!;
      const kind = hangKind[kid];
      const hang =
        kind === STACKED
          ? STACKED_HANG
          : before && before.placement.hangKind[kid] === kind && before.placement.busY[kid] === busY[kid]
            ? before.hangObjects[kid]!
            : { kind: kind === TRUNK ? ("trunk" as const) : ("centre" as const), busY: busY[kid]! };
      hangObjects[kid] = hang;
      hangs.set(ids[kid]!, hang);
    }
  }
  return {
    positions,
    hangs,
    width: placement.width,
    height: placement.height,
    frame: { ...shape, ...sizes, options, placement, points, hangObjects },
  };
}
