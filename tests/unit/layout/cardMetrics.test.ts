import { describe, expect, it } from "vitest";
import { CARD, cardHeight, cardLines, estimateLines, linesWithin } from "../../../src/layout/cardMetrics";
import { node } from "../../helpers/build";

describe("card metrics", () => {
  it("wraps words greedily and caps the line count", () => {
    expect(estimateLines("", 10, 3)).toBe(0);
    expect(estimateLines("short", 10, 3)).toBe(1);
    expect(estimateLines("aaaa bbbb cccc", 10, 3)).toBe(2);
    expect(estimateLines("aaaa bbbb cccc dddd eeee ffff gggg", 10, 3)).toBe(3);
    expect(estimateLines("x".repeat(25), 10, 5)).toBe(3);
  });

  it("grows the card with a statement and indicators, and shows at most three indicator rows", () => {
    const bare = node("a", null, "program", { name: "Program Perlindungan Sosial" });
    const withStatement = {
      ...bare,
      statement: "Meningkatnya keberfungsian sosial penduduk miskin dan rentan",
    };
    const indicators = Array.from({ length: 5 }, (_, i) => ({ id: `i${i}`, name: `Indikator ${i}` }));
    const full = { ...withStatement, indicators };
    const h0 = cardHeight(cardLines(bare));
    const h1 = cardHeight(cardLines(withStatement));
    const h2 = cardHeight(cardLines(full));
    expect(h1).toBeGreaterThan(h0);
    expect(h2).toBeGreaterThan(h1);
    const lines = cardLines(full);
    expect(lines.indicatorRows).toBe(CARD.indicatorMaxRows);
    expect(lines.moreIndicators).toBe(true);
  });
});

describe("lines within a box", () => {
  const lines = { name: 3, statement: 2, indicatorRows: 3, moreIndicators: false };
  it("are the card's own lines when the box is the card's height", () => {
    expect(linesWithin(lines, cardHeight(lines))).toEqual(lines);
  });
  it("give way statement first, then indicator rows (saying there are more), then name lines", () => {
    const shorter = (by: number) => linesWithin(lines, cardHeight(lines) - by);
    expect(shorter(CARD.statementLineHeight)).toEqual({ ...lines, statement: 1 });
    const noStatement = shorter(2 * CARD.statementLineHeight + CARD.sectionGap);
    expect(noStatement).toEqual({ ...lines, statement: 0 });
    const rows = linesWithin(lines, cardHeight({ ...lines, statement: 0 }) - CARD.indicatorRowHeight);
    expect(rows).toEqual({ ...lines, statement: 0, indicatorRows: 1, moreIndicators: true });
    const tiny = linesWithin(lines, 10);
    expect(tiny.name).toBe(1);
    for (const fit of [shorter(5), noStatement, rows])
      expect(cardHeight(fit)).toBeLessThanOrEqual(cardHeight(lines));
  });
  it("given the lines the box was laid out for, cut only what grew, back to what it was", () => {
    // A name typed onto a third line: the name keeps its two lines, the rest of the card stays.
    const before = { ...lines, name: 2 };
    const typed = { ...lines, name: 3 };
    expect(linesWithin(typed, cardHeight(before), before)).toEqual(before);
    // A statement grown by two lines while the name got a line shorter: the statement is cut
    // back to its two lines, and the name shows its new single line.
    const grown = { ...lines, name: 1, statement: lines.statement + 2 };
    expect(linesWithin(grown, cardHeight(before), before)).toEqual({ ...before, name: 1 });
    // Once laid out again (the box fits the lines), nothing is cut.
    expect(linesWithin(typed, cardHeight(typed), before)).toEqual(typed);
  });
});
