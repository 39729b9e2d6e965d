import type { PlanNode } from "../../domain/types";

/**
 * Whether a box's owners would read the same from `after` as from `before`:
 * they read its id, and its indicators for the names of owned indicators. The
 * panel's owners list and owner editor are memoised on it, so typing the box's
 * name renders neither again.
 */
export function sameOwnedBox(before: { node: PlanNode }, after: { node: PlanNode }): boolean {
  return before.node.id === after.node.id && before.node.indicators === after.node.indicators;
}
