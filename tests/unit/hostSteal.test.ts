import { describe, expect, it } from "vitest";
import { stolenBetween, stolenMsIn } from "../../bench/lib/hostSteal";
import { disturbedPhases } from "../../bench/lib/report";

describe("the host's steal, read from /proc/stat", () => {
  it("reads the eighth figure of the all-cores line, in ticks of 10 ms", () => {
    const text = [
      "cpu  6277829 456802 1741011 7441999 15352 0 13444 259146 0 0",
      "cpu0 3114591 228454 864487 3759312 3135 0 3831 129519 0 0",
      "cpu1 3163237 228348 876524 3682687 12217 0 9612 129627 0 0",
    ].join("\n");
    expect(stolenMsIn(text)).toBe(2_591_460);
  });

  it("gives null for a kernel too old to count steal, or no all-cores line", () => {
    expect(stolenMsIn("cpu  1 2 3 4 5 6 7\n")).toBeNull();
    expect(stolenMsIn("cpu0 1 2 3 4 5 6 7 8 0 0\n")).toBeNull();
    expect(stolenMsIn("")).toBeNull();
  });

  it("gives the time stolen between two readings, or null when one is missing", () => {
    expect(stolenBetween(1_000, 1_250)).toBe(250);
    expect(stolenBetween(null, 1_250)).toBeNull();
    expect(stolenBetween(1_000, null)).toBeNull();
  });
});

describe("phases the host disturbed", () => {
  const stolenRow = (selaras: number | null, baseline: number | null) => ({
    metric: "panStolen",
    label: "pan: CPU taken by the host",
    size: 10000,
    unit: "ms" as const,
    selaras,
    baseline,
    ratio: null,
    target: null,
    pass: null,
  });

  it("names a phase, a size and whose run it was, past a tenth of the phase's time", () => {
    const warnings = disturbedPhases([stolenRow(770, 10)], 2000);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('770 ms of CPU during "pan" at 10,000 boxes (Selaras)');
  });

  it("says nothing of a phase the host left alone, or of other rows", () => {
    expect(disturbedPhases([stolenRow(200, null)], 2000)).toEqual([]);
    expect(disturbedPhases([{ ...stolenRow(900, 900), metric: "panP95" }], 2000)).toEqual([]);
  });
});
