import { expect } from "vitest";
import type { OperationResult } from "../../../src/domain/operations";
import type { PlanDocument, Structure, Unit } from "../../../src/domain/types";
import { expectValid, frozen, sampleDoc, snapshot } from "../operations/helpers";

// The operation tests' document, plus a proposed structure and a few awkward
// ids, and a check of format rules 2, 4 and 6 for units and alignments.

export function structuresDoc(): PlanDocument {
  const base = sampleDoc();
  const asis = base.structures.get("asis")!;
  const units = new Map<string, Unit>(asis.units);
  units.set("dir", { id: "dir", parentId: "dj1", name: "Direktorat", tier: "echelon_2" });
  units.set("__proto__", { id: "__proto__", parentId: "dir", name: "Subdit proto", tier: "echelon_3" });
  units.set("sub", { id: "sub", parentId: "dir", name: "Subdit", tier: "echelon_3", order: 0 });
  const proposed: Structure = {
    id: "to-be",
    name: "Usulan",
    role: "proposed",
    units: new Map([["m", asis.units.get("m")!]]),
  };
  const alignments = new Map(base.alignments);
  alignments.set("al5", {
    id: "al5",
    structureId: "asis",
    unitId: "__proto__",
    nodeId: "o1",
    role: "primary",
  });
  alignments.set("al6", { id: "al6", structureId: "to-be", unitId: "m", nodeId: "g", role: "primary" });
  const layoutUnits = new Map(base.layout.units);
  layoutUnits.set(
    "asis",
    new Map([
      ["m", { x: 1, y: 2 }],
      ["__proto__", { x: 5, y: 6 }],
    ]),
  );
  return {
    ...base,
    structures: new Map([
      ["asis", { ...asis, units }],
      ["to-be", proposed],
    ]),
    alignments,
    layout: { ...base.layout, units: layoutUnits },
  };
}

export function unitProblems(doc: PlanDocument): string[] {
  const out: string[] = [];
  for (const [sid, s] of doc.structures) {
    if (sid !== s.id) out.push(`structure key ${sid}`);
    for (const [uid, u] of s.units) {
      if (uid !== u.id) out.push(`unit key ${uid}`);
      if (u.parentId !== null && !s.units.has(u.parentId)) out.push(`unit ${uid}: parent`);
      const seen = new Set<string>();
      let current: string | null = uid;
      while (current !== null) {
        if (seen.has(current)) {
          out.push(`unit ${uid}: cycle`);
          break;
        }
        seen.add(current);
        current = s.units.get(current)?.parentId ?? null;
      }
    }
  }
  const keys = new Set<string>();
  for (const a of doc.alignments.values()) {
    const key = JSON.stringify([a.structureId, a.unitId, a.nodeId, a.indicatorId ?? null, a.role]);
    if (keys.has(key)) out.push(`duplicate alignment ${a.id}`);
    keys.add(key);
  }
  for (const [sid, points] of doc.layout.units)
    for (const uid of points.keys())
      if (!doc.structures.get(sid)?.units.has(uid)) out.push(`layout ${sid}/${uid}`);
  return out;
}

/** Run on a frozen copy; the input must not change and a success must stay a valid document. */
export function runOp<R extends OperationResult<object>>(doc: PlanDocument, op: (d: PlanDocument) => R): R {
  const before = snapshot(doc);
  const result = op(frozen(doc));
  expect(snapshot(doc)).toBe(before);
  if (result.ok) {
    expectValid(result.doc);
    expect(unitProblems(result.doc)).toEqual([]);
  }
  return result;
}
