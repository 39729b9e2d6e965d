import type { Diagnosis, Finding } from "../../../src/domain/diagnostics";
import type {
  Alignment,
  AlignmentRole,
  Indicator,
  NodeKind,
  PlanDocument,
  PlanNode,
  Structure,
  Unit,
  UnitTier,
} from "../../../src/domain/types";
import { docWith, node } from "../../helpers/build";

// Builders for diagnostics tests, beside the shared ones in tests/helpers/build.ts.

export { node };

export function unit(id: string, parentId: string | null, tier: UnitTier, extra: Partial<Unit> = {}): Unit {
  return { id, parentId, tier, name: extra.name ?? `Unit ${id}`, ...extra };
}

export function structure(
  id: string,
  units: readonly Unit[],
  extra: Partial<Omit<Structure, "units">> = {},
): Structure {
  return {
    id,
    name: `Structure ${id}`,
    role: "existing",
    ...extra,
    units: new Map(units.map((u) => [u.id, u])),
  };
}

let alignmentCounter = 0;

/** A primary alignment unless told otherwise; ids are generated when not given. */
export function align(
  structureId: string,
  unitId: string,
  nodeId: string,
  role: AlignmentRole = "primary",
  extra: Partial<Alignment> = {},
): Alignment {
  return { id: extra.id ?? `al${++alignmentCounter}`, structureId, unitId, nodeId, role, ...extra };
}

/** An indicator complete for the 2020-2024 period (so it breaks no rule). */
export function indicator(id: string, extra: Partial<Indicator> = {}): Indicator {
  return {
    id,
    name: `Indicator ${id}`,
    unit: "persen",
    baseline: { year: 2019, value: 10 },
    targets: { "2020": 11, "2021": 12, "2022": 13, "2023": 14, "2024": 15 },
    ...extra,
  };
}

export function lineNode(
  id: string,
  parentId: string | null,
  kind: NodeKind,
  indicators: readonly Indicator[] = [indicator(`${id}-i1`)],
  extra: Partial<PlanNode> = {},
): PlanNode {
  return node(id, parentId, kind, { indicators, ...extra });
}

export function planDoc(
  nodes: readonly PlanNode[],
  structures: readonly Structure[] = [],
  alignments: readonly Alignment[] = [],
): PlanDocument {
  const base = docWith(nodes);
  return {
    ...base,
    structures: new Map(structures.map((s) => [s.id, s])),
    alignments: new Map(alignments.map((a) => [a.id, a])),
  };
}

/** The ids a finding names, with its rule: what a test asserts. */
export interface Brief {
  rule: string;
  nodeId?: string;
  indicatorId?: string;
  unitId?: string;
}

export function brief(finding: Finding): Brief {
  const result: Brief = { rule: finding.rule };
  if ("nodeId" in finding) result.nodeId = finding.nodeId;
  if ("indicatorId" in finding) result.indicatorId = finding.indicatorId;
  if ("unitId" in finding) result.unitId = finding.unitId;
  return result;
}

export function briefs(diagnosis: Diagnosis, rule?: string): Brief[] {
  return diagnosis.findings.filter((f) => rule === undefined || f.rule === rule).map(brief);
}

/**
 * A small document that breaks no rule in structure "s":
 *
 *   g1 goal ── ss1 strategic_target ── p1 program ── k1 activity ── o1 output
 *   └─ c1 condition
 *
 *   m minister ── e1 echelon_1 ── e2 echelon_2 ─┬─ e3 echelon_3 (kept: authorisation)
 *   └─ x expert_staff                          └─ fg functional_group
 */
export function cleanParts() {
  const nodes: PlanNode[] = [
    node("g1", null, "goal"),
    lineNode("ss1", "g1", "strategic_target"),
    lineNode("p1", "ss1", "program"),
    lineNode("k1", "p1", "activity"),
    lineNode("o1", "k1", "output"),
    node("c1", "g1", "condition"),
  ];
  const units: Unit[] = [
    unit("m", null, "minister"),
    unit("e1", "m", "echelon_1"),
    unit("e2", "e1", "echelon_2"),
    unit("e3", "e2", "echelon_3", { retentionReason: "authorisation" }),
    unit("fg", "e2", "functional_group"),
    unit("x", "m", "expert_staff"),
  ];
  const alignments: Alignment[] = [
    align("s", "m", "g1", "primary", { id: "a-g1" }),
    align("s", "m", "ss1", "primary", { id: "a-ss1" }),
    align("s", "e1", "p1", "primary", { id: "a-p1" }),
    align("s", "e2", "k1", "primary", { id: "a-k1" }),
    align("s", "fg", "o1", "primary", { id: "a-o1" }),
    align("s", "e3", "c1", "contributor", { id: "a-c1" }),
  ];
  return { nodes, units, alignments };
}

export function cleanDoc(): PlanDocument {
  const { nodes, units, alignments } = cleanParts();
  return planDoc(nodes, [structure("s", units)], alignments);
}

/** Replace items by id (or add them when new); `null` removes. */
export function patch<T extends { id: string }>(items: readonly T[], changes: Record<string, T | null>): T[] {
  const byId = new Map(Object.entries(changes));
  const result: T[] = [];
  for (const item of items) {
    if (!byId.has(item.id)) result.push(item);
    else {
      const replacement = byId.get(item.id);
      if (replacement) result.push(replacement);
      byId.delete(item.id);
    }
  }
  for (const added of byId.values()) if (added) result.push(added);
  return result;
}
