import type { Id, Indicator, LineKind, PlanDocument, PlanNode, Unit } from "../types";
import { type Coverage, coverageTally } from "./coverage";
import type {
  BrokenCascadeFinding,
  Finding,
  IncompleteIndicatorFinding,
  NoIndicatorFinding,
  TierMismatchFinding,
  UnexpectedParentFinding,
  UnitTierOrderFinding,
} from "./findings";
import { findingNodeId, findingUnitId } from "./findings";
import { cachedStructureIndex, cachedUnitAncestry } from "./indexCache";
import {
  ALLOWED_PARENT_TIERS,
  EXPECTED_OWNER_TIERS,
  EXPECTED_PARENT_KINDS,
  KINDS_NEEDING_INDICATORS,
  RULE_IDS,
  type RuleId,
  SEVERITIES,
  type Severity,
} from "./rules";
import { ownersOf, type StructureIndex, unitParentId } from "./structureIndex";

// Rules A1-A10 of domain.md section 5 for one structure S. A few linear passes:
// index the alignments of S, walk the nodes once, walk the units of S once.

export interface DiagnosisCounts {
  readonly byRule: Readonly<Record<RuleId, number>>;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  readonly total: number;
}

export interface Diagnosis {
  readonly structureId: Id;
  /** Ordered by rule (A1 … A10), then by document order of the node or unit. */
  readonly findings: readonly Finding[];
  readonly coverage: Coverage;
  readonly counts: DiagnosisCounts;
}

const NEEDS_INDICATORS: ReadonlySet<LineKind> = new Set(KINDS_NEEDING_INDICATORS);

function isBlank(value: string | number | undefined): boolean {
  return value === undefined || (typeof value === "string" && value.trim() === "");
}

/** The years of the document's period, as numbers and as target keys. */
function periodYears(doc: PlanDocument): { readonly years: number[]; readonly keys: string[] } {
  const years: number[] = [];
  const keys: string[] = [];
  const { start, end } = doc.meta.period;
  for (let year = start; year <= end; year++) {
    years.push(year);
    keys.push(String(year));
  }
  return { years, keys };
}

function checkIndicator(
  node: PlanNode & { kind: LineKind },
  indicator: Indicator,
  period: { readonly years: readonly number[]; readonly keys: readonly string[] },
): IncompleteIndicatorFinding | undefined {
  const missingUnit = isBlank(indicator.unit);
  const missingBaseline = indicator.baseline === undefined || isBlank(indicator.baseline.value);
  // Target keys are year digits, never names on Object.prototype: indexing the object is safe.
  const targets = indicator.targets;
  const keys = period.keys;
  let missingYears: number[] | undefined;
  for (let i = 0; i < keys.length; i++) {
    if (targets !== undefined && !isBlank(targets[keys[i]!])) continue;
    missingYears ??= [];
    missingYears.push(period.years[i]!);
  }
  if (!missingUnit && !missingBaseline && missingYears === undefined) return undefined;
  return {
    rule: "A7",
    severity: "warning",
    nodeId: node.id,
    indicatorId: indicator.id,
    params: { kind: node.kind, missingUnit, missingBaseline, missingYears: missingYears ?? [] },
  };
}

type Period = ReturnType<typeof periodYears>;

interface IndicatorFindings {
  readonly periodKey: string;
  readonly findings: readonly (IncompleteIndicatorFinding | NoIndicatorFinding)[];
}

const NO_FINDINGS: IndicatorFindings["findings"] = [];
// A7 and A8 read nothing but the node and the period, and an edit replaces only
// the node objects it changes: most nodes keep their findings from the last run.
// Kept in the node's entry of `perNode` (below).

/** Rules A7 and A8 for one line node, remembered per node object and period. */
function indicatorFindings(
  node: PlanNode & { kind: LineKind },
  period: Period,
  periodKey: string,
): IndicatorFindings["findings"] {
  const cache = perNodeOf(node);
  const cached = cache.indicators;
  if (cached !== undefined && cached.periodKey === periodKey) return cached.findings;
  let findings: (IncompleteIndicatorFinding | NoIndicatorFinding)[] | undefined;
  const indicators = node.indicators;
  if (indicators === undefined || indicators.length === 0) {
    if (NEEDS_INDICATORS.has(node.kind)) {
      findings = [{ rule: "A8", severity: "warning", nodeId: node.id, params: { kind: node.kind } }];
    }
  } else {
    for (const indicator of indicators) {
      const finding = checkIndicator(node, indicator, period);
      if (!finding) continue;
      findings ??= [];
      findings.push(finding);
    }
  }
  const result = findings ?? NO_FINDINGS;
  cache.indicators = { periodKey, findings: result };
  return result;
}

interface NodeFindings {
  readonly units: ReadonlyMap<Id, Unit>;
  readonly owners: readonly Id[];
  readonly parent: PlanNode | undefined;
  readonly parentOwners: readonly Id[];
  readonly periodKey: string;
  readonly findings: readonly Finding[];
}

const NO_NODE_FINDINGS: readonly Finding[] = [];
// Rules A1 and A3-A8 of a node read the node, its parent, the owners of both,
// the units of S (their tiers and ancestry) and the period. After an edit, every
// node whose inputs are the same as last time keeps its findings, so diagnosing
// a 10,000-box document re-checks only what changed. Owners are compared by
// content: an alignment added rebuilds the structure index, and with it every
// node's list of owners, but changes the owners of one node only.

/**
 * What is remembered of each node object: its indicator findings and its other
 * findings, in one entry (each entry of a WeakMap is work for every full garbage
 * collection, and a large document has 10,000 nodes).
 */
const perNode = new WeakMap<PlanNode, { indicators?: IndicatorFindings; node?: NodeFindings }>();

function perNodeOf(node: PlanNode): { indicators?: IndicatorFindings; node?: NodeFindings } {
  let cache = perNode.get(node);
  if (cache === undefined) {
    cache = {};
    perNode.set(node, cache);
  }
  return cache;
}

function sameIds(a: readonly Id[], b: readonly Id[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Rules A1 and A3-A8 for one line node, in rule order. */
function checkNode(
  node: PlanNode & { kind: LineKind },
  parent: PlanNode | undefined,
  index: StructureIndex,
  period: Period,
  periodKey: string,
): readonly Finding[] {
  const found: Finding[] = [];
  const kind = node.kind;
  const units = index.units;
  const owners = ownersOf(index, node.id);

  // A1, A3
  if (owners.length === 0) found.push({ rule: "A1", severity: "error", nodeId: node.id, params: { kind } });
  else if (owners.length > 1) {
    found.push({ rule: "A3", severity: "error", nodeId: node.id, params: { kind, ownerIds: [...owners] } });
  }

  // A4
  const expectedTiers = EXPECTED_OWNER_TIERS[kind];
  for (const ownerId of owners) {
    const actualTier = units.get(ownerId)!.tier;
    if (expectedTiers.includes(actualTier)) continue;
    const finding: TierMismatchFinding = {
      rule: "A4",
      severity: "warning",
      nodeId: node.id,
      unitId: ownerId,
      params: { kind, expectedTiers, actualTier },
    };
    found.push(finding);
  }

  // A5, A6: a parent that names no node is treated as no parent.
  if (parent !== undefined && parent.kind !== "condition" && parent.id !== node.id) {
    const parentKind = parent.kind;
    if (owners.length === 1) {
      const parentOwners = ownersOf(index, parent.id);
      if (parentOwners.length === 1) {
        const ownerId = owners[0]!;
        const parentOwnerId = parentOwners[0]!;
        if (ownerId !== parentOwnerId && !cachedUnitAncestry(units).isAncestor(parentOwnerId, ownerId)) {
          const finding: BrokenCascadeFinding = {
            rule: "A5",
            severity: "warning",
            nodeId: node.id,
            params: { kind, ownerId, parentId: parent.id, parentKind, parentOwnerId },
          };
          found.push(finding);
        }
      }
    }
    const expectedParentKinds = EXPECTED_PARENT_KINDS[kind];
    if (!expectedParentKinds.includes(parentKind)) {
      const finding: UnexpectedParentFinding = {
        rule: "A6",
        severity: "warning",
        nodeId: node.id,
        params: { kind, parentId: parent.id, parentKind, expectedParentKinds },
      };
      found.push(finding);
    }
  }

  // A7, A8
  for (const finding of indicatorFindings(node, period, periodKey)) found.push(finding);
  return found.length === 0 ? NO_NODE_FINDINGS : found;
}

/** Rules A2, A9 and A10 read only the units of S and which of them are aligned: one list per index. */
const unitFindingsCache = new WeakMap<StructureIndex, readonly Finding[]>();

function checkUnits(index: StructureIndex): readonly Finding[] {
  const cached = unitFindingsCache.get(index);
  if (cached) return cached;
  const units = index.units;
  const found: Finding[] = [];
  for (const unit of units.values()) {
    // A2
    if (unit.tier !== "expert_staff" && !index.alignedUnits.has(unit.id)) {
      found.push({ rule: "A2", severity: "warning", unitId: unit.id, params: { tier: unit.tier } });
    }
    // A9: a unit without a parent (or whose parent names no unit of S) never breaks it.
    const parentId = unitParentId(units, unit);
    if (parentId !== null) {
      const parentTier = units.get(parentId)!.tier;
      const allowedParentTiers = ALLOWED_PARENT_TIERS[unit.tier];
      if (!allowedParentTiers.includes(parentTier)) {
        const finding: UnitTierOrderFinding = {
          rule: "A9",
          severity: "warning",
          unitId: unit.id,
          params: { tier: unit.tier, parentId, parentTier, allowedParentTiers },
        };
        found.push(finding);
      }
    }
    // A10
    if ((unit.tier === "echelon_3" || unit.tier === "echelon_4") && unit.retentionReason === undefined) {
      found.push({ rule: "A10", severity: "info", unitId: unit.id, params: { tier: unit.tier } });
    }
  }
  unitFindingsCache.set(index, found);
  return found;
}

/** Rules A1 and A3-A8 for a line node, from the cache while its inputs are the same (see perNode). */
function nodeFindings(
  node: PlanNode,
  owners: readonly Id[],
  parent: PlanNode | undefined,
  index: StructureIndex,
  period: Period,
  periodKey: string,
): readonly Finding[] {
  const parentOwners = parent !== undefined ? ownersOf(index, parent.id) : owners;
  const cache = perNodeOf(node);
  let entry = cache.node;
  if (
    entry === undefined ||
    entry.units !== index.units ||
    entry.parent !== parent ||
    entry.periodKey !== periodKey ||
    !sameIds(entry.owners, owners) ||
    !sameIds(entry.parentOwners, parentOwners)
  ) {
    const lineNode = node as PlanNode & { kind: LineKind };
    const findings = checkNode(lineNode, parent, index, period, periodKey);
    entry = { units: index.units, owners, parent, parentOwners, periodKey, findings };
    cache.node = entry;
  }
  return entry.findings;
}

/** The last diagnosis made with a structure index, and the nodes it was made of, in document order. */
interface LastRun {
  nodes: ReadonlyMap<Id, PlanNode>;
  readonly order: PlanNode[];
  readonly periodKey: string;
  readonly diagnosis: Diagnosis;
}

// Most edits (a rename, a note, a target already set) change no finding and no
// coverage figure. Assembling the findings walks every node of the document in
// rule order: at 10,000 boxes that walk was most of a diagnosis after such an
// edit. So the last diagnosis per structure index (the same index: the same
// units and owners) is kept, and given again when the nodes that changed since
// give the same findings as before and count the same for coverage.
const lastRuns = new WeakMap<StructureIndex, LastRun>();

/**
 * The last run's diagnosis when it still holds for `doc`: the same nodes in the
 * same order, and every node that is a new object has the same kind and number
 * of indicators (coverage), and the same findings. Null when it may not hold.
 */
function lastDiagnosisStillHolds(
  last: LastRun,
  doc: PlanDocument,
  index: StructureIndex,
  period: Period,
): Diagnosis | null {
  if (doc.nodes === last.nodes) return last.diagnosis;
  if (doc.nodes.size !== last.order.length) return null;
  const changed: [at: number, node: PlanNode][] = [];
  let at = 0;
  for (const [id, node] of doc.nodes) {
    const before = last.order[at]!;
    if (before !== node) {
      // A child's rules read its parent's id and kind only, so a parent's new object
      // with the same kind leaves its children's findings as they were.
      if (before.id !== id || before.kind !== node.kind) return null;
      if ((before.indicators?.length ?? 0) !== (node.indicators?.length ?? 0)) return null;
      changed.push([at, node]);
    }
    at++;
  }
  for (const [i, node] of changed) {
    if (node.kind === "condition") continue;
    const before = last.order[i]!;
    const owners = ownersOf(index, node.id);
    const was = nodeFindings(before, owners, parentOf(before, last.nodes), index, period, last.periodKey);
    const now = nodeFindings(node, owners, parentOf(node, doc.nodes), index, period, last.periodKey);
    if (!sameValue(was, now)) return null;
  }
  for (const [i, node] of changed) last.order[i] = node;
  last.nodes = doc.nodes;
  return last.diagnosis;
}

function parentOf(node: PlanNode, nodes: ReadonlyMap<Id, PlanNode>): PlanNode | undefined {
  return node.parentId !== null ? nodes.get(node.parentId) : undefined;
}

/** Deep equality of findings: plain objects, arrays and primitives. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameValue(item, b[i]));
  }
  if (Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) =>
    sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/** Diagnose structure `structureId` of the document. An unknown structure is diagnosed as one without units. */
export function diagnose(doc: PlanDocument, structureId: Id): Diagnosis {
  const index = cachedStructureIndex(doc, structureId);
  const period = periodYears(doc);
  const periodKey = `${doc.meta.period.start}-${doc.meta.period.end}`;
  const last = lastRuns.get(index);
  if (last !== undefined && last.periodKey === periodKey) {
    const held = lastDiagnosisStillHolds(last, doc, index, period);
    if (held !== null) return held;
  }
  const buckets = new Map<RuleId, Finding[]>(RULE_IDS.map((rule) => [rule, []]));
  const push = (finding: Finding): void => {
    buckets.get(finding.rule)!.push(finding);
  };
  const tally = coverageTally(index);

  for (const node of doc.nodes.values()) {
    const owners = ownersOf(index, node.id);
    tally.add(node, owners);
    if (node.kind === "condition") continue;
    for (const finding of nodeFindings(node, owners, parentOf(node, doc.nodes), index, period, periodKey)) {
      push(finding);
    }
  }
  for (const finding of checkUnits(index)) push(finding);

  const findings: Finding[] = [];
  const byRule = {} as Record<RuleId, number>;
  const bySeverity = {} as Record<Severity, number>;
  for (const severity of SEVERITIES) bySeverity[severity] = 0;
  for (const rule of RULE_IDS) {
    const list = buckets.get(rule)!;
    byRule[rule] = list.length;
    for (const finding of list) {
      findings.push(finding);
      bySeverity[finding.severity]++;
    }
  }

  const diagnosis: Diagnosis = {
    structureId,
    findings,
    coverage: tally.finish(),
    counts: { byRule, bySeverity, total: findings.length },
  };
  lastRuns.set(index, { nodes: doc.nodes, order: [...doc.nodes.values()], periodKey, diagnosis });
  return diagnosis;
}

const byNodeCache = new WeakMap<Diagnosis, ReadonlyMap<Id, readonly Finding[]>>();
const byUnitCache = new WeakMap<Diagnosis, ReadonlyMap<Id, readonly Finding[]>>();

function group(findings: readonly Finding[], key: (f: Finding) => Id | undefined): Map<Id, Finding[]> {
  const result = new Map<Id, Finding[]>();
  for (const finding of findings) {
    const id = key(finding);
    if (id === undefined) continue;
    const list = result.get(id);
    if (list) list.push(finding);
    else result.set(id, [finding]);
  }
  return result;
}

/** Findings per node id (A1, A3-A8), for badges. Computed once per diagnosis. */
export function findingsByNode(diagnosis: Diagnosis): ReadonlyMap<Id, readonly Finding[]> {
  let result = byNodeCache.get(diagnosis);
  if (!result) {
    result = group(diagnosis.findings, findingNodeId);
    byNodeCache.set(diagnosis, result);
  }
  return result;
}

/** Findings per unit id (A2, A9, A10, and A4 under its owner), for badges. Computed once per diagnosis. */
export function findingsByUnit(diagnosis: Diagnosis): ReadonlyMap<Id, readonly Finding[]> {
  let result = byUnitCache.get(diagnosis);
  if (!result) {
    result = group(diagnosis.findings, findingUnitId);
    byUnitCache.set(diagnosis, result);
  }
  return result;
}

/** The highest severity among findings, or undefined when there are none (for a badge's colour). */
export function worstSeverity(findings: readonly Finding[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const finding of findings) {
    if (finding.severity === "error") return "error";
    if (finding.severity === "warning") worst = "warning";
    else worst ??= "info";
  }
  return worst;
}
