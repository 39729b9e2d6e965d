import type { Id, Point } from "../domain/types";
import type { DropTarget } from "../store/appStore";

// Where a dragged box lands, from the pointer's position over the boxes drawn.
// The middle of a box makes the dragged box its child; its edges (left/right
// for boxes in a row, top/bottom for a stacked column) put it before or after.

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const EDGE_SHARE = 0.25;

export function findDropTarget(
  pointer: Point,
  boxes: ReadonlyMap<Id, Box>,
  excluded: ReadonlySet<Id>,
  stacked: (id: Id) => boolean,
): DropTarget | null {
  for (const [id, box] of boxes) {
    if (excluded.has(id)) continue;
    if (
      pointer.x < box.x ||
      pointer.x > box.x + box.width ||
      pointer.y < box.y ||
      pointer.y > box.y + box.height
    ) {
      continue;
    }
    const share = stacked(id) ? (pointer.y - box.y) / box.height : (pointer.x - box.x) / box.width;
    const mode = share < EDGE_SHARE ? "before" : share > 1 - EDGE_SHARE ? "after" : "child";
    return { id, mode };
  }
  return null;
}
