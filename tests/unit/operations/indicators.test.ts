import { describe, expect, it } from "vitest";
import {
  addIndicator,
  moveIndicator,
  removeIndicator,
  setIndicatorTarget,
  updateIndicator,
} from "../../../src/domain/operations";
import type { Indicator } from "../../../src/domain/types";
import { docWith, node } from "../../helpers/build";
import { expectOk, expectRefused, run, sampleDoc } from "./helpers";

const indicatorsOf = (doc: ReturnType<typeof sampleDoc>, id: string) => doc.nodes.get(id)!.indicators ?? [];

describe("addIndicator", () => {
  it("adds a last indicator with an id unique across the document", () => {
    const doc = sampleDoc();
    const result = expectOk(
      run(doc, (d) => addIndicator(d, "p1", { name: "Persentase KPM", unit: "persen" })),
    );
    expect(result.id).toBe("p1-i1");
    expect(indicatorsOf(result.doc, "p1")).toEqual([{ id: "p1-i1", name: "Persentase KPM", unit: "persen" }]);
    expect(result.doc.nodes.get("s1")).toBe(doc.nodes.get("s1"));
    // s1 already has s1-i1 and s1-i2.
    const third = expectOk(run(doc, (d) => addIndicator(d, "s1")));
    expect(third.id).toBe("s1-i3");
    expect(indicatorsOf(third.doc, "s1")[2]).toEqual({ id: "s1-i3", name: "New indicator" });
    expect(indicatorsOf(third.doc, "s1")[0]).toBe(indicatorsOf(doc, "s1")[0]);
  });

  it("avoids ids used by indicators of other nodes", () => {
    const doc = docWith([
      node("a", null, "program", { indicators: [{ id: "b-i1", name: "taken elsewhere" }] }),
      node("b", null, "program"),
    ]);
    expect(expectOk(run(doc, (d) => addIndicator(d, "b"))).id).toBe("b-i2");
  });

  it("uses a short prefix for a long node id", () => {
    const long = "n".repeat(60);
    const result = expectOk(run(docWith([node(long, null)]), (d) => addIndicator(d, long)));
    expect(result.id).toBe("indicator-1");
  });

  it("accepts an id, an index, a baseline and targets", () => {
    const result = expectOk(
      run(sampleDoc(), (d) =>
        addIndicator(d, "s1", {
          id: "iku-1",
          index: 0,
          name: "IKU",
          baseline: { year: 2019, value: "WDP" },
          targets: { "2020": "WTP", 2021: 1 } as Record<string, string | number>,
          key: true,
        }),
      ),
    );
    expect(indicatorsOf(result.doc, "s1").map((i) => i.id)).toEqual(["iku-1", "s1-i1", "s1-i2"]);
    expect(indicatorsOf(result.doc, "s1")[0]).toEqual({
      id: "iku-1",
      name: "IKU",
      baseline: { year: 2019, value: "WDP" },
      targets: { "2020": "WTP", "2021": 1 },
      key: true,
    });
  });

  it("refuses an unknown node, a bad or taken id, bad fields and a full node", () => {
    const doc = sampleDoc();
    expectRefused(
      run(doc, (d) => addIndicator(d, "nope")),
      "not-found",
    );
    expectRefused(
      run(doc, (d) => addIndicator(d, "p1", { id: "s1-i1" })),
      "duplicate-id",
    );
    expectRefused(
      run(doc, (d) => addIndicator(d, "p1", { id: "a b" })),
      "invalid-id",
    );
    expectRefused(
      run(doc, (d) => addIndicator(d, "p1", { name: "" })),
      "invalid-name",
    );
    expectRefused(
      run(doc, (d) => addIndicator(d, "p1", { polarity: "up" as "maximize" })),
      "invalid-value",
    );
    expectRefused(
      run(doc, (d) => addIndicator(d, "p1", { index: 0.5 })),
      "invalid-index",
    );
    const full: Indicator[] = Array.from({ length: 200 }, (_, i) => ({ id: `x${i}`, name: "x" }));
    expectRefused(
      run(docWith([node("f", null, "program", { indicators: full })]), (d) => addIndicator(d, "f")),
      "too-many-indicators",
    );
  });
});

describe("updateIndicator", () => {
  it("sets and clears fields, baseline and targets", () => {
    const doc = sampleDoc();
    const result = expectOk(
      run(doc, (d) =>
        updateIndicator(d, "s1", "s1-i1", {
          name: "IKS",
          unit: "",
          polarity: "maximize",
          baseline: undefined,
          targets: { "2024": 60 },
          definition: "Definisi",
          formula: "a/b",
          dataSource: "BPS Susenas",
          frequency: "annual",
          code: "IKU1",
          key: true,
        }),
      ),
    );
    expect(indicatorsOf(result.doc, "s1")[0]).toEqual({
      id: "s1-i1",
      name: "IKS",
      polarity: "maximize",
      targets: { "2024": 60 },
      definition: "Definisi",
      formula: "a/b",
      dataSource: "BPS Susenas",
      frequency: "annual",
      code: "IKU1",
      key: true,
    });
    expect(indicatorsOf(result.doc, "s1")[1]).toBe(indicatorsOf(doc, "s1")[1]);
    const withBaseline = expectOk(
      run(doc, (d) => updateIndicator(d, "s1", "s1-i2", { baseline: { year: 2019, value: "WDP" } })),
    );
    expect(indicatorsOf(withBaseline.doc, "s1")[1]!.baseline).toEqual({ year: 2019, value: "WDP" });
    const noTargets = expectOk(run(doc, (d) => updateIndicator(d, "s1", "s1-i2", { targets: {} })));
    expect("targets" in indicatorsOf(noTargets.doc, "s1")[1]!).toBe(false);
  });

  it("returns the same document when nothing changes", () => {
    const doc = sampleDoc();
    expect(
      expectOk(updateIndicator(doc, "s1", "s1-i1", { unit: "indeks", baseline: { year: 2019, value: 50 } }))
        .doc,
    ).toBe(doc);
    expect(expectOk(updateIndicator(doc, "s1", "s1-i1", { targets: { "2021": 52, "2020": 51 } })).doc).toBe(
      doc,
    );
  });

  it("refuses unknown ids and bad values", () => {
    const doc = sampleDoc();
    expectRefused(
      run(doc, (d) => updateIndicator(d, "nope", "s1-i1", { name: "x" })),
      "not-found",
    );
    expectRefused(
      run(doc, (d) => updateIndicator(d, "p1", "s1-i1", { name: "x" })),
      "not-found",
    );
    expectRefused(
      run(doc, (d) => updateIndicator(d, "s1", "s1-i1", { name: "" })),
      "invalid-name",
    );
    expectRefused(
      run(doc, (d) => updateIndicator(d, "s1", "s1-i1", { unit: "u".repeat(101) })),
      "too-long",
    );
    expectRefused(
      run(doc, (d) => updateIndicator(d, "s1", "s1-i1", { baseline: { year: 1900, value: 1 } })),
      "invalid-year",
    );
    expectRefused(
      run(doc, (d) => updateIndicator(d, "s1", "s1-i1", { baseline: { year: 2019.5, value: 1 } })),
      "invalid-year",
    );
    expectRefused(
      run(doc, (d) => updateIndicator(d, "s1", "s1-i1", { baseline: { year: 2019, value: Number.NaN } })),
      "invalid-value",
    );
    expectRefused(
      run(doc, (d) => updateIndicator(d, "s1", "s1-i1", { baseline: { year: 2019, value: "" } })),
      "invalid-value",
    );
    expectRefused(
      run(doc, (d) => updateIndicator(d, "s1", "s1-i1", { targets: { "20x4": 1 } })),
      "invalid-year",
    );
    expectRefused(
      run(doc, (d) => updateIndicator(d, "s1", "s1-i1", { targets: { "2024": Infinity } })),
      "invalid-value",
    );
    expectRefused(
      run(doc, (d) => updateIndicator(d, "s1", "s1-i1", { targets: { "2024": "x".repeat(101) } })),
      "too-long",
    );
    expectRefused(
      run(doc, (d) => updateIndicator(d, "s1", "s1-i1", { key: "yes" as unknown as boolean })),
      "invalid-value",
    );
  });
});

describe("setIndicatorTarget", () => {
  it("sets, replaces and removes the target of one year", () => {
    const doc = sampleDoc();
    const set = expectOk(run(doc, (d) => setIndicatorTarget(d, "s1", "s1-i1", 2024, 55)));
    expect(indicatorsOf(set.doc, "s1")[0]!.targets).toEqual({ "2020": 51, "2021": 52, "2024": 55 });
    const text = expectOk(run(set.doc, (d) => setIndicatorTarget(d, "s1", "s1-i1", "2021", "WTP")));
    expect(indicatorsOf(text.doc, "s1")[0]!.targets).toEqual({ "2020": 51, "2021": "WTP", "2024": 55 });
    const removed = expectOk(run(doc, (d) => setIndicatorTarget(d, "s1", "s1-i2", 2020, undefined)));
    expect("targets" in indicatorsOf(removed.doc, "s1")[1]!).toBe(false);
    const emptyText = expectOk(run(doc, (d) => setIndicatorTarget(d, "s1", "s1-i1", 2020, "")));
    expect(indicatorsOf(emptyText.doc, "s1")[0]!.targets).toEqual({ "2021": 52 });
  });

  it("keeps a target year outside the period", () => {
    const result = expectOk(run(sampleDoc(), (d) => setIndicatorTarget(d, "s1", "s1-i1", 2030, 70)));
    expect(indicatorsOf(result.doc, "s1")[0]!.targets!["2030"]).toBe(70);
  });

  it("returns the same document when nothing changes", () => {
    const doc = sampleDoc();
    expect(expectOk(setIndicatorTarget(doc, "s1", "s1-i1", 2020, 51)).doc).toBe(doc);
    expect(expectOk(setIndicatorTarget(doc, "s1", "s1-i1", 2023, undefined)).doc).toBe(doc);
  });

  it("refuses a bad year or value and unknown ids", () => {
    const doc = sampleDoc();
    expectRefused(
      run(doc, (d) => setIndicatorTarget(d, "s1", "s1-i1", 24, 1)),
      "invalid-year",
    );
    expectRefused(
      run(doc, (d) => setIndicatorTarget(d, "s1", "s1-i1", "__proto__", 1)),
      "invalid-year",
    );
    expectRefused(
      run(doc, (d) => setIndicatorTarget(d, "s1", "s1-i1", 2024, Number.NaN)),
      "invalid-value",
    );
    expectRefused(
      run(doc, (d) => setIndicatorTarget(d, "s1", "nope", 2024, 1)),
      "not-found",
    );
  });
});

describe("removeIndicator", () => {
  it("removes the indicator and the alignments that name it", () => {
    const doc = sampleDoc();
    const result = expectOk(run(doc, (d) => removeIndicator(d, "s1", "s1-i1")));
    expect(indicatorsOf(result.doc, "s1").map((i) => i.id)).toEqual(["s1-i2"]);
    expect([...result.doc.alignments.keys()]).toEqual(["al1", "al2", "al4"]);
    expect(result.removedAlignments).toBe(1);
    const none = expectOk(run(doc, (d) => removeIndicator(d, "s1", "s1-i2")));
    expect(none.doc.alignments).toBe(doc.alignments);
  });

  it("removes the indicators field with the last indicator", () => {
    const doc = sampleDoc();
    const one = expectOk(removeIndicator(doc, "s1", "s1-i1"));
    const none = expectOk(run(one.doc, (d) => removeIndicator(d, "s1", "s1-i2")));
    expect("indicators" in none.doc.nodes.get("s1")!).toBe(false);
  });

  it("refuses unknown ids", () => {
    expectRefused(
      run(sampleDoc(), (d) => removeIndicator(d, "s1", "nope")),
      "not-found",
    );
    expectRefused(
      run(sampleDoc(), (d) => removeIndicator(d, "p1", "s1-i1")),
      "not-found",
    );
  });
});

describe("moveIndicator", () => {
  it("moves an indicator to an index (clamped)", () => {
    const doc = sampleDoc();
    const result = expectOk(run(doc, (d) => moveIndicator(d, "s1", "s1-i2", 0)));
    expect(indicatorsOf(result.doc, "s1").map((i) => i.id)).toEqual(["s1-i2", "s1-i1"]);
    expect(indicatorsOf(result.doc, "s1")[0]).toBe(indicatorsOf(doc, "s1")[1]);
    const clamped = expectOk(run(doc, (d) => moveIndicator(d, "s1", "s1-i1", 10)));
    expect(indicatorsOf(clamped.doc, "s1").map((i) => i.id)).toEqual(["s1-i2", "s1-i1"]);
    expect(expectOk(moveIndicator(doc, "s1", "s1-i1", 0)).doc).toBe(doc);
  });

  it("refuses unknown ids and a bad index", () => {
    expectRefused(
      run(sampleDoc(), (d) => moveIndicator(d, "s1", "nope", 0)),
      "not-found",
    );
    expectRefused(
      run(sampleDoc(), (d) => moveIndicator(d, "s1", "s1-i1", 0.5)),
      "invalid-index",
    );
  });
});
