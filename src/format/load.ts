// The one load path. A file picked or dropped by the user, a document stored in
// the browser, the built-in sample and every test fixture come through here:
//
//   size → decode (UTF-8) → JSON.parse → format marker → migrate → schema
//   → integrity rules → domain PlanDocument (Maps in file order)
//
// loadDocument never throws: whatever it is given, it returns a LoadResult.

import type {
  Alignment,
  ContributeLink,
  DocumentMeta,
  Id,
  Indicator,
  PlanDocument,
  PlanNode,
  Point,
  Structure,
  TargetValue,
  Unit,
} from "../domain/types.ts";
import { checkIntegrity } from "./integrity.ts";
import { type FormatIssue, issue, joinPath } from "./issues.ts";
import { errorText, migrate } from "./migrations.ts";
import {
  type FileDocument,
  type FileIndicator,
  type FileNode,
  FORMAT_MARKER,
  isJsonObject,
  LIMITS,
} from "./schema.ts";
import { validateDocument } from "./validate.ts";

export type LoadResult =
  | {
      ok: true;
      document: PlanDocument;
      /** Paths of what was read but not kept: layout keys naming nothing (rule 8), a view that is not JSON data. */
      dropped: string[];
    }
  | { ok: false; issues: FormatIssue[] };

/** A view nested deeper than this is dropped (it could not be written back safely). */
const MAX_VIEW_DEPTH = 100;

function failure(issues: FormatIssue[]): LoadResult {
  return { ok: false, issues };
}

/**
 * Reads a document from text, bytes (ArrayBuffer or any typed array / DataView
 * over UTF-8), or an already parsed JSON value. Never throws.
 */
export function loadDocument(input: string | ArrayBuffer | Uint8Array | unknown): LoadResult {
  try {
    return load(input);
  } catch (error) {
    return failure([issue("", "internal_error", { detail: errorText(error) })]);
  }
}

function load(input: unknown): LoadResult {
  let raw: unknown;
  let owned = true;
  if (typeof input === "string") {
    const parsed = parseText(input);
    if (!parsed.ok) return parsed;
    raw = parsed.value;
  } else if (isBinary(input)) {
    const bytes = toBytes(input);
    if (bytes.byteLength > LIMITS.fileBytes) {
      return failure([tooLarge(bytes.byteLength)]);
    }
    let text: string;
    try {
      // fatal: invalid UTF-8 is an error, not U+FFFD; a leading BOM is skipped.
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return failure([issue("", "invalid_utf8")]);
    }
    const parsed = parseText(text);
    if (!parsed.ok) return parsed;
    raw = parsed.value;
  } else {
    raw = input;
    owned = false;
  }

  const marker = checkMarker(raw);
  if (marker !== null) return failure([marker]);

  const migrated = migrate(raw);
  if (!migrated.ok) return migrated;

  const valid = validateDocument(migrated.value);
  if (!valid.ok) return valid;

  const problems = checkIntegrity(valid.value);
  if (problems.length > 0) return failure(problems);

  const dropped: string[] = [];
  const document = toDomain(valid.value, dropped, owned);
  return { ok: true, document, dropped };
}

// ---------------------------------------------------------------------------
// Bytes and text

function isBinary(input: unknown): input is ArrayBuffer | ArrayBufferView {
  // Object.prototype.toString and isView also recognise buffers from another realm (jsdom, iframes).
  return (
    ArrayBuffer.isView(input) ||
    Object.prototype.toString.call(input) === "[object ArrayBuffer]" ||
    Object.prototype.toString.call(input) === "[object SharedArrayBuffer]"
  );
}

function toBytes(input: ArrayBuffer | ArrayBufferView): Uint8Array {
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  return new Uint8Array(input);
}

function tooLarge(bytes: number): FormatIssue {
  return issue("", "too_large", { limit: LIMITS.fileBytes, actual: bytes, unit: "bytes" });
}

/**
 * UTF-8 length of a string, stopping once it passes `limit`. A UTF-16 code unit
 * is 1-3 bytes and a surrogate pair 4, so most texts are decided without a loop.
 */
function utf8LengthOver(text: string, limit: number): number | null {
  if (text.length > limit) return text.length;
  if (text.length * 3 <= limit) return null;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
    if (bytes > limit) return bytes;
  }
  return null;
}

function parseText(text: string): { ok: true; value: unknown } | { ok: false; issues: FormatIssue[] } {
  const over = utf8LengthOver(text, LIMITS.fileBytes);
  if (over !== null) return { ok: false, issues: [tooLarge(over)] };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    return { ok: false, issues: [notJson(body, error)] };
  }
}

function notJson(text: string, error: unknown): FormatIssue {
  let message = "";
  try {
    message = error instanceof Error ? error.message : "";
  } catch {
    // keep the message empty
  }
  let position: number | undefined;
  const lineColumn = /line (\d+) column (\d+)/.exec(message); // Firefox
  if (lineColumn)
    return issue("", "not_json", { line: Number(lineColumn[1]), column: Number(lineColumn[2]) });
  const match = /at position (\d+)/.exec(message); // V8: Chrome, Edge, Node
  if (match) position = Number(match[1]);
  else if (/end of JSON input/i.test(message) || text.trim() === "") position = text.length;
  if (position === undefined) return issue("", "not_json");
  let line = 1;
  let lineStart = 0;
  const end = Math.min(position, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return issue("", "not_json", { line, column: end - lineStart + 1 });
}

function jsonTypeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/** Rule 1, first half: the file says it is a strategy-map document. */
function checkMarker(raw: unknown): FormatIssue | null {
  if (!isJsonObject(raw)) return issue("", "wrong_format", { found: jsonTypeName(raw) });
  const format = raw.format;
  if (format === FORMAT_MARKER) return null;
  if (typeof format === "string") {
    return issue("", "wrong_format", { found: format.length > 60 ? `${format.slice(0, 57)}...` : format });
  }
  return issue("", "wrong_format", { found: format === undefined ? "missing" : jsonTypeName(format) });
}

// ---------------------------------------------------------------------------
// File → domain

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const NODE_STRUCTURED = new Set(["indicators"]);
const INDICATOR_STRUCTURED = new Set(["baseline", "targets"]);
const META_STRUCTURED = new Set(["period"]);
const STRUCTURE_STRUCTURED = new Set(["units"]);

/**
 * Copies the fields of a validated file object (strict: every key is a field of
 * the format), except `structured` ones the caller copies itself. An empty text
 * carries nothing and is left out, as a writer leaves it out ("optional fields
 * that are empty are left out"), so the domain has one way to say "no code":
 * no `code`. Iterating the keys present is much faster than probing every
 * optional field of 100,000 nodes.
 */
function copyFields<T>(source: object, structured?: ReadonlySet<string>): Mutable<T> {
  const from = source as Record<string, unknown>;
  const to: Record<string, unknown> = {};
  for (const key of Object.keys(from)) {
    if (structured?.has(key)) continue;
    const value = from[key];
    if (value === undefined || value === "") continue;
    to[key] = value;
  }
  return to as Mutable<T>;
}

function indicatorFrom(source: FileIndicator, owned: boolean): Indicator {
  const indicator = copyFields<Indicator>(source, INDICATOR_STRUCTURED);
  if (source.baseline !== undefined) {
    indicator.baseline = { year: source.baseline.year, value: source.baseline.value };
  }
  if (source.targets !== undefined) {
    const years = Object.keys(source.targets);
    if (years.length > 0) {
      if (owned) {
        // Parsed by us from text: nobody else holds it. Copying objects keyed by
        // years is slow in V8 (integer-like keys), and there can be 100,000 of them.
        indicator.targets = source.targets;
      } else {
        // Keys are validated four-digit years, so a plain object is safe here.
        const targets: Record<string, TargetValue> = {};
        for (const year of years) {
          const value = source.targets[year];
          if (value !== undefined) targets[year] = value;
        }
        indicator.targets = targets;
      }
    }
  }
  return indicator;
}

function nodeFrom(source: FileNode, owned: boolean): PlanNode {
  const node = copyFields<PlanNode>(source, NODE_STRUCTURED);
  if (source.indicators !== undefined && source.indicators.length > 0) {
    node.indicators = source.indicators.map((indicator) => indicatorFrom(indicator, owned));
  }
  return node;
}

/** A deep copy of JSON data (own keys kept as own keys, `__proto__` included), or undefined if it is not JSON data. */
function cloneJson(value: unknown, depth: number): { value: unknown } | undefined {
  if (value === null || typeof value === "string" || typeof value === "boolean") return { value };
  if (typeof value === "number") return Number.isFinite(value) ? { value } : undefined;
  if (depth >= MAX_VIEW_DEPTH) return undefined;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    for (const item of value) {
      const inner = cloneJson(item, depth + 1);
      if (inner === undefined) return undefined;
      copy.push(inner.value);
    }
    return { value: copy };
  }
  if (isJsonObject(value)) {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (value[key] === undefined) continue; // as JSON.stringify does
      const inner = cloneJson(value[key], depth + 1);
      if (inner === undefined) return undefined;
      Object.defineProperty(copy, key, {
        value: inner.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return { value: copy };
  }
  return undefined;
}

/**
 * The domain document of a valid file. `owned`: the file was parsed here from
 * text, so its objects may be kept; a value passed in by a caller is copied.
 */
function toDomain(file: FileDocument, dropped: string[], owned: boolean): PlanDocument {
  const meta = copyFields<DocumentMeta>(file.meta, META_STRUCTURED);
  meta.period = { start: file.meta.period.start, end: file.meta.period.end };

  const nodes = new Map<Id, PlanNode>();
  for (const node of file.nodes) nodes.set(node.id, nodeFrom(node, owned));

  const links = new Map<Id, ContributeLink>();
  for (const source of file.links) links.set(source.id, copyFields<ContributeLink>(source));

  const structures = new Map<Id, Structure>();
  for (const source of file.structures) {
    const units = new Map<Id, Unit>();
    for (const unit of source.units) units.set(unit.id, copyFields<Unit>(unit));
    const structure = copyFields<Structure>(source, STRUCTURE_STRUCTURED);
    structure.units = units;
    structures.set(source.id, structure);
  }

  const alignments = new Map<Id, Alignment>();
  for (const source of file.alignments) alignments.set(source.id, copyFields<Alignment>(source));

  // Rule 8: keys naming nothing are dropped (and reported), not rejected.
  const nodePoints = new Map<Id, Point>();
  const unitPoints = new Map<Id, Map<Id, Point>>();
  const layoutNodes = file.layout?.nodes;
  if (layoutNodes !== undefined) {
    for (const key of Object.keys(layoutNodes)) {
      const point = layoutNodes[key];
      if (point === undefined) continue;
      if (nodes.has(key)) nodePoints.set(key, { x: point.x, y: point.y });
      else dropped.push(joinPath("layout.nodes", key));
    }
  }
  const layoutUnits = file.layout?.units;
  if (layoutUnits !== undefined) {
    for (const structureId of Object.keys(layoutUnits)) {
      const points = layoutUnits[structureId];
      if (points === undefined) continue;
      const structure = structures.get(structureId);
      if (structure === undefined) {
        dropped.push(joinPath("layout.units", structureId));
        continue;
      }
      const kept = new Map<Id, Point>();
      for (const unitId of Object.keys(points)) {
        const point = points[unitId];
        if (point === undefined) continue;
        if (structure.units.has(unitId)) kept.set(unitId, { x: point.x, y: point.y });
        else dropped.push(joinPath("layout.units", structureId, unitId));
      }
      if (kept.size > 0) unitPoints.set(structureId, kept);
    }
  }

  const document: Mutable<PlanDocument> = {
    meta,
    nodes,
    links,
    structures,
    alignments,
    layout: { nodes: nodePoints, units: unitPoints },
  };
  if (file.view !== undefined) {
    const view = cloneJson(file.view, 0);
    if (view === undefined) dropped.push("view");
    else if (Object.keys(view.value as object).length > 0)
      document.view = view.value as Record<string, unknown>;
  }
  return document;
}
