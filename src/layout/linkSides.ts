// Which sides of two cards a contribute link (or a strategy-map arrow) leaves
// and enters by: the sides that face each other. One above the other, it
// leaves and enters on the right, so the line curves out beside the column
// instead of running behind the boxes between them. Shared by the canvas
// (src/canvas/handles.ts) and image export (src/export/lines.ts).

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type LinkSide = "left" | "right";

export function linkSides(from: Box, to: Box): readonly [LinkSide, LinkSide] {
  if (to.x > from.x + from.width) return ["right", "left"];
  if (to.x + to.width < from.x) return ["left", "right"];
  return ["right", "right"];
}
