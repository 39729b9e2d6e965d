import { busPath, elbowPath } from "../layout/edgePaths";
import { linkSides } from "../layout/linkSides";
import { type Hang, TRUNK_OFFSET } from "../layout/tidyTree";
import { num } from "./xml";

// Where lines meet cards, and the curve of a link, as React Flow draws them on
// screen: a handle is an 8 px square centred on the card's edge, and a line
// starts at the handle's outer side (4 px outside the card). Links are React
// Flow's default bezier (curvature 0.25), so the image curves like the screen.

export type Side = "left" | "right" | "top" | "bottom";

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Anchor {
  readonly x: number;
  readonly y: number;
  readonly side: Side;
}

const HANDLE_HALF = 4;

/** The point on a card's side, `offset` along it (from its top or left), pushed out by half a handle. */
export function anchor(box: Box, side: Side, offset: number): Anchor {
  switch (side) {
    case "left":
      return { x: box.x - HANDLE_HALF, y: box.y + offset, side };
    case "right":
      return { x: box.x + box.width + HANDLE_HALF, y: box.y + offset, side };
    case "top":
      return { x: box.x + offset, y: box.y - HANDLE_HALF, side };
    case "bottom":
      return { x: box.x + offset, y: box.y + box.height + HANDLE_HALF, side };
  }
}

/** A contribute link's ends, on the sides that face each other, where the screen's handles are (src/canvas/handles.ts). */
export function contributeEnds(from: Box, to: Box): [Anchor, Anchor] {
  const out = (box: Box, side: Side) => anchor(box, side, box.height / 2 - 6);
  const into = (box: Box, side: Side) => anchor(box, side, box.height / 2 + 6);
  const [source, target] = linkSides(from, to);
  return [out(from, source), into(to, target)];
}

function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance);
}

function control(a: Anchor, other: Anchor): [number, number] {
  switch (a.side) {
    case "left":
      return [a.x - controlOffset(a.x - other.x), a.y];
    case "right":
      return [a.x + controlOffset(other.x - a.x), a.y];
    case "top":
      return [a.x, a.y - controlOffset(a.y - other.y)];
    case "bottom":
      return [a.x, a.y + controlOffset(other.y - a.y)];
  }
}

/** React Flow's bezier edge between two anchors. */
export function bezierPath(source: Anchor, target: Anchor): string {
  const [c1x, c1y] = control(source, target);
  const [c2x, c2y] = control(target, source);
  return `M${num(source.x)},${num(source.y)} C${num(c1x)},${num(c1y)} ${num(c2x)},${num(c2y)} ${num(target.x)},${num(target.y)}`;
}

/** Closed arrowheads, one per colour, as React Flow's MarkerType.ArrowClosed. */
export function arrowMarker(id: string, colour: string, size: number): string {
  return `<marker id="${id}" viewBox="-10 -10 20 20" markerWidth="${size}" markerHeight="${size}" markerUnits="userSpaceOnUse" orient="auto-start-reverse" refX="0" refY="0"><polyline points="-5,-4 0,0 -5,4 -5,-4" fill="${colour}" stroke="${colour}" stroke-width="1" stroke-linecap="round" stroke-linejoin="round"/></marker>`;
}

/**
 * The path of a parent line, as the child hangs (layout/tidyTree.ts), the way
 * the canvas's TreeEdge draws it: stacked leaves off the trunk into their left
 * side, the others along their bus into their top. `free`: an end was placed by
 * hand, so the bus runs half-way between them. `busShift` moves the layout's bus
 * with the boxes when the picture was shifted after layout.
 */
export function parentLinePath(from: Box, to: Box, hang: Hang, free = false, busShift = 0): string {
  if (free) {
    const s = anchor(from, "bottom", from.width / 2);
    const t = anchor(to, "top", to.width / 2);
    return busPath(s.x, s.y, (s.y + t.y) / 2, t.x, t.y);
  }
  if (hang.kind === "stacked") {
    const s = anchor(from, "bottom", TRUNK_OFFSET);
    const t = anchor(to, "left", 22);
    return elbowPath(s.x, s.y, t.x, t.y);
  }
  const s = anchor(from, "bottom", hang.kind === "trunk" ? TRUNK_OFFSET : from.width / 2);
  const t = anchor(to, "top", to.width / 2);
  return busPath(s.x, s.y, hang.busY + busShift, t.x, t.y);
}
