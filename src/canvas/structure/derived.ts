import {
  type Diagnosis,
  diagnose,
  type Finding,
  findingsByNode,
  findingsByUnit,
} from "../../domain/diagnostics";
import type { Id, PlanDocument, Unit } from "../../domain/types";
import { unitChildrenOf } from "../../layout/unitTree";

// What the structure views derive from (document, structure in view): the
// diagnosis, findings by node and unit, how many boxes each unit owns, and the
// units' children. Computed once per document version and structure and
// shared by every card, the Diagnostics region and the report, so that
// thousands of cards subscribing to it cost one diagnose() per edit.

export interface StructureDerived {
  readonly diagnosis: Diagnosis;
  readonly byNode: ReadonlyMap<Id, readonly Finding[]>;
  readonly byUnit: ReadonlyMap<Id, readonly Finding[]>;
  /** Distinct boxes each unit is the primary owner of (of the box or one of its indicators). */
  readonly ownedCount: ReadonlyMap<Id, number>;
}

const cache = new WeakMap<PlanDocument, Map<Id, StructureDerived>>();

export function derivedFor(doc: PlanDocument, structureId: Id): StructureDerived | null {
  if (!doc.structures.has(structureId)) return null;
  let perStructure = cache.get(doc);
  if (!perStructure) {
    perStructure = new Map();
    cache.set(doc, perStructure);
  }
  let derived = perStructure.get(structureId);
  if (!derived) {
    const diagnosis = diagnose(doc, structureId);
    derived = {
      diagnosis,
      byNode: findingsByNode(diagnosis),
      byUnit: findingsByUnit(diagnosis),
      ownedCount: ownedCounts(doc, structureId),
    };
    perStructure.set(structureId, derived);
  }
  return derived;
}

// Counts read only the alignments, which most edits leave as they were.
const ownedCountsCache = new WeakMap<PlanDocument["alignments"], Map<Id, ReadonlyMap<Id, number>>>();

function ownedCounts(doc: PlanDocument, structureId: Id): ReadonlyMap<Id, number> {
  let perStructure = ownedCountsCache.get(doc.alignments);
  if (!perStructure) {
    perStructure = new Map();
    ownedCountsCache.set(doc.alignments, perStructure);
  }
  let counts = perStructure.get(structureId);
  if (!counts) {
    counts = countOwned(doc, structureId);
    perStructure.set(structureId, counts);
  }
  return counts;
}

function countOwned(doc: PlanDocument, structureId: Id): Map<Id, number> {
  const seen = new Map<Id, Set<Id>>();
  for (const alignment of doc.alignments.values()) {
    if (alignment.structureId !== structureId || alignment.role !== "primary") continue;
    let nodes = seen.get(alignment.unitId);
    if (!nodes) {
      nodes = new Set();
      seen.set(alignment.unitId, nodes);
    }
    nodes.add(alignment.nodeId);
  }
  const counts = new Map<Id, number>();
  for (const [unitId, nodes] of seen) counts.set(unitId, nodes.size);
  return counts;
}

const unitChildrenCache = new WeakMap<ReadonlyMap<Id, Unit>, Map<Id | null, Id[]>>();

/** Children of every unit (and of the top, under `null`), siblings by `order`, then file order; cached per structure version. */
export function unitChildren(units: ReadonlyMap<Id, Unit>): ReadonlyMap<Id | null, readonly Id[]> {
  const cached = unitChildrenCache.get(units);
  if (cached) return cached;
  const index = unitChildrenOf(units);
  unitChildrenCache.set(units, index);
  return index;
}

/** The flow id of a unit: prefixed, so that a unit and a node with the same id never collide on one canvas. */
export const UNIT_PREFIX = "u:";
export const unitFlowId = (unitId: Id): string => `${UNIT_PREFIX}${unitId}`;
export const isUnitFlowId = (flowId: string): boolean => flowId.startsWith(UNIT_PREFIX);
export const unitIdOf = (flowId: string): Id => flowId.slice(UNIT_PREFIX.length);
