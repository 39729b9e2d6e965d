import type {
  Alignment,
  AlignmentRole,
  ContributeLink,
  Id,
  Indicator,
  NodeKind,
  Period,
  Perspective,
  PlanDocument,
  PlanNode,
  RetentionReason,
  Structure,
  TargetValue,
  Unit,
  UnitKind,
  UnitTier,
} from "../domain/types";
import { createRandom, type Random } from "./random";
import {
  ACTIVITY_VERBS,
  BUREAUS,
  CITIES,
  CONDITION_PATTERNS,
  DATA_SOURCES,
  EXPERT_STAFF_FIELDS,
  GOAL_OPENINGS,
  KRO_CODES,
  OUTPUT_ENDINGS,
  OUTPUT_HEADS,
  type OutcomeIndicator,
  REGIONS,
  ROMAN,
  SECTORS,
  type Sector,
  STATEMENT_OPENINGS,
  TARGET_OPENINGS,
  TARGET_QUALIFIERS,
} from "./vocabulary";

// A deterministic generator of realistic plan documents of any size, for tests
// and the benchmark (npm run bench). Pure: the same size and seed always give
// the same document, and nothing here touches the DOM, the clock or Math.random.
//
// Shape (per 1,000 nodes, roughly): 2-3 goals, 9 strategic targets (a fifth of
// them nested under another), 22 programs, 175 activities, 775 outputs and 15
// intermediate conditions, with lognormal fan-outs; 1-3 indicators per line
// node with a baseline and a target for every year of the period; a few
// contribute links across branches. Two structures, the existing SOTK and a
// proposal whose units match it by id: the minister, expert staff, the
// Secretariat General with its bureaus and data centre, the Inspectorate
// General, one echelon-1 unit per one or two technical programs, one echelon-2
// unit per technical activity, and under it echelon-3/4 units, functional
// groups and technical units (UPT) that own the outputs. The proposal removes a
// third of the echelon-4 units and some echelon-3 units (their outputs move to
// functional groups), renames, re-tiers and moves a few.
//
// Faults, a few percent each, so that every diagnostic rule A1-A10 has findings
// in both structures (for documents of a few hundred nodes and more): about 10%
// of line nodes without a primary owner (A1), idle units (A2), co-owned nodes
// (A3), owners of the wrong tier (A4), directorates under the wrong
// directorate-general and outputs owned across branches (A5), nodes under a
// parent of an unexpected kind (A6), incomplete indicators (A7), targets without
// indicators (A8), units hung where they may not be (A9) and echelon-3/4 units
// without a retention reason (A10).

export const GENERATED_STRUCTURES = {
  existing: "sotk-berlaku",
  proposed: "sotk-usulan",
} as const;

export interface GenerateOptions {
  /** Default 1. */
  readonly seed?: number;
  /** Default 2025-2029 (RPJMN 2025-2029). */
  readonly period?: Period;
}

/** Share of nodes of each kind (of the line nodes; conditions are 1.5% of all). */
const SHARE = { goal: 0.0025, strategicTarget: 0.0088, program: 0.022, activity: 0.176 } as const;
const CONDITION_SHARE = 0.015;
const NESTED_TARGET_SHARE = 0.2;
const LINK_SHARE = 0.004;

/** Fault rates per structure: existing, proposed. */
const RATES = {
  unowned: [0.09, 0.07],
  coOwned: [0.02, 0.012],
  wrongTier: [0.025, 0.015],
  brokenCascade: [0.02, 0.012],
  misplacedUnit: [0.012, 0.007],
  unjustified: [0.15, 0.06],
} as const;
/** Tree faults, shared by both structures. */
const TREE_RATES = { unexpectedParent: 0.015, incompleteIndicator: 0.04, noIndicator: 0.03 } as const;

interface DraftNode {
  readonly index: number;
  readonly id: Id;
  readonly kind: NodeKind;
  parent: number;
  readonly sector: Sector;
  readonly object: string;
  /** Ordinal among nodes of its kind, 1-based (codes). */
  readonly ordinal: number;
  /** For activities and outputs: the program and activity they were made under (org ownership). */
  readonly program: number;
  readonly activity: number;
  code?: string;
  name: string;
  statement?: string;
  perspective?: Perspective;
  indicators?: Indicator[];
  depth: number;
}

interface DraftUnit {
  readonly id: Id;
  readonly tier: UnitTier;
  readonly kind?: UnitKind;
  readonly name: string;
  readonly shortName?: string;
  readonly parent: Id | null;
  readonly retentionReason?: RetentionReason;
  readonly headcount?: number;
  /** A unit only the proposal has. */
  readonly proposedOnly?: boolean;
  /** Made with no work to do (A2 in every structure that keeps it). */
  readonly idle?: boolean;
}

interface OrgModel {
  readonly units: DraftUnit[];
  readonly unitById: Map<Id, DraftUnit>;
  /** Program index → its owner (echelon 1). */
  readonly programOwner: Map<number, Id>;
  /** Activity index → its echelon-2 unit (own directorate, or a shared bureau for generic programs). */
  readonly activityUnit: Map<number, Id>;
  /** Activity indexes whose echelon-2 unit is their own (not shared). */
  readonly ownDirectorate: Set<number>;
  /** Activity index → the units that own its outputs (echelon 3/4, functional group, technical unit). */
  readonly outputOwners: Map<number, Id[]>;
  /** Activity index → the functional group the proposal gives its outputs when it removes their unit. */
  readonly proposalGroup: Map<number, Id>;
  readonly technicalEchelon1: Id[];
  readonly inspectorates: Id[];
  /** Output index → the base unit that owns it (round robin over its activity's output owners). */
  readonly outputBaseOwner: Map<number, Id>;
}

const MINISTER = "u-menteri";
const SECRETARIAT = "u-setjen";
const INSPECTORATE = "u-itjen";
const DATA_CENTRE = "u-pusdatin";
const PLANNING_BUREAU = "u-biro1";

export function generateDocument(size: number, options: GenerateOptions = {}): PlanDocument {
  const seed = options.seed ?? 1;
  const period = options.period ?? { start: 2025, end: 2029 };
  if (!Number.isInteger(period.start) || !Number.isInteger(period.end) || period.end < period.start) {
    throw new RangeError(`bad period ${period.start}-${period.end}`);
  }
  if (period.end - period.start + 1 > 25) throw new RangeError("a period is at most 25 years");
  if (!Number.isFinite(size)) throw new RangeError(`bad size ${size}`);
  const total = Math.max(1, Math.floor(size));

  const tree = buildTree(total, seed, period);
  const org = buildOrg(tree, seed);
  const structures = new Map<Id, Structure>();
  const alignments = new Map<Id, Alignment>();
  for (const role of ["existing", "proposed"] as const) {
    const { structure, aligned } = buildStructure(role, tree, org, seed);
    structures.set(structure.id, structure);
    for (const alignment of aligned) alignments.set(alignment.id, alignment);
  }

  const nodes = new Map<Id, PlanNode>();
  for (const draft of tree.order) nodes.set(draft.id, toPlanNode(draft, tree.nodes));

  const created = `${period.start}-01-06T01:00:00.000Z`;
  return {
    meta: {
      title: `Pohon Kinerja Nasional Sintetis ${period.start}-${period.end} (${total} simpul)`,
      organization: "Kementerian Pembangunan Nasional (data sintetis)",
      period: { start: period.start, end: period.end },
      language: "id",
      notes:
        `Dokumen sintetis dari generator Selaras (seed ${seed}) untuk pengujian dan benchmark. ` +
        "Seluruh nama, kode, target dan unit bersifat ilustratif; kekurangan sengaja disisipkan " +
        "agar setiap aturan diagnostik A1-A10 menghasilkan temuan.",
      createdAt: created,
      updatedAt: created,
    },
    nodes,
    links: tree.links,
    structures,
    alignments,
    layout: { nodes: new Map(), units: new Map() },
  };
}

// ---------------------------------------------------------------------------
// The performance tree

interface Tree {
  readonly nodes: DraftNode[];
  /** Pre-order of the final tree: the file order. */
  readonly order: DraftNode[];
  readonly links: Map<Id, ContributeLink>;
  /** Nodes moved under a parent of an unexpected kind (A6). */
  readonly moved: Set<number>;
}

function buildTree(total: number, seed: number, period: Period): Tree {
  const rnd = createRandom(seed, "tree");
  const conditionCount = total >= 60 ? Math.round(total * CONDITION_SHARE) : 0;
  const line = total - conditionCount;
  let rest = line;
  const take = (want: number, min: number): number => {
    const count = Math.max(0, Math.min(rest, Math.max(min, Math.round(want))));
    rest -= count;
    return count;
  };
  const goalCount = take(line * SHARE.goal, 1);
  const targetCount = take(line * SHARE.strategicTarget, goalCount);
  const programCount = take(line * SHARE.program, targetCount);
  const activityCount = take(line * SHARE.activity, programCount);
  const outputCount = rest;

  const technical = SECTORS.filter((s) => !s.generic);
  const generic = SECTORS.find((s) => s.generic)!;
  const nodes: DraftNode[] = [];
  const ordinals = new Map<NodeKind, number>();
  const add = (
    kind: NodeKind,
    parent: number,
    sector: Sector,
    object: string,
    program = -1,
    activity = -1,
  ): DraftNode => {
    const ordinal = (ordinals.get(kind) ?? 0) + 1;
    ordinals.set(kind, ordinal);
    const node: DraftNode = {
      index: nodes.length,
      id: `${ID_PREFIX[kind]}${ordinal}`,
      kind,
      parent,
      sector,
      object,
      ordinal,
      program,
      activity,
      name: "",
      depth: 0,
    };
    nodes.push(node);
    return node;
  };

  // Goals, each around one sector.
  const goals: DraftNode[] = [];
  for (let i = 0; i < goalCount; i++) {
    const sector = technical[(i * 5) % technical.length]!;
    const goal = add("goal", -1, sector, rnd.pick(sector.outcome));
    goal.code = `T${goal.ordinal}`;
    goal.name = `${rnd.pick(GOAL_OPENINGS)} ${goal.object} ${rnd.pick(TARGET_QUALIFIERS)}`;
    goal.perspective = "stakeholder";
    goals.push(goal);
  }

  // Strategic targets: most under goals, a fifth nested under another target.
  const nestedCount = targetCount > goalCount ? Math.floor(targetCount * NESTED_TARGET_SHARE) : 0;
  const topCount = targetCount - nestedCount;
  const targets: DraftNode[] = [];
  const addTarget = (parent: DraftNode, nested: boolean) => {
    const index = targets.length;
    const sector = (index + 1) % 9 === 0 ? generic : rnd.chance(0.5) ? parent.sector : rnd.pick(technical);
    const object = rnd.chance(0.5) ? rnd.pick(sector.outcome) : rnd.pick(sector.objects);
    const target = add("strategic_target", parent.index, sector, object);
    target.code = `SS${target.ordinal}`;
    target.name = `${rnd.pick(TARGET_OPENINGS)} ${object} ${rnd.pick(TARGET_QUALIFIERS)}`;
    target.perspective = nested
      ? rnd.pick(["internal_process", "learning_growth"] as const)
      : rnd.pick(["stakeholder", "customer", "customer", "internal_process", "learning_growth"] as const);
    targets.push(target);
  };
  spread(rnd, topCount, goals.length).forEach((count, g) => {
    for (let k = 0; k < count; k++) addTarget(goals[g]!, false);
  });
  const topTargets = targets.slice();
  spread(rnd, nestedCount, topTargets.length).forEach((count, t) => {
    for (let k = 0; k < count; k++) addTarget(topTargets[t]!, true);
  });

  // Programs under strategic targets; a target of the generic sector gets management-support programs.
  const programs: DraftNode[] = [];
  spread(rnd, programCount, targets.length).forEach((count, t) => {
    const parent = targets[t]!;
    for (let k = 0; k < count; k++) {
      const sector = parent.sector.generic ? generic : rnd.chance(0.75) ? parent.sector : rnd.pick(technical);
      const program = add("program", parent.index, sector, rnd.pick(sector.objects));
      program.code = `${String(10 + (program.ordinal % 90)).padStart(3, "0")}.${LETTERS[program.ordinal % 26]}${LETTERS[(program.ordinal * 7 + 3) % 26]}`;
      program.name = `Program ${rnd.pick(sector.programs)}`;
      program.statement = `${rnd.pick(STATEMENT_OPENINGS)} ${program.object} ${reachPhrase(rnd, sector)}`;
      program.perspective = rnd.pick(["customer", "internal_process"] as const);
      programs.push(program);
    }
  });

  const activities: DraftNode[] = [];
  spread(rnd, activityCount, programs.length).forEach((count, p) => {
    const parent = programs[p]!;
    for (let k = 0; k < count; k++) {
      const object = rnd.chance(0.3) ? parent.object : rnd.pick(parent.sector.objects);
      const activity = add("activity", parent.index, parent.sector, object, parent.index);
      activity.code = String(1000 + activity.ordinal);
      const region = rnd.chance(0.25) ? ` Wilayah ${rnd.pick(REGIONS)}` : "";
      activity.name = `${rnd.pick(ACTIVITY_VERBS)} ${object}${region}`;
      activity.statement = `${rnd.pick(STATEMENT_OPENINGS)} ${object} ${reachPhrase(rnd, parent.sector)}`;
      activities.push(activity);
    }
  });

  spread(rnd, outputCount, activities.length).forEach((count, a) => {
    const parent = activities[a]!;
    const kro = rnd.pick(KRO_CODES);
    for (let k = 0; k < count; k++) {
      const object = rnd.chance(0.6) ? parent.object : rnd.pick(parent.sector.objects);
      const output = add("output", parent.index, parent.sector, object, parent.program, parent.index);
      output.code = `${parent.code}.${k % 3 === 2 ? rnd.pick(KRO_CODES) : kro}.${String(k + 1).padStart(3, "0")}`;
      const where = rnd.chance(0.2) ? ` di ${rnd.int(3, 38)} provinsi` : "";
      output.name = `${rnd.pick(OUTPUT_HEADS)} ${object} ${rnd.pick(OUTPUT_ENDINGS)}${where}`;
    }
  });

  // Intermediate conditions (the free boxes of PermenPAN-RB 89/2021): under targets,
  // programs and activities, a quarter of them under another condition.
  const hosts = [...targets, ...programs, ...activities];
  const conditions: DraftNode[] = [];
  for (let i = 0; i < conditionCount && hosts.length > 0; i++) {
    const parent = conditions.length > 0 && rnd.chance(0.25) ? rnd.pick(conditions) : rnd.pick(hosts);
    const object = rnd.pick(parent.sector.objects);
    const condition = add("condition", parent.index, parent.sector, object);
    condition.name = rnd.pick(CONDITION_PATTERNS)(object);
    if (rnd.chance(0.5)) condition.perspective = rnd.pick(["internal_process", "learning_growth"] as const);
    conditions.push(condition);
  }

  const moved = misplaceNodes(createRandom(seed, "unexpected-parent"), nodes, goals);

  // The final tree: children in creation order, pre-order as the file order, depths.
  const children = new Map<number, number[]>();
  for (const node of nodes) {
    const list = children.get(node.parent);
    if (list) list.push(node.index);
    else children.set(node.parent, [node.index]);
  }
  const order: DraftNode[] = [];
  const stack = (children.get(-1) ?? []).slice().reverse();
  while (stack.length > 0) {
    const node = nodes[stack.pop()!]!;
    node.depth = node.parent < 0 ? 0 : nodes[node.parent]!.depth + 1;
    order.push(node);
    const kids = children.get(node.index);
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }

  addIndicators(createRandom(seed, "indicators"), nodes, period);
  const links = addLinks(createRandom(seed, "links"), nodes, total);
  return { nodes, order, links, moved };
}

const ID_PREFIX: Readonly<Record<NodeKind, string>> = {
  goal: "t",
  strategic_target: "ss",
  program: "p",
  activity: "k",
  output: "ro",
  condition: "c",
};

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

function reachPhrase(rnd: Random, sector: Sector): string {
  return rnd.pick([
    `bagi ${rnd.pick(sector.reach).noun}`,
    `di ${rnd.pick(REGIONS)}`,
    "secara tepat sasaran",
    "yang berkelanjutan",
  ]);
}

/**
 * Counts of `items` children for each of `parents`: every parent gets one while
 * there are enough, the rest in proportion to lognormal weights (some programs
 * have three activities, some twenty).
 */
function spread(rnd: Random, items: number, parents: number): number[] {
  const counts = new Array<number>(parents).fill(0);
  if (parents === 0 || items <= 0) return counts;
  if (items < parents) {
    for (const i of rnd.sample(range(parents), items)) counts[i] = 1;
    return counts;
  }
  counts.fill(1);
  const extra = items - parents;
  const weights = counts.map(() => Math.exp(rnd.normal() * 0.55));
  const sum = weights.reduce((a, b) => a + b, 0);
  let given = 0;
  const remainders: [number, number][] = [];
  weights.forEach((weight, i) => {
    const exact = (extra * weight) / sum;
    const whole = Math.floor(exact);
    counts[i]! += whole;
    given += whole;
    remainders.push([exact - whole, i]);
  });
  remainders.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; k < extra - given; k++) counts[remainders[k]![1]]! += 1;
  return counts;
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i);
}

/** How many of `pool` a fault of `rate` touches: at least two once the pool is big enough. */
function faultCount(pool: number, rate: number): number {
  if (pool === 0) return 0;
  const wanted = Math.round(pool * rate);
  return Math.min(pool, pool >= 20 ? Math.max(2, wanted) : wanted);
}

/** A6: outputs hung straight under a program, activities under a target, programs under a goal, a goal under a target. */
function misplaceNodes(rnd: Random, nodes: DraftNode[], goals: DraftNode[]): Set<number> {
  const moved = new Set<number>();
  const candidates = nodes.filter((n) => n.kind !== "condition" && n.kind !== "goal");
  const count = faultCount(candidates.length, TREE_RATES.unexpectedParent);
  if (count === 0) return moved;
  const goalOf = (node: DraftNode): DraftNode => {
    let current = node;
    while (current.parent >= 0) current = nodes[current.parent]!;
    return current;
  };
  const byKind = (kind: NodeKind) => rnd.shuffled(candidates.filter((n) => n.kind === kind));
  const outputs = byKind("output");
  const activities = byKind("activity");
  const programs = byKind("program");
  const plan: [DraftNode[], number][] = [
    [outputs, Math.round(count * 0.55)],
    [activities, Math.round(count * 0.25)],
    [programs, Math.max(1, Math.round(count * 0.15))],
  ];
  for (const [pool, wanted] of plan) {
    for (const node of pool.slice(0, wanted)) {
      const parent = nodes[node.parent]!;
      const target = node.kind === "program" ? goalOf(node) : nodes[parent.parent];
      if (!target || target.kind === "condition") continue;
      node.parent = target.index;
      moved.add(node.index);
    }
  }
  // A goal under a strategic target of another goal (its subtree comes along).
  if (goals.length >= 3 && count >= 4) {
    const goal = goals[goals.length - 1]!;
    const host = nodes.find((n) => n.kind === "strategic_target" && goalOf(n) === goals[0]);
    if (host) {
      goal.parent = host.index;
      moved.add(goal.index);
    }
  }
  return moved;
}

function addIndicators(rnd: Random, nodes: DraftNode[], period: Period): void {
  const needing = nodes.filter(
    (n) => n.kind === "strategic_target" || n.kind === "program" || n.kind === "activity",
  );
  const without = new Set(
    rnd.sample(needing, faultCount(needing.length, TREE_RATES.noIndicator)).map((n) => n.index),
  );
  for (const node of nodes) {
    if (node.kind === "condition" || without.has(node.index)) continue;
    const count =
      node.kind === "goal"
        ? rnd.int(1, 2)
        : node.kind === "output" || node.kind === "activity"
          ? rnd.chance(0.65)
            ? 1
            : 2
          : rnd.int(1, 3);
    const list: Indicator[] = [];
    for (let j = 1; j <= count; j++) {
      const template = indicatorTemplate(rnd, node, j);
      list.push(makeIndicator(rnd, node, j, template, period));
    }
    node.indicators = list;
  }
}

function indicatorTemplate(rnd: Random, node: DraftNode, j: number): OutcomeIndicator {
  const { sector, object } = node;
  if (node.kind === "goal" || node.kind === "strategic_target" || (node.kind === "program" && j === 1)) {
    const pool = sector.outcomeIndicators;
    return pool[(node.ordinal + j) % pool.length]!;
  }
  const reach = rnd.pick(sector.reach);
  const roll = rnd.next();
  if (roll < 0.4) {
    const base = rnd.int(10, 5000) * 10;
    return {
      name: `Jumlah ${reach.noun} yang memperoleh ${object}`,
      unit: reach.unit,
      polarity: "maximize",
      base,
      step: Math.max(1, Math.round(base * 0.05)),
    };
  }
  if (roll < 0.75) {
    return {
      name: `Persentase ${reach.noun} yang terlayani ${object}`,
      unit: "persen",
      polarity: "maximize",
      base: rnd.int(40, 80),
      step: rnd.int(2, 4),
    };
  }
  if (roll < 0.9) {
    return {
      name: `Jumlah dokumen ${object} yang tersusun`,
      unit: "dokumen",
      polarity: "maximize",
      base: rnd.int(1, 12),
      step: 1,
    };
  }
  return {
    name: `Persentase pengaduan ${object} yang belum tertangani`,
    unit: "persen",
    polarity: "minimize",
    base: rnd.int(10, 25),
    step: -1.5,
  };
}

const CODE_PREFIX: Readonly<Record<NodeKind, string>> = {
  goal: "IT",
  strategic_target: "IKSS",
  program: "IKP",
  activity: "IKK",
  output: "IRO",
  condition: "",
};

function makeIndicator(
  rnd: Random,
  node: DraftNode,
  j: number,
  template: OutcomeIndicator,
  period: Period,
): Indicator {
  const baselineYear = period.start - 1;
  const value = (year: number): TargetValue => {
    if (typeof template.base === "string") return template.base;
    let v = template.base + template.step * (year - baselineYear);
    if (template.unit === "persen") v = Math.min(100, Math.max(0, v));
    return Math.abs(template.base) >= 100 ? Math.round(v) : Math.round(v * 100) / 100;
  };
  const targets: Record<string, TargetValue> = {};
  for (let year = period.start; year <= period.end; year++) targets[String(year)] = value(year);
  const key = node.kind === "goal" || node.kind === "strategic_target";
  let indicator: {
    -readonly [K in keyof Indicator]: Indicator[K];
  } = {
    id: `${node.id}-i${j}`,
    code: `${CODE_PREFIX[node.kind]} ${node.kind === "activity" || node.kind === "output" ? node.code : node.ordinal}.${j}`,
    name: template.name,
    unit: template.unit,
    polarity: template.polarity,
    ...(key ? { key: true } : {}),
    baseline: { year: baselineYear, value: value(baselineYear) },
    targets,
    ...(key
      ? {
          definition: `Definisi operasional: ${template.name.toLowerCase()} pada akhir tahun berjalan.`,
          dataSource: rnd.pick(DATA_SOURCES),
        }
      : {}),
    frequency: node.kind === "output" && rnd.chance(0.3) ? "quarterly" : "annual",
  };
  // A7: a unit, a baseline or one year's target left out.
  if (rnd.chance(TREE_RATES.incompleteIndicator)) {
    const fault = rnd.int(0, 2);
    if (fault === 0) {
      const { unit: _unit, ...rest } = indicator;
      indicator = rest;
    } else if (fault === 1) {
      const { baseline: _baseline, ...rest } = indicator;
      indicator = rest;
    } else {
      const missing = String(rnd.int(period.start, period.end));
      const kept: Record<string, TargetValue> = {};
      for (const year of Object.keys(targets)) if (year !== missing) kept[year] = targets[year]!;
      indicator.targets = kept;
    }
  }
  return indicator;
}

/** Contribute links: from an activity or output to a shallower node elsewhere, so no cycle can form. */
function addLinks(rnd: Random, nodes: DraftNode[], total: number): Map<Id, ContributeLink> {
  const links = new Map<Id, ContributeLink>();
  if (total < 100) return links;
  const sources = nodes.filter((n) => n.kind === "activity" || n.kind === "output");
  const targets = nodes.filter(
    (n) => n.kind === "activity" || n.kind === "program" || n.kind === "strategic_target",
  );
  if (sources.length === 0 || targets.length === 0) return links;
  const wanted = Math.max(2, Math.round(total * LINK_SHARE));
  const pairs = new Set<string>();
  const isAncestor = (ancestor: DraftNode, node: DraftNode): boolean => {
    for (let p = node.parent; p >= 0; p = nodes[p]!.parent) if (p === ancestor.index) return true;
    return false;
  };
  for (let attempt = 0; links.size < wanted && attempt < wanted * 20; attempt++) {
    const from = rnd.pick(sources);
    const to = rnd.pick(targets);
    if (to.depth >= from.depth || isAncestor(to, from)) continue;
    const pair = `${from.id}>${to.id}`;
    if (pairs.has(pair)) continue;
    pairs.add(pair);
    const id = `l${links.size + 1}`;
    links.set(id, {
      id,
      from: from.id,
      to: to.id,
      type: "contributes",
      ...(rnd.chance(0.3) ? { notes: "Kontribusi lintas program (crosscutting)." } : {}),
    });
  }
  return links;
}

function toPlanNode(draft: DraftNode, nodes: readonly DraftNode[]): PlanNode {
  return {
    id: draft.id,
    kind: draft.kind,
    parentId: draft.parent >= 0 ? nodes[draft.parent]!.id : null,
    ...(draft.code ? { code: draft.code } : {}),
    name: draft.name,
    ...(draft.statement ? { statement: draft.statement } : {}),
    ...(draft.perspective ? { perspective: draft.perspective } : {}),
    ...(draft.kind === "program" ? { programType: draft.sector.generic ? "generic" : "technical" } : {}),
    ...(draft.kind === "condition"
      ? {
          status: "proposed" as const,
          notes: "Kondisi antara; belum diterjemahkan menjadi komponen perencanaan.",
        }
      : {}),
    ...(draft.indicators && draft.indicators.length > 0 ? { indicators: draft.indicators } : {}),
  };
}

// ---------------------------------------------------------------------------
// The organisation: units shared by both structures (matched by id)

const SMALL_WORDS = new Set(["dan", "di", "bagi", "yang", "atas", "untuk", "serta", "ke"]);

function titleCase(text: string): string {
  return text
    .split(" ")
    .map((word) => (SMALL_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(" ");
}

const REASONS: readonly RetentionReason[] = [
  "authorisation",
  "authorisation",
  "authorisation",
  "procurement",
  "territorial",
  "technical_unit_head",
];

function buildOrg(tree: Tree, seed: number): OrgModel {
  const rnd = createRandom(seed, "org");
  const units: DraftUnit[] = [];
  const unitById = new Map<Id, DraftUnit>();
  const add = (unit: DraftUnit): Id => {
    units.push(unit);
    unitById.set(unit.id, unit);
    return unit.id;
  };
  const used = new Map<string, number>();
  const unique = (name: string): string => {
    const seen = used.get(name) ?? 0;
    used.set(name, seen + 1);
    return seen === 0 ? name : `${name} ${ROMAN[seen] ?? seen + 1}`;
  };
  const programs = tree.nodes.filter((n) => n.kind === "program");
  const activities = tree.nodes.filter((n) => n.kind === "activity");

  add({ id: MINISTER, tier: "minister", name: "Menteri Pembangunan Nasional", parent: null });
  const expertCount = programs.length >= 100 ? 5 : 3;
  for (let i = 0; i < expertCount; i++) {
    add({
      id: `u-sam${i + 1}`,
      tier: "expert_staff",
      kind: "staff",
      name: `Staf Ahli Menteri Bidang ${EXPERT_STAFF_FIELDS[i]}`,
      parent: MINISTER,
    });
  }
  add({
    id: SECRETARIAT,
    tier: "echelon_1",
    kind: "support",
    name: "Sekretariat Jenderal",
    shortName: "Setjen",
    parent: MINISTER,
    headcount: rnd.int(300, 900),
  });
  add({
    id: INSPECTORATE,
    tier: "echelon_1",
    kind: "oversight",
    name: "Inspektorat Jenderal",
    shortName: "Itjen",
    parent: MINISTER,
    headcount: rnd.int(80, 200),
  });
  const bureaus = BUREAUS.map((name, i) =>
    add({
      id: `u-biro${i + 1}`,
      tier: "echelon_2",
      kind: "support",
      name,
      parent: SECRETARIAT,
      headcount: rnd.int(40, 120),
    }),
  );
  add({
    id: DATA_CENTRE,
    tier: "echelon_2",
    kind: "support",
    name: "Pusat Data dan Informasi",
    shortName: "Pusdatin",
    parent: SECRETARIAT,
    headcount: rnd.int(40, 90),
  });
  const inspectorateCount = Math.min(6, Math.max(2, Math.round(activities.length / 60)));
  const inspectorates: Id[] = [];
  for (let i = 0; i < inspectorateCount; i++) {
    inspectorates.push(
      add({
        id: `u-irwil${i + 1}`,
        tier: "echelon_2",
        kind: "oversight",
        name: `Inspektorat Wilayah ${ROMAN[i]}`,
        parent: INSPECTORATE,
        headcount: rnd.int(20, 50),
      }),
    );
  }

  // One directorate-general per one or two technical programs.
  const technicalPrograms = programs.filter((p) => !p.sector.generic);
  const echelon1Count =
    technicalPrograms.length === 0 ? 0 : Math.max(1, Math.round(technicalPrograms.length * 0.8));
  const technicalEchelon1: Id[] = [];
  for (let i = 0; i < echelon1Count; i++) {
    const sector = technicalPrograms[i]!.sector;
    technicalEchelon1.push(
      add({
        id: `u-dj${i + 1}`,
        tier: "echelon_1",
        kind: "substantive",
        name: unique(`Direktorat Jenderal ${rnd.pick(sector.ditjen)}`),
        parent: MINISTER,
        headcount: rnd.int(200, 800),
      }),
    );
  }
  const programOwner = new Map<number, Id>();
  for (const program of programs) programOwner.set(program.index, SECRETARIAT);
  technicalPrograms.forEach((program, j) => {
    programOwner.set(program.index, technicalEchelon1[j % echelon1Count]!);
  });

  // A directorate per technical activity; bureaus run the generic ones. Under each, the output owners.
  const activityUnit = new Map<number, Id>();
  const ownDirectorate = new Set<number>();
  const outputOwners = new Map<number, Id[]>();
  const proposalGroup = new Map<number, Id>();
  let genericCount = 0;
  for (const activity of activities) {
    const generic = activity.sector.generic === true;
    const object = titleCase(activity.object);
    let head: Id;
    if (generic) {
      head = bureaus[genericCount++ % bureaus.length]!;
    } else {
      head = add({
        id: `u-dir${activity.ordinal}`,
        tier: "echelon_2",
        kind: "substantive",
        name: unique(`Direktorat ${object}`),
        parent: programOwner.get(activity.program)!,
        headcount: rnd.int(40, 160),
      });
      ownDirectorate.add(activity.index);
    }
    activityUnit.set(activity.index, head);
    const kind: UnitKind = generic ? "support" : "substantive";
    const owners: Id[] = [];
    if (rnd.chance(0.55)) {
      const e3 = add({
        id: `u-sub${activity.ordinal}`,
        tier: "echelon_3",
        kind,
        name: `${generic ? "Bagian" : "Subdirektorat"} ${object}`,
        parent: head,
        retentionReason: rnd.pick(REASONS),
        headcount: rnd.int(10, 40),
      });
      owners.push(e3);
      if (rnd.chance(0.5)) {
        owners.push(
          add({
            id: `u-si${activity.ordinal}`,
            tier: "echelon_4",
            kind,
            name: `${generic ? "Subbagian" : "Seksi"} ${object}`,
            parent: e3,
            retentionReason: rnd.pick(REASONS),
            headcount: rnd.int(5, 15),
          }),
        );
      }
    }
    const groupId = `u-jf${activity.ordinal}`;
    const group: DraftUnit = {
      id: groupId,
      tier: "functional_group",
      kind,
      name: `Kelompok Jabatan Fungsional ${activity.sector.functional}`,
      parent: head,
      headcount: rnd.int(5, 60),
    };
    if (owners.length === 0 || rnd.chance(0.7)) owners.push(add(group));
    else add({ ...group, proposedOnly: true });
    proposalGroup.set(activity.index, groupId);
    if (!generic && rnd.chance(0.12)) {
      owners.push(
        add({
          id: `u-upt${activity.ordinal}`,
          tier: "technical_unit",
          kind: "substantive",
          name: `${activity.sector.technicalUnit} ${rnd.pick(CITIES)}`,
          parent: head,
          headcount: rnd.int(20, 120),
        }),
      );
    }
    outputOwners.set(activity.index, owners);
  }

  // Units with no work in the plan: a records office, a group of archivists (A2).
  const directorates = units.filter((u) => u.id.startsWith("u-dir") || u.id.startsWith("u-biro"));
  const heads = [SECRETARIAT, INSPECTORATE, ...technicalEchelon1];
  const idleCount = faultCount(units.length, 0.012);
  for (let i = 0; i < idleCount; i++) {
    if (i % 2 === 0 && directorates.length > 0) {
      add({
        id: `u-idle${i + 1}`,
        tier: "echelon_3",
        kind: "support",
        name: "Bagian Tata Usaha",
        parent: rnd.pick(directorates).id,
        retentionReason: "authorisation",
        headcount: rnd.int(5, 20),
        idle: true,
      });
    } else {
      add({
        id: `u-idle${i + 1}`,
        tier: "functional_group",
        kind: "support",
        name: "Kelompok Jabatan Fungsional Arsiparis",
        parent: rnd.pick(heads),
        headcount: rnd.int(3, 12),
        idle: true,
      });
    }
  }

  // Which base unit owns each output: round robin over its activity's owners.
  const outputBaseOwner = new Map<number, Id>();
  const position = new Map<number, number>();
  for (const node of tree.nodes) {
    if (node.kind !== "output") continue;
    const k = position.get(node.activity) ?? 0;
    position.set(node.activity, k + 1);
    const owners = outputOwners.get(node.activity)!;
    outputBaseOwner.set(node.index, owners[k % owners.length]!);
  }

  return {
    units,
    unitById,
    programOwner,
    activityUnit,
    ownDirectorate,
    outputOwners,
    proposalGroup,
    technicalEchelon1,
    inspectorates,
    outputBaseOwner,
  };
}

// ---------------------------------------------------------------------------
// One structure and its alignments

interface LiveUnit {
  readonly base: DraftUnit;
  parent: Id | null;
  name: string;
  tier: UnitTier;
  retentionReason?: RetentionReason;
}

function buildStructure(
  role: "existing" | "proposed",
  tree: Tree,
  org: OrgModel,
  seed: number,
): { structure: Structure; aligned: Alignment[] } {
  const r = role === "existing" ? 0 : 1;
  const rnd = createRandom(seed, `structure:${role}`);
  const structureId = GENERATED_STRUCTURES[role];
  const { nodes } = tree;

  // Units of this structure.
  const live = new Map<Id, LiveUnit>();
  for (const unit of org.units) {
    if (unit.proposedOnly) continue;
    live.set(unit.id, {
      base: unit,
      parent: unit.parent,
      name: unit.name,
      tier: unit.tier,
      ...(unit.retentionReason ? { retentionReason: unit.retentionReason } : {}),
    });
  }
  const baseChildren = new Map<Id, Id[]>();
  for (const unit of org.units) {
    if (unit.parent === null) continue;
    const list = baseChildren.get(unit.parent);
    if (list) list.push(unit.id);
    else baseChildren.set(unit.parent, [unit.id]);
  }

  if (role === "proposed") {
    // Simplification: a third of the echelon-4 units and some echelon-3 units go; their outputs go to functional groups.
    const working = (tier: UnitTier) =>
      org.units.filter((u) => u.tier === tier && !u.idle && !u.proposedOnly);
    const fourth = working("echelon_4");
    for (const unit of rnd.sample(fourth, Math.round(fourth.length * 0.35))) live.delete(unit.id);
    const third = working("echelon_3");
    for (const unit of rnd.sample(third, Math.round(third.length * 0.15))) {
      live.delete(unit.id);
      for (const child of baseChildren.get(unit.id) ?? []) live.delete(child);
    }
    for (const [activity, groupId] of org.proposalGroup) {
      const lost = org.outputOwners.get(activity)!.some((id) => !live.has(id));
      const group = org.unitById.get(groupId)!;
      if (lost && !live.has(groupId))
        live.set(groupId, { base: group, parent: group.parent, name: group.name, tier: group.tier });
    }
    // Renamed directorates (merged remits) and echelon-3 units turned into functional groups.
    const directorates = [...live.values()].filter((u) => u.base.id.startsWith("u-dir"));
    for (const unit of rnd.sample(directorates, Math.round(directorates.length * 0.04))) {
      unit.name = `${unit.name} dan ${titleCase(rnd.pick(rnd.pick(SECTORS).objects))}`;
    }
    const hasLiveChild = (id: Id) => (baseChildren.get(id) ?? []).some((child) => live.has(child));
    const leafThirds = [...live.values()].filter(
      (u) => u.tier === "echelon_3" && !u.base.idle && !hasLiveChild(u.base.id),
    );
    for (const unit of rnd.sample(leafThirds, Math.round(leafThirds.length * 0.08))) {
      unit.tier = "functional_group";
      unit.name = unit.name.replace(/^(Subdirektorat|Bagian) /, "Kelompok Jabatan Fungsional Analis ");
      delete unit.retentionReason;
    }
  }
  const has = (id: Id | undefined): id is Id => id !== undefined && live.has(id);

  // Owner of each output in this structure: its base owner, or the functional group that took over its work.
  const outputOwner = (output: DraftNode): Id => {
    const base = org.outputBaseOwner.get(output.index)!;
    return live.has(base) ? base : org.proposalGroup.get(output.activity)!;
  };
  const naturalOwner = (node: DraftNode): Id => {
    switch (node.kind) {
      case "goal":
      case "strategic_target":
        return MINISTER;
      case "program":
        return org.programOwner.get(node.index)!;
      case "activity":
        return org.activityUnit.get(node.index)!;
      default:
        return outputOwner(node);
    }
  };

  // Alignment faults, chosen in turn so that they do not cancel one another.
  const lineNodes = tree.order.filter((n) => n.kind !== "condition");
  // A1 falls mostly on outputs (as in real plans: rincian output without an owner).
  const unownedCount = faultCount(lineNodes.length, RATES.unowned[r]);
  const outputNodes = lineNodes.filter((n) => n.kind === "output");
  const upperNodes = lineNodes.filter((n) => n.kind !== "output");
  const unownedUpper = rnd.sample(upperNodes, Math.round(unownedCount * 0.25));
  const unowned = new Set(
    [...unownedUpper, ...rnd.sample(outputNodes, unownedCount - unownedUpper.length)].map((n) => n.index),
  );
  const free = (n: DraftNode) => !unowned.has(n.index);
  const coOwnable = lineNodes.filter(
    (n) => free(n) && (n.kind === "program" || n.kind === "activity" || n.kind === "output"),
  );
  const coOwned = new Set(
    rnd.sample(coOwnable, faultCount(lineNodes.length, RATES.coOwned[r])).map((n) => n.index),
  );
  const clean = (n: DraftNode) => free(n) && !coOwned.has(n.index);
  const tierPool = lineNodes.filter((n) => clean(n) && (n.kind === "activity" || n.kind === "output"));
  const wrongTierCount = faultCount(lineNodes.length, RATES.wrongTier[r]);
  const wrongTier = new Set([
    ...rnd
      .sample(
        tierPool.filter((n) => n.kind === "activity"),
        Math.round(wrongTierCount * 0.3),
      )
      .map((n) => n.index),
    ...rnd
      .sample(
        tierPool.filter((n) => n.kind === "output"),
        wrongTierCount - Math.round(wrongTierCount * 0.3),
      )
      .map((n) => n.index),
  ]);
  const settled = (n: DraftNode) => clean(n) && !wrongTier.has(n.index) && !tree.moved.has(n.index);

  // A5: directorates under another directorate-general, outputs owned across branches.
  const cascadeCount = faultCount(lineNodes.length, RATES.brokenCascade[r]);
  const misplacedDirectorates = new Set<Id>();
  if (org.technicalEchelon1.length >= 2) {
    const pool = lineNodes.filter(
      (n) =>
        n.kind === "activity" &&
        org.ownDirectorate.has(n.index) &&
        settled(n) &&
        settled(nodes[n.parent]!) &&
        nodes[n.parent]!.kind === "program",
    );
    for (const activity of rnd.sample(pool, Math.round(cascadeCount * 0.4))) {
      const directorate = live.get(org.activityUnit.get(activity.index)!)!;
      const others = org.technicalEchelon1.filter((id) => id !== directorate.parent);
      directorate.parent = rnd.pick(others);
      misplacedDirectorates.add(directorate.base.id);
    }
  }
  const foreignOwner = new Map<number, Id>();
  const outputPool = lineNodes.filter(
    (n) =>
      n.kind === "output" && settled(n) && settled(nodes[n.parent]!) && nodes[n.parent]!.kind === "activity",
  );
  const activityList = nodes.filter((n) => n.kind === "activity");
  for (const output of rnd.sample(outputPool, cascadeCount - misplacedDirectorates.size)) {
    const own = org.activityUnit.get(output.activity);
    for (let attempt = 0; attempt < 10; attempt++) {
      const other = rnd.pick(activityList);
      if (org.activityUnit.get(other.index) === own) continue;
      const candidate = org.outputOwners.get(other.index)!.find((id) => live.has(id));
      if (candidate) {
        foreignOwner.set(output.index, candidate);
        break;
      }
    }
  }

  // A9: a directorate under a sibling directorate, a UPT under a functional group, an expert staff under the Secretariat.
  const misplacedCount = faultCount(live.size, RATES.misplacedUnit[r]);
  const moved = new Set<Id>();
  const siblings = new Map<Id, Id[]>();
  for (const unit of live.values()) {
    if (!unit.base.id.startsWith("u-dir") || misplacedDirectorates.has(unit.base.id) || unit.parent === null)
      continue;
    const list = siblings.get(unit.parent);
    if (list) list.push(unit.base.id);
    else siblings.set(unit.parent, [unit.base.id]);
  }
  const directoratePool = rnd.shuffled([...siblings.values()].filter((list) => list.length >= 2));
  const wantDirectorates = Math.ceil(misplacedCount * 0.6);
  for (const list of directoratePool) {
    if (moved.size >= wantDirectorates) break;
    const [x, y] = rnd.sample(list, 2) as [Id, Id];
    if (moved.has(y)) continue;
    live.get(x)!.parent = y;
    moved.add(x);
  }
  const upts = rnd.shuffled(
    [...live.values()].filter(
      (u) => u.tier === "technical_unit" && live.has(u.base.id.replace("u-upt", "u-jf")),
    ),
  );
  for (const unit of upts) {
    if (moved.size >= misplacedCount) break;
    unit.parent = unit.base.id.replace("u-upt", "u-jf");
    moved.add(unit.base.id);
  }
  // An expert staff drawn under the Secretariat General, which only supports it (as in many charts).
  if (role === "existing" && live.has("u-sam3")) live.get("u-sam3")!.parent = SECRETARIAT;

  // A10: echelon-3/4 units kept without a reason.
  const reasoned = [...live.values()].filter(
    (u) => (u.tier === "echelon_3" || u.tier === "echelon_4") && u.retentionReason !== undefined,
  );
  for (const unit of rnd.sample(reasoned, faultCount(reasoned.length, RATES.unjustified[r]))) {
    delete unit.retentionReason;
  }

  // Alignments.
  const aligned: Alignment[] = [];
  const keys = new Set<string>();
  const busy = new Set<Id>();
  const prefix = role === "existing" ? "ax" : "ap";
  const align = (unitId: Id, node: DraftNode, alignmentRole: AlignmentRole, indicatorId?: Id) => {
    if (!live.has(unitId)) return;
    const key = `${unitId}|${node.id}|${indicatorId ?? ""}|${alignmentRole}`;
    if (keys.has(key)) return;
    keys.add(key);
    busy.add(unitId);
    aligned.push({
      id: `${prefix}${aligned.length + 1}`,
      structureId,
      unitId,
      nodeId: node.id,
      ...(indicatorId ? { indicatorId } : {}),
      role: alignmentRole,
    });
  };
  const directorateIds = [...live.values()]
    .filter((u) => u.base.id.startsWith("u-dir"))
    .map((u) => u.base.id);
  let genericActivities = 0;
  for (const node of tree.order) {
    if (node.kind === "condition") {
      // A few conditions are already taken up by a unit, as contributor.
      if (rnd.chance(0.2)) align(rnd.chance(0.5) ? DATA_CENTRE : PLANNING_BUREAU, node, "contributor");
      continue;
    }
    if (unowned.has(node.index)) {
      // Often the unit is known to work on it, only nobody signed for it: a contributor, not an owner.
      if (node.kind !== "output" && rnd.chance(0.6)) align(naturalOwner(node), node, "contributor");
    } else {
      let owner = naturalOwner(node);
      if (wrongTier.has(node.index)) {
        owner =
          node.kind === "activity"
            ? org.programOwner.get(node.program)!
            : org.activityUnit.get(node.activity)!;
      } else if (foreignOwner.has(node.index)) {
        owner = foreignOwner.get(node.index)!;
      }
      align(owner, node, "primary");
      if (coOwned.has(node.index)) {
        const second = secondOwner(rnd, node, owner, org, live, directorateIds);
        if (second) align(second, node, "primary");
      }
    }
    // Contributors, data providers and owners of single indicators: they make units busy, never owners of nodes.
    if (node.kind === "program" && node.sector.generic) align(INSPECTORATE, node, "contributor");
    if (node.kind === "activity") {
      if (node.sector.generic) {
        const k = genericActivities++;
        if (k < org.inspectorates.length || rnd.chance(0.2)) {
          align(org.inspectorates[k % org.inspectorates.length]!, node, "contributor");
        }
      } else if (rnd.chance(0.05) && directorateIds.length > 1) {
        align(rnd.pick(directorateIds), node, "contributor");
      }
    }
    for (const indicator of node.indicators ?? []) {
      if (node.kind === "goal") align(PLANNING_BUREAU, node, "data_provider", indicator.id);
      else if ((node.kind === "strategic_target" || node.kind === "program") && rnd.chance(0.1)) {
        align(DATA_CENTRE, node, "data_provider", indicator.id);
      }
      if (node.kind === "program" && indicator.id.endsWith("-i2") && rnd.chance(0.2)) {
        const owner = org.programOwner.get(node.index)!;
        align(owner, node, "primary", indicator.id);
      }
    }
  }
  // Units of an activity left without an output of their own mostly still work on the activity.
  for (const activity of lineNodes) {
    if (activity.kind !== "activity") continue;
    for (const id of [org.activityUnit.get(activity.index)!, ...org.outputOwners.get(activity.index)!]) {
      if (live.has(id) && !busy.has(id) && rnd.chance(0.7)) align(id, activity, "contributor");
    }
  }
  if (genericActivities === 0) {
    // No management-support activities: the inspectorates review some technical ones.
    const activities = lineNodes.filter((n) => n.kind === "activity");
    org.inspectorates.forEach((id, i) => {
      if (activities.length > 0) align(id, activities[(i * 7) % activities.length]!, "contributor");
    });
  }

  // Units in pre-order of this structure's hierarchy.
  const children = new Map<Id | null, Id[]>();
  for (const unit of live.values()) {
    const parent = unit.parent !== null && has(unit.parent) ? unit.parent : null;
    const list = children.get(parent);
    if (list) list.push(unit.base.id);
    else children.set(parent, [unit.base.id]);
  }
  const units = new Map<Id, Unit>();
  const stack = (children.get(null) ?? []).slice().reverse();
  while (stack.length > 0) {
    const id = stack.pop()!;
    const unit = live.get(id)!;
    units.set(id, {
      id,
      parentId: unit.parent !== null && has(unit.parent) ? unit.parent : null,
      name: unit.name,
      ...(unit.base.shortName ? { shortName: unit.base.shortName } : {}),
      tier: unit.tier,
      ...(unit.base.kind ? { kind: unit.base.kind } : {}),
      ...(unit.retentionReason ? { retentionReason: unit.retentionReason } : {}),
      ...(unit.base.headcount !== undefined ? { headcount: unit.base.headcount } : {}),
    });
    const kids = children.get(id);
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }

  const structure: Structure =
    role === "existing"
      ? {
          id: structureId,
          name: "SOTK berlaku",
          role,
          basis: "Peraturan Menteri tentang Organisasi dan Tata Kerja (sintetis)",
          units,
        }
      : {
          id: structureId,
          name: "Usulan SOTK: struktur mengikuti strategi",
          role,
          basis: "Disusun dari pohon kinerja dan disederhanakan menurut PermenPAN-RB 25/2021 (sintetis)",
          units,
        };
  return { structure, aligned };
}

/** A3: a second primary owner of the same tier as the first. */
function secondOwner(
  rnd: Random,
  node: DraftNode,
  owner: Id,
  org: OrgModel,
  live: ReadonlyMap<Id, LiveUnit>,
  directorates: readonly Id[],
): Id | undefined {
  const pickOther = (pool: readonly Id[]) => {
    const others = pool.filter((id) => id !== owner && live.has(id));
    return others.length > 0 ? rnd.pick(others) : undefined;
  };
  if (node.kind === "program") return pickOther(org.technicalEchelon1);
  if (node.kind === "activity") {
    const sameParent = directorates.filter((id) => live.get(id)?.parent === live.get(owner)?.parent);
    return pickOther(sameParent) ?? pickOther(directorates);
  }
  const own = pickOther(org.outputOwners.get(node.activity) ?? []);
  if (own) return own;
  for (let attempt = 0; attempt < 10; attempt++) {
    const other = pickOther(org.outputOwners.get(rnd.pick([...org.outputOwners.keys()])) ?? []);
    if (other) return other;
  }
  return undefined;
}
