import { buildStructureIndex, type Coverage, coverageFromIndex, unitParentId } from "./diagnostics";
import type { Id, LineKind, PlanDocument, Unit, UnitTier } from "./types";

// Comparing two structures A and B of one document (domain.md section 5).
// Units are matched by id. Primary owners are compared as sets of unit ids:
//   none    - no primary owner in A nor in B;
//   gained  - none in A, some in B;
//   lost    - some in A, none in B;
//   kept    - the same non-empty set in both (order does not matter);
//   changed - both non-empty, and the sets differ (including one owner added
//             beside the old one, e.g. {u1} → {u1, u2}).

export const OWNER_STATUSES = ["kept", "gained", "lost", "changed", "none"] as const;
export type OwnerStatus = (typeof OWNER_STATUSES)[number];

export interface UnitRename {
  readonly unitId: Id;
  readonly from: string;
  readonly to: string;
}

export interface UnitMove {
  readonly unitId: Id;
  /** The parent in A and in B; `null` for no parent (or one that names no unit of its structure). */
  readonly from: Id | null;
  readonly to: Id | null;
}

export interface UnitRetier {
  readonly unitId: Id;
  readonly from: UnitTier;
  readonly to: UnitTier;
}

export interface NodeOwnerChange {
  readonly nodeId: Id;
  readonly kind: LineKind;
  /** Primary owners in A and in B, in alignment order. */
  readonly ownersA: readonly Id[];
  readonly ownersB: readonly Id[];
  readonly status: OwnerStatus;
}

export interface StructureComparison {
  readonly aId: Id;
  readonly bId: Id;
  readonly units: {
    /** In B, not in A (B's order). */
    readonly added: readonly Id[];
    /** In A, not in B (A's order). */
    readonly removed: readonly Id[];
    /** In both, in A's order; a unit may be renamed, moved and re-tiered at once. */
    readonly renamed: readonly UnitRename[];
    readonly moved: readonly UnitMove[];
    readonly retiered: readonly UnitRetier[];
  };
  /** Every line node, in document order. */
  readonly nodes: readonly NodeOwnerChange[];
  readonly statusCounts: Readonly<Record<OwnerStatus, number>>;
  readonly coverage: { readonly a: Coverage; readonly b: Coverage };
}

const NO_UNITS: ReadonlyMap<Id, Unit> = new Map();
const NO_IDS: readonly Id[] = [];

export function ownerStatus(a: readonly Id[], b: readonly Id[]): OwnerStatus {
  if (a.length === 0) return b.length === 0 ? "none" : "gained";
  if (b.length === 0) return "lost";
  if (a.length !== b.length) return "changed";
  // Owners are distinct within a structure, so equal sizes and inclusion mean equal sets.
  return a.every((id) => b.includes(id)) ? "kept" : "changed";
}

/** Compare structures `aId` and `bId` of the document (an unknown id compares as an empty structure). */
export function compareStructures(doc: PlanDocument, aId: Id, bId: Id): StructureComparison {
  const unitsA = doc.structures.get(aId)?.units ?? NO_UNITS;
  const unitsB = doc.structures.get(bId)?.units ?? NO_UNITS;

  const added: Id[] = [];
  const removed: Id[] = [];
  const renamed: UnitRename[] = [];
  const moved: UnitMove[] = [];
  const retiered: UnitRetier[] = [];
  for (const a of unitsA.values()) {
    const b = unitsB.get(a.id);
    if (!b) {
      removed.push(a.id);
      continue;
    }
    if (a.name !== b.name) renamed.push({ unitId: a.id, from: a.name, to: b.name });
    const from = unitParentId(unitsA, a);
    const to = unitParentId(unitsB, b);
    if (from !== to) moved.push({ unitId: a.id, from, to });
    if (a.tier !== b.tier) retiered.push({ unitId: a.id, from: a.tier, to: b.tier });
  }
  for (const id of unitsB.keys()) if (!unitsA.has(id)) added.push(id);

  const indexA = buildStructureIndex(doc, aId);
  const indexB = buildStructureIndex(doc, bId);
  const statusCounts: Record<OwnerStatus, number> = { kept: 0, gained: 0, lost: 0, changed: 0, none: 0 };
  const nodes: NodeOwnerChange[] = [];
  for (const node of doc.nodes.values()) {
    if (node.kind === "condition") continue;
    const ownersA = indexA.primaryOwners.get(node.id) ?? NO_IDS;
    const ownersB = indexB.primaryOwners.get(node.id) ?? NO_IDS;
    const status = ownerStatus(ownersA, ownersB);
    statusCounts[status]++;
    nodes.push({ nodeId: node.id, kind: node.kind, ownersA, ownersB, status });
  }

  return {
    aId,
    bId,
    units: { added, removed, renamed, moved, retiered },
    nodes,
    statusCounts,
    coverage: { a: coverageFromIndex(doc, indexA), b: coverageFromIndex(doc, indexB) },
  };
}
