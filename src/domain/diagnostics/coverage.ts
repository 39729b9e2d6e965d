import { type Id, LINE_KINDS, type LineKind, type PlanDocument, type PlanNode } from "../types";
import { buildStructureIndex, ownersOf, type StructureIndex } from "./structureIndex";

// Coverage figures of domain.md section 5, in the shape of format.md's alignment report.

export interface OwnedCount {
  readonly owned: number;
  readonly total: number;
}

export interface Coverage {
  /** Line nodes with a primary owner in S, in all and per line kind. */
  readonly nodes: OwnedCount & { readonly byKind: Readonly<Record<LineKind, OwnedCount>> };
  /** Units other than expert staff, and those of them with at least one alignment in S. */
  readonly units: { readonly aligned: number; readonly total: number };
  /**
   * Over the units other than expert staff: for each, the distinct indicators that
   * belong to a node it is a primary owner of, or that are aligned to it directly
   * (an alignment with `indicatorId`, any role). All 0 when there are no such units.
   */
  readonly indicatorsPerUnit: { readonly min: number; readonly median: number; readonly max: number };
}

/** The median of the values; the mean of the two middle values for an even count; 0 for none. Sorts in place. */
export function median(values: number[]): number {
  if (values.length === 0) return 0;
  values.sort((a, b) => a - b);
  const mid = values.length >> 1;
  return values.length % 2 === 1 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
}

/**
 * Coverage figures, gathered one node at a time so that diagnose() can count
 * them in the walk over the nodes it makes anyway. `add` every node of the
 * document (conditions too: an owned condition's indicators count for its owner),
 * then `finish` once.
 */
export interface CoverageTally {
  add(node: PlanNode, owners: readonly Id[]): void;
  finish(): Coverage;
}

export function coverageTally(index: StructureIndex): CoverageTally {
  const byKind = {} as Record<LineKind, { owned: number; total: number }>;
  for (const kind of LINE_KINDS) byKind[kind] = { owned: 0, total: 0 };
  let owned = 0;
  let total = 0;
  // Indicators of owned nodes, per owner. A unit owns a node at most once, so a sum is a count of distinct ones.
  const ownedIndicators = new Map<Id, number>();

  return {
    add(node, owners) {
      const count = owners.length > 0 ? (node.indicators?.length ?? 0) : 0;
      if (count > 0) {
        for (const unitId of owners) ownedIndicators.set(unitId, (ownedIndicators.get(unitId) ?? 0) + count);
      }
      if (node.kind === "condition") return;
      const slot = byKind[node.kind];
      slot.total++;
      total++;
      if (owners.length > 0) {
        slot.owned++;
        owned++;
      }
    },
    finish() {
      const perUnit: number[] = [];
      let aligned = 0;
      for (const unit of index.units.values()) {
        if (unit.tier === "expert_staff") continue;
        if (index.alignedUnits.has(unit.id)) aligned++;
        let count = ownedIndicators.get(unit.id) ?? 0;
        const direct = index.directIndicators.get(unit.id);
        if (direct) {
          for (const nodeId of direct.values()) {
            // Already counted when the unit is a primary owner of the indicator's node.
            if (!index.primaryOwners.get(nodeId)?.includes(unit.id)) count++;
          }
        }
        perUnit.push(count);
      }

      let min = 0;
      let max = 0;
      if (perUnit.length > 0) {
        min = Number.POSITIVE_INFINITY;
        max = Number.NEGATIVE_INFINITY;
        for (const count of perUnit) {
          if (count < min) min = count;
          if (count > max) max = count;
        }
      }

      return {
        nodes: { owned, total, byKind },
        units: { aligned, total: perUnit.length },
        indicatorsPerUnit: { min, median: median(perUnit), max },
      };
    },
  };
}

export function coverageFromIndex(doc: PlanDocument, index: StructureIndex): Coverage {
  const tally = coverageTally(index);
  for (const node of doc.nodes.values()) tally.add(node, ownersOf(index, node.id));
  return tally.finish();
}

/** The coverage figures of structure `structureId` (an unknown structure has no units). */
export function computeCoverage(doc: PlanDocument, structureId: Id): Coverage {
  return coverageFromIndex(doc, buildStructureIndex(doc, structureId));
}
