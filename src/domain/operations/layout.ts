import type { Id, PlanDocument, Point } from "../types";
import { fail, type OperationResult } from "./result";

// Hand-placed node positions. A node without a position is placed by the automatic layout.

/**
 * Place nodes by hand (the end of a drag). Ids that name no node are skipped;
 * a position that is not a pair of finite numbers refuses the whole call.
 */
export function setNodePositions(doc: PlanDocument, positions: ReadonlyMap<Id, Point>): OperationResult {
  let next: Map<Id, Point> | null = null;
  for (const [id, point] of positions) {
    if (
      typeof point !== "object" ||
      point === null ||
      !Number.isFinite(point.x) ||
      !Number.isFinite(point.y)
    ) {
      return fail("invalid-value", { field: "position", id });
    }
    if (!doc.nodes.has(id)) continue;
    const current = doc.layout.nodes.get(id);
    if (current && current.x === point.x && current.y === point.y) continue;
    next ??= new Map(doc.layout.nodes);
    next.set(id, { x: point.x, y: point.y });
  }
  return next ? { ok: true, doc: { ...doc, layout: { ...doc.layout, nodes: next } } } : { ok: true, doc };
}

/** Forget hand-placed positions of some nodes, or of all ("Tidy up"). */
export function clearNodePositions(doc: PlanDocument, ids: Iterable<Id> | "all"): OperationResult {
  if (ids === "all") {
    if (doc.layout.nodes.size === 0) return { ok: true, doc };
    return { ok: true, doc: { ...doc, layout: { ...doc.layout, nodes: new Map() } } };
  }
  let next: Map<Id, Point> | null = null;
  for (const id of ids) {
    if (!doc.layout.nodes.has(id)) continue;
    next ??= new Map(doc.layout.nodes);
    next.delete(id);
  }
  return next ? { ok: true, doc: { ...doc, layout: { ...doc.layout, nodes: next } } } : { ok: true, doc };
}
