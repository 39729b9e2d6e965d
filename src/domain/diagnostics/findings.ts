import type { Id, LineKind, NodeKind, UnitTier } from "../types";
import type { RuleId, Severity } from "./rules";

// Findings carry ids and parameters, never sentences: the UI writes the sentence
// in its language from `rule` and `params`. Every `params` is plain JSON data.

interface FindingBase<R extends RuleId, S extends Severity> {
  readonly rule: R;
  readonly severity: S;
}

/** A1: a line node has no primary owner in S. */
export interface UnownedNodeFinding extends FindingBase<"A1", "error"> {
  readonly nodeId: Id;
  readonly params: { readonly kind: LineKind };
}

/** A2: a unit (not expert staff) has no alignment at all in S. */
export interface IdleUnitFinding extends FindingBase<"A2", "warning"> {
  readonly unitId: Id;
  readonly params: { readonly tier: UnitTier };
}

/** A3: a line node has more than one primary owner in S. */
export interface MultiplePrimaryFinding extends FindingBase<"A3", "error"> {
  readonly nodeId: Id;
  /** `ownerIds`: the primary owners, in alignment order (at least two). */
  readonly params: { readonly kind: LineKind; readonly ownerIds: readonly Id[] };
}

/** A4: a primary owner of a line node does not have the expected tier. One per node and owner. */
export interface TierMismatchFinding extends FindingBase<"A4", "warning"> {
  readonly nodeId: Id;
  /** The owner. */
  readonly unitId: Id;
  readonly params: {
    readonly kind: LineKind;
    readonly expectedTiers: readonly UnitTier[];
    readonly actualTier: UnitTier;
  };
}

/**
 * A5: node N has exactly one primary owner U, N's parent P is a line node with
 * exactly one primary owner V, and V is neither U nor an ancestor of U in S.
 */
export interface BrokenCascadeFinding extends FindingBase<"A5", "warning"> {
  readonly nodeId: Id;
  readonly params: {
    readonly kind: LineKind;
    /** U, the node's owner. */
    readonly ownerId: Id;
    /** P, the node's structural parent. */
    readonly parentId: Id;
    readonly parentKind: LineKind;
    /** V, the parent's owner. */
    readonly parentOwnerId: Id;
  };
}

/** A6: a line node's structural parent is not of an expected kind. */
export interface UnexpectedParentFinding extends FindingBase<"A6", "warning"> {
  readonly nodeId: Id;
  readonly params: {
    readonly kind: LineKind;
    readonly parentId: Id;
    readonly parentKind: LineKind;
    /** The kinds expected as parent; empty for a goal (expected at the root). */
    readonly expectedParentKinds: readonly NodeKind[];
  };
}

/** A7: an indicator lacks its unit (satuan), its baseline, or a target for some year of the period. */
export interface IncompleteIndicatorFinding extends FindingBase<"A7", "warning"> {
  readonly nodeId: Id;
  readonly indicatorId: Id;
  readonly params: {
    readonly kind: LineKind;
    readonly missingUnit: boolean;
    readonly missingBaseline: boolean;
    /** Years of the document's period without a target, ascending. */
    readonly missingYears: readonly number[];
  };
}

/** A8: a strategic target, program or activity has no indicator. */
export interface NoIndicatorFinding extends FindingBase<"A8", "warning"> {
  readonly nodeId: Id;
  readonly params: { readonly kind: LineKind };
}

/** A9: a unit hangs where domain.md section 3 says it may not. */
export interface UnitTierOrderFinding extends FindingBase<"A9", "warning"> {
  readonly unitId: Id;
  readonly params: {
    readonly tier: UnitTier;
    readonly parentId: Id;
    readonly parentTier: UnitTier;
    /** Tiers the unit may hang under; empty for a minister (no parent at all). */
    readonly allowedParentTiers: readonly UnitTier[];
  };
}

/** A10: an echelon 3 or 4 unit has no retention reason. */
export interface UnjustifiedUnitFinding extends FindingBase<"A10", "info"> {
  readonly unitId: Id;
  readonly params: { readonly tier: "echelon_3" | "echelon_4" };
}

export type Finding =
  | UnownedNodeFinding
  | IdleUnitFinding
  | MultiplePrimaryFinding
  | TierMismatchFinding
  | BrokenCascadeFinding
  | UnexpectedParentFinding
  | IncompleteIndicatorFinding
  | NoIndicatorFinding
  | UnitTierOrderFinding
  | UnjustifiedUnitFinding;

/** The finding of one rule, e.g. `FindingOf<"A4">`. */
export type FindingOf<R extends RuleId> = Extract<Finding, { rule: R }>;

/** The node a finding names, if any. */
export function findingNodeId(finding: Finding): Id | undefined {
  return "nodeId" in finding ? finding.nodeId : undefined;
}

/** The unit a finding names, if any (for A4, the owner). */
export function findingUnitId(finding: Finding): Id | undefined {
  return "unitId" in finding ? finding.unitId : undefined;
}

/** The indicator a finding names, if any (A7). */
export function findingIndicatorId(finding: Finding): Id | undefined {
  return "indicatorId" in finding ? finding.indicatorId : undefined;
}
