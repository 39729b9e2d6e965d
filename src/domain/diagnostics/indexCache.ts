import type { Id, PlanDocument, PlanNode, Unit } from "../types";
import {
  buildUnitAncestry,
  type StructureIndex,
  structureIndexWithChecks,
  type UnitAncestry,
} from "./structureIndex";

// Diagnostics run after every edit, and most edits touch neither the alignments
// nor the units: a renamed box, a new target. These caches let such an edit reuse
// the structure index and the unit ancestry of the last run instead of walking
// 20,000 alignments again. Keys are the immutable maps of the document (an
// operation that changes alignments or units makes new maps), so an entry can
// never be stale; the only input that changes under a reused entry is the node
// map, and `stillSound` re-checks exactly what the index read from it.

interface NodeCheck {
  /** The node object the index was built (or last verified) against; undefined when it did not exist. */
  node: PlanNode | undefined;
  /** Indicator ids that alignments to this node name. */
  readonly indicatorIds: readonly Id[];
}

interface IndexEntry {
  readonly units: ReadonlyMap<Id, Unit>;
  readonly index: StructureIndex;
  readonly checks: ReadonlyMap<Id, NodeCheck>;
  nodes: ReadonlyMap<Id, PlanNode>;
}

const indexCache = new WeakMap<PlanDocument["alignments"], Map<Id, IndexEntry>>();
const ancestryCache = new WeakMap<ReadonlyMap<Id, Unit>, UnitAncestry>();
const NO_UNITS: ReadonlyMap<Id, Unit> = new Map();

function hasIndicator(node: PlanNode, indicatorId: Id): boolean {
  return node.indicators?.some((indicator) => indicator.id === indicatorId) ?? false;
}

/**
 * Whether the alignments that the index counted or skipped would be judged the
 * same against `nodes`: every node they name exists (or is missing) as before and
 * has (or lacks) the same named indicators. Updates the entry when they would.
 */
function stillSound(entry: IndexEntry, nodes: ReadonlyMap<Id, PlanNode>): boolean {
  // One pass, updating as it goes (one lookup per node, not two): should a check
  // fail, the caller builds a new entry, and this one is dropped half-updated.
  for (const [nodeId, check] of entry.checks) {
    const current = nodes.get(nodeId);
    const before = check.node;
    if (current === before) continue;
    if (current === undefined || before === undefined) return false;
    for (const indicatorId of check.indicatorIds) {
      if (hasIndicator(current, indicatorId) !== hasIndicator(before, indicatorId)) return false;
    }
    check.node = current;
  }
  entry.nodes = nodes;
  return true;
}

/** The structure index of S for this document, reused from an earlier call when nothing it reads has changed. */
export function cachedStructureIndex(doc: PlanDocument, structureId: Id): StructureIndex {
  const units = doc.structures.get(structureId)?.units ?? NO_UNITS;
  let perStructure = indexCache.get(doc.alignments);
  if (!perStructure) {
    perStructure = new Map();
    indexCache.set(doc.alignments, perStructure);
  }
  const entry = perStructure.get(structureId);
  if (entry && entry.units === units && (entry.nodes === doc.nodes || stillSound(entry, doc.nodes))) {
    return entry.index;
  }
  const built = structureIndexWithChecks(doc, structureId);
  const checks = new Map<Id, NodeCheck>();
  for (const [nodeId, indicatorIds] of built.referenced) {
    checks.set(nodeId, { node: doc.nodes.get(nodeId), indicatorIds });
  }
  perStructure.set(structureId, { units, index: built.index, checks, nodes: doc.nodes });
  return built.index;
}

/** Ancestor tests between the units of S, built once per unit map. */
export function cachedUnitAncestry(units: ReadonlyMap<Id, Unit>): UnitAncestry {
  let ancestry = ancestryCache.get(units);
  if (!ancestry) {
    ancestry = buildUnitAncestry(units);
    ancestryCache.set(units, ancestry);
  }
  return ancestry;
}
