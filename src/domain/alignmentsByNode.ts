import type { Alignment, Id } from "./types";

// The alignments of one box, without walking them all. The details panel asks
// on every render, and at national scale a document holds thousands of
// alignments: walking them per render was 5-12 ms on every edit of the shown
// box. Built once per alignments map: a document's maps are replaced by an
// edit, never changed in place, so the map itself is the key.

const NONE: readonly Alignment[] = [];
const indexes = new WeakMap<ReadonlyMap<Id, Alignment>, ReadonlyMap<Id, readonly Alignment[]>>();

/** The alignments of box `nodeId`, in the order the document holds them. */
export function alignmentsOfNode(alignments: ReadonlyMap<Id, Alignment>, nodeId: Id): readonly Alignment[] {
  let index = indexes.get(alignments);
  if (!index) {
    const built = new Map<Id, Alignment[]>();
    for (const alignment of alignments.values()) {
      const list = built.get(alignment.nodeId);
      if (list) list.push(alignment);
      else built.set(alignment.nodeId, [alignment]);
    }
    index = built;
    indexes.set(alignments, index);
  }
  return index.get(nodeId) ?? NONE;
}
