// Every rule of format.md ("Rules beyond the schema"), each with a fixture in
// tests/fixtures/format that breaks it, and the issue the reader must report.

import { describe, expect, it } from "vitest";
import { describeIssue } from "../../../src/format/issueSentences";
import { loadDocument } from "../../../src/format/load";
import { expectLoaded, expectRejected, fixtureData, loadFixture, minimalFile } from "./helpers";

interface Case {
  fixture: string;
  code: string;
  path: string;
  params?: Record<string, string | number>;
}

const CASES: Case[] = [
  // Rule 1: format marker and version.
  { fixture: "rule1-wrong-format", code: "wrong_format", path: "", params: { found: "strategy-maps" } },
  { fixture: "rule1-report", code: "wrong_format", path: "", params: { found: "strategy-map-report" } },
  { fixture: "rule1-newer-version", code: "newer_version", path: "", params: { version: 2, supported: 1 } },
  { fixture: "rule1-version-not-integer", code: "unsupported_version", path: "version" },
  { fixture: "rule1-version-zero", code: "unsupported_version", path: "version" },
  { fixture: "rule1-version-missing", code: "missing_field", path: "version" },
  { fixture: "rule1-version-text", code: "wrong_type", path: "version", params: { expected: "integer" } },
  // Rule 2: unique ids per collection.
  {
    fixture: "rule2-duplicate-node-id",
    code: "duplicate_id",
    path: "nodes[3].id",
    params: { collection: "nodes", id: "p1", first: "nodes[2]" },
  },
  {
    fixture: "rule2-duplicate-indicator-id",
    code: "duplicate_id",
    path: "nodes[2].indicators[0].id",
    params: { collection: "indicators", id: "ss1-i1", first: "nodes[1].indicators[0]" },
  },
  {
    fixture: "rule2-duplicate-link-id",
    code: "duplicate_id",
    path: "links[1].id",
    params: { collection: "links", id: "l1" },
  },
  {
    fixture: "rule2-duplicate-structure-id",
    code: "duplicate_id",
    path: "structures[1].id",
    params: { collection: "structures", id: "asis" },
  },
  {
    fixture: "rule2-duplicate-alignment-id",
    code: "duplicate_id",
    path: "alignments[2].id",
    params: { collection: "alignments", id: "a1" },
  },
  {
    fixture: "rule2-duplicate-unit-id",
    code: "duplicate_id",
    path: "structures[0].units[2].id",
    params: { collection: "units", id: "dj1", structureId: "asis" },
  },
  // Rule 3: node parents.
  {
    fixture: "rule3-dangling-parent",
    code: "dangling_reference",
    path: "nodes[2].parentId",
    params: { target: "node", id: "nope" },
  },
  {
    fixture: "rule3-cycle",
    code: "cycle",
    path: "nodes[0].parentId",
    params: { kind: "node_parent", id: "g1", cycle: "g1 → p1 → ss1 → g1" },
  },
  {
    fixture: "rule3-self-parent",
    code: "cycle",
    path: "nodes[0].parentId",
    params: { kind: "node_parent", id: "g1", cycle: "g1 → g1" },
  },
  // Rule 4: unit parents, within the unit's own structure.
  {
    fixture: "rule4-parent-in-other-structure",
    code: "dangling_reference",
    path: "structures[1].units[0].parentId",
    params: { target: "unit", id: "dj1", structureId: "tobe" },
  },
  {
    fixture: "rule4-unit-cycle",
    code: "cycle",
    path: "structures[0].units[0].parentId",
    params: { kind: "unit_parent", id: "m", cycle: "m → dj1 → m" },
  },
  // Rule 5: links.
  {
    fixture: "rule5-dangling-link",
    code: "dangling_reference",
    path: "links[0].from",
    params: { target: "node", id: "ghost" },
  },
  { fixture: "rule5-self-link", code: "self_link", path: "links[0]", params: { id: "p1" } },
  {
    fixture: "rule5-duplicate-link",
    code: "duplicate_link",
    path: "links[1]",
    params: { from: "p1", to: "g1", first: "links[0]" },
  },
  {
    fixture: "rule5-link-cycle",
    code: "cycle",
    path: "links[0]",
    params: { kind: "link", id: "l1", cycle: "p1 → ss1 → g1 → p1" },
  },
  // Rule 6: alignments.
  {
    fixture: "rule6-missing-structure",
    code: "dangling_reference",
    path: "alignments[0].structureId",
    params: { target: "structure", id: "tobe" },
  },
  {
    fixture: "rule6-unit-not-in-structure",
    code: "dangling_reference",
    path: "alignments[0].unitId",
    params: { target: "unit", id: "ghost", structureId: "asis" },
  },
  {
    fixture: "rule6-missing-node",
    code: "dangling_reference",
    path: "alignments[0].nodeId",
    params: { target: "node", id: "ghost" },
  },
  {
    fixture: "rule6-missing-indicator",
    code: "dangling_reference",
    path: "alignments[0].indicatorId",
    params: { target: "indicator", id: "ghost" },
  },
  {
    fixture: "rule6-indicator-of-other-node",
    code: "indicator_not_of_node",
    path: "alignments[1].indicatorId",
    params: { indicatorId: "ss1-i1", nodeId: "p1", ownerId: "ss1" },
  },
  {
    fixture: "rule6-duplicate-alignment",
    code: "duplicate_alignment",
    path: "alignments[2]",
    params: { first: "alignments[0]" },
  },
  // Rule 7: the period.
  {
    fixture: "rule7-period-order",
    code: "period_order",
    path: "meta.period.end",
    params: { start: 2024, end: 2020 },
  },
  {
    fixture: "rule7-period-too-long",
    code: "period_too_long",
    path: "meta.period.end",
    params: { years: 26, maximum: 25 },
  },
];

describe("rules beyond the schema: a file that breaks one is rejected whole", () => {
  it.each(CASES)("$fixture → $code at '$path'", ({ fixture, code, path, params }) => {
    const issues = expectRejected(loadFixture(`invalid/${fixture}.json`));
    expect(issues).toHaveLength(1);
    const [first] = issues;
    expect(first).toMatchObject({ code, path });
    if (params) expect(first?.params).toMatchObject(params);
    // The message names the place and is a sentence in both languages.
    for (const lang of ["en", "id"] as const) {
      const text = describeIssue(first!, lang);
      if (path !== "") expect(text.startsWith(`${path}: `)).toBe(true);
      expect(text.length).toBeGreaterThan(path.length + 10);
    }
  });

  it("the same files become valid when the broken part is put back", () => {
    expectLoaded(loadFixture("example.json"));
  });
});

describe("what the rules allow", () => {
  it.each([
    "same-unit-ids-in-two-structures",
    "links-without-cycle",
    "same-alignment-other-role",
    "period-25-years",
    "full",
    "special-ids",
  ])("%s loads", (name) => {
    expectLoaded(loadFixture(`valid/${name}.json`));
  });
});

describe("rule 8: layout keys naming nothing are dropped, not rejected", () => {
  it("drops and reports them, keeps the rest", () => {
    const { document, dropped } = expectLoaded(loadFixture("valid/layout-keys-naming-nothing.json"));
    expect(dropped).toEqual(["layout.nodes.ghost", "layout.units.asis.ghost", "layout.units.nostructure"]);
    expect([...document.layout.nodes.keys()]).toEqual(["g1"]);
    expect([...document.layout.units.keys()]).toEqual(["asis"]);
    expect([...(document.layout.units.get("asis")?.entries() ?? [])]).toEqual([["m", { x: 5, y: 6 }]]);
  });

  it("drops a key naming a unit of another structure", () => {
    const file = fixtureData("valid/same-unit-ids-in-two-structures.json");
    (file.structures as { units: unknown[] }[])[1]!.units.push({
      id: "only-tobe",
      parentId: "m",
      name: "Unit baru",
      tier: "echelon_1",
    });
    file.layout = { units: { asis: { "only-tobe": { x: 1, y: 1 } }, tobe: { "only-tobe": { x: 2, y: 2 } } } };
    const { document, dropped } = expectLoaded(loadDocument(file));
    expect(dropped).toEqual(['layout.units.asis["only-tobe"]']);
    expect(document.layout.units.get("tobe")?.get("only-tobe")).toEqual({ x: 2, y: 2 });
    expect(document.layout.units.has("asis")).toBe(false);
  });

  it("still rejects a layout entry that is not a point", () => {
    const file = fixtureData("example.json");
    file.layout = { nodes: { ghost: { x: "1", y: 2 } } };
    const issues = expectRejected(loadDocument(file));
    expect(issues[0]).toMatchObject({ path: "layout.nodes.ghost.x", code: "wrong_type" });
  });
});

describe("rule 9: size", () => {
  it("rejects a text over 50 MB before parsing it", { timeout: 60_000 }, () => {
    const text = "x".repeat(50 * 1024 * 1024 + 1);
    const issues = expectRejected(loadDocument(text));
    expect(issues).toEqual([
      {
        path: "",
        code: "too_large",
        params: { limit: 50 * 1024 * 1024, actual: text.length, unit: "bytes" },
      },
    ]);
    expect(describeIssue(issues[0]!, "en")).toBe(
      "The file is too large (50 MB); files up to 50 MB can be opened.",
    );
  });

  it("counts UTF-8 bytes, not characters", { timeout: 60_000 }, () => {
    // 20 M characters of 3 bytes each: 60 M bytes, though the string is shorter than 50 M.
    const text = `"${"€".repeat(20 * 1024 * 1024)}"`;
    const issues = expectRejected(loadDocument(text));
    expect(issues[0]).toMatchObject({ code: "too_large", params: { unit: "bytes" } });
  });

  it("rejects bytes over 50 MB before decoding them", { timeout: 60_000 }, () => {
    const issues = expectRejected(loadDocument(new Uint8Array(50 * 1024 * 1024 + 1)));
    expect(issues[0]).toMatchObject({ code: "too_large", path: "" });
  });

  it.each([
    ["structures", 101, "structures"],
    ["links", 100_001, "links"],
  ])("rejects more %s than maxItems", (key, count, path) => {
    const file = minimalFile();
    file[key] = Array.from({ length: count }, () => ({}));
    const issues = expectRejected(loadDocument(file));
    expect(issues).toEqual([
      { path, code: "too_large", params: { limit: count - 1, actual: count, unit: "items" } },
    ]);
  });

  it("rejects more than 200 indicators on a node and 50,000 units in a structure", () => {
    const file = minimalFile();
    file.nodes = [
      {
        id: "g",
        kind: "goal",
        parentId: null,
        name: "G",
        indicators: Array.from({ length: 201 }, (_, i) => ({ id: `i${i}`, name: "I" })),
      },
    ];
    file.structures = [
      { id: "s", name: "S", role: "existing", units: Array.from({ length: 50_001 }, () => ({})) },
    ];
    const issues = expectRejected(loadDocument(file));
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ["nodes[0].indicators", "too_large"],
      ["structures[0].units", "too_large"],
    ]);
  });
});

describe("reporting", () => {
  it("reports at most the first ten problems", () => {
    const file = minimalFile();
    file.nodes = Array.from({ length: 30 }, (_, i) => ({
      id: "same",
      kind: "goal",
      parentId: null,
      name: `N${i}`,
    }));
    const issues = expectRejected(loadDocument(file));
    expect(issues).toHaveLength(10);
    expect(issues[0]).toMatchObject({ path: "nodes[1].id", code: "duplicate_id" });
    expect(issues[9]).toMatchObject({ path: "nodes[10].id", code: "duplicate_id" });
  });

  it("reports problems of several rules in one file", () => {
    const file = fixtureData("example.json");
    (file.meta as { period: unknown }).period = { start: 2030, end: 2020 };
    (file.alignments as { nodeId: string }[])[0]!.nodeId = "ghost";
    const issues = expectRejected(loadDocument(file));
    expect(issues.map((i) => `${i.path} ${i.code}`)).toEqual([
      "meta.period.end period_order",
      "alignments[0].nodeId dangling_reference",
    ]);
  });
});

describe("cycles through links and parents, at scale", () => {
  it("finds a long cycle closed by a link and names the link", { timeout: 60_000 }, () => {
    const n = 50_000;
    const file = minimalFile();
    file.nodes = Array.from({ length: n }, (_, i) => ({
      id: `n${i}`,
      kind: "goal",
      parentId: i === 0 ? null : `n${i - 1}`,
      name: "N",
    }));
    // n0 is the root; the chain goes n49999 → … → n0. A link from n0 to the deepest node closes the loop.
    file.links = [
      { id: "ok", from: `n${n - 1}`, to: "n0", type: "contributes" },
      { id: "bad", from: "n0", to: `n${n - 1}`, type: "contributes" },
    ];
    const issues = expectRejected(loadDocument(file));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: "links[1]", code: "cycle", params: { kind: "link", id: "bad" } });
    expect(String(issues[0]?.params?.cycle)).toMatch(/^n49999 → n49998 → .* → n49999$/);
  });

  it("finds a cycle made of links only", () => {
    const file = minimalFile();
    file.nodes = ["a", "b", "c"].map((id) => ({ id, kind: "condition", parentId: null, name: id }));
    file.links = [
      { id: "l1", from: "a", to: "b", type: "contributes" },
      { id: "l2", from: "b", to: "c", type: "contributes" },
      { id: "l3", from: "c", to: "a", type: "contributes" },
    ];
    const issues = expectRejected(loadDocument(file));
    expect(issues).toEqual([
      { path: "links[0]", code: "cycle", params: { kind: "link", id: "l1", cycle: "b → c → a → b" } },
    ]);
  });
});
