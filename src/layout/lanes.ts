import type { Id, Perspective } from "../domain/types";
import { PERSPECTIVES } from "../domain/types";

// The strategy map's layout: one horizontal lane per Balanced Scorecard
// perspective, top to bottom (stakeholder, customer, internal process,
// learning and growth), and an "unassigned" lane last for boxes without one.
// Within a lane boxes keep the tree's reading order and wrap into rows.

export type LaneId = Perspective | "unassigned";
export const LANE_IDS: readonly LaneId[] = [...PERSPECTIVES, "unassigned"];

export interface LaneInput {
  readonly ids: readonly Id[];
  readonly laneOf: (id: Id) => LaneId;
  readonly size: (id: Id) => { readonly width: number; readonly height: number };
}

export interface LaneOptions {
  /** Room at the left of every lane for its title. */
  readonly titleWidth: number;
  readonly padding: number;
  readonly gap: number;
  readonly maxPerRow: number;
}

export const DEFAULT_LANE_OPTIONS: LaneOptions = { titleWidth: 190, padding: 28, gap: 36, maxPerRow: 7 };

export interface Lane {
  readonly id: LaneId;
  readonly y: number;
  readonly height: number;
}

export interface LaneLayout {
  readonly lanes: readonly Lane[];
  readonly width: number;
  readonly positions: Map<Id, { x: number; y: number }>;
}

export function layoutLanes(input: LaneInput, options: LaneOptions = DEFAULT_LANE_OPTIONS): LaneLayout {
  const members = new Map<LaneId, Id[]>(LANE_IDS.map((lane) => [lane, []]));
  for (const id of input.ids) members.get(input.laneOf(id))!.push(id);

  const positions = new Map<Id, { x: number; y: number }>();
  const lanes: Lane[] = [];
  let y = 0;
  let width = 0;
  for (const lane of LANE_IDS) {
    const ids = members.get(lane)!;
    // The unassigned lane is drawn only when something is in it.
    if (lane === "unassigned" && ids.length === 0) continue;
    let rowTop = y + options.padding;
    for (let start = 0; start < ids.length || start === 0; start += options.maxPerRow) {
      const row = ids.slice(start, start + options.maxPerRow);
      let x = options.titleWidth + options.padding;
      let rowHeight = 0;
      for (const id of row) {
        const size = input.size(id);
        positions.set(id, { x, y: rowTop });
        x += size.width + options.gap;
        rowHeight = Math.max(rowHeight, size.height);
      }
      width = Math.max(width, x - options.gap + options.padding);
      rowTop += (rowHeight || 80) + options.gap;
      if (ids.length === 0) break;
    }
    const height = rowTop - options.gap + options.padding - y;
    lanes.push({ id: lane, y, height });
    y += height;
  }
  return { lanes, width: Math.max(width, options.titleWidth + 600), positions };
}

/** The lane under a vertical position, or null above or below all lanes. */
export function laneAt(lanes: readonly Lane[], y: number): LaneId | null {
  for (const lane of lanes) if (y >= lane.y && y < lane.y + lane.height) return lane.id;
  return null;
}
