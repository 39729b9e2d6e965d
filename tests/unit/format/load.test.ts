import { describe, expect, it } from "vitest";
import { describeIssue } from "../../../src/format/issueSentences";
import { loadDocument } from "../../../src/format/load";
import {
  expectLoaded,
  expectRejected,
  fixtureData,
  fixtureText,
  type Loose,
  loadFixture,
  minimalFile,
} from "./helpers";

describe("the example document of format.md", () => {
  it("loads, as text, bytes, an ArrayBuffer and a parsed value", () => {
    const text = fixtureText("example.json");
    const bytes = new TextEncoder().encode(text);
    const inputs: unknown[] = [text, bytes, bytes.buffer, JSON.parse(text), Buffer.from(text, "utf8")];
    for (const input of inputs) {
      const { document, dropped } = expectLoaded(loadDocument(input));
      expect(dropped).toEqual([]);
      expect([...document.nodes.keys()]).toEqual(["g1", "ss1", "p1"]);
    }
  });

  it("becomes the domain document: Maps in file order, fields as in the file", () => {
    const { document } = expectLoaded(loadFixture("example.json"));
    expect(document.meta).toEqual({
      title: "Renstra contoh",
      period: { start: 2020, end: 2024 },
      language: "id",
    });
    expect(document.nodes.get("ss1")).toEqual({
      id: "ss1",
      kind: "strategic_target",
      parentId: "g1",
      code: "SS1",
      name: "Terpenuhinya kebutuhan dasar penduduk miskin dan rentan",
      perspective: "stakeholder",
      indicators: [
        {
          id: "ss1-i1",
          name: "Indeks Kesejahteraan Sosial",
          unit: "indeks",
          polarity: "maximize",
          baseline: { year: 2019, value: 50 },
          targets: { "2020": 51, "2021": 52, "2022": 53, "2023": 54, "2024": 55 },
        },
      ],
    });
    expect(document.nodes.get("g1")).toEqual({
      id: "g1",
      kind: "goal",
      parentId: null,
      name: "Meningkatnya kesejahteraan sosial",
    });
    expect(document.links.size).toBe(0);
    const asis = document.structures.get("asis");
    expect(asis?.role).toBe("existing");
    expect([...(asis?.units.keys() ?? [])]).toEqual(["m", "dj1"]);
    expect(asis?.units.get("dj1")).toEqual({
      id: "dj1",
      parentId: "m",
      name: "Ditjen Perlindungan dan Jaminan Sosial",
      tier: "echelon_1",
      kind: "substantive",
    });
    expect([...document.alignments.values()].map((a) => [a.id, a.unitId, a.nodeId, a.role])).toEqual([
      ["a1", "m", "ss1", "primary"],
      ["a2", "dj1", "p1", "primary"],
    ]);
    expect([...document.layout.nodes]).toEqual([["g1", { x: 0, y: 0 }]]);
    expect(document.layout.units.size).toBe(0);
    expect(document.view).toBeUndefined();
  });

  it("keeps the file order of every collection, not sorted by id", () => {
    const { document } = expectLoaded(loadFixture("valid/full.json"));
    expect([...document.nodes.keys()]).toEqual(["g1", "ss1", "ss2", "p1", "p2", "k1", "o1", "c1", "ss3"]);
    expect([...document.alignments.keys()]).toEqual(["a1", "a2", "a3", "a4", "a5", "a6", "a7"]);
    expect([...document.structures.keys()]).toEqual(["asis", "tobe"]);
    expect(document.view).toEqual({
      collapsed: ["k1"],
      zoom: 0.75,
      colours: { g1: "#ffcc00" },
      nested: [[1, 2], { a: null, b: true }],
    });
  });
});

describe("text that is not a document", () => {
  it.each([
    ["not JSON at all", "hello", 1, 1],
    ["truncated JSON", '{"format": "strategy-map", "version": 1, "meta": {', 1, 51],
    ["an empty file", "", 1, 1],
    ["a syntax error on line 3", '{\n  "format": "strategy-map",\n  "version": 1,,\n}', 3, 16],
  ])("%s is rejected with a message", (_name, text, line, column) => {
    const issues = expectRejected(loadDocument(text));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.code).toBe("not_json");
    expect(issues[0]?.path).toBe("");
    const params = issues[0]?.params;
    if (params?.line !== undefined) {
      expect(params).toEqual({ line, column });
      expect(describeIssue(issues[0]!, "en")).toBe(
        `The file is not valid JSON (problem at line ${line}, column ${column}).`,
      );
    } else {
      expect(describeIssue(issues[0]!, "en")).toBe("The file is not valid JSON.");
    }
    expect(describeIssue(issues[0]!, "id")).toMatch(/^Berkas ini bukan JSON yang sah/);
  });

  it("rejects bytes that are not UTF-8", () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]); // {"a":"\xC3("}
    const issues = expectRejected(loadDocument(bytes));
    expect(issues).toEqual([{ path: "", code: "invalid_utf8" }]);
    expect(describeIssue(issues[0]!, "en")).toMatch(/not UTF-8 text/);
    expect(describeIssue(issues[0]!, "id")).toMatch(/bukan teks UTF-8/);
  });

  it("reads UTF-8 with a byte order mark, as bytes and as text", () => {
    const text = fixtureText("example.json");
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expectLoaded(loadDocument(bytes));
    expectLoaded(loadDocument(`\uFEFF${text}`));
  });

  it("reads non-ASCII text exactly", () => {
    const file = fixtureData("example.json") as Loose;
    file.meta.title = "Rencana Strategis — Kemensos 2020–2024 ✓ 🇮🇩";
    const bytes = new TextEncoder().encode(JSON.stringify(file));
    const { document } = expectLoaded(loadDocument(bytes));
    expect(document.meta.title).toBe("Rencana Strategis — Kemensos 2020–2024 ✓ 🇮🇩");
  });

  it.each([
    ["an array", "[]", "array"],
    ["a number", "42", "number"],
    ["null", "null", "null"],
    ["an object without format", '{"nodes": []}', "missing"],
  ])("rejects %s as not a Selaras document", (_name, text, found) => {
    const issues = expectRejected(loadDocument(text));
    expect(issues).toEqual([{ path: "", code: "wrong_format", params: { found } }]);
    expect(describeIssue(issues[0]!, "en")).toBe(
      'This is not a Selaras document: it has no "format": "strategy-map" field.',
    );
  });

  it("tells an alignment report apart from a document", () => {
    const issues = expectRejected(loadFixture("invalid/rule1-report.json"));
    expect(describeIssue(issues[0]!, "en")).toMatch(/alignment report, not a document/);
    expect(describeIssue(issues[0]!, "id")).toMatch(/laporan penyelarasan/);
  });
});

describe("versions", () => {
  it("rejects a version-2 file as made by a newer version", () => {
    const issues = expectRejected(loadFixture("invalid/rule1-newer-version.json"));
    expect(issues).toEqual([{ path: "", code: "newer_version", params: { version: 2, supported: 1 } }]);
    expect(describeIssue(issues[0]!, "en")).toBe(
      "This file was made by a newer version of Selaras (format version 2); this version reads up to 1. Update Selaras to open it.",
    );
    expect(describeIssue(issues[0]!, "id")).toBe(
      "Berkas ini dibuat oleh versi Selaras yang lebih baru (format versi 2); versi ini hanya dapat membaca sampai format versi 1. Perbarui Selaras untuk membukanya.",
    );
  });

  it("reports the newer version even when the rest is of an unknown shape", () => {
    const issues = expectRejected(loadDocument({ format: "strategy-map", version: 7, whatever: [1, 2, 3] }));
    expect(issues).toEqual([{ path: "", code: "newer_version", params: { version: 7, supported: 1 } }]);
  });
});

describe("never throws", () => {
  const cyclic: Record<string, unknown> = minimalFile();
  cyclic.view = cyclic;
  const throwing = new Proxy(
    {},
    {
      get() {
        throw new Error("boom");
      },
      ownKeys() {
        throw new Error("boom");
      },
    },
  );
  const hostile = minimalFile();
  Object.defineProperty(hostile, "nodes", {
    enumerable: true,
    get() {
      throw new Error("getter");
    },
  });
  let deep: unknown = 1;
  for (let i = 0; i < 200_000; i++) deep = [deep];
  const deepText = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;

  it.each<[string, unknown]>([
    ["undefined", undefined],
    ["null", null],
    ["a number", 12],
    ["a function", () => 1],
    ["a symbol", Symbol("x")],
    ["a bigint", 10n],
    ["a Map", new Map()],
    ["a Date", new Date()],
    ["a cyclic object", cyclic],
    ["a throwing Proxy", throwing],
    ["an object with a throwing getter", hostile],
    ["a 200,000-deep array", deep],
    ["100,000 nested brackets as text", deepText],
    ["a deep view", { ...minimalFile(), view: { a: deep } }],
    ["an Int16Array", new Int16Array([0x7b7b])],
    ["a DataView", new DataView(new TextEncoder().encode("{}").buffer)],
  ])("given %s", (_name, input) => {
    let result: ReturnType<typeof loadDocument> | undefined;
    expect(() => {
      result = loadDocument(input);
    }).not.toThrow();
    expect(result).toBeDefined();
    if (result?.ok === false) {
      for (const issue of result.issues) {
        expect(typeof describeIssue(issue, "en")).toBe("string");
        expect(typeof describeIssue(issue, "id")).toBe("string");
      }
    }
  });

  it("drops a view that is not JSON data, and keeps the document", () => {
    for (const view of [cyclic, { a: deep }, { f: () => 1 }, { n: Number.NaN }, { d: new Date(0) }]) {
      const file = { ...fixtureData("example.json"), view };
      const { document, dropped } = expectLoaded(loadDocument(file));
      expect(dropped).toEqual(["view"]);
      expect(document.view).toBeUndefined();
    }
  });

  it("treats a key set to undefined in a parsed value as absent, as JSON would", () => {
    const file = fixtureData("example.json") as Loose;
    file.meta.notes = undefined;
    file.nodes[0].code = undefined;
    file.layout.nodes.g1 = undefined;
    const { document } = expectLoaded(loadDocument(file));
    expect("code" in document.nodes.get("g1")!).toBe(false);
    expect("notes" in document.meta).toBe(false);
    file.nodes[0].name = undefined;
    expect(expectRejected(loadDocument(file))).toEqual([{ path: "nodes[0].name", code: "missing_field" }]);
  });

  it("does not change a parsed value it is given", () => {
    const file = fixtureData("valid/layout-keys-naming-nothing.json");
    const before = structuredClone(file);
    expectLoaded(loadDocument(file));
    expect(file).toEqual(before);
  });

  it("copies a parsed value: changing the input later does not change the document", () => {
    const file = fixtureData("valid/full.json") as Loose;
    const { document } = expectLoaded(loadDocument(file));
    file.nodes[0].name = "changed";
    file.nodes[1].indicators[0].targets["2025"] = 0;
    file.layout.nodes.g1.x = 999;
    file.view.colours.g1 = "#000000";
    expect(document.nodes.get("g1")?.name).toBe("Meningkatnya kesejahteraan");
    expect(document.nodes.get("ss1")?.indicators?.[0]?.targets?.["2025"]).toBe(51);
    expect(document.layout.nodes.get("g1")).toEqual({ x: 0, y: 0 });
    expect(document.view?.colours).toEqual({ g1: "#ffcc00" });
  });
});

describe("scale", () => {
  it("loads a chain of 100,000 nodes, each the parent of the next, without a stack overflow", {
    timeout: 60_000,
  }, () => {
    const n = 100_000;
    const file = minimalFile();
    file.nodes = Array.from({ length: n }, (_, i) => ({
      id: `n${i}`,
      kind: i === 0 ? "goal" : "output",
      parentId: i === 0 ? null : `n${i - 1}`,
      name: `Node ${i}`,
    }));
    file.links = [{ id: "l", from: `n${n - 1}`, to: "n0", type: "contributes" }];
    const text = JSON.stringify(file);
    const { document } = expectLoaded(loadDocument(text));
    expect(document.nodes.size).toBe(n);
    expect(document.nodes.get(`n${n - 1}`)?.parentId).toBe(`n${n - 2}`);
  });

  it("finds a 100,000-long parent cycle without a stack overflow", { timeout: 60_000 }, () => {
    const n = 100_000;
    const file = minimalFile();
    file.nodes = Array.from({ length: n }, (_, i) => ({
      id: `n${i}`,
      kind: "output",
      parentId: `n${(i + 1) % n}`,
      name: "N",
    }));
    const issues = expectRejected(loadDocument(file));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: "nodes[0].parentId", code: "cycle" });
    expect(String(issues[0]?.params?.cycle)).toBe("n0 → n1 → n2 → n3 → n4 → n5 → n6 → … → n0");
  });

  it("loads 10,000 nodes with two indicators each", { timeout: 60_000 }, () => {
    const file = minimalFile();
    file.nodes = Array.from({ length: 10_000 }, (_, i) => ({
      id: `n${i}`,
      kind: i === 0 ? "goal" : "activity",
      parentId: i === 0 ? null : `n${Math.floor((i - 1) / 4)}`,
      name: `Node ${i}`,
      indicators: [0, 1].map((k) => ({
        id: `n${i}-i${k}`,
        name: "Indicator",
        targets: { "2025": k, "2026": "WTP" },
      })),
    }));
    const { document } = expectLoaded(loadDocument(JSON.stringify(file)));
    expect(document.nodes.size).toBe(10_000);
  });
});
