import { describe, expect, it } from "vitest";
import { disturbed, stolenBetween, stolenMsIn } from "../../bench/lib/hostSteal";

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
  const pan = { label: "the pan at 10,000 boxes (Selaras)", stolenMs: 770, durationMs: 2300 };

  it("names the phase, what was taken and how long it ran, past a tenth of its wall time", () => {
    const warnings = disturbed([pan]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("770 ms of CPU during the pan at 10,000 boxes (Selaras) (2300 ms)");
  });

  it("measures each phase against its own length: a zoom out and back in runs twice as long", () => {
    const zoom = { label: "the zoom at 10,000 boxes (baseline)", stolenMs: 290, durationMs: 4300 };
    expect(disturbed([zoom])).toEqual([]);
    expect(disturbed([{ ...zoom, stolenMs: 440 }])).toHaveLength(1);
  });

  it("says nothing where the host took a tenth or less, or where steal cannot be read", () => {
    expect(disturbed([{ ...pan, stolenMs: 230 }])).toEqual([]);
    expect(disturbed([{ ...pan, stolenMs: null }])).toEqual([]);
  });
});
