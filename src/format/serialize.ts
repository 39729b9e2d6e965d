// Writes a PlanDocument as a format version 1 file.
//
// - Fields come out in the order of the schema; optional fields with no value,
//   an empty text, an empty list or an empty object are left out; `parentId` is
//   always written (null for a root).
// - Objects keyed by ids (layout) get their keys with Object.defineProperty, so a
//   node whose id is `__proto__` is an ordinary own key that JSON.stringify writes.
// - Layout: written only when it has entries, and only for nodes, structures and
//   units that exist (a reader drops the others anyway, rule 8). `"layout": {}`
//   or `"layout": {"nodes": {}}` in a file carry no position, so import then
//   export leaves them out: that is the one place where the file written back
//   differs from the file read, besides key order and `meta.updatedAt`, and the
//   other empty optional values (`"code": ""`, `"indicators": []`, `"view": {}`)
//   that a writer must not write in the first place.
//
// Round trip: for a valid file in this canonical form, loadDocument then
// toFileObject gives back the same JSON data; toFileObject then loadDocument
// gives back the same document (ids, fields, file order, positions).

import type {
  Alignment,
  ContributeLink,
  DocumentMeta,
  Indicator,
  Layout,
  PlanDocument,
  PlanNode,
  Structure,
  Unit,
} from "../domain/types.ts";
import { CURRENT_FORMAT_VERSION } from "./migrations.ts";
import { FORMAT_MARKER } from "./schema.ts";

type Json = Record<string, unknown>;

export interface SerializeOptions {
  /** Two-space indentation and a final newline, for files people may read. Default: compact. */
  pretty?: boolean;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") return Object.keys(value).length === 0;
  return false;
}

/** Copies `keys` in order, leaving out empty values. */
function put(target: Json, source: object, keys: readonly string[]): Json {
  const from = source as Json;
  for (const key of keys) {
    const value = from[key];
    if (!isEmpty(value)) target[key] = value;
  }
  return target;
}

/** Sets an own, enumerable key whatever its name (`__proto__` included). */
function setOwn(target: Json, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function metaOut(meta: DocumentMeta): Json {
  const out: Json = {};
  put(out, meta, ["title", "organization"]);
  out.period = { start: meta.period.start, end: meta.period.end };
  return put(out, meta, ["language", "notes", "createdAt", "updatedAt"]);
}

function indicatorOut(indicator: Indicator): Json {
  const out: Json = { id: indicator.id };
  put(out, indicator, ["code", "name", "unit", "polarity", "key"]);
  if (indicator.baseline !== undefined) {
    out.baseline = { year: indicator.baseline.year, value: indicator.baseline.value };
  }
  if (indicator.targets !== undefined && !isEmpty(indicator.targets)) {
    // Year keys ("2024") are digits only: a plain object is safe.
    const targets: Json = {};
    for (const year of Object.keys(indicator.targets)) targets[year] = indicator.targets[year];
    out.targets = targets;
  }
  return put(out, indicator, ["definition", "formula", "dataSource", "frequency"]);
}

function nodeOut(node: PlanNode): Json {
  const out: Json = { id: node.id, kind: node.kind, parentId: node.parentId ?? null };
  put(out, node, [
    "order",
    "code",
    "name",
    "statement",
    "perspective",
    "programType",
    "status",
    "source",
    "notes",
  ]);
  if (node.indicators !== undefined && node.indicators.length > 0) {
    out.indicators = node.indicators.map(indicatorOut);
  }
  return out;
}

function linkOut(link: ContributeLink): Json {
  return put({ id: link.id, from: link.from, to: link.to, type: link.type }, link, ["notes"]);
}

function unitOut(unit: Unit): Json {
  const out: Json = { id: unit.id, parentId: unit.parentId ?? null };
  return put(out, unit, [
    "order",
    "name",
    "shortName",
    "tier",
    "kind",
    "retentionReason",
    "headcount",
    "notes",
  ]);
}

function structureOut(structure: Structure): Json {
  const out: Json = { id: structure.id };
  put(out, structure, ["name", "role", "basis"]);
  out.units = [...structure.units.values()].map(unitOut);
  return out;
}

function alignmentOut(alignment: Alignment): Json {
  return put(
    {
      id: alignment.id,
      structureId: alignment.structureId,
      unitId: alignment.unitId,
      nodeId: alignment.nodeId,
    },
    alignment,
    ["indicatorId", "role", "notes"],
  );
}

function layoutOut(layout: Layout | undefined, doc: PlanDocument): Json | undefined {
  if (layout === undefined) return undefined;
  const out: Json = {};
  const nodes: Json = {};
  let nodeCount = 0;
  for (const [id, point] of layout.nodes) {
    if (!doc.nodes.has(id)) continue;
    setOwn(nodes, id, { x: point.x, y: point.y });
    nodeCount++;
  }
  if (nodeCount > 0) out.nodes = nodes;

  const units: Json = {};
  let structureCount = 0;
  for (const [structureId, points] of layout.units) {
    const structure = doc.structures.get(structureId);
    if (structure === undefined) continue;
    const inner: Json = {};
    let unitCount = 0;
    for (const [unitId, point] of points) {
      if (!structure.units.has(unitId)) continue;
      setOwn(inner, unitId, { x: point.x, y: point.y });
      unitCount++;
    }
    if (unitCount > 0) {
      setOwn(units, structureId, inner);
      structureCount++;
    }
  }
  if (structureCount > 0) out.units = units;
  return nodeCount + structureCount > 0 ? out : undefined;
}

/** The file as a JSON value (plain objects and arrays), ready for JSON.stringify. */
export function toFileObject(doc: PlanDocument): Json {
  const file: Json = {
    format: FORMAT_MARKER,
    version: CURRENT_FORMAT_VERSION,
    meta: metaOut(doc.meta),
    nodes: [...doc.nodes.values()].map(nodeOut),
    links: [...doc.links.values()].map(linkOut),
    structures: [...doc.structures.values()].map(structureOut),
    alignments: [...doc.alignments.values()].map(alignmentOut),
  };
  const layout = layoutOut(doc.layout, doc);
  if (layout !== undefined) file.layout = layout;
  if (doc.view !== undefined && !isEmpty(doc.view)) file.view = doc.view;
  return file;
}

// The compact text is what autosave writes after every edit. An edit replaces
// only the objects it changes (a node, an alignment, a structure), so each
// object's text is remembered and the file is joined from the pieces: a
// renamed box in a 10,000-box document re-serialises one box, not 10,000.
// The pieces come out exactly as JSON.stringify(toFileObject(doc)) would write
// them (a test holds the two equal).
const pieces = new WeakMap<object, string>();

function piece<T extends object>(value: T, write: (value: T) => unknown): string {
  let text = pieces.get(value);
  if (text === undefined) {
    text = JSON.stringify(write(value));
    pieces.set(value, text);
  }
  return text;
}

/**
 * A run of the compact text: `lead` (the file's frame, or the comma between two
 * runs of one list) and then `pieces` joined by commas. The text is the runs'
 * texts in order. Storage keeps each run apart (persistence/bodyText.ts) and
 * writes again only the runs an edit changed, which it tells by comparing the
 * pieces: an unchanged object gives the very same remembered string.
 */
export interface TextRun {
  /** Names the run: "#head", "#links"... for the frame; "n:<id>" and the like for objects, by the first one. */
  readonly key: string;
  readonly lead: string;
  readonly pieces: readonly string[];
}

export function runText(run: TextRun): string {
  return run.pieces.length === 0 ? run.lead : run.lead + run.pieces.join(",");
}

/** Whether two runs have the same text; unchanged pieces are the same strings, so this is quick. */
export function sameRun(a: TextRun, b: TextRun): boolean {
  if (a.lead !== b.lead || a.pieces.length !== b.pieces.length) return false;
  for (let i = 0; i < a.pieces.length; i++) if (a.pieces[i] !== b.pieces[i]) return false;
  return true;
}

// A run ends after an object whose id hashes to a multiple of RUN_SPREAD (on
// average every 64 objects), so where runs end depends on the objects, not on
// their positions: adding or removing a box changes one run, not every run
// after it. A run ends anyway at RUN_MOST objects.
const RUN_SPREAD = 64;
const RUN_MOST = 256;
const endsRun = new Map<string, boolean>();

function isRunEnd(id: string): boolean {
  let end = endsRun.get(id);
  if (end === undefined) {
    let hash = 2166136261;
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
    end = (hash >>> 0) % RUN_SPREAD === 0;
    endsRun.set(id, end);
  }
  return end;
}

function listRuns<T extends { readonly id: string }>(
  runs: TextRun[],
  prefix: string,
  values: Iterable<T>,
  write: (value: T) => unknown,
): void {
  let pieces: string[] = [];
  let key = "";
  for (const value of values) {
    if (pieces.length === 0) key = `${prefix}:${value.id}`;
    pieces.push(piece(value, write));
    if (isRunEnd(value.id) || pieces.length === RUN_MOST) {
      runs.push({ key, lead: runs.at(-1)?.key.startsWith("#") ? "" : ",", pieces });
      pieces = [];
    }
  }
  if (pieces.length > 0) runs.push({ key, lead: runs.at(-1)?.key.startsWith("#") ? "" : ",", pieces });
}

/** The compact text as runs (see TextRun). */
export function compactRuns(doc: PlanDocument): TextRun[] {
  const runs: TextRun[] = [];
  const frame = (key: string, lead: string) => runs.push({ key, lead, pieces: [] });
  frame(
    "#head",
    `{"format":${JSON.stringify(FORMAT_MARKER)},"version":${JSON.stringify(CURRENT_FORMAT_VERSION)}` +
      `,"meta":${JSON.stringify(metaOut(doc.meta))},"nodes":[`,
  );
  listRuns(runs, "n", doc.nodes.values(), nodeOut);
  frame("#links", `],"links":[`);
  listRuns(runs, "l", doc.links.values(), linkOut);
  frame("#structures", `],"structures":[`);
  listRuns(runs, "s", doc.structures.values(), structureOut);
  frame("#alignments", `],"alignments":[`);
  listRuns(runs, "a", doc.alignments.values(), alignmentOut);
  // The layout's text depends on which nodes and units exist, so it is not kept.
  let tail = "]";
  const layout = layoutOut(doc.layout, doc);
  if (layout !== undefined) tail += `,"layout":${JSON.stringify(layout)}`;
  if (doc.view !== undefined && !isEmpty(doc.view)) tail += `,"view":${JSON.stringify(doc.view)}`;
  frame("#tail", `${tail}}`);
  return runs;
}

/**
 * compactRuns in small steps: the pieces of a few hundred objects per step
 * (yielding between steps), then the runs. Driven from idle time after a
 * document is opened, it fills the remembered pieces, so that the first save
 * does not serialise 10,000 boxes at once.
 */
export function* compactRunsInSteps(doc: PlanDocument, objectsPerStep = 300): Generator<void, TextRun[]> {
  let count = 0;
  const step = () => ++count % objectsPerStep === 0;
  for (const node of doc.nodes.values()) {
    piece(node, nodeOut);
    if (step()) yield;
  }
  for (const link of doc.links.values()) {
    piece(link, linkOut);
    if (step()) yield;
  }
  for (const structure of doc.structures.values()) {
    piece(structure, structureOut);
    yield;
  }
  for (const alignment of doc.alignments.values()) {
    piece(alignment, alignmentOut);
    if (step()) yield;
  }
  return compactRuns(doc);
}

/** The file's text. */
export function serializeDocument(doc: PlanDocument, options: SerializeOptions = {}): string {
  return options.pretty
    ? `${JSON.stringify(toFileObject(doc), null, 2)}\n`
    : compactRuns(doc).map(runText).join("");
}
