import { diagnose } from "../../src/domain/diagnostics";
import { loadDocument } from "../../src/format/load";
import { serializeDocument } from "../../src/format/serialize";

// Times the app's own domain functions in Chromium on a generated document:
// loadDocument (what opening a stored document costs besides drawing),
// diagnose (rules A1-A10 and coverage for one structure) and serializeDocument.
// The benchmark reads window.__domainTimes.

export interface DomainTimes {
  readonly size: number;
  readonly loadMs: number;
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
      diagnoseMs: [],
      serializeMs: 0,
      findings: 0,
      error: JSON.stringify(result.issues.slice(0, 3)),
    };
    return;
  }
  const diagnoseMs: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const [diagnosis, ms] = time(() => diagnose(result.document, structureId));
    diagnoseMs.push(ms);
    findings = diagnosis.counts.total;
  }
  const [, serializeMs] = time(() => serializeDocument(result.document));
  window.__domainTimes = { size: Number(size), loadMs, diagnoseMs, serializeMs, findings };
  document.getElementById("out")!.textContent = JSON.stringify(window.__domainTimes, null, 2);
}

void main();
