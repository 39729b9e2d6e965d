import { expect } from "vitest";
import type { OperationResult } from "../../../src/domain/operations";
import type { Alignment, PlanDocument, PlanNode, Structure, Unit } from "../../../src/domain/types";
import { docWith, node } from "../../helpers/build";

// Helpers for the operation tests: a rich sample document, a frozen input that
// throws on any mutation, a JSON snapshot, and a checker of the format's rules
// 2-8 (plus the field rules) that every result must still satisfy.

export function sampleDoc(): PlanDocument {
  const base = docWith(
    [
      node("g", null, "goal"),
      node("s1", "g", "strategic_target", {
        code: "SS1",
        perspective: "stakeholder",
        indicators: [
          {
            id: "s1-i1",
            name: "Indeks Kesejahteraan Sosial",
            unit: "indeks",
            baseline: { year: 2019, value: 50 },
            targets: { "2020": 51, "2021": 52 },
          },
          { id: "s1-i2", name: "Opini BPK", targets: { "2020": "WTP" } },
        ],
      }),
      node("s2", "g", "strategic_target"),
      node("p1", "s1", "program", {
        statement: "Meningkatnya keberfungsian sosial",
        programType: "technical",
      }),
      node("p2", "s1", "program"),
      node("a1", "p1", "activity"),
      node("o1", "a1", "output"),
      node("c1", null, "condition"),
    ],
    [
      { id: "l1", from: "p2", to: "s2", type: "contributes" },
      { id: "l2", from: "a1", to: "p2", type: "contributes" },
      { id: "l3", from: "c1", to: "g", type: "contributes" },
    ],
  );
  const units = new Map<string, Unit>([
    ["m", { id: "m", parentId: null, name: "Menteri", tier: "minister" }],
    ["dj1", { id: "dj1", parentId: "m", name: "Ditjen", tier: "echelon_1" }],
  ]);
  const structure: Structure = { id: "asis", name: "Struktur saat ini", role: "existing", units };
  const alignments: Alignment[] = [
    { id: "al1", structureId: "asis", unitId: "m", nodeId: "s1", role: "primary" },
    { id: "al2", structureId: "asis", unitId: "dj1", nodeId: "p1", role: "primary" },
    {
      id: "al3",
      structureId: "asis",
      unitId: "dj1",
      nodeId: "s1",
      indicatorId: "s1-i1",
      role: "contributor",
    },
    { id: "al4", structureId: "asis", unitId: "dj1", nodeId: "a1", role: "contributor" },
  ];
  return {
    ...base,
    structures: new Map([["asis", structure]]),
    alignments: new Map(alignments.map((a) => [a.id, a])),
    layout: {
      nodes: new Map([
        ["g", { x: 0, y: 0 }],
        ["a1", { x: 10, y: 20 }],
        ["o1", { x: 30, y: 40 }],
      ]),
      units: new Map([["asis", new Map([["m", { x: 1, y: 2 }]])]]),
    },
  };
}

function deepFreeze(value: unknown): void {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return;
  if (value instanceof Map) {
    const refuse = () => {
      throw new Error("input Map mutated");
    };
    for (const method of ["set", "delete", "clear"]) Object.defineProperty(value, method, { value: refuse });
    for (const [k, v] of value) {
      deepFreeze(k);
      deepFreeze(v);
    }
  }
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
}

/** Freeze a document: objects cannot change, and its Maps throw on set/delete/clear. */
export function frozen(doc: PlanDocument): PlanDocument {
  deepFreeze(doc);
  return doc;
}

/** A JSON image of the whole document (Maps as entry arrays) to compare before and after. */
export function snapshot(doc: PlanDocument): string {
  return JSON.stringify(doc, (_key, value) =>
    value instanceof Map ? { $map: [...value.entries()] } : value,
  );
}

export function expectOk<T extends object>(
  result: OperationResult<T>,
): Extract<OperationResult<T>, { ok: true }> {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.reason)}`);
  return result as Extract<OperationResult<T>, { ok: true }>;
}

export function expectRefused<T extends object>(result: OperationResult<T>, code: string): void {
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.reason.code).toBe(code);
}

const ID = /^[A-Za-z0-9_.:-]{1,64}$/;
const OPTIONAL_TEXT: readonly (keyof PlanNode)[] = ["code", "statement", "source", "notes"];

/** Problems with the format's rules 2-8 and field rules; [] for a valid document. */
export function problems(doc: PlanDocument): string[] {
  const out: string[] = [];
  const indicatorIds = new Map<string, string>();
  for (const [key, n] of doc.nodes) {
    if (key !== n.id) out.push(`node key ${key} != id ${n.id}`);
    if (!ID.test(n.id)) out.push(`bad node id ${n.id}`);
    if (typeof n.name !== "string" || n.name.length < 1 || n.name.length > 2000) out.push(`bad name ${n.id}`);
    for (const field of OPTIONAL_TEXT) if (n[field] === "") out.push(`empty ${String(field)} on ${n.id}`);
    if (n.order !== undefined && (!Number.isInteger(n.order) || n.order < 0)) out.push(`bad order ${n.id}`);
    if (n.parentId !== null && !doc.nodes.has(n.parentId)) out.push(`missing parent of ${n.id}`);
    if (n.indicators?.length === 0) out.push(`empty indicators on ${n.id}`);
    for (const ind of n.indicators ?? []) {
      if (!ID.test(ind.id)) out.push(`bad indicator id ${ind.id}`);
      if (indicatorIds.has(ind.id)) out.push(`duplicate indicator id ${ind.id}`);
      indicatorIds.set(ind.id, n.id);
      if (ind.name.length < 1) out.push(`bad indicator name ${ind.id}`);
      for (const year of Object.keys(ind.targets ?? {}))
        if (!/^[12][0-9]{3}$/.test(year)) out.push(`bad year ${year}`);
      if (ind.targets && Object.keys(ind.targets).length === 0) out.push(`empty targets ${ind.id}`);
    }
  }
  // Rule 3 and 5: parent edges plus links form no cycle (iterative colouring).
  const out2 = new Map<string, string[]>();
  const edge = (a: string, b: string) => {
    const list = out2.get(a);
    if (list) list.push(b);
    else out2.set(a, [b]);
  };
  for (const n of doc.nodes.values()) if (n.parentId !== null) edge(n.id, n.parentId);
  const pairs = new Set<string>();
  for (const [key, l] of doc.links) {
    if (key !== l.id || !ID.test(l.id)) out.push(`bad link id ${key}`);
    if (!doc.nodes.has(l.from) || !doc.nodes.has(l.to)) out.push(`dangling link ${l.id}`);
    if (l.from === l.to) out.push(`self link ${l.id}`);
    if (pairs.has(`${l.from} ${l.to}`)) out.push(`duplicate link ${l.id}`);
    pairs.add(`${l.from} ${l.to}`);
    edge(l.from, l.to);
  }
  const state = new Map<string, 1 | 2>();
  for (const start of doc.nodes.keys()) {
    if (state.has(start)) continue;
    const stack: Array<[string, number]> = [[start, 0]];
    state.set(start, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const next = out2.get(top[0])?.[top[1]];
      if (next === undefined) {
        state.set(top[0], 2);
        stack.pop();
        continue;
      }
      top[1]++;
      const s = state.get(next);
      if (s === 1) {
        out.push(`cycle through ${next}`);
        return out;
      }
      if (s === undefined) {
        state.set(next, 1);
        stack.push([next, 0]);
      }
    }
  }
  // Rule 6.
  for (const a of doc.alignments.values()) {
    const structure = doc.structures.get(a.structureId);
    if (!structure?.units.has(a.unitId)) out.push(`alignment ${a.id}: unit`);
    if (!doc.nodes.has(a.nodeId)) out.push(`alignment ${a.id}: node`);
    if (a.indicatorId !== undefined && indicatorIds.get(a.indicatorId) !== a.nodeId)
      out.push(`alignment ${a.id}: indicator`);
  }
  // Rule 8.
  for (const id of doc.layout.nodes.keys()) if (!doc.nodes.has(id)) out.push(`layout of missing node ${id}`);
  return out;
}

export function expectValid(doc: PlanDocument): void {
  expect(problems(doc)).toEqual([]);
}

/**
 * Run an operation on a frozen copy of `doc`, check that the input did not
 * change, and that a successful result is still a valid document.
 */
export function run<R extends OperationResult<object>>(
  doc: PlanDocument,
  operation: (input: PlanDocument) => R,
): R {
  const before = snapshot(doc);
  const result = operation(frozen(doc));
  expect(snapshot(doc)).toBe(before);
  if (result.ok) expectValid(result.doc);
  return result;
}
