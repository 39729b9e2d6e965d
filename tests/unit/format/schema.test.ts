// The schema of format version 1 (document.schema.json), through the one load
// path: each kind of schema error with the issue code and path the reader gives.

import { describe, expect, it } from "vitest";
import { describeIssue } from "../../../src/format/issueSentences";
import { loadDocument } from "../../../src/format/load";
import { DocumentSchema } from "../../../src/format/schema";
import { clone, expectLoaded, expectRejected, fixtureData, fixtureText, type Loose } from "./helpers";

type File = Record<string, Loose>;

/** Loads the example after `change`, returning the issues as "path code". */
function issuesAfter(change: (file: File) => void): string[] {
  const file = fixtureData("example.json") as File;
  change(file);
  const result = loadDocument(file);
  return expectRejected(result).map((i) => `${i.path} ${i.code}`);
}

function firstIssueAfter(change: (file: File) => void) {
  const file = fixtureData("example.json") as File;
  change(file);
  return expectRejected(loadDocument(file))[0]!;
}

describe("schema errors", () => {
  it.each<[string, (f: File) => void, string]>([
    ["missing meta", (f) => delete f.meta, "meta missing_field"],
    ["missing node name", (f) => delete f.nodes[0].name, "nodes[0].name missing_field"],
    [
      "missing parentId (always written)",
      (f) => delete f.nodes[2].parentId,
      "nodes[2].parentId missing_field",
    ],
    [
      "missing unit tier",
      (f) => delete f.structures[0].units[1].tier,
      "structures[0].units[1].tier missing_field",
    ],
    ["nodes not a list", (f) => (f.nodes = {}), "nodes wrong_type"],
    ["title a number", (f) => (f.meta.title = 5), "meta.title wrong_type"],
    ["name null", (f) => (f.nodes[1].name = null), "nodes[1].name wrong_type"],
    [
      "key not boolean",
      (f) => (f.nodes[1].indicators[0].key = "yes"),
      "nodes[1].indicators[0].key wrong_type",
    ],
    ["unknown top-level field", (f) => (f.extra = 1), "extra unknown_field"],
    ["unknown node field", (f) => (f.nodes[0].colour = "red"), "nodes[0].colour unknown_field"],
    ["unknown meta field", (f) => (f.meta.author = "x"), "meta.author unknown_field"],
    [
      "unknown baseline field",
      (f) => (f.nodes[1].indicators[0].baseline.note = "x"),
      "nodes[1].indicators[0].baseline.note unknown_field",
    ],
    ["unknown layout field", (f) => (f.layout.edges = {}), "layout.edges unknown_field"],
    ["bad kind", (f) => (f.nodes[0].kind = "mission"), "nodes[0].kind bad_enum"],
    [
      "bad tier",
      (f) => (f.structures[0].units[0].tier = "echelon_5"),
      "structures[0].units[0].tier bad_enum",
    ],
    [
      "bad link type",
      (f) => (f.links = [{ id: "l", from: "p1", to: "g1", type: "supports" }]),
      "links[0].type bad_enum",
    ],
    ["bad language", (f) => (f.meta.language = "fr"), "meta.language bad_enum"],
    ["bad alignment role", (f) => (f.alignments[0].role = "owner"), "alignments[0].role bad_enum"],
    ["empty title", (f) => (f.meta.title = ""), "meta.title too_short"],
    [
      "empty target text",
      (f) => (f.nodes[1].indicators[0].targets["2020"] = ""),
      "nodes[1].indicators[0].targets.2020 too_short",
    ],
    ["title too long", (f) => (f.meta.title = "t".repeat(301)), "meta.title too_long"],
    ["code too long", (f) => (f.nodes[1].code = "c".repeat(65)), "nodes[1].code too_long"],
    ["notes too long", (f) => (f.meta.notes = "n".repeat(20001)), "meta.notes too_long"],
    [
      "target text too long",
      (f) => (f.nodes[1].indicators[0].targets["2021"] = "w".repeat(101)),
      "nodes[1].indicators[0].targets.2021 too_long",
    ],
    ["year too early", (f) => (f.meta.period.start = 1944), "meta.period.start out_of_range"],
    [
      "year too late",
      (f) => (f.nodes[1].indicators[0].baseline.year = 2201),
      "nodes[1].indicators[0].baseline.year out_of_range",
    ],
    ["negative order", (f) => (f.nodes[0].order = -1), "nodes[0].order out_of_range"],
    [
      "headcount too big",
      (f) => (f.structures[0].units[0].headcount = 1_000_001),
      "structures[0].units[0].headcount out_of_range",
    ],
    ["fractional year", (f) => (f.meta.period.end = 2024.5), "meta.period.end wrong_type"],
    ["fractional order", (f) => (f.nodes[0].order = 0.5), "nodes[0].order wrong_type"],
    ["id with a space", (f) => (f.nodes[0].id = "g 1"), "nodes[0].id bad_id"],
    ["empty id", (f) => (f.alignments[0].id = ""), "alignments[0].id bad_id"],
    ["id too long", (f) => (f.structures[0].id = "s".repeat(65)), "structures[0].id bad_id"],
    ["parentId not an id", (f) => (f.nodes[1].parentId = "g/1"), "nodes[1].parentId bad_id"],
    ["parentId a number", (f) => (f.nodes[1].parentId = 1), "nodes[1].parentId wrong_type"],
    [
      "target year not a year",
      (f) => (f.nodes[1].indicators[0].targets.next = 1),
      "nodes[1].indicators[0].targets.next bad_year",
    ],
    [
      "target year 3000",
      (f) => (f.nodes[1].indicators[0].targets["3000"] = 1),
      "nodes[1].indicators[0].targets.3000 bad_year",
    ],
    [
      "target value true",
      (f) => (f.nodes[1].indicators[0].targets["2020"] = true),
      "nodes[1].indicators[0].targets.2020 wrong_type",
    ],
    [
      "targets a list",
      (f) => (f.nodes[1].indicators[0].targets = [1, 2]),
      "nodes[1].indicators[0].targets wrong_type",
    ],
    ["bad date-time", (f) => (f.meta.createdAt = "2024-01-01"), "meta.createdAt bad_date_time"],
    ["point missing y", (f) => (f.layout.nodes.g1 = { x: 1 }), "layout.nodes.g1.y missing_field"],
    ["view a list", (f) => (f.view = []), "view wrong_type"],
    ["layout nodes a list", (f) => (f.layout.nodes = []), "layout.nodes wrong_type"],
  ])("%s", (_name, change, expected) => {
    expect(issuesAfter(change)[0]).toBe(expected);
  });

  it("says which values are allowed", () => {
    const issue = firstIssueAfter((f) => (f.nodes[3] = { ...f.nodes[2], id: "p2", kind: "mission" }));
    expect(issue).toMatchObject({ path: "nodes[3].kind", code: "bad_enum" });
    expect(describeIssue(issue, "en")).toBe(
      'nodes[3].kind: must be one of goal, strategic_target, program, activity, output, condition (found "mission").',
    );
    expect(describeIssue(issue, "id")).toBe(
      'nodes[3].kind: harus salah satu dari goal, strategic_target, program, activity, output, condition (ditemukan "mission").',
    );
  });

  it("describes a value of the wrong type and a range", () => {
    const wrong = firstIssueAfter((f) => (f.nodes[1].indicators[0].targets["2024"] = [55]));
    expect(describeIssue(wrong, "en")).toBe(
      "nodes[1].indicators[0].targets.2024: must be a number or text, not a list.",
    );
    expect(describeIssue(wrong, "id")).toBe(
      "nodes[1].indicators[0].targets.2024: harus angka atau teks, bukan daftar.",
    );
    const range = firstIssueAfter((f) => (f.meta.period.start = 1900));
    expect(describeIssue(range, "en")).toBe("meta.period.start: must be between 1945 and 2200 (found 1900).");
    expect(describeIssue(range, "id")).toBe(
      "meta.period.start: harus antara 1945 dan 2200 (ditemukan 1900).",
    );
  });

  it("gives one issue per place, for several places", () => {
    const issues = issuesAfter((f) => {
      f.nodes[0].id = "";
      f.nodes[0].kind = "x";
      f.nodes[2].name = "";
    });
    expect(issues).toEqual(["nodes[0].id bad_id", "nodes[0].kind bad_enum", "nodes[2].name too_short"]);
  });

  it("accepts numbers of any size as order (JSON Schema integer), and RFC 3339 offsets", () => {
    const file = fixtureData("example.json") as File;
    file.nodes[0].order = 1e20;
    file.meta.createdAt = "2025-01-06T08:00:00+07:00";
    file.meta.updatedAt = "2025-01-06T08:00:00.123456Z";
    expectLoaded(loadDocument(file));
  });

  it("rejects non-finite numbers given as a parsed value", () => {
    const file = fixtureData("example.json") as File;
    file.layout.nodes.g1 = { x: Number.NaN, y: Number.POSITIVE_INFINITY };
    expect(expectRejected(loadDocument(file)).map((i) => `${i.path} ${i.code}`)).toEqual([
      "layout.nodes.g1.x wrong_type",
      "layout.nodes.g1.y wrong_type",
    ]);
  });
});

describe("__proto__ as a field name", () => {
  it("rejects a node with an unknown field named __proto__", () => {
    const issues = expectRejected(loadDocument(fixtureText("invalid/proto-unknown-field.json")));
    expect(issues).toEqual([{ path: "nodes[0].__proto__", code: "unknown_field" }]);
    expect(describeIssue(issues[0]!, "en")).toBe(
      "nodes[0].__proto__: unknown field: format version 1 has no field of this name.",
    );
  });

  it("rejects __proto__ as an unknown field anywhere, and as a target year", () => {
    const cases: [(f: File) => void, string][] = [
      [
        (f) => Object.defineProperty(f, "__proto__", { value: {}, enumerable: true }),
        "__proto__ unknown_field",
      ],
      [
        (f) => Object.defineProperty(f.meta, "__proto__", { value: 1, enumerable: true }),
        "meta.__proto__ unknown_field",
      ],
      [
        (f) => Object.defineProperty(f.structures[0].units[0], "__proto__", { value: 1, enumerable: true }),
        "structures[0].units[0].__proto__ unknown_field",
      ],
      [
        (f) =>
          Object.defineProperty(f.nodes[1].indicators[0].targets, "__proto__", {
            value: 1,
            enumerable: true,
          }),
        "nodes[1].indicators[0].targets.__proto__ bad_year",
      ],
      [
        (f) => Object.defineProperty(f.layout, "__proto__", { value: {}, enumerable: true }),
        "layout.__proto__ unknown_field",
      ],
    ];
    for (const [change, expected] of cases) {
      expect(issuesAfter(change)).toEqual([expected]);
    }
  });

  it("does not pollute Object.prototype", () => {
    loadDocument(fixtureText("invalid/proto-unknown-field.json"));
    loadDocument(fixtureText("valid/special-ids.json"));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe("DocumentSchema itself", () => {
  it("accepts every valid fixture and keeps layout keys as own keys", () => {
    for (const name of ["example.json", "valid/full.json", "valid/special-ids.json"]) {
      const result = DocumentSchema.safeParse(fixtureData(name));
      expect(result.success, name).toBe(true);
    }
    const special = DocumentSchema.parse(fixtureData("valid/special-ids.json"));
    expect(Object.keys(special.layout?.nodes ?? {})).toEqual([
      "__proto__",
      "constructor",
      "toString",
      "prototype",
    ]);
  });

  it("is strict at every level", () => {
    const file = clone(fixtureData("valid/full.json")) as File;
    file.structures[1].units[0].colour = "red";
    expect(DocumentSchema.safeParse(file).success).toBe(false);
  });
});
