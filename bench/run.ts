import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, release, totalmem, type } from "node:os";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import type { PlanDocument } from "../src/domain/types";
import { compactRuns, runText, serializeDocument } from "../src/format/serialize";
import { GENERATED_STRUCTURES, generateDocument } from "../src/generator";
import { BASELINE_OUT_DIR, BENCH_TMP } from "./baseline/vite.config";
import {
  type BaselineResult,
  type DomainResult,
  measureBaseline,
  measureDomain,
  skippedBaseline,
} from "./lib/baseline";
import { chromiumPath } from "./lib/browser";
import { disturbed, type StealOfPhase } from "./lib/hostSteal";
import type { PhaseResult } from "./lib/interact";
import { buildRows, formatTable } from "./lib/report";
import { measureSelaras, type Phases, type SelarasResult, type StoredDocument } from "./lib/selaras";
import { type Preview, startPreview, viteBuild } from "./lib/server";

// npm run bench [-- --sizes 1000,5000] [--quick] [--no-baseline] [--no-build] [--profile] [--trace]
//
// Builds the production app and the benchmark's own pages, serves both with
// `vite preview`, and measures the app and the baseline in Chromium at each
// size. Prints a table and writes bench/results.json. See bench/README.md.

interface Options {
  readonly sizes: number[];
  readonly quick: boolean;
  readonly baseline: boolean;
  readonly build: boolean;
  readonly profile: boolean;
  readonly trace: boolean;
  readonly out: string;
  readonly baselineTimeoutMs: number;
}

const FULL_SIZES = [1_000, 5_000, 10_000, 20_000];
const QUICK_SIZES = [1_000, 5_000];

function parseArgs(argv: readonly string[], root: string): Options {
  const value = (name: string): string | undefined => {
    const inline = argv.find((a) => a.startsWith(`--${name}=`));
    if (inline) return inline.slice(name.length + 3);
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const known = [
    "--sizes",
    "--quick",
    "--no-baseline",
    "--no-build",
    "--profile",
    "--trace",
    "--out",
    "--baseline-timeout",
    "--help",
  ];
  for (const arg of argv) {
    if (arg.startsWith("--") && !known.includes(arg.split("=")[0]!)) throw new Error(`unknown option ${arg}`);
  }
  if (argv.includes("--help")) {
    console.log(
      "npm run bench -- [--sizes 1000,5000] [--quick] [--no-baseline] [--no-build] [--profile] [--trace] [--out file] [--baseline-timeout s]",
    );
    process.exit(0);
  }
  const quick = argv.includes("--quick");
  const sizesText = value("sizes");
  const sizes = sizesText
    ? sizesText.split(",").map((s) => Number.parseInt(s.replace(/[_\s]/g, ""), 10))
    : quick
      ? QUICK_SIZES
      : FULL_SIZES;
  if (sizes.some((n) => !Number.isFinite(n) || n < 1)) throw new Error(`bad --sizes ${sizesText}`);
  const timeout = value("baseline-timeout");
  return {
    sizes,
    quick,
    baseline: !argv.includes("--no-baseline"),
    build: !argv.includes("--no-build"),
    profile: argv.includes("--profile"),
    trace: argv.includes("--trace"),
    out: value("out") ?? join(root, "bench", "results.json"),
    baselineTimeoutMs: timeout ? Number(timeout) * 1000 : quick ? 20_000 : 60_000,
  };
}

function log(message: string) {
  const time = new Date().toISOString().slice(11, 19);
  console.log(`[bench ${time}] ${message}`);
}

/** The JS files dist/index.html loads at start (entry scripts and modulepreloads), gzipped. */
function initialJsKb(distDir: string): {
  kb: number;
  files: { file: string; bytes: number; gzip: number }[];
} {
  const html = readFileSync(join(distDir, "index.html"), "utf8");
  const refs = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)) refs.add(match[1]!);
  for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(match[0]);
    if (href) refs.add(href[1]!);
  }
  const files = [...refs].map((ref) => {
    const path = join(distDir, ref.replace(/^\.?\//, ""));
    const content = readFileSync(path);
    return { file: ref, bytes: content.length, gzip: gzipSync(content).length };
  });
  return { kb: files.reduce((sum, f) => sum + f.gzip, 0) / 1024, files };
}

function machine(loadAtStart: number[]) {
  let chromium = "unknown";
  try {
    chromium = execFileSync(chromiumPath(), ["--version"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    })
      .trim()
      .split("\n")
      .pop()!;
  } catch {
    // keep "unknown"
  }
  return {
    os: `${type()} ${release()}`,
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    chromium,
    node: process.version,
    date: new Date().toISOString(),
    /** 1, 5 and 15-minute load averages when the run began and ended: other work on the machine skews every figure. */
    loadAverage: { start: loadAtStart.map(round2), end: loadavg().map(round2) },
  };
}

/** Every measured pan, zoom and drag, with the CPU the host took during it. */
function stealOfPhases(
  selaras: ReadonlyMap<number, SelarasResult>,
  baseline: ReadonlyMap<number, BaselineResult>,
): StealOfPhase[] {
  const phases: StealOfPhase[] = [];
  const add = (
    who: string,
    size: number,
    name: string,
    phase: PhaseResult | "timeout" | "skipped" | undefined,
  ) => {
    if (typeof phase !== "object" || phase.status !== "ok") return;
    const label = `the ${name} at ${size.toLocaleString("en-US")} boxes (${who})`;
    phases.push({ label, stolenMs: phase.stolenMs, durationMs: phase.durationMs });
  };
  for (const [size, s] of selaras)
    for (const name of ["pan", "zoom", "drag"] as const) add("Selaras", size, name, s[name]);
  for (const [size, b] of baseline)
    for (const name of ["pan", "zoom", "drag"] as const) add("baseline", size, name, b[name]);
  return phases;
}

export async function main(argv: readonly string[]): Promise<void> {
  const root = process.cwd();
  if (!existsSync(join(root, "bench", "run.ts"))) throw new Error("run the benchmark from the project root");
  const options = parseArgs(argv, root);
  const started = Date.now();
  const loadAtStart = loadavg();
  if (loadAtStart[0]! > cpus().length * 0.75) {
    log(
      `warning: the machine is busy (load ${loadAtStart[0]!.toFixed(1)} on ${cpus().length} cores): figures will be slower than usual`,
    );
  }
  const phases: Phases = {
    durationMs: options.quick ? 1_000 : 2_000,
    zoomTicks: options.quick ? 8 : 15,
    stepTimeoutMs: options.baselineTimeoutMs,
  };
  const selarasPhases: Phases = { ...phases, stepTimeoutMs: Math.max(120_000, options.baselineTimeoutMs) };
  const baselineDist = BASELINE_OUT_DIR;
  const profileDir = options.profile ? join(BENCH_TMP, "profiles") : null;
  const traceDir = options.trace ? join(BENCH_TMP, "traces") : null;

  if (options.build) {
    // Profiles name functions only in an unminified build (same code, same production mode otherwise).
    log(`building the app (vite build${options.profile ? " --minify false" : ""})…`);
    const appMs = viteBuild(root, options.profile ? ["--minify", "false"] : []);
    log(`built the app in ${(appMs / 1000).toFixed(1)} s; building the baseline and domain pages…`);
    viteBuild(root, [
      "--config",
      "bench/baseline/vite.config.ts",
      ...(options.profile ? ["--minify", "false"] : []),
    ]);
  }
  if (!existsSync(join(root, "dist", "index.html")))
    throw new Error("dist/ is missing: run without --no-build");
  if (!existsSync(join(baselineDist, "index.html")))
    throw new Error(`${baselineDist} is missing: run without --no-build`);

  // Documents: generated once per size, written for the baseline pages (before the server starts: it lists files once).
  const documents: {
    size: number;
    doc: StoredDocument;
    bytes: number;
    generateMs: number;
    units: number;
    alignments: number;
  }[] = [];
  mkdirSync(join(baselineDist, "docs"), { recursive: true });
  for (const size of options.sizes) {
    const t0 = performance.now();
    const doc = generateDocument(size);
    const generateMs = performance.now() - t0;
    const json = serializeDocument(doc);
    writeFileSync(join(baselineDist, "docs", `doc-${size}.json`), json);
    documents.push({
      size,
      doc: {
        id: `bench-${size}`,
        title: doc.meta.title,
        json,
        runs: compactRuns(doc).map((run) => ({ key: run.key, text: runText(run) })),
        nodeCount: doc.nodes.size,
        now: doc.meta.updatedAt!,
        focusCode: middleActivityCode(doc),
      },
      bytes: Buffer.byteLength(json),
      generateMs,
      units: [...doc.structures.values()].reduce((sum, s) => sum + s.units.size, 0),
      alignments: doc.alignments.size,
    });
    log(
      `generated ${size.toLocaleString("en-US")} nodes in ${Math.round(generateMs)} ms (${(Buffer.byteLength(json) / 1024 ** 2).toFixed(1)} MB)`,
    );
  }

  const servers: Preview[] = [];
  const stopAll = async () => {
    await Promise.all(servers.map((s) => s.stop()));
  };
  const onSignal = () => {
    void stopAll().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  const selaras = new Map<number, SelarasResult>();
  const baseline = new Map<number, BaselineResult>();
  const domain = new Map<number, DomainResult>();
  try {
    const app = await startPreview(root);
    servers.push(app);
    const pages = await startPreview(root, ["--config", "bench/baseline/vite.config.ts"]);
    servers.push(pages);
    log(`serving the app at ${app.url} and the baseline at ${pages.url}`);

    let baselineGaveUpAt: number | null = null;
    for (const { size, doc } of documents) {
      log(`Selaras at ${size.toLocaleString("en-US")} nodes…`);
      const s = await measureSelaras(app.url, doc, selarasPhases, profileDir, traceDir);
      selaras.set(size, s);
      if (s.error) log(`  error: ${s.error}`);
      log(
        `  open ${fmt(s.openMs)}, layout ${fmt(s.layoutFirstMs)} / whole tree ${fmt(s.expandAll?.layoutMs)}, pan p95 ${fmt(phaseP95(s.pan))}, zoom p95 ${fmt(phaseP95(s.zoom))}`,
      );

      log(`  diagnose() and loadDocument() in Chromium…`);
      const d = await measureDomain(pages.url, size, GENERATED_STRUCTURES.existing, 12, 120_000);
      domain.set(size, d);
      if (d.error) log(`  error: ${d.error}`);

      if (!options.baseline) continue;
      if (baselineGaveUpAt !== null) {
        log(`  baseline skipped: it timed out at ${baselineGaveUpAt.toLocaleString("en-US")} nodes`);
        baseline.set(size, skippedBaseline(size));
        continue;
      }
      log(`  baseline (React Flow + dagre) at ${size.toLocaleString("en-US")} nodes…`);
      const b = await measureBaseline(pages.url, size, phases, profileDir);
      baseline.set(size, b);
      if (b.error) log(`  error: ${b.error}`);
      if (b.openMs === "timeout") baselineGaveUpAt = size;
      log(`  baseline open ${fmt(b.openMs)}, dagre ${fmt(b.layoutMs)}, pan p95 ${fmt(phaseP95(b.pan))}`);
    }
  } finally {
    await stopAll();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }

  const js = initialJsKb(join(root, "dist"));
  const baselineJs = initialJsKb(baselineDist);
  const rows = buildRows(options.sizes, selaras, baseline, domain, {
    selarasKb: options.profile ? null : js.kb,
    baselineKb: options.profile ? null : baselineJs.kb,
  });
  const info = machine(loadAtStart);
  const table = formatTable(rows);
  console.log("");
  console.log(
    `Machine: ${info.os}, ${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB; ${info.chromium}; Node ${info.node}; ${info.date}; load ${info.loadAverage.start[0]} → ${info.loadAverage.end[0]}`,
  );
  console.log(table);
  for (const warning of disturbed(stealOfPhases(selaras, baseline))) log(`warning: ${warning}`);
  // Selaras's long tasks in pan, zoom and drag, where and with what measures: a rare one is then told from the log.
  for (const [size, s] of selaras)
    for (const name of ["pan", "zoom", "drag"] as const) {
      const phase = s[name];
      if (typeof phase !== "object") continue;
      for (const task of phase.longTaskDetails)
        log(
          `long task in the ${name} at ${size.toLocaleString("en-US")} boxes: ${task.ms} ms, ${task.atMs} ms in` +
            (task.measures.length > 0 ? ` (${task.measures.join("; ")})` : " (no measure of the app inside)"),
        );
    }

  const results = {
    machine: info,
    options: {
      sizes: options.sizes,
      quick: options.quick,
      baseline: options.baseline,
      phaseDurationMs: phases.durationMs,
      zoomTicks: phases.zoomTicks,
      baselineTimeoutMs: options.baselineTimeoutMs,
    },
    durationSeconds: Math.round((Date.now() - started) / 1000),
    documents: documents.map(({ size, bytes, generateMs, units, alignments }) => ({
      size,
      bytes,
      units,
      alignments,
      generateMs: Math.round(generateMs),
    })),
    initialJs: { selaras: js, baseline: baselineJs },
    rows,
    details: {
      selaras: Object.fromEntries(selaras),
      baseline: Object.fromEntries(baseline),
      domain: Object.fromEntries(domain),
    },
  };
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
  log(`wrote ${options.out} in ${results.durationSeconds} s in all`);
}

/** The code of the activity in the middle of the file (pre-order): a dense part of the tree. */
function middleActivityCode(doc: PlanDocument): string | null {
  const activities = [...doc.nodes.values()].filter((n) => n.kind === "activity" && n.code);
  return activities[Math.floor(activities.length / 2)]?.code ?? null;
}

function phaseP95(phase: SelarasResult["pan"] | BaselineResult["pan"]): number | string | null | undefined {
  if (phase === undefined || typeof phase === "string") return phase;
  return phase.status === "n/a" ? "n/a" : phase.p95Ms;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function fmt(value: number | string | null | undefined): string {
  if (value === undefined || value === null) return "—";
  if (typeof value === "string") return value;
  return `${Math.round(value)} ms`;
}
