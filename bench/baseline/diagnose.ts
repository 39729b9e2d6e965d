import { diagnose } from "../../src/domain/diagnostics";
import { moveNode, type OperationResult, setIndicatorTarget, updateNode } from "../../src/domain/operations";
import { addAlignment } from "../../src/domain/structureOps";
import type { PlanDocument } from "../../src/domain/types";
import { loadDocument } from "../../src/format/load";
import { serializeDocument } from "../../src/format/serialize";

// Times the app's own domain functions in Chromium on a generated document:
// loadDocument (what opening a stored document costs besides drawing),
// diagnose (rules A1-A10 and coverage for one structure: once on the loaded
// document, then after each of a series of edits, the way the app re-runs it
// while a planner works) and serializeDocument.
// The benchmark reads window.__domainTimes.

export interface DomainTimes {
  readonly size: number;
  readonly loadMs: number;
  /** The first diagnose() of the loaded document (nothing to reuse yet). */
  readonly firstDiagnoseMs: number;
  /** diagnose() after each edit: a box renamed, a target set, a box re-parented, an alignment added. */
  readonly diagnoseMs: number[];
  readonly serializeMs: number;
  readonly findings: number;
  readonly error?: string;
}

declare global {
  interface Window {
    __domainTimes?: DomainTimes;
  }
}

function time<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

/** The i-th edit of the series: the kinds of change a planner makes most, in turn. */
function edit(doc: PlanDocument, structureId: string, i: number): PlanDocument {
  const nodes = [...doc.nodes.values()];
  const node = nodes[(i * 7919) % nodes.length]!;
  let outcome: OperationResult;
  switch (i % 4) {
    case 0:
      outcome = updateNode(doc, node.id, { name: `${node.name} (revised)` });
      break;
    case 1: {
      const indicator = nodes.find((n, k) => k >= (i * 7919) % nodes.length && n.indicators?.length)
        ?.indicators?.[0];
      const owner = nodes.find((n) => n.indicators?.some((x) => x === indicator));
      outcome =
        indicator && owner
          ? setIndicatorTarget(doc, owner.id, indicator.id, doc.meta.period.end, 99)
          : { ok: true, doc };
      break;
    }
    case 2: {
      const sibling = nodes.find(
        (n) => n.kind === node.kind && n.id !== node.id && n.parentId !== node.parentId,
      );
      outcome = sibling?.parentId ? moveNode(doc, node.id, sibling.parentId) : { ok: true, doc };
      break;
    }
    default: {
      const unit = [...(doc.structures.get(structureId)?.units.values() ?? [])][i % 50];
      outcome = unit
        ? addAlignment(doc, { structureId, unitId: unit.id, nodeId: node.id, role: "contributor" })
        : { ok: true, doc };
    }
  }
  return outcome.ok ? outcome.doc : doc;
}

async function main() {
  const params = new URLSearchParams(location.search);
  const size = params.get("n") ?? "1000";
  const structureId = params.get("s") ?? "sotk-berlaku";
  const runs = Number(params.get("runs") ?? "5");
  const text = await (await fetch(`docs/doc-${encodeURIComponent(size)}.json`)).text();
  const [result, loadMs] = time(() => loadDocument(text));
  if (!result.ok) {
    window.__domainTimes = {
      size: Number(size),
      loadMs,
      firstDiagnoseMs: 0,
      diagnoseMs: [],
      serializeMs: 0,
      findings: 0,
      error: JSON.stringify(result.issues.slice(0, 3)),
    };
    return;
  }
  let doc = result.document;
  const [first, firstDiagnoseMs] = time(() => diagnose(doc, structureId));
  let findings = first.counts.total;
  const diagnoseMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    doc = edit(doc, structureId, i);
    const [diagnosis, ms] = time(() => diagnose(doc, structureId));
    diagnoseMs.push(ms);
    findings = diagnosis.counts.total;
  }
  const [, serializeMs] = time(() => serializeDocument(doc));
  window.__domainTimes = { size: Number(size), loadMs, firstDiagnoseMs, diagnoseMs, serializeMs, findings };
  document.getElementById("out")!.textContent = JSON.stringify(window.__domainTimes, null, 2);
}

void main();
