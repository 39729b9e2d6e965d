import { type Node, Position } from "@xyflow/react";

// Unit cards have fixed sizes, declared to React Flow (nothing is measured).
// The CSS in styles.css (".unit-card") uses the same numbers.

// The sizes live with the layout (src/layout/unitTree.ts), shared with image export.
export { UNIT_CARD, UNIT_ROW } from "../../layout/unitTree";

const SIZE = 8;

/** Handles: top (parent line in), bottom centre / left trunk (parent lines out), left (alignment lines). */
export function unitHandles(width: number, height: number): NonNullable<Node["handles"]> {
  const spec = [
    { id: "t", type: "target", position: Position.Top, x: width / 2, y: 0 },
    { id: "b", type: "source", position: Position.Bottom, x: width / 2, y: height },
    { id: "bl", type: "source", position: Position.Bottom, x: 14, y: height },
    { id: "l", type: "target", position: Position.Left, x: 0, y: 22 },
    { id: "al", type: "source", position: Position.Left, x: 0, y: height / 2 },
  ] as const;
  return spec.map((h) => ({
    id: h.id,
    type: h.type,
    position: h.position,
    x: h.x - SIZE / 2,
    y: h.y - SIZE / 2,
    width: SIZE,
    height: SIZE,
  }));
}
