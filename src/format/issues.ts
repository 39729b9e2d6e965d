// The problems a reader reports about a file, and how they read in English and
// in Bahasa Indonesia. An issue is data (a path, a code and a few parameters) so
// the UI, the tests and other tools can act on it; `describeIssue`
// (issueSentences.ts, loaded when a problem is shown) turns it into a sentence.

/** At most this many issues are reported for one file ("the first ten"). */
export const MAX_ISSUES = 10;

export const FORMAT_ISSUE_CODES = [
  /** The text is not JSON. params: line, column (1-based) when known. */
  "not_json",
  /** The bytes are not UTF-8 text. */
  "invalid_utf8",
  /** The JSON is not a Selaras document (no `"format": "strategy-map"`). params: found. */
  "wrong_format",
  /** Made by a newer version of Selaras. params: version, supported. */
  "newer_version",
  /** A version this reader cannot read (below 1, not whole, or no migration step). params: version, supported. */
  "unsupported_version",
  /** A migration step failed. params: from, detail. */
  "migration_failed",
  /** The file, or a list in it, is over the limit. params: limit, actual, unit ("bytes" | "items"). */
  "too_large",
  /** A value of the wrong JSON type. params: expected ("object", "array", "string", "number", "integer", "boolean", "null", or several joined by "|"), received. */
  "wrong_type",
  /** A required field is absent. */
  "missing_field",
  /** A field that format version 1 does not have. The path ends with the field name. */
  "unknown_field",
  /** A value outside its list. params: options (comma separated), received. */
  "bad_enum",
  /** A text over its length. params: maximum. */
  "too_long",
  /** A text under its length (an empty required text). params: minimum. */
  "too_short",
  /** A number outside its range. params: minimum and/or maximum. */
  "out_of_range",
  /** An id that is not 1-64 of the characters A-Z a-z 0-9 _ . : - */
  "bad_id",
  /** A date-time that is not RFC 3339 (e.g. 2024-05-01T08:00:00Z). */
  "bad_date_time",
  /** A target key that is not a four-digit year. */
  "bad_year",
  /** The same id twice in one collection. params: collection, id, first (path of the first one), structureId for units. */
  "duplicate_id",
  /** A reference to something that does not exist. params: target ("node" | "unit" | "structure" | "indicator"), id, structureId for units. */
  "dangling_reference",
  /** Following parents (or parents and links) comes back to the start. params: kind ("node_parent" | "unit_parent" | "link"), id, cycle. */
  "cycle",
  /** A link from a node to itself. params: id. */
  "self_link",
  /** Two links with the same from and to. params: from, to, first. */
  "duplicate_link",
  /** Two alignments with the same structure, unit, node, indicator and role. params: first. */
  "duplicate_alignment",
  /** An alignment's indicator belongs to another node. params: indicatorId, nodeId, ownerId. */
  "indicator_not_of_node",
  /** meta.period.end before meta.period.start. params: start, end. */
  "period_order",
  /** The period is over 25 years. params: years, maximum. */
  "period_too_long",
  /** Any other value the schema refuses. */
  "invalid_value",
  /** The reader itself failed; should never happen. params: detail. */
  "internal_error",
] as const;

export type FormatIssueCode = (typeof FORMAT_ISSUE_CODES)[number];

export interface FormatIssue {
  /** Where, e.g. `nodes[3].indicators[0].targets.2024` or `meta.period.end`; "" for the whole file. */
  readonly path: string;
  readonly code: FormatIssueCode;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type IssueLanguage = "en" | "id";

export type PathSegment = string | number;

const PLAIN_KEY = /^[A-Za-z0-9_$]+$/;

/**
 * Writes a path as `a.b[3].c`. A key with other characters (dots, dashes, spaces)
 * is written as `["key"]` so the path stays unambiguous: `layout.nodes["ss1-i1"]`.
 */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = "";
  for (const segment of segments) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Appends segments to an already formatted path. */
export function joinPath(base: string, ...segments: readonly PathSegment[]): string {
  const tail = formatPath(segments);
  if (base === "" || tail === "") return base + tail;
  return tail.startsWith("[") ? base + tail : `${base}.${tail}`;
}

export function issue(
  path: string,
  code: FormatIssueCode,
  params?: Record<string, string | number>,
): FormatIssue {
  return params === undefined ? { path, code } : { path, code, params };
}

/** Collects issues up to MAX_ISSUES; `full` tells a checker it may stop. */
export class IssueList {
  readonly items: FormatIssue[] = [];
  readonly limit: number;
  constructor(limit: number = MAX_ISSUES) {
    this.limit = limit;
  }
  get full(): boolean {
    return this.items.length >= this.limit;
  }
  add(path: string, code: FormatIssueCode, params?: Record<string, string | number>): void {
    if (!this.full) this.items.push(issue(path, code, params));
  }
}
