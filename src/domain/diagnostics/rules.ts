import type { LineKind, NodeKind, UnitTier } from "../types";

// The rule table of domain.md section 5, as data: the UI shows `basis` in tooltips
// and translates each rule's sentence from the finding's `params`.

export const RULE_IDS = ["A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "A10"] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What a finding of the rule names: the node, the indicator, the unit. */
export type RuleSubject = "node" | "unit" | "node_unit" | "node_indicator";

export interface RuleInfo {
  readonly id: RuleId;
  /** Stable short name, e.g. "unowned-node" (usable as a translation key). */
  readonly key: string;
  readonly severity: Severity;
  readonly subject: RuleSubject;
  /** The regulation the rule rests on, as written in domain.md (not translated: these are citations). */
  readonly basis: string;
}

export const RULES: readonly RuleInfo[] = [
  {
    id: "A1",
    key: "unowned-node",
    severity: "error",
    subject: "node",
    basis: "PermenPAN-RB 53/2014; PermenPAN-RB 88/2021 LKE 1.b.8",
  },
  {
    id: "A2",
    key: "idle-unit",
    severity: "warning",
    subject: "unit",
    basis: "PermenPAN-RB 88/2021 LKE 1.b.10",
  },
  {
    id: "A3",
    key: "multiple-primary",
    severity: "error",
    subject: "node",
    basis: "KMK 467/2014",
  },
  {
    id: "A4",
    key: "tier-mismatch",
    severity: "warning",
    subject: "node_unit",
    basis: "PermenPAN-RB 89/2021",
  },
  {
    id: "A5",
    key: "broken-cascade",
    severity: "warning",
    subject: "node",
    basis: "PermenPAN-RB 53/2014; PermenPAN-RB 88/2021 LKE 1.b.8",
  },
  {
    id: "A6",
    key: "unexpected-parent",
    severity: "warning",
    subject: "node",
    basis: "Permen PPN/Bappenas 5/2019",
  },
  {
    id: "A7",
    key: "incomplete-indicator",
    severity: "warning",
    subject: "node_indicator",
    basis: "PermenPAN-RB 88/2021 LKE 1.b.6-7, 2.a",
  },
  {
    id: "A8",
    key: "no-indicator",
    severity: "warning",
    subject: "node",
    basis: "PermenPAN-RB 88/2021 LKE 1.b",
  },
  {
    id: "A9",
    key: "unit-tier-order",
    severity: "warning",
    subject: "unit",
    basis: "Perpres; Permen OTK",
  },
  {
    id: "A10",
    key: "unjustified-unit",
    severity: "info",
    subject: "unit",
    basis: "PermenPAN-RB 25/2021",
  },
];

export const RULE_BY_ID: ReadonlyMap<RuleId, RuleInfo> = new Map(RULES.map((rule) => [rule.id, rule]));

export function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).includes(value);
}

/** Expected owner tier by node kind (domain.md section 4). */
export const EXPECTED_OWNER_TIERS: Readonly<Record<LineKind, readonly UnitTier[]>> = {
  goal: ["minister"],
  strategic_target: ["minister"],
  program: ["echelon_1"],
  activity: ["echelon_2"],
  output: ["echelon_3", "echelon_4", "technical_unit", "functional_group"],
};

/**
 * Expected structural parent kinds (domain.md section 2). An empty list means the
 * node is expected at the root (a goal). `condition` is never checked, as child or parent.
 */
export const EXPECTED_PARENT_KINDS: Readonly<Record<LineKind, readonly NodeKind[]>> = {
  goal: [],
  strategic_target: ["goal", "strategic_target"],
  program: ["strategic_target"],
  activity: ["program"],
  output: ["activity"],
};

/**
 * The tiers a unit may hang under (domain.md section 3). An empty list means the
 * unit has no parent (the minister). A unit without a parent never breaks the rule.
 */
export const ALLOWED_PARENT_TIERS: Readonly<Record<UnitTier, readonly UnitTier[]>> = {
  minister: [],
  echelon_1: ["minister"],
  echelon_2: ["minister", "echelon_1"],
  echelon_3: ["minister", "echelon_1", "echelon_2"],
  echelon_4: ["minister", "echelon_1", "echelon_2", "echelon_3"],
  technical_unit: ["minister", "echelon_1", "echelon_2", "echelon_3", "echelon_4"],
  functional_group: ["minister", "echelon_1", "echelon_2", "echelon_3", "echelon_4", "technical_unit"],
  expert_staff: ["minister"],
};

/** Node kinds that must carry at least one indicator (rule A8). */
export const KINDS_NEEDING_INDICATORS: readonly LineKind[] = ["strategic_target", "program", "activity"];
