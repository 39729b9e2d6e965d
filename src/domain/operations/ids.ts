import type { Id, PlanDocument } from "../types";
import { MAX_ID_LENGTH } from "./limits";

// Fresh ids, deterministic for a given document: `${prefix}${n}` with the
// smallest n that is free, then counting up. Taken ids are looked up in the
// document's Maps, so any id (even "__proto__") is an ordinary key.

export type IdAllocator = (prefix: string) => Id;

/** Hands out ids for which `isTaken` is false and that it has not handed out before. */
export function createIdAllocator(isTaken: (id: Id) => boolean): IdAllocator {
  const next = new Map<string, number>();
  const given = new Set<Id>();
  return (prefix) => {
    let n = next.get(prefix) ?? 1;
    let id = `${prefix}${n}`;
    while (isTaken(id) || given.has(id)) {
      n++;
      id = `${prefix}${n}`;
    }
    next.set(prefix, n + 1);
    given.add(id);
    return id;
  };
}

/** Prefix of a new node's id: its kind ("program-3"). */
export function nodeIdPrefix(kind: string): string {
  return `${kind}-`;
}

/** Prefix of a new indicator's id: its node's id ("ss1-i2"), or "indicator-" when that would be too long. */
export function indicatorIdPrefix(nodeId: Id): string {
  return nodeId.length + 8 <= MAX_ID_LENGTH ? `${nodeId}-i` : "indicator-";
}

export const LINK_ID_PREFIX = "link-";

/** Every indicator id of the document (indicator ids are unique across all nodes). */
export function indicatorIds(doc: PlanDocument): Set<Id> {
  const ids = new Set<Id>();
  for (const node of doc.nodes.values())
    if (node.indicators) for (const ind of node.indicators) ids.add(ind.id);
  return ids;
}
