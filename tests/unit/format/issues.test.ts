import { describe, expect, it } from "vitest";
import { describeIssue } from "../../../src/format/issueSentences";
import {
  FORMAT_ISSUE_CODES,
  type FormatIssue,
  type FormatIssueCode,
  formatPath,
  joinPath,
} from "../../../src/format/issues";

/** Parameters as the reader gives them, for every code. */
const SAMPLES: Record<FormatIssueCode, FormatIssue> = {
  not_json: { path: "", code: "not_json", params: { line: 3, column: 7 } },
  invalid_utf8: { path: "", code: "invalid_utf8" },
  wrong_format: { path: "", code: "wrong_format", params: { found: "missing" } },
  newer_version: { path: "", code: "newer_version", params: { version: 3, supported: 1 } },
  unsupported_version: { path: "version", code: "unsupported_version", params: { version: 0, supported: 1 } },
  migration_failed: { path: "", code: "migration_failed", params: { from: 1, detail: "boom" } },
  too_large: { path: "", code: "too_large", params: { limit: 52428800, actual: 60000000, unit: "bytes" } },
  wrong_type: { path: "nodes[0].name", code: "wrong_type", params: { expected: "string", received: "null" } },
  missing_field: { path: "nodes[0].name", code: "missing_field" },
  unknown_field: { path: "nodes[0].colour", code: "unknown_field" },
  bad_enum: { path: "nodes[3].kind", code: "bad_enum", params: { options: "goal, program", received: "x" } },
  too_long: { path: "meta.title", code: "too_long", params: { maximum: 300 } },
  too_short: { path: "meta.title", code: "too_short", params: { minimum: 1 } },
  out_of_range: { path: "meta.period.start", code: "out_of_range", params: { minimum: 1945, maximum: 2200 } },
  bad_id: { path: "nodes[0].id", code: "bad_id" },
  bad_date_time: { path: "meta.createdAt", code: "bad_date_time" },
  bad_year: { path: "nodes[1].indicators[0].targets.next", code: "bad_year" },
  duplicate_id: {
    path: "nodes[4].id",
    code: "duplicate_id",
    params: { collection: "nodes", id: "p1", first: "nodes[2]" },
  },
  dangling_reference: {
    path: "nodes[2].parentId",
    code: "dangling_reference",
    params: { target: "node", id: "x" },
  },
  cycle: {
    path: "nodes[0].parentId",
    code: "cycle",
    params: { kind: "node_parent", id: "a", cycle: "a → b → a" },
  },
  self_link: { path: "links[0]", code: "self_link", params: { id: "a" } },
  duplicate_link: {
    path: "links[1]",
    code: "duplicate_link",
    params: { from: "a", to: "b", first: "links[0]" },
  },
  duplicate_alignment: {
    path: "alignments[2]",
    code: "duplicate_alignment",
    params: { first: "alignments[0]" },
  },
  indicator_not_of_node: {
    path: "alignments[1].indicatorId",
    code: "indicator_not_of_node",
    params: { indicatorId: "i", nodeId: "p1", ownerId: "ss1" },
  },
  period_order: { path: "meta.period.end", code: "period_order", params: { start: 2024, end: 2020 } },
  period_too_long: { path: "meta.period.end", code: "period_too_long", params: { years: 26, maximum: 25 } },
  invalid_value: { path: "nodes[0]", code: "invalid_value" },
  internal_error: { path: "", code: "internal_error", params: { detail: "RangeError" } },
};

describe("describeIssue", () => {
  it.each(FORMAT_ISSUE_CODES)("%s reads as a sentence in English and in Bahasa Indonesia", (code) => {
    const sample = SAMPLES[code];
    const en = describeIssue(sample, "en");
    const id = describeIssue(sample, "id");
    for (const text of [en, id]) {
      expect(text).not.toMatch(/undefined|\[object|NaN/);
      if (sample.path !== "") expect(text.startsWith(`${sample.path}: `)).toBe(true);
      expect(text.length).toBeGreaterThan(sample.path.length + 12);
    }
    expect(en).not.toBe(id);
  });

  it("names the values allowed and the newer version", () => {
    expect(describeIssue(SAMPLES.bad_enum, "en")).toBe(
      'nodes[3].kind: must be one of goal, program (found "x").',
    );
    expect(describeIssue(SAMPLES.bad_enum, "id")).toBe(
      'nodes[3].kind: harus salah satu dari goal, program (ditemukan "x").',
    );
    expect(describeIssue(SAMPLES.newer_version, "en")).toContain(
      "made by a newer version of Selaras (format version 3); this version reads up to 1",
    );
    expect(describeIssue(SAMPLES.duplicate_id, "en")).toBe(
      'nodes[4].id: id "p1" is used twice among the nodes (first at nodes[2]).',
    );
    expect(describeIssue(SAMPLES.dangling_reference, "id")).toBe(
      'nodes[2].parentId: "x" bukan id simpul dalam dokumen ini.',
    );
    expect(describeIssue(SAMPLES.too_large, "en")).toBe(
      "The file is too large (57.2 MB); files up to 50 MB can be opened.",
    );
  });

  it("defaults to English and survives missing parameters", () => {
    for (const code of FORMAT_ISSUE_CODES) {
      expect(describeIssue({ path: "x", code })).toMatch(/^x: /);
      expect(describeIssue({ path: "x", code }, "id")).toMatch(/^x: /);
    }
  });
});

describe("paths", () => {
  it.each<[(string | number)[], string]>([
    [[], ""],
    [["meta", "period", "end"], "meta.period.end"],
    [["nodes", 3, "indicators", 0, "targets", "2024"], "nodes[3].indicators[0].targets.2024"],
    [["layout", "nodes", "__proto__"], "layout.nodes.__proto__"],
    [["layout", "nodes", "ss1-i1"], 'layout.nodes["ss1-i1"]'],
    [["layout", "units", "a.b", "c d"], 'layout.units["a.b"]["c d"]'],
    [["nodes", 0, 'say "hi"'], 'nodes[0]["say \\"hi\\""]'],
  ])("%j → %s", (segments, text) => {
    expect(formatPath(segments)).toBe(text);
  });

  it("joins onto a written path", () => {
    expect(joinPath("layout.nodes", "g1")).toBe("layout.nodes.g1");
    expect(joinPath("layout.nodes", "a-b")).toBe('layout.nodes["a-b"]');
    expect(joinPath("", "meta")).toBe("meta");
    expect(joinPath("alignments[0]", "unitId")).toBe("alignments[0].unitId");
  });
});
