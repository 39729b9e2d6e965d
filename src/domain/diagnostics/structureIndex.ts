import type { Id, PlanDocument, Unit } from "../types";

// Indexes of one structure S that every rule and figure reads: built in one pass
// over the units of S and one over the alignments of the document.
//
// An alignment counts for S only when it is sound: it names S, a unit of S, an
// existing node and, when it has one, an indicator of that node. The format's
// integrity rules make every stored alignment sound; the check only keeps
// diagnostics quiet about half-finished edits.

const NO_IDS: readonly Id[] = [];
const NO_UNITS: ReadonlyMap<Id, Unit> = new Map();

export interface StructureIndex {
  readonly structureId: Id;
  /** The units of S in document order (empty when the structure does not exist). */
  readonly units: ReadonlyMap<Id, Unit>;
  /** Node id → the units with a primary alignment in S to the node itself, distinct, in alignment order. */
  readonly primaryOwners: ReadonlyMap<Id, readonly Id[]>;
  /** Units of S with at least one alignment in S, of any role, to any node or indicator. */
  readonly alignedUnits: ReadonlySet<Id>;
  /** Unit id → indicators aligned to it directly (alignments with `indicatorId`, any role) → their node id. */
  readonly directIndicators: ReadonlyMap<Id, ReadonlyMap<Id, Id>>;
}

export function ownersOf(index: StructureIndex, nodeId: Id): readonly Id[] {
  return index.primaryOwners.get(nodeId) ?? NO_IDS;
}

/** The unit's parent in S: `null` when it has none or names no unit of S. */
export function unitParentId(units: ReadonlyMap<Id, Unit>, unit: Unit): Id | null {
  return unit.parentId !== null && unit.parentId !== unit.id && units.has(unit.parentId)
    ? unit.parentId
    : null;
}

export function buildStructureIndex(doc: PlanDocument, structureId: Id): StructureIndex {
  return structureIndexWithChecks(doc, structureId).index;
}

/**
 * The index, and what it read from the node map: for every node that an
 * alignment of S names, the indicator ids those alignments name (so that a cache
 * can tell whether a changed node map would change the index).
 */
export function structureIndexWithChecks(
  doc: PlanDocument,
  structureId: Id,
): { readonly index: StructureIndex; readonly referenced: ReadonlyMap<Id, Id[]> } {
  const units = doc.structures.get(structureId)?.units ?? NO_UNITS;
  const primaryOwners = new Map<Id, Id[]>();
  const alignedUnits = new Set<Id>();
  const directIndicators = new Map<Id, Map<Id, Id>>();
  const referenced = new Map<Id, Id[]>();

  if (units.size > 0) {
    for (const alignment of doc.alignments.values()) {
      if (alignment.structureId !== structureId || !units.has(alignment.unitId)) continue;
      const indicatorId = alignment.indicatorId;
      const named = referenced.get(alignment.nodeId);
      if (!named) referenced.set(alignment.nodeId, indicatorId === undefined ? [] : [indicatorId]);
      else if (indicatorId !== undefined && !named.includes(indicatorId)) named.push(indicatorId);
      const node = doc.nodes.get(alignment.nodeId);
      if (node === undefined) continue;
      const unitId = alignment.unitId;
      if (indicatorId !== undefined) {
        if (!node.indicators?.some((indicator) => indicator.id === indicatorId)) continue;
        let direct = directIndicators.get(unitId);
        if (!direct) {
          direct = new Map();
          directIndicators.set(unitId, direct);
        }
        direct.set(indicatorId, node.id);
      } else if (alignment.role === "primary") {
        const owners = primaryOwners.get(alignment.nodeId);
        if (!owners) primaryOwners.set(alignment.nodeId, [unitId]);
        else if (!owners.includes(unitId)) owners.push(unitId);
      }
      alignedUnits.add(unitId);
    }
  }

  return { index: { structureId, units, primaryOwners, alignedUnits, directIndicators }, referenced };
}

/**
 * Ancestor tests between units of S in constant time, from the pre/post order
 * numbers of an iterative depth-first walk (no recursion: a 100,000-deep chain is
 * fine). Units caught in a parent cycle (impossible in a valid file) are never
 * reached from a root, and count as having no ancestors.
 */
export interface UnitAncestry {
  /** Whether `ancestorId` is a strict ancestor of `unitId`. */
  isAncestor(ancestorId: Id, unitId: Id): boolean;
}

export function buildUnitAncestry(units: ReadonlyMap<Id, Unit>): UnitAncestry {
  const children = new Map<Id, Id[]>();
  const roots: Id[] = [];
  for (const unit of units.values()) {
    const parentId = unitParentId(units, unit);
    if (parentId === null) {
      roots.push(unit.id);
      continue;
    }
    const kids = children.get(parentId);
    if (kids) kids.push(unit.id);
    else children.set(parentId, [unit.id]);
  }

  const enter = new Map<Id, number>();
  const leave = new Map<Id, number>();
  let clock = 0;
  // Two parallel stacks: a unit id, and whether the entry opens (false) or closes (true) it.
  const stack: Id[] = [];
  const closing: boolean[] = [];
  for (const root of roots) {
    stack.push(root);
    closing.push(false);
    while (stack.length > 0) {
      const id = stack.pop()!;
      const isClose = closing.pop()!;
      if (isClose) {
        leave.set(id, clock++);
        continue;
      }
      enter.set(id, clock++);
      stack.push(id);
      closing.push(true);
      const kids = children.get(id);
      if (kids) {
        for (let i = kids.length - 1; i >= 0; i--) {
          stack.push(kids[i]!);
          closing.push(false);
        }
      }
    }
  }

  return {
    isAncestor(ancestorId: Id, unitId: Id): boolean {
      if (ancestorId === unitId) return false;
      const a = enter.get(ancestorId);
      const u = enter.get(unitId);
      if (a === undefined || u === undefined) return false;
      return a < u && leave.get(unitId)! < leave.get(ancestorId)!;
    },
  };
}
