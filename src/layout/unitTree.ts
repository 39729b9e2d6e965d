import type { Id, Unit } from "../domain/types";

// The shape of a structure for layout: children of every unit, and the sizes
// of unit cards. Shared by the canvas (src/canvas/structure) and image export
// (src/export), so that both draw the same chart.

/** A card of the org chart: tier, name (2 lines), short name and kind, owned count. */
export const UNIT_CARD = { width: 232, height: 112 } as const;
/** A row of the structure column beside the tree on the Alignment canvas. */
export const UNIT_ROW = { width: 280, height: 64, indent: 22, gap: 10 } as const;

/** Children of every unit (and of the top, under `null`), siblings by `order`, then file order. */
export function unitChildrenOf(units: ReadonlyMap<Id, Unit>): Map<Id | null, Id[]> {
  const index = new Map<Id | null, Id[]>();
  const position = new Map<Id, number>();
  let i = 0;
  for (const unit of units.values()) {
    position.set(unit.id, i++);
    const parent = unit.parentId !== null && units.has(unit.parentId) ? unit.parentId : null;
    const list = index.get(parent);
    if (list) list.push(unit.id);
    else index.set(parent, [unit.id]);
  }
  for (const siblings of index.values()) {
    siblings.sort((a, b) => {
      const oa = units.get(a)?.order ?? Number.POSITIVE_INFINITY;
      const ob = units.get(b)?.order ?? Number.POSITIVE_INFINITY;
      if (oa !== ob) return oa < ob ? -1 : 1;
      return (position.get(a) ?? 0) - (position.get(b) ?? 0);
    });
  }
  return index;
}
