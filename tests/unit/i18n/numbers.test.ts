import { describe, expect, it } from "vitest";
import { editableNumber, parseLocaleNumber, parseTargetValue } from "../../../src/ui/editing/numbers";

describe("numbers typed by planners", () => {
  it("reads Indonesian decimals and thousands", () => {
    expect(parseLocaleNumber("1.234,5", "id")).toBe(1234.5);
    expect(parseLocaleNumber("1.234", "id")).toBe(1234);
    expect(parseLocaleNumber("0,3", "id")).toBe(0.3);
    // A dot not followed by three digits is a decimal point, never dropped.
    expect(parseLocaleNumber("0.3", "id")).toBe(0.3);
    expect(parseLocaleNumber("10.000.000", "id")).toBe(10_000_000);
  });

  it("reads English decimals and thousands", () => {
    expect(parseLocaleNumber("1,234.5", "en")).toBe(1234.5);
    expect(parseLocaleNumber("98.04", "en")).toBe(98.04);
    expect(parseLocaleNumber("-2", "en")).toBe(-2);
    expect(parseLocaleNumber("0,85", "en")).toBe(0.85);
    expect(parseLocaleNumber("1,234", "en")).toBe(1234);
    // Both marks: the last is the decimal mark, whatever the window's language.
    expect(parseLocaleNumber("1.234,5", "en")).toBe(1234.5);
    expect(parseLocaleNumber("1,234.5", "id")).toBe(1234.5);
  });

  it("keeps a qualitative target as text and an empty cell as no target", () => {
    expect(parseTargetValue("WTP", "id")).toBe("WTP");
    expect(parseTargetValue("  ", "id")).toBeUndefined();
    expect(parseTargetValue("55", "en")).toBe(55);
  });

  it("shows a value for editing without rounding, and reads it back unchanged", () => {
    for (const value of [1.23456, 1234567.891, 0.3, -2, 10_000_000]) {
      for (const language of ["en", "id"] as const) {
        expect(parseLocaleNumber(editableNumber(value, language), language)).toBe(value);
      }
    }
  });
});
