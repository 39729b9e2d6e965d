// Schema validation: zod's verdict, told as FormatIssues (see issues.ts).

import type * as z from "zod";
import { type FormatIssue, formatPath, IssueList, MAX_ISSUES, type PathSegment } from "./issues.ts";
import { matchesDocumentSchema } from "./json-schema-check.ts";
import { DocumentSchema, type FileDocument, ID_ERROR, isJsonObject, LIMITS } from "./schema.ts";

export type ValidationResult = { ok: true; value: FileDocument } | { ok: false; issues: FormatIssue[] };

type ZodIssue = z.core.$ZodIssue;

function jsonType(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

const ZOD_TYPE_NAMES: Record<string, string> = {
  object: "object",
  record: "object",
  map: "object",
  array: "array",
  tuple: "array",
  string: "string",
  number: "number",
  int: "integer",
  boolean: "boolean",
  null: "null",
};

function shortText(value: unknown): string {
  const text = typeof value === "string" ? value : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function segments(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment));
}

function isRootTypeIssue(issue: ZodIssue): boolean {
  return issue.code === "invalid_type" && issue.path.length === 0;
}

function mapIssue(issue: ZodIssue, base: readonly PropertyKey[], out: IssueList, seen: Set<string>): void {
  if (out.full) return;
  const fullPath = [...base, ...issue.path];
  const path = formatPath(segments(fullPath));
  const input = (issue as { input?: unknown }).input;

  const add = (code: FormatIssue["code"], params?: Record<string, string | number>, at = path) => {
    if (seen.has(at)) return;
    seen.add(at);
    out.add(at, code, params);
  };

  if (issue.message === ID_ERROR) {
    add("bad_id");
    return;
  }
  switch (issue.code) {
    case "custom": {
      const params = { ...((issue.params ?? {}) as Record<string, string | number>) };
      const code = params.selaras as FormatIssue["code"] | undefined;
      delete params.selaras;
      if (code === "wrong_type" && params.received === undefined) params.received = jsonType(input);
      add(code ?? "invalid_value", Object.keys(params).length > 0 ? params : undefined);
      return;
    }
    case "invalid_type": {
      if (input === undefined) {
        add("missing_field");
        return;
      }
      add("wrong_type", {
        expected: ZOD_TYPE_NAMES[issue.expected] ?? issue.expected,
        received: jsonType(input),
      });
      return;
    }
    case "unrecognized_keys":
      for (const key of issue.keys) {
        add("unknown_field", undefined, formatPath(segments([...fullPath, key])));
      }
      return;
    case "invalid_value": {
      if (input === undefined) {
        add("missing_field");
        return;
      }
      const params: Record<string, string | number> = { options: issue.values.map(String).join(", ") };
      if (typeof input === "string" || typeof input === "number" || typeof input === "boolean") {
        params.received = shortText(input);
      }
      add("bad_enum", params);
      return;
    }
    case "too_big":
      if (issue.origin === "string") add("too_long", { maximum: Number(issue.maximum) });
      else if (issue.origin === "array")
        add("too_large", {
          limit: Number(issue.maximum),
          actual: Array.isArray(input) ? input.length : "?",
          unit: "items",
        });
      else add("out_of_range", { maximum: Number(issue.maximum) });
      return;
    case "too_small":
      if (issue.origin === "string") add("too_short", { minimum: Number(issue.minimum) });
      else add("out_of_range", { minimum: Number(issue.minimum) });
      return;
    case "invalid_format":
      add(issue.format === "datetime" ? "bad_date_time" : "invalid_value");
      return;
    case "invalid_union": {
      // A value of the right type that fails a check is told by that branch
      // ("" as a target: "must not be empty"); a value of no accepted type is
      // told as "must be a number or text".
      const branches = issue.errors.filter((errors) => !errors.every(isRootTypeIssue));
      if (branches.length === 1) {
        for (const inner of branches[0] ?? []) mapIssue(inner, fullPath, out, seen);
        return;
      }
      const expected = new Set<string>();
      for (const errors of issue.errors) {
        for (const inner of errors) {
          if (inner.code === "invalid_type" && inner.path.length === 0) {
            expected.add(ZOD_TYPE_NAMES[inner.expected] ?? inner.expected);
          }
        }
      }
      if (expected.size === 0) add("invalid_value");
      else if (input === undefined) add("missing_field");
      else add("wrong_type", { expected: [...expected].join("|"), received: jsonType(input) });
      return;
    }
    default:
      add("invalid_value");
  }
}

/** Maps zod issues to format issues: at most one per path, at most `limit`. */
export function mapZodIssues(issues: readonly ZodIssue[], limit = MAX_ISSUES): FormatIssue[] {
  const out = new IssueList(limit);
  const seen = new Set<string>();
  for (const issue of issues) {
    if (out.full) break;
    mapIssue(issue, [], out, seen);
  }
  return out.items;
}

/**
 * Rule 9, the item counts: checked on the parsed value before the schema walks
 * it, so a file with a million nodes is refused at once.
 */
export function checkCounts(raw: unknown): FormatIssue[] {
  const out = new IssueList();
  if (!isJsonObject(raw)) return out.items;
  const check = (value: unknown, limit: number, path: string) => {
    if (Array.isArray(value) && value.length > limit) {
      out.add(path, "too_large", { limit, actual: value.length, unit: "items" });
    }
  };
  check(raw.nodes, LIMITS.nodes, "nodes");
  check(raw.links, LIMITS.links, "links");
  check(raw.structures, LIMITS.structures, "structures");
  check(raw.alignments, LIMITS.alignments, "alignments");
  if (out.items.length > 0) return out.items;
  if (Array.isArray(raw.nodes)) {
    raw.nodes.forEach((node: unknown, index: number) => {
      if (isJsonObject(node)) check(node.indicators, LIMITS.indicatorsPerNode, `nodes[${index}].indicators`);
    });
  }
  if (Array.isArray(raw.structures)) {
    raw.structures.forEach((structure: unknown, index: number) => {
      if (isJsonObject(structure))
        check(structure.units, LIMITS.unitsPerStructure, `structures[${index}].units`);
    });
  }
  return out.items;
}

/** Checks a (migrated, current-version) value against the schema. */
export function validateDocument(raw: unknown): ValidationResult {
  const counts = checkCounts(raw);
  if (counts.length > 0) return { ok: false, issues: counts };
  // The JSON Schema decides (fast); zod explains what is wrong (thorough).
  // A valid file is not copied here: load.ts builds the domain document from it.
  if (matchesDocumentSchema(raw)) return { ok: true, value: raw as FileDocument };
  const result = DocumentSchema.safeParse(raw, { reportInput: true });
  const issues = result.success ? [] : mapZodIssues(result.error.issues);
  // The two agree (a unit test checks it); should they not, the file is still refused.
  return { ok: false, issues: issues.length > 0 ? issues : [{ path: "", code: "invalid_value" }] };
}
