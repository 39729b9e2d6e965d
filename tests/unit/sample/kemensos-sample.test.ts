// Checks the built-in sample document "Renstra Kementerian Sosial 2020-2024": the format
// rules of format.md (checked here independently of the reader, and by the reader
// itself), the facts it must carry, and that the app's diagnostics find every rule
// A1-A10 (domain.md section 5) the sample is meant to show.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type Finding as DomainFinding,
  diagnose as diagnoseStructure,
  type RuleId,
} from "../../../src/domain/diagnostics";
import { loadDocument } from "../../../src/format/load";

interface Value {
  readonly [key: string]: unknown;
}
interface Indicator {
  id: string;
  code?: string;
  name: string;
  unit?: string;
  polarity?: string;
  key?: boolean;
  baseline?: { year: number; value: number | string };
  targets?: Record<string, number | string>;
  definition?: string;
  formula?: string;
  dataSource?: string;
  frequency?: string;
}
interface SampleNode {
  id: string;
  kind: string;
  parentId: string | null;
  code?: string;
  name: string;
  statement?: string;
  perspective?: string;
  programType?: string;
  status?: string;
  source?: string;
  notes?: string;
  indicators?: Indicator[];
}
interface SampleLink {
  id: string;
  from: string;
  to: string;
  type: string;
  notes?: string;
}
interface SampleUnit {
  id: string;
  parentId: string | null;
  name: string;
  shortName?: string;
  tier: string;
  kind?: string;
  retentionReason?: string;
  headcount?: number;
  notes?: string;
}
interface SampleStructure {
  id: string;
  name: string;
  role: string;
  basis?: string;
  units: SampleUnit[];
}
interface SampleAlignment {
  id: string;
  structureId: string;
  unitId: string;
  nodeId: string;
  indicatorId?: string;
  role: string;
  notes?: string;
}
interface SampleDocument {
  format: string;
  version: number;
  meta: {
    title: string;
    organization?: string;
    period: { start: number; end: number };
    language?: string;
    notes?: string;
  };
  nodes: SampleNode[];
  links: SampleLink[];
  structures: SampleStructure[];
  alignments: SampleAlignment[];
  layout?: unknown;
}

const raw = readFileSync(new URL("../../../src/sample/kemensos-2020-2024.json", import.meta.url), "utf8");
const json = JSON.parse(raw) as Value;
const doc = json as unknown as SampleDocument;

const ID = /^[A-Za-z0-9_.:-]+$/;
const NODE_KINDS = ["goal", "strategic_target", "program", "activity", "output", "condition"];
const PERSPECTIVES = ["stakeholder", "customer", "internal_process", "learning_growth"];
const STATUSES = ["documented", "derived", "proposed", "unresolved"];
const TIERS = [
  "minister",
  "echelon_1",
  "echelon_2",
  "echelon_3",
  "echelon_4",
  "technical_unit",
  "functional_group",
  "expert_staff",
];
const UNIT_KINDS = ["substantive", "support", "oversight", "staff"];
const REASONS = ["authorisation", "territorial", "technical_unit_head", "procurement"];
const ROLES = ["primary", "contributor", "data_provider"];

const KEYS = {
  doc: ["format", "version", "meta", "nodes", "links", "structures", "alignments", "layout", "view"],
  meta: ["title", "organization", "period", "language", "notes", "createdAt", "updatedAt"],
  node: [
    "id",
    "kind",
    "parentId",
    "order",
    "code",
    "name",
    "statement",
    "perspective",
    "programType",
    "status",
    "source",
    "notes",
    "indicators",
  ],
  indicator: [
    "id",
    "code",
    "name",
    "unit",
    "polarity",
    "key",
    "baseline",
    "targets",
    "definition",
    "formula",
    "dataSource",
    "frequency",
  ],
  link: ["id", "from", "to", "type", "notes"],
  structure: ["id", "name", "role", "basis", "units"],
  unit: [
    "id",
    "parentId",
    "order",
    "name",
    "shortName",
    "tier",
    "kind",
    "retentionReason",
    "headcount",
    "notes",
  ],
  alignment: ["id", "structureId", "unitId", "nodeId", "indicatorId", "role", "notes"],
};

function unknownKeys(object: object, allowed: readonly string[]): string[] {
  return Object.keys(object).filter((key) => !allowed.includes(key));
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

/** Nodes reached again while following `next` from some start: a cycle exists iff non-empty. */
function cycleMembers(ids: readonly string[], next: (id: string) => readonly string[]): string[] {
  const state = new Map<string, 1 | 2>(); // 1 on stack, 2 done
  const onCycle: string[] = [];
  for (const start of ids) {
    if (state.has(start)) continue;
    const stack: Array<{ id: string; i: number }> = [{ id: start, i: 0 }];
    state.set(start, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const targets = next(top.id);
      if (top.i < targets.length) {
        const target = targets[top.i++]!;
        const s = state.get(target);
        if (s === 1) onCycle.push(target);
        else if (s === undefined) {
          state.set(target, 1);
          stack.push({ id: target, i: 0 });
        }
      } else {
        state.set(top.id, 2);
        stack.pop();
      }
    }
  }
  return onCycle;
}

const nodeById = new Map(doc.nodes.map((n) => [n.id, n]));
const structureById = new Map(doc.structures.map((s) => [s.id, s]));
const existing = doc.structures.find((s) => s.role === "existing");
const proposed = doc.structures.find((s) => s.role === "proposed");
const years: string[] = [];
for (let y = doc.meta.period.start; y <= doc.meta.period.end; y++) years.push(String(y));

// ---------------------------------------------------------------- the app's own diagnostics, on the document
// read through the app's one load path, as the app reads it.

type Rule = RuleId;
/** What the seeds below look for: the rule and the ids a finding names. */
interface Finding {
  readonly rule: Rule;
  readonly nodeId?: string;
  readonly indicatorId?: string;
  readonly unitId?: string;
}

const loaded = loadDocument(raw);
function diagnose(structure: SampleStructure): readonly Finding[] {
  if (!loaded.ok) throw new Error(`the sample does not load: ${JSON.stringify(loaded.issues)}`);
  const findings: readonly DomainFinding[] = diagnoseStructure(loaded.document, structure.id).findings;
  return findings;
}

function has(findings: readonly Finding[], rule: Rule, subject: Partial<Finding>): boolean {
  return findings.some(
    (f) =>
      f.rule === rule &&
      (subject.nodeId === undefined || f.nodeId === subject.nodeId) &&
      (subject.unitId === undefined || f.unitId === subject.unitId) &&
      (subject.indicatorId === undefined || f.indicatorId === subject.indicatorId),
  );
}

function count(findings: readonly Finding[], rules: readonly Rule[]): number {
  return findings.filter((f) => rules.includes(f.rule)).length;
}

// ---------------------------------------------------------------- tests

describe("Kemensos 2020-2024 sample: format", () => {
  it("is accepted whole by the app's reader, with nothing dropped", () => {
    expect(loaded.ok && loaded.dropped).toEqual([]);
  });

  it("is a format-version-1 document with the expected meta", () => {
    expect(json.format).toBe("strategy-map");
    expect(json.version).toBe(1);
    expect(unknownKeys(json, KEYS.doc)).toEqual([]);
    expect(unknownKeys(doc.meta, KEYS.meta)).toEqual([]);
    expect(doc.meta.title).toBe("Renstra Kementerian Sosial 2020-2024");
    expect(doc.meta.organization).toBe("Kementerian Sosial Republik Indonesia");
    expect(doc.meta.period).toEqual({ start: 2020, end: 2024 });
    expect(doc.meta.language).toBe("id");
    expect(doc.meta.notes).toContain("source");
    expect(doc.meta.notes).toContain("illustrative");
    expect(doc.meta.notes).toContain("English");
    expect(doc.meta.notes!.length).toBeLessThanOrEqual(20000);
    expect(json.layout).toBeUndefined();
  });

  it("uses only known fields and values, within the schema's limits", () => {
    const problems: string[] = [];
    const text = (where: string, value: string | undefined, max: number) => {
      if (value !== undefined && (typeof value !== "string" || value.length > max)) problems.push(where);
    };
    const id = (where: string, value: unknown) => {
      if (typeof value !== "string" || value.length > 64 || !ID.test(value))
        problems.push(`${where}: bad id`);
    };
    const value = (where: string, v: unknown) => {
      const ok =
        (typeof v === "number" && Number.isFinite(v)) ||
        (typeof v === "string" && v.length >= 1 && v.length <= 100);
      if (!ok) problems.push(`${where}: bad value`);
    };
    for (const n of doc.nodes) {
      const at = `node ${n.id}`;
      id(at, n.id);
      if (n.parentId !== null) id(at, n.parentId);
      if (unknownKeys(n, KEYS.node).length) problems.push(`${at}: keys ${unknownKeys(n, KEYS.node)}`);
      if (!NODE_KINDS.includes(n.kind)) problems.push(`${at}: kind`);
      if (n.name.length < 1 || n.name.length > 2000) problems.push(`${at}: name`);
      text(at, n.code, 64);
      text(at, n.statement, 2000);
      text(at, n.source, 2000);
      text(at, n.notes, 2000);
      if (n.perspective !== undefined && !PERSPECTIVES.includes(n.perspective))
        problems.push(`${at}: perspective`);
      if (n.programType !== undefined && !["technical", "generic"].includes(n.programType)) problems.push(at);
      if (n.status !== undefined && !STATUSES.includes(n.status)) problems.push(`${at}: status`);
      for (const i of n.indicators ?? []) {
        const ai = `${at} indicator ${i.id}`;
        id(ai, i.id);
        if (unknownKeys(i, KEYS.indicator).length) problems.push(`${ai}: keys`);
        if (i.name.length < 1 || i.name.length > 2000) problems.push(`${ai}: name`);
        text(ai, i.code, 64);
        text(ai, i.unit, 100);
        text(ai, i.definition, 2000);
        text(ai, i.formula, 2000);
        text(ai, i.dataSource, 300);
        if (i.polarity !== undefined && !["maximize", "minimize", "stabilize"].includes(i.polarity))
          problems.push(ai);
        if (i.frequency !== undefined && !["quarterly", "semester", "annual"].includes(i.frequency))
          problems.push(ai);
        if (i.baseline !== undefined) {
          if (!Number.isInteger(i.baseline.year)) problems.push(`${ai}: baseline year`);
          value(`${ai} baseline`, i.baseline.value);
        }
        for (const [year, v] of Object.entries(i.targets ?? {})) {
          if (!/^[12][0-9]{3}$/.test(year)) problems.push(`${ai}: target year ${year}`);
          value(`${ai} target ${year}`, v);
        }
      }
    }
    for (const l of doc.links) {
      id(`link ${l.id}`, l.id);
      if (unknownKeys(l, KEYS.link).length || l.type !== "contributes") problems.push(`link ${l.id}`);
      text(`link ${l.id}`, l.notes, 2000);
    }
    for (const s of doc.structures) {
      id(`structure ${s.id}`, s.id);
      if (unknownKeys(s, KEYS.structure).length) problems.push(`structure ${s.id}: keys`);
      if (!["existing", "proposed"].includes(s.role)) problems.push(`structure ${s.id}: role`);
      if (s.name.length < 1 || s.name.length > 300) problems.push(`structure ${s.id}: name`);
      text(`structure ${s.id}`, s.basis, 2000);
      for (const u of s.units) {
        const at = `unit ${s.id}/${u.id}`;
        id(at, u.id);
        if (unknownKeys(u, KEYS.unit).length) problems.push(`${at}: keys`);
        if (u.name.length < 1 || u.name.length > 300) problems.push(`${at}: name`);
        text(at, u.shortName, 64);
        text(at, u.notes, 2000);
        if (!TIERS.includes(u.tier)) problems.push(`${at}: tier`);
        if (u.kind !== undefined && !UNIT_KINDS.includes(u.kind)) problems.push(`${at}: kind`);
        if (u.retentionReason !== undefined && !REASONS.includes(u.retentionReason))
          problems.push(`${at}: reason`);
      }
    }
    for (const a of doc.alignments) {
      id(`alignment ${a.id}`, a.id);
      if (unknownKeys(a, KEYS.alignment).length) problems.push(`alignment ${a.id}: keys`);
      if (!ROLES.includes(a.role)) problems.push(`alignment ${a.id}: role`);
      text(`alignment ${a.id}`, a.notes, 2000);
    }
    expect(problems).toEqual([]);
  });

  it("writes no empty optional field", () => {
    const empties: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (value === "" || (value === null && !path.endsWith(".parentId"))) empties.push(path);
      else if (Array.isArray(value)) {
        for (const [i, v] of value.entries()) walk(v, `${path}[${i}]`);
      } else if (value !== null && typeof value === "object") {
        for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
      }
    };
    walk(json, "$");
    expect(empties).toEqual([]);
  });

  it("has unique ids where format.md requires them", () => {
    expect(duplicates(doc.nodes.map((n) => n.id))).toEqual([]);
    expect(duplicates(doc.nodes.flatMap((n) => (n.indicators ?? []).map((i) => i.id)))).toEqual([]);
    expect(duplicates(doc.links.map((l) => l.id))).toEqual([]);
    expect(duplicates(doc.structures.map((s) => s.id))).toEqual([]);
    expect(duplicates(doc.alignments.map((a) => a.id))).toEqual([]);
    for (const s of doc.structures) expect(duplicates(s.units.map((u) => u.id))).toEqual([]);
  });

  it("has only valid references", () => {
    const problems: string[] = [];
    for (const n of doc.nodes) {
      if (n.parentId !== null && (n.parentId === n.id || !nodeById.has(n.parentId)))
        problems.push(`node ${n.id}`);
    }
    const linkPairs = new Set<string>();
    for (const l of doc.links) {
      if (!nodeById.has(l.from) || !nodeById.has(l.to) || l.from === l.to) problems.push(`link ${l.id}`);
      const pair = `${l.from}->${l.to}`;
      if (linkPairs.has(pair)) problems.push(`link ${l.id}: duplicate pair`);
      linkPairs.add(pair);
    }
    for (const s of doc.structures) {
      const ids = new Set(s.units.map((u) => u.id));
      for (const u of s.units)
        if (u.parentId !== null && !ids.has(u.parentId)) problems.push(`unit ${s.id}/${u.id}`);
    }
    const alignmentKeys = new Set<string>();
    for (const a of doc.alignments) {
      const structure = structureById.get(a.structureId);
      const node = nodeById.get(a.nodeId);
      if (!structure) problems.push(`alignment ${a.id}: structure`);
      else if (!structure.units.some((u) => u.id === a.unitId)) problems.push(`alignment ${a.id}: unit`);
      if (!node) problems.push(`alignment ${a.id}: node`);
      else if (a.indicatorId !== undefined && !(node.indicators ?? []).some((i) => i.id === a.indicatorId)) {
        problems.push(`alignment ${a.id}: indicator`);
      }
      const key = [a.structureId, a.unitId, a.nodeId, a.indicatorId ?? "", a.role].join("|");
      if (alignmentKeys.has(key)) problems.push(`alignment ${a.id}: duplicate`);
      alignmentKeys.add(key);
    }
    expect(problems).toEqual([]);
  });

  it("has no cycles among node parents, parents plus links, or unit parents", () => {
    const ids = doc.nodes.map((n) => n.id);
    const parentOf = (id: string) => {
      const parent = nodeById.get(id)?.parentId;
      return parent ? [parent] : [];
    };
    expect(cycleMembers(ids, parentOf)).toEqual([]);
    const withLinks = (id: string) => [
      ...parentOf(id),
      ...doc.links.filter((l) => l.from === id).map((l) => l.to),
    ];
    expect(cycleMembers(ids, withLinks)).toEqual([]);
    for (const s of doc.structures) {
      const units = new Map(s.units.map((u) => [u.id, u]));
      const up = (id: string) => {
        const parent = units.get(id)?.parentId;
        return parent ? [parent] : [];
      };
      expect(cycleMembers([...units.keys()], up)).toEqual([]);
    }
  });

  it("lists parents before their children", () => {
    const seen = new Set<string>();
    const late: string[] = [];
    for (const n of doc.nodes) {
      if (n.parentId !== null && !seen.has(n.parentId)) late.push(n.id);
      seen.add(n.id);
    }
    expect(late).toEqual([]);
  });
});

describe("Kemensos 2020-2024 sample: content", () => {
  const ofKind = (kind: string) => doc.nodes.filter((n) => n.kind === kind);

  it("is big enough to be convincing", () => {
    expect(doc.nodes.length).toBeGreaterThanOrEqual(60);
    expect(ofKind("goal")).toHaveLength(3);
    expect(ofKind("strategic_target")).toHaveLength(4);
    expect(ofKind("condition").length).toBeGreaterThanOrEqual(2);
    expect(ofKind("condition").length).toBeLessThanOrEqual(4);
    expect(doc.links.length).toBeGreaterThanOrEqual(2);
    expect(doc.links.length).toBeLessThanOrEqual(4);
  });

  it("has the two 2021 programs, under strategic targets", () => {
    const programs = ofKind("program");
    expect(programs.map((p) => [p.name, p.programType])).toEqual([
      ["Program Perlindungan Sosial", "technical"],
      ["Program Dukungan Manajemen", "generic"],
    ]);
    for (const p of programs) {
      expect(nodeById.get(p.parentId ?? "")?.kind).toBe("strategic_target");
      expect(p.statement).toBeTruthy();
      expect(p.status).toBe("documented");
    }
    expect(programs[0]!.source).toContain("91,005");
    expect(programs[0]!.source).toContain("98,04");
  });

  it("codes goals T1-T3 and strategic targets SS1-SS4, each target with a key indicator and a lane", () => {
    expect(ofKind("goal").map((g) => g.code)).toEqual(["T1", "T2", "T3"]);
    const targets = ofKind("strategic_target");
    expect(targets.map((s) => s.code)).toEqual(["SS1", "SS2", "SS3", "SS4"]);
    for (const s of targets) {
      expect(s.indicators?.some((i) => i.key === true)).toBe(true);
      expect(s.perspective).toBeDefined();
      expect(s.status).toBe("proposed");
    }
    expect(new Set(targets.map((s) => s.perspective)).size).toBe(4);
    const iks = doc.nodes
      .flatMap((n) => n.indicators ?? [])
      .find((i) => i.name === "Indeks Kesejahteraan Sosial");
    expect(iks?.unit).toBe("indeks");
    expect(iks?.definition).toMatch(/kebutuhan dasar.*peran sosial.*kemandirian ekonomi/);
  });

  it("carries the documented facts of domain.md section 6", () => {
    const all = JSON.stringify(doc);
    const facts = [
      "10 juta KPM",
      "Rp30,409 T",
      "60%",
      "Permensos 7/2021",
      "1983",
      "24,79",
      "27,55",
      "Rp57,256 T",
    ];
    expect(facts.filter((fact) => !all.includes(fact))).toEqual([]);
    const wtp = doc.nodes.flatMap((n) => n.indicators ?? []).find((i) => i.unit === "opini");
    expect(wtp?.targets?.["2024"]).toBe("WTP");
  });

  it("marks what is illustrative and backs what is documented", () => {
    const problems: string[] = [];
    for (const n of doc.nodes) {
      if (n.status === undefined) problems.push(`${n.id}: no status`);
      if (n.status === "proposed" && !n.notes?.includes("illustrative")) problems.push(`${n.id}: proposed`);
      if (n.status === "derived" && (!n.source || !n.notes?.includes("illustrative")))
        problems.push(`${n.id}: derived`);
      if (n.status === "documented" && !n.source) problems.push(`${n.id}: documented without source`);
    }
    expect(problems).toEqual([]);
  });
});

describe("Kemensos 2020-2024 sample: structures", () => {
  it("has the existing Perpres 46/2015 structure and one proposal", () => {
    expect(existing?.id).toBe("perpres-46-2015");
    expect(existing?.basis).toBe("Peraturan Presiden Nomor 46 Tahun 2015 tentang Kementerian Sosial");
    expect(proposed?.id).toBe("usulan-2021");
    expect(proposed?.basis).toContain("110");
  });

  it("has 7 echelon-1 units before Perpres 110/2021 and 5 after", () => {
    const echelon1 = (s: SampleStructure | undefined) =>
      (s?.units ?? []).filter((u) => u.tier === "echelon_1");
    expect(echelon1(existing)).toHaveLength(7);
    expect(echelon1(proposed)).toHaveLength(5);
    expect(echelon1(existing).map((u) => u.shortName)).toEqual(
      expect.arrayContaining([
        "Setjen",
        "Ditjen Linjamsos",
        "Ditjen Rehsos",
        "Ditjen Dayasos",
        "Ditjen PFM",
        "Itjen",
        "BP3S",
      ]),
    );
    expect((existing?.units ?? []).filter((u) => u.tier === "expert_staff")).toHaveLength(3);
    expect((existing?.units ?? []).filter((u) => u.tier === "minister")).toHaveLength(1);
  });

  it("matches continuing units by id and drops the removed ones", () => {
    const before = new Set((existing?.units ?? []).map((u) => u.id));
    const after = new Set((proposed?.units ?? []).map((u) => u.id));
    const shared = [...before].filter((id) => after.has(id));
    expect(shared).toEqual(
      expect.arrayContaining([
        "u-mensos",
        "u-setjen",
        "u-ditjen-linjamsos",
        "u-ditjen-rehsos",
        "u-ditjen-dayasos",
        "u-itjen",
        "u-pusdatin",
      ]),
    );
    expect(shared.length).toBeGreaterThanOrEqual(30);
    expect(after.has("u-ditjen-pfm")).toBe(false);
    expect(after.has("u-bp3s")).toBe(false);
    const rehsos = (existing?.units ?? []).filter(
      (u) => u.parentId === "u-ditjen-rehsos" && u.tier === "echelon_2",
    );
    expect(rehsos).toHaveLength(5);
  });
});

describe("Kemensos 2020-2024 sample: diagnostic seeds", () => {
  const before = diagnose(existing!);
  const after = diagnose(proposed!);

  it("seeds every rule in the existing structure", () => {
    expect(has(before, "A1", { nodeId: "o-bst" })).toBe(true);
    expect(has(before, "A2", { unitId: "u-biro-hukum" })).toBe(true);
    expect(has(before, "A3", { nodeId: "p-ps" })).toBe(true);
    expect(has(before, "A3", { nodeId: "p-dm" })).toBe(true);
    expect(has(before, "A4", { nodeId: "k-sembako", unitId: "u-ditjen-pfm" })).toBe(true);
    expect(has(before, "A4", { nodeId: "k-diklat", unitId: "u-bp3s" })).toBe(true);
    expect(has(before, "A5", { nodeId: "o-atensi-pd" })).toBe(true);
    expect(has(before, "A5", { nodeId: "o-tagana" })).toBe(true);
    expect(has(before, "A6", { nodeId: "k-diklat" })).toBe(true);
    expect(has(before, "A7", { indicatorId: "t1-i1" })).toBe(true); // no targets
    expect(has(before, "A7", { indicatorId: "ss1-i1" })).toBe(true); // no baseline
    expect(has(before, "A7", { indicatorId: "o-ewarong-i1" })).toBe(true); // no unit
    expect(has(before, "A7", { indicatorId: "o-bst-i1" })).toBe(true); // 2022-2024 missing
    expect(has(before, "A7", { indicatorId: "o-sertifikasi-i1" })).toBe(true); // 2020 missing
    expect(has(before, "A8", { nodeId: "k-rs-tsk" })).toBe(true);
    expect(has(before, "A8", { nodeId: "k-penyuluhan" })).toBe(true);
    expect(has(before, "A9", { unitId: "u-sam-3" })).toBe(true);
    expect(has(before, "A10", { unitId: "u-bag-renprog" })).toBe(true);
    expect(has(before, "A10", { unitId: "u-bag-pbj" })).toBe(false); // kept for procurement
  });

  it("keeps node-level seeds few and deliberate", () => {
    expect(count(before, ["A6"])).toBe(1);
    expect(count(before, ["A7"])).toBe(5);
    expect(count(before, ["A8"])).toBe(2);
  });

  it("lets the proposal fit better than the existing structure, but not perfectly", () => {
    const serious: Rule[] = ["A1", "A2", "A3", "A4", "A5", "A9"];
    expect(count(after, serious)).toBeLessThan(count(before, serious) / 2);
    expect(count(after, ["A10"])).toBeLessThan(count(before, ["A10"]));
    expect(count(after, ["A9"])).toBe(0);
    // remaining gaps of the proposal
    expect(has(after, "A1", { nodeId: "k-litbang" })).toBe(true);
    expect(has(after, "A3", { nodeId: "p-ps" })).toBe(true);
    expect(has(after, "A4", { nodeId: "o-kat", unitId: "u-dit-pkat" })).toBe(true);
    expect(has(after, "A5", { nodeId: "o-atensi-pd" })).toBe(true);
    expect(has(after, "A5", { nodeId: "k-itjen" })).toBe(true);
    expect(has(after, "A10", { unitId: "u-bag-renprog" })).toBe(true);
  });

  it("gives every line node except the seeded gaps an owner of the expected tier in the proposal", () => {
    const unowned = after.filter((f) => f.rule === "A1").map((f) => f.nodeId);
    expect(unowned.sort()).toEqual(["k-litbang", "o-bst", "o-rekomendasi"]);
  });

  it("uses Pusdatin as data provider on DTKS-related nodes in both structures", () => {
    for (const s of [existing!, proposed!]) {
      const provided = doc.alignments
        .filter((a) => a.structureId === s.id && a.unitId === "u-pusdatin" && a.role === "data_provider")
        .map((a) => a.nodeId);
      expect(provided).toEqual(expect.arrayContaining(["k-pkh", "k-sembako", "o-pkh-salur"]));
    }
  });
});
