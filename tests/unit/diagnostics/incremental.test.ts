import { describe, expect, it } from "vitest";
import { type Diagnosis, diagnose } from "../../../src/domain/diagnostics";
import { updateMeta } from "../../../src/domain/document";
import {
  addNode,
  deleteSubtree,
  moveNode,
  removeIndicator,
  setIndicatorTarget,
  updateNode,
} from "../../../src/domain/operations";
import {
  addAlignment,
  addUnit,
  moveUnit,
  removeAlignment,
  updateUnit,
} from "../../../src/domain/structureOps";
import type { PlanDocument, PlanNode } from "../../../src/domain/types";
import { GENERATED_STRUCTURES, generateDocument } from "../../../src/generator";
import { createRandom, type Random } from "../../../src/generator/random";

// diagnose() reuses work from earlier calls (the structure index, per-node
// findings) when an edit leaves their inputs untouched. These tests make long
// runs of random edits and check, after every one, that the reused result is
// exactly what a first diagnosis of the same document gives. A copy made with
// structuredClone has new objects throughout, so nothing cached applies to it.

const STRUCTURES = [GENERATED_STRUCTURES.existing, GENERATED_STRUCTURES.proposed];

function pick<T>(random: Random, values: readonly T[]): T {
  return values[Math.floor(random.next() * values.length)]!;
}

type Edit = (doc: PlanDocument, random: Random) => PlanDocument | null;

const EDITS: Record<string, Edit> = {
  rename: (doc, random) =>
    result(updateNode(doc, pick(random, [...doc.nodes.keys()]), { name: `N${random.next()}` })),
  rekind: (doc, random) =>
    result(
      updateNode(doc, pick(random, [...doc.nodes.keys()]), {
        kind: pick(random, ["program", "activity", "output"]),
      }),
    ),
  move: (doc, random) => {
    const ids = [...doc.nodes.keys()];
    return result(moveNode(doc, pick(random, ids), pick(random, ids)));
  },
  add: (doc, random) =>
    result(
      addNode(doc, {
        parentId: pick(random, [...doc.nodes.keys()]),
        kind: pick(random, ["activity", "output"]),
      }),
    ),
  delete: (doc, random) => result(deleteSubtree(doc, pick(random, [...doc.nodes.keys()]))),
  align: (doc, random) => {
    const structureId = pick(random, STRUCTURES);
    const units = [...doc.structures.get(structureId)!.units.keys()];
    const nodeId = pick(random, [...doc.nodes.keys()]);
    const indicators = doc.nodes.get(nodeId)!.indicators ?? [];
    const indicatorId =
      indicators.length > 0 && random.next() < 0.3 ? pick(random, indicators).id : undefined;
    return result(
      addAlignment(doc, {
        structureId,
        unitId: pick(random, units),
        nodeId,
        role: pick(random, ["primary", "primary", "contributor"]),
        ...(indicatorId ? { indicatorId } : {}),
      }),
    );
  },
  unalign: (doc, random) => result(removeAlignment(doc, pick(random, [...doc.alignments.keys()]))),
  retier: (doc, random) => {
    const structureId = pick(random, STRUCTURES);
    const unitId = pick(random, [...doc.structures.get(structureId)!.units.keys()]);
    return result(
      updateUnit(doc, structureId, unitId, { tier: pick(random, ["echelon_1", "echelon_2", "echelon_3"]) }),
    );
  },
  moveUnit: (doc, random) => {
    const structureId = pick(random, STRUCTURES);
    const units = [...doc.structures.get(structureId)!.units.keys()];
    return result(moveUnit(doc, structureId, pick(random, units), pick(random, units)));
  },
  target: (doc, random) => {
    const withIndicators = [...doc.nodes.values()].filter((node) => (node.indicators?.length ?? 0) > 0);
    const node = pick(random, withIndicators);
    const indicator = pick(random, node.indicators!);
    const year = pick(random, [doc.meta.period.start, doc.meta.period.end]);
    return result(setIndicatorTarget(doc, node.id, indicator.id, year, random.next() < 0.5 ? undefined : 42));
  },
  dropIndicator: (doc, random) => {
    const withIndicators = [...doc.nodes.values()].filter((node) => (node.indicators?.length ?? 0) > 0);
    const node = pick(random, withIndicators);
    return result(removeIndicator(doc, node.id, pick(random, node.indicators!).id));
  },
  period: (doc, random) =>
    updateMeta(doc, {
      period: { start: doc.meta.period.start, end: doc.meta.period.start + pick(random, [3, 4, 5]) },
    }),
};

/** The document after the edit, or null when the edit was refused (a cycle, say). */
function result(outcome: { ok: true; doc: PlanDocument } | { ok: false }): PlanDocument | null {
  return outcome.ok ? outcome.doc : null;
}

function fresh(doc: PlanDocument, structureId: string): Diagnosis {
  return diagnose(structuredClone(doc), structureId);
}

describe("diagnose after edits", () => {
  it("gives after every edit what a first diagnosis of the same document gives", () => {
    const random = createRandom(7, "incremental-diagnose");
    let doc = generateDocument(150, { seed: 3 });
    for (const structureId of STRUCTURES) diagnose(doc, structureId);
    const names = Object.keys(EDITS);
    const applied = new Set<string>();
    for (let step = 0; step < 300; step++) {
      const name = pick(random, names);
      const next = EDITS[name]!(doc, random);
      if (next === null || next === doc) continue;
      applied.add(name);
      doc = next;
      const structureId = pick(random, STRUCTURES);
      expect(diagnose(doc, structureId), `step ${step}: ${name}`).toEqual(fresh(doc, structureId));
    }
    // Every kind of edit took effect at least once, so each cache path was exercised.
    expect([...applied].sort()).toEqual([...names].sort());
  }, 60_000);

  it("gives the same diagnosis again after an edit that changes no finding (a rename), and a new one after one that does", () => {
    const doc = generateDocument(200, { seed: 5 });
    const structureId = GENERATED_STRUCTURES.existing;
    const before = diagnose(doc, structureId);
    const node = [...doc.nodes.values()].find(
      (n) => n.kind === "activity" && (n.indicators?.length ?? 0) > 0,
    )!;
    const renamed = result(updateNode(doc, node.id, { name: "Renamed activity" }))!;
    // The same object: whatever is drawn from the findings need not be drawn again.
    expect(diagnose(renamed, structureId)).toBe(before);
    let emptied = renamed;
    for (const indicator of node.indicators!)
      emptied = result(removeIndicator(emptied, node.id, indicator.id))!;
    const after = diagnose(emptied, structureId);
    expect(after).not.toBe(before);
    expect(after).toEqual(fresh(emptied, structureId));
    expect(after.findings.some((f) => f.rule === "A8" && f.nodeId === node.id)).toBe(true);
  });

  it("sees a fix made by an edit that leaves the alignments alone", () => {
    const doc = generateDocument(200, { seed: 5 });
    const structureId = GENERATED_STRUCTURES.existing;
    const before = diagnose(doc, structureId);
    const incomplete = before.findings.find((finding) => finding.rule === "A8");
    expect(incomplete).toBeDefined();
    const nodeId = incomplete!.nodeId;
    const edited = result(updateNode(doc, nodeId!, { kind: "condition" }));
    expect(edited).not.toBeNull();
    const after = diagnose(edited!, structureId);
    expect(after.findings.some((finding) => finding.rule === "A8" && finding.nodeId === nodeId)).toBe(false);
    expect(after.counts.byRule.A8).toBe(before.counts.byRule.A8 - 1);
  });
});

describe("diagnose after a change that only the node map shows", () => {
  // Operations remove the alignments of what they delete, so these states come
  // only from hand-made documents; the reused index must still not count them.
  const structureId = GENERATED_STRUCTURES.existing;

  function withNodes(doc: PlanDocument, change: (nodes: Map<string, PlanNode>) => void): PlanDocument {
    const nodes = new Map(doc.nodes);
    change(nodes);
    return { ...doc, nodes };
  }

  /** A document with a new unit whose only alignment in S is to `nodeId` (to its indicator, when given). */
  function loneAlignment(nodeId: string, indicatorId?: string): PlanDocument {
    const base = generateDocument(120, { seed: 9 });
    const rootUnit = [...base.structures.get(structureId)!.units.values()][0]!;
    const added = addUnit(base, structureId, {
      id: "lone",
      parentId: rootUnit.id,
      name: "Lone",
      tier: "echelon_2",
    });
    if (!added.ok) throw new Error("addUnit refused");
    const aligned = addAlignment(added.doc, {
      structureId,
      unitId: "lone",
      nodeId,
      role: "primary",
      ...(indicatorId ? { indicatorId } : {}),
    });
    if (!aligned.ok) throw new Error("addAlignment refused");
    return aligned.doc;
  }

  const idle = (d: Diagnosis) => d.findings.some((f) => f.rule === "A2" && f.unitId === "lone");

  it("stops counting an alignment to a node that is gone", () => {
    const template = generateDocument(120, { seed: 9 });
    const leaf = [...template.nodes.values()].find((n) => n.kind === "output")!;
    const doc = loneAlignment(leaf.id);
    expect(idle(diagnose(doc, structureId))).toBe(false);
    const edited = withNodes(doc, (nodes) => nodes.delete(leaf.id));
    const reused = diagnose(edited, structureId);
    expect(reused).toEqual(fresh(edited, structureId));
    expect(idle(reused)).toBe(true);
    const restored = withNodes(edited, (nodes) => nodes.set(leaf.id, doc.nodes.get(leaf.id)!));
    expect(idle(diagnose(restored, structureId))).toBe(false);
    expect(diagnose(restored, structureId)).toEqual(fresh(restored, structureId));
  });

  it("stops counting an alignment to an indicator that is gone", () => {
    const template = generateDocument(120, { seed: 9 });
    const node = [...template.nodes.values()].find((n) => (n.indicators?.length ?? 0) > 0)!;
    const indicatorId = node.indicators![0]!.id;
    const doc = loneAlignment(node.id, indicatorId);
    expect(idle(diagnose(doc, structureId))).toBe(false);
    const edited = withNodes(doc, (nodes) => {
      nodes.set(node.id, { ...node, indicators: node.indicators!.filter((i) => i.id !== indicatorId) });
    });
    const reused = diagnose(edited, structureId);
    expect(reused).toEqual(fresh(edited, structureId));
    expect(idle(reused)).toBe(true);
  });
});
