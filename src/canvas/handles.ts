import { type Node, Position } from "@xyflow/react";
import { linkSides } from "../layout/linkSides";
import { TRUNK_OFFSET } from "../layout/tidyTree";

// Every connection point of a node card, in one table. It declares the handles
// to React Flow up front (so nothing is measured) and positions the <Handle>
// elements the card renders, so the two can never disagree.

const SIZE = 8;

/** The handle a user drags from to draw a contribute link. */
export const LINK_SOURCE_HANDLE = "cr-s";

interface HandleSpec {
  readonly id: string;
  readonly type: "source" | "target";
  readonly position: Position;
  /** Centre of the handle relative to the card's top-left corner. */
  readonly centre: (width: number, height: number) => { x: number; y: number };
}

export const HANDLE_SPECS: readonly HandleSpec[] = [
  // Parent lines: into a child from the top (or from the left for a stacked leaf),
  // out of a parent from its bottom centre (or the trunk near its left edge).
  { id: "t", type: "target", position: Position.Top, centre: (w) => ({ x: w / 2, y: 0 }) },
  { id: "l", type: "target", position: Position.Left, centre: () => ({ x: 0, y: 22 }) },
  { id: "b", type: "source", position: Position.Bottom, centre: (w, h) => ({ x: w / 2, y: h }) },
  { id: "bl", type: "source", position: Position.Bottom, centre: (_w, h) => ({ x: TRUNK_OFFSET, y: h }) },
  // Contribute links leave and enter on the side that faces the other node.
  { id: "cr-s", type: "source", position: Position.Right, centre: (w, h) => ({ x: w, y: h / 2 - 6 }) },
  { id: "cr-t", type: "target", position: Position.Right, centre: (w, h) => ({ x: w, y: h / 2 + 6 }) },
  { id: "cl-s", type: "source", position: Position.Left, centre: (_w, h) => ({ x: 0, y: h / 2 - 6 }) },
  { id: "cl-t", type: "target", position: Position.Left, centre: (_w, h) => ({ x: 0, y: h / 2 + 6 }) },
];

// Cards come in a few sizes, and React Flow only reads the list: one list per
// size serves every card of that size (10,000 cards, a dozen lists).
const handlesBySize = new Map<string, NonNullable<Node["handles"]>>();

export function declaredHandles(width: number, height: number): NonNullable<Node["handles"]> {
  const size = `${width}x${height}`;
  let handles = handlesBySize.get(size);
  if (handles === undefined) {
    handles = handlesAt(width, height);
    handlesBySize.set(size, handles);
  }
  return handles;
}

function handlesAt(width: number, height: number): NonNullable<Node["handles"]> {
  return HANDLE_SPECS.map((spec) => {
    const { x, y } = spec.centre(width, height);
    return {
      id: spec.id,
      type: spec.type,
      position: spec.position,
      x: x - SIZE / 2,
      y: y - SIZE / 2,
      width: SIZE,
      height: SIZE,
    };
  });
}

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The handles of a contribute link: the sides of the two cards that face each other (layout/linkSides.ts). */
export function contributeHandles(from: Box, to: Box): { sourceHandle: string; targetHandle: string } {
  const [out, into] = linkSides(from, to);
  return {
    sourceHandle: out === "right" ? "cr-s" : "cl-s",
    targetHandle: into === "right" ? "cr-t" : "cl-t",
  };
}
