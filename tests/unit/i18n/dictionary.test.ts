import { describe, expect, it } from "vitest";
import { en } from "../../../src/i18n/en";
import { id } from "../../../src/i18n/id";
import { chooseLanguage, formatNumber, translator } from "../../../src/i18n/translate";

describe("dictionaries", () => {
  it("have the same keys in English and Indonesian, none empty", () => {
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of [...Object.entries(en), ...Object.entries(id)]) {
      expect(value.trim(), key).not.toBe("");
    }
  });

  it("use the same placeholders in both languages", () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(id[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it("speaks the planners' vocabulary in Indonesian", () => {
    const t = translator("id");
    expect(t("kind.strategic_target")).toBe("Sasaran Strategis");
    expect(t("kind.goal")).toBe("Tujuan");
    expect(t("indicatorName.program")).toBe("IKP");
    expect(t("tier.echelon_1")).toBe("Eselon I / JPT Madya");
  });

  it("fills placeholders, with numbers in the language's format", () => {
    expect(translator("id")("docs.nodes", { count: 1234 })).toBe("1.234 kotak");
    expect(translator("en")("docs.nodes", { count: 1234 })).toBe("1,234 nodes");
    expect(formatNumber("id", 1234.5)).toBe("1.234,5");
  });

  it("chooses the language from the query, then the saved choice, then the browser", () => {
    expect(chooseLanguage("en", "id", ["id-ID"])).toBe("en");
    expect(chooseLanguage(null, "en", ["id-ID"])).toBe("en");
    expect(chooseLanguage("xx", null, ["en-US", "id"])).toBe("en");
    expect(chooseLanguage(null, null, ["id-ID"])).toBe("id");
    expect(chooseLanguage(null, null, ["fr-FR"])).toBe("id");
  });
});
