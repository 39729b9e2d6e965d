import { describe, expect, it } from "vitest";
import { compareStructures } from "../../../src/domain/compare";
import { diagnose, RULE_IDS } from "../../../src/domain/diagnostics";
import type { PlanDocument } from "../../../src/domain/types";
import { loadDocument } from "../../../src/format/load";
import { serializeDocument } from "../../../src/format/serialize";
import { GENERATED_STRUCTURES, generateDocument } from "../../../src/generator";
import { createRandom } from "../../../src/generator/random";

// Timings are the benchmark's business (npm run bench), never asserted here.

const { existing, proposed } = GENERATED_STRUCTURES;

function lineNodes(doc: PlanDocument) {
  return [...doc.nodes.values()].filter((node) => node.kind !== "condition");
}

describe("the seeded random generator", () => {
  it("gives the same sequence for the same seed and stream, another for another", () => {
    const draw = (seed: number, stream: string) => {
      const rnd = createRandom(seed, stream);
      return Array.from({ length: 5 }, () => rnd.next());
    };
    expect(draw(3, "a")).toEqual(draw(3, "a"));
    expect(draw(3, "a")).not.toEqual(draw(4, "a"));
    expect(draw(3, "a")).not.toEqual(draw(3, "b"));
    for (const value of draw(9, "x")) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});

describe("generateDocument", () => {
  it("is deterministic: the same size and seed give the same file, another seed another", () => {
    const a = serializeDocument(generateDocument(1_000, { seed: 7 }));
    const b = serializeDocument(generateDocument(1_000, { seed: 7 }));
    expect(a).toBe(b);
    expect(serializeDocument(generateDocument(1_000, { seed: 8 }))).not.toBe(a);
    expect(serializeDocument(generateDocument(1_000))).toBe(
      serializeDocument(generateDocument(1_000, { seed: 1 })),
    );
  });

  it.each([1, 10, 100, 1_000, 5_000, 12_345])("makes exactly %i nodes", (size) => {
    expect(generateDocument(size).nodes.size).toBe(size);
  });

  it.each([1, 10, 100, 1_000, 5_000])(
    "writes a valid format-v1 file at %i nodes that reads back to the same file",
    (size) => {
      const text = serializeDocument(generateDocument(size, { seed: size }));
      const result = loadDocument(text);
      if (!result.ok) expect.fail(JSON.stringify(result.issues.slice(0, 5)));
      expect(result.dropped).toEqual([]);
      expect(serializeDocument(result.document)).toBe(text);
    },
  );

  it("is valid with another period and seed", () => {
    const doc = generateDocument(2_000, { seed: 42, period: { start: 2020, end: 2024 } });
    const result = loadDocument(serializeDocument(doc));
    expect(result.ok).toBe(true);
    const years = Object.keys(lineNodes(doc).find((n) => n.indicators)!.indicators![0]!.targets!);
    expect(years).toEqual(["2020", "2021", "2022", "2023", "2024"]);
  });

  it("refuses a size or period that no document can have", () => {
    expect(() => generateDocument(Number.NaN)).toThrow(RangeError);
    expect(() => generateDocument(10, { period: { start: 2025, end: 2024 } })).toThrow(RangeError);
    expect(() => generateDocument(10, { period: { start: 2000, end: 2030 } })).toThrow(RangeError);
  });

  it("fans out like a ministry: goals, strategic targets, programs, activities, outputs, a few conditions and links", () => {
    const doc = generateDocument(10_000);
    const count = (kind: string) => [...doc.nodes.values()].filter((n) => n.kind === kind).length;
    const goals = count("goal");
    const targets = count("strategic_target");
    const programs = count("program");
    const activities = count("activity");
    const outputs = count("output");
    const conditions = count("condition");
    expect(goals).toBeGreaterThan(1);
    expect(targets).toBeGreaterThan(goals);
    expect(programs).toBeGreaterThan(targets);
    expect(activities).toBeGreaterThan(programs * 4);
    expect(outputs).toBeGreaterThan(activities * 3);
    expect(conditions / doc.nodes.size).toBeGreaterThan(0.005);
    expect(conditions / doc.nodes.size).toBeLessThan(0.03);
    expect(doc.links.size).toBeGreaterThan(10);
    // Some strategic targets hang under another one.
    const nested = [...doc.nodes.values()].filter(
      (n) => n.kind === "strategic_target" && doc.nodes.get(n.parentId ?? "")?.kind === "strategic_target",
    );
    expect(nested.length).toBeGreaterThan(0);
    // Indonesian-looking names.
    const program = [...doc.nodes.values()].find((n) => n.kind === "program")!;
    expect(program.name).toMatch(/^Program /);
    expect(program.statement).toMatch(/^(Meningkatnya|Terwujudnya|Tercapainya)/);
  });

  it("gives line nodes 1-3 indicators with a target for every year, with a few faults", () => {
    const doc = generateDocument(3_000);
    const years = ["2025", "2026", "2027", "2028", "2029"];
    let complete = 0;
    let total = 0;
    let withoutIndicators = 0;
    for (const node of lineNodes(doc)) {
      const list = node.indicators ?? [];
      if (list.length === 0) {
        withoutIndicators++;
        continue;
      }
      expect(list.length).toBeLessThanOrEqual(3);
      for (const indicator of list) {
        total++;
        if (
          indicator.unit &&
          indicator.baseline &&
          years.every((year) => indicator.targets?.[year] !== undefined)
        )
          complete++;
      }
    }
    expect(complete / total).toBeGreaterThan(0.9);
    expect(complete).toBeLessThan(total);
    expect(withoutIndicators / lineNodes(doc).length).toBeLessThan(0.05);
    expect([...doc.nodes.values()].filter((n) => n.kind === "condition").every((n) => !n.indicators)).toBe(
      true,
    );
  });

  it("has an existing and a proposed structure whose units match by id, with real differences", () => {
    const doc = generateDocument(2_000);
    const a = doc.structures.get(existing)!;
    const b = doc.structures.get(proposed)!;
    expect(a.role).toBe("existing");
    expect(b.role).toBe("proposed");
    const shared = [...b.units.keys()].filter((id) => a.units.has(id));
    expect(shared.length / b.units.size).toBeGreaterThan(0.9);
    const tiers = new Set([...a.units.values()].map((u) => u.tier));
    for (const tier of [
      "minister",
      "echelon_1",
      "echelon_2",
      "echelon_3",
      "echelon_4",
      "technical_unit",
      "functional_group",
      "expert_staff",
    ]) {
      expect(tiers).toContain(tier);
    }
    const diff = compareStructures(doc, existing, proposed);
    expect(diff.units.added.length).toBeGreaterThan(0);
    expect(diff.units.removed.length).toBeGreaterThan(0);
    expect(diff.units.renamed.length).toBeGreaterThan(0);
    expect(diff.units.moved.length).toBeGreaterThan(0);
    expect(diff.units.retiered.length).toBeGreaterThan(0);
  });

  it("aligns about 90% of line nodes to a primary owner in the existing structure", () => {
    const doc = generateDocument(5_000);
    const { coverage } = diagnose(doc, existing);
    const share = coverage.nodes.owned / coverage.nodes.total;
    expect(share).toBeGreaterThan(0.86);
    expect(share).toBeLessThan(0.94);
  });

  it.each([existing, proposed])(
    "at 1,000 nodes, finds every rule A1-A10 in %s, each on a few percent",
    (id) => {
      const doc = generateDocument(1_000);
      const { counts } = diagnose(doc, id);
      const lines = lineNodes(doc).length;
      const units = doc.structures.get(id)!.units.size;
      for (const rule of RULE_IDS) expect(counts.byRule[rule], rule).toBeGreaterThan(0);
      // A1 is the ~10% left unowned; the others stay at a few percent.
      expect(counts.byRule.A1 / lines).toBeLessThan(0.12);
      for (const rule of ["A3", "A4", "A5", "A6", "A8"] as const) {
        expect(counts.byRule[rule] / lines, rule).toBeLessThan(0.05);
      }
      for (const rule of ["A2", "A9", "A10"] as const) {
        expect(counts.byRule[rule] / units, rule).toBeLessThan(0.08);
      }
    },
  );
});
