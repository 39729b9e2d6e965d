import type { Edge } from "@xyflow/react";
import type { Id, PlanNode } from "../../domain/types";
import type { NodeMark } from "../../domain/versionDiff";
import { LINE } from "../../export/palette";
import type { Rect } from "../../layout/bounds";
import { KIND_COLOUR, kindColour } from "../kindStyle";
import type { TreeFlow } from "../treeFlow";
import { type SpatialIndex, touches } from "../viewportWindow";
import { edgePathData } from "./edgeGeometry";

// The tree seen from afar, drawn on one <canvas>: a box per node in its kind's
// colours, its code and name while they are still legible, and the lines.
// Zoomed out, a national tree shows thousands of boxes; as DOM cards each is a
// React component, a React Flow node that the browser lays out and measures,
// and mounting hundreds of them in one zoom step was a task of 100 ms or more.
// Here a frame is a few filled paths. The look follows the simple cards
// (.plan-card.is-simple in styles.css) that the DOM draws for held boxes.

/** What the overview draws, besides the layout. */
export interface OverviewMarks {
  /** Boxes React Flow draws (the selection): left out here so they are not drawn twice. */
  readonly held: ReadonlySet<Id>;
  readonly match: Id | null;
  readonly drop: {
    readonly id: Id;
    readonly mode: "child" | "before" | "after";
    readonly invalid: boolean;
  } | null;
  readonly moving: ReadonlySet<Id>;
  readonly versionMarks: ReadonlyMap<Id, readonly NodeMark[]> | null;
  readonly collapsed: ReadonlySet<Id>;
  readonly childCount: (id: Id) => number;
}

export interface OverviewView {
  readonly transform: readonly [number, number, number];
  /** Canvas size in CSS pixels. */
  readonly width: number;
  readonly height: number;
  readonly ratio: number;
  readonly font: string;
  /** Whether codes and names are drawn (OverviewCanvas leaves them out while the zoom changes). */
  readonly text: boolean;
}

/** Text smaller than this on screen (px) is not drawn: it would be grey noise. */
const MIN_TEXT_PX = 6;
const BORDER = "#c9d1db";
const INK = "#1b2430";
const MATCH = "rgba(245, 183, 0, 0.75)";
const SUCCESS = "#2f7d32";
const DANGER = "#b42318";
const VERSION = "rgba(15, 76, 129, 0.35)";
const VERSION_ADDED = "rgba(47, 125, 50, 0.55)";

/** The kind's colour mixed 14% into white: the simple card's background. */
const TINTS = new Map<string, string>();
function tint(colour: string): string {
  let known = TINTS.get(colour);
  if (known === undefined) {
    const channel = (at: number) =>
      Math.round(255 + (Number.parseInt(colour.slice(at, at + 2), 16) - 255) * 0.14);
    known = `rgb(${channel(1)}, ${channel(3)}, ${channel(5)})`;
    TINTS.set(colour, known);
  }
  return known;
}

export function drawOverview(
  context: CanvasRenderingContext2D,
  flow: TreeFlow,
  index: SpatialIndex,
  nodes: ReadonlyMap<Id, PlanNode>,
  marks: OverviewMarks,
  view: OverviewView,
): void {
  const [tx, ty, zoom] = view.transform;
  const { ratio } = view;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, context.canvas.width, context.canvas.height);
  context.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * tx, ratio * ty);
  const area: Rect = { x: -tx / zoom, y: -ty / zoom, width: view.width / zoom, height: view.height / zoom };
  const pixel = 1 / zoom;

  drawLines(context, flow, index, area, pixel);

  // Boxes, batched by colour: one path per kind for the fill and one for the strip.
  const visible: number[] = [];
  for (let i = 0; i < index.nodeCount; i++) {
    if (touches(index.boxes, i * 4, area) && !marks.held.has(flow.nodes[i]!.id)) visible.push(i);
  }
  const byKind = new Map<string, number[]>();
  for (const i of visible) {
    const colour = kindColour(flow.nodes[i]!.data.kind);
    const list = byKind.get(colour);
    if (list) list.push(i);
    else byKind.set(colour, [i]);
  }
  const b = index.boxes;
  for (const [colour, list] of byKind) {
    context.fillStyle = tint(colour);
    context.beginPath();
    for (const i of list) addBox(context, b, i);
    context.fill();
    context.fillStyle = colour;
    context.beginPath();
    for (const i of list) context.rect(b[i * 4]!, b[i * 4 + 1]!, 6, b[i * 4 + 3]! - b[i * 4 + 1]!);
    context.fill();
  }
  context.strokeStyle = BORDER;
  context.lineWidth = pixel;
  context.beginPath();
  for (const i of visible) addBox(context, b, i);
  context.stroke();

  drawFolds(context, flow, index, visible, marks, zoom, view.font);
  if (view.text && 20 * zoom >= MIN_TEXT_PX) drawTexts(context, flow, index, visible, nodes, view.font);
  drawMarks(context, flow, index, visible, marks, pixel);
}

/** Adds box `i` of the index's boxes (left, top, right, bottom) to the current path. */
function addBox(context: CanvasRenderingContext2D, boxes: Float64Array, i: number): void {
  const at = i * 4;
  context.rect(boxes[at]!, boxes[at + 1]!, boxes[at + 2]! - boxes[at]!, boxes[at + 3]! - boxes[at + 1]!);
}

/** Path2D per line, kept while the line and both its boxes are the same objects. */
const paths = new WeakMap<
  Edge,
  { readonly ends: readonly [unknown, unknown]; readonly path: Path2D | null }
>();

function linePath(edge: Edge, flow: TreeFlow): Path2D | null {
  const from = flow.boxes.get(edge.source);
  const to = flow.boxes.get(edge.target);
  if (!from || !to) return null;
  const known = paths.get(edge);
  if (known && known.ends[0] === from && known.ends[1] === to) return known.path;
  const data = edgePathData(edge, from, to);
  const path = data === null ? null : new Path2D(data);
  paths.set(edge, { ends: [from, to], path });
  return path;
}

function drawLines(
  context: CanvasRenderingContext2D,
  flow: TreeFlow,
  index: SpatialIndex,
  area: Rect,
  pixel: number,
) {
  // Each line's own path is stroked: gathering them into one path (addPath) copied
  // every one of them again, most of the lines' drawing in a CPU profile.
  const parents: Path2D[] = [];
  const links: Path2D[] = [];
  for (let i = 0; i < index.edgeCount; i++) {
    if (!touches(index.lines, i * 4, area)) continue;
    const edge = flow.edges[i]!;
    const path = linePath(edge, flow);
    if (path) (edge.type === "tree" ? parents : links).push(path);
  }
  // Never thinner than a screen pixel, or far out the lines would vanish.
  context.lineJoin = "round";
  context.strokeStyle = LINE.parent;
  context.lineWidth = Math.max(1.6, pixel);
  for (const path of parents) context.stroke(path);
  context.strokeStyle = LINE.contributes;
  context.lineWidth = Math.max(2.4, 1.5 * pixel);
  for (const path of links) context.stroke(path);
}

/** A folded box's "+N" toggle, as a pill in its kind's colour below it. */
function drawFolds(
  context: CanvasRenderingContext2D,
  flow: TreeFlow,
  index: SpatialIndex,
  visible: readonly number[],
  marks: OverviewMarks,
  zoom: number,
  font: string,
) {
  const b = index.boxes;
  const legible = 12 * zoom >= MIN_TEXT_PX;
  for (const i of visible) {
    const node = flow.nodes[i]!;
    if (!marks.collapsed.has(node.id) || node.data.fixedFolds) continue;
    const count = marks.childCount(node.id);
    if (count === 0) continue;
    const colour = kindColour(node.data.kind);
    const cx = (b[i * 4]! + b[i * 4 + 2]!) / 2;
    const bottom = b[i * 4 + 3]!;
    context.fillStyle = colour;
    context.beginPath();
    context.roundRect(cx - 18, bottom - 11, 36, 22, 11);
    context.fill();
    if (legible) {
      context.fillStyle = "#fff";
      context.font = `700 12px ${font}`;
      context.textAlign = "center";
      context.textBaseline = "middle";
      context.fillText(`+${count}`, cx, bottom);
    }
  }
  context.textAlign = "start";
}

/** A name's lines at the simple card's type, kept per node object and width. */
const wrapped = new WeakMap<PlanNode, { readonly width: number; readonly lines: readonly string[] }>();

function nameLines(context: CanvasRenderingContext2D, node: PlanNode, width: number): readonly string[] {
  const known = wrapped.get(node);
  if (known && known.width === width) return known.lines;
  const lines: string[] = [];
  let line = "";
  for (const word of node.name.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && context.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  wrapped.set(node, { width, lines });
  return lines;
}

/** The font names are drawn in (drawTexts), and wrapped for. */
const nameFont = (font: string) => `600 20px ${font}`;

/**
 * Wraps the names of the flow's boxes ahead of drawing, from box `from` on,
 * until `stop()`. Wrapping measures every word, and the overview's first
 * picture (zooming out past DETAIL_ZOOM) did it for every name on screen at
 * once: most of that frame's 30 ms of drawing in a CPU profile at 10,000 boxes.
 * Returns where to go on from (the number of boxes once all are wrapped).
 */
export function wrapNamesAhead(
  context: CanvasRenderingContext2D,
  flow: TreeFlow,
  nodes: ReadonlyMap<Id, PlanNode>,
  font: string,
  from: number,
  stop: () => boolean,
): number {
  context.font = nameFont(font);
  let i = from;
  for (; i < flow.nodes.length && !stop(); i++) {
    const id = flow.nodes[i]!.id;
    const node = nodes.get(id);
    const box = flow.boxes.get(id);
    if (node && box) nameLines(context, node, box.width - 24);
  }
  return i;
}

function drawTexts(
  context: CanvasRenderingContext2D,
  flow: TreeFlow,
  index: SpatialIndex,
  visible: readonly number[],
  nodes: ReadonlyMap<Id, PlanNode>,
  font: string,
) {
  const b = index.boxes;
  context.textBaseline = "top";
  // Codes first, a colour at a time, then every name: setting the context's font
  // or colour parses it again, and doing that per box was most of the drawing
  // (26 of 34 ms in a CPU profile of the overview's first frame at 10,000 boxes).
  const codes = new Map<string, number[]>();
  for (const i of visible) {
    const node = nodes.get(flow.nodes[i]!.id);
    if (!node?.code) continue;
    const colour = KIND_COLOUR[node.kind] ?? INK;
    const list = codes.get(colour);
    if (list) list.push(i);
    else codes.set(colour, [i]);
  }
  context.font = `700 22px ${font}`;
  for (const [colour, list] of codes) {
    context.fillStyle = colour;
    for (const i of list) {
      const node = nodes.get(flow.nodes[i]!.id)!;
      context.fillText(node.code!, b[i * 4]! + 12, b[i * 4 + 1]! + 10, b[i * 4 + 2]! - b[i * 4]! - 24);
    }
  }
  context.font = nameFont(font);
  context.fillStyle = INK;
  for (const i of visible) {
    const node = nodes.get(flow.nodes[i]!.id);
    if (!node) continue;
    const left = b[i * 4]! + 12;
    const width = b[i * 4 + 2]! - b[i * 4]! - 24;
    const height = b[i * 4 + 3]! - b[i * 4 + 1]!;
    const codeRoom = node.code ? 26 : 0;
    const y = b[i * 4 + 1]! + 8 + codeRoom;
    // No clip (costly per box): every line is fitted to the box's width, and no more lines than fit its height.
    // As many lines as the simple card shows (PlanNodeCard's SimpleCard).
    const room = Math.max(1, Math.floor((height - 16 - codeRoom) / 23));
    const lines = nameLines(context, node, width);
    for (let l = 0; l < Math.min(room, lines.length); l++) {
      const cut = l === room - 1 && lines.length > room;
      context.fillText(cut ? `${lines[l]}…` : lines[l]!, left, y + 2 + l * 23, width);
    }
  }
}

/** Search match, drop target, boxes being moved, and version marks: the card's outlines, drawn as rings. */
function drawMarks(
  context: CanvasRenderingContext2D,
  flow: TreeFlow,
  index: SpatialIndex,
  visible: readonly number[],
  marks: OverviewMarks,
  pixel: number,
) {
  const b = index.boxes;
  const ring = (i: number, colour: string, width: number, gap: number) => {
    context.strokeStyle = colour;
    context.lineWidth = width;
    const out = gap + width / 2;
    context.strokeRect(
      b[i * 4]! - out,
      b[i * 4 + 1]! - out,
      b[i * 4 + 2]! - b[i * 4]! + 2 * out,
      b[i * 4 + 3]! - b[i * 4 + 1]! + 2 * out,
    );
  };
  for (const i of visible) {
    const id = flow.nodes[i]!.id;
    const version = marks.versionMarks?.get(id);
    if (version) ring(i, version[0] === "added" ? VERSION_ADDED : VERSION, Math.max(3, 2 * pixel), 0);
    if (marks.moving.has(id)) {
      context.fillStyle = "rgba(255, 255, 255, 0.25)";
      context.beginPath();
      addBox(context, b, i);
      context.fill();
    }
    if (id === marks.match) ring(i, MATCH, Math.max(5, 3 * pixel), 0);
    if (marks.drop?.id === id) {
      const colour = marks.drop.invalid ? DANGER : SUCCESS;
      if (marks.drop.mode === "child" || marks.drop.invalid) ring(i, colour, Math.max(3, 2 * pixel), 3);
      else {
        context.fillStyle = colour;
        const x = marks.drop.mode === "before" ? b[i * 4]! - 14 : b[i * 4 + 2]! + 9;
        context.fillRect(x, b[i * 4 + 1]! - 6, Math.max(5, 2 * pixel), b[i * 4 + 3]! - b[i * 4 + 1]! + 12);
      }
    }
  }
}
