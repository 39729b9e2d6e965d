import { describe, expect, it } from "vitest";
import { en as appEn } from "../../../src/i18n/en";
import { helpDialogEn } from "../../../src/i18n/helpDialog.en";
import { helpDialogId } from "../../../src/i18n/helpDialog.id";
import { id as appId } from "../../../src/i18n/id";
import { imageDialogEn } from "../../../src/i18n/imageDialog.en";
import { imageDialogId } from "../../../src/i18n/imageDialog.id";
import { sheetsDialogEn } from "../../../src/i18n/sheetsDialog.en";
import { sheetsDialogId } from "../../../src/i18n/sheetsDialog.id";
import { structureViewsEn } from "../../../src/i18n/structureViews.en";
import { structureViewsId } from "../../../src/i18n/structureViews.id";
import { chooseLanguage, formatDateTime, formatNumber, translator } from "../../../src/i18n/translate";
import { versionsDialogEn } from "../../../src/i18n/versionsDialog.en";
import { versionsDialogId } from "../../../src/i18n/versionsDialog.id";

// Every word: the app's dictionary and those that load with a feature's code.
const en: Record<string, string> = {
  ...appEn,
  ...structureViewsEn,
  ...sheetsDialogEn,
  ...versionsDialogEn,
  ...helpDialogEn,
  ...imageDialogEn,
};
const id: Record<string, string> = {
  ...appId,
  ...structureViewsId,
  ...sheetsDialogId,
  ...versionsDialogId,
  ...helpDialogId,
  ...imageDialogId,
};

describe("dictionaries", () => {
  it("have the same keys in English and Indonesian, none empty", () => {
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
    // A condition has no indicators, so its indicator type in the Matriks Kinerja is blank.
    const emptyOnPurpose = new Set(["sheets.indicatorType.condition"]);
    for (const [key, value] of [...Object.entries(en), ...Object.entries(id)]) {
      if (!emptyOnPurpose.has(key)) expect(value.trim(), key).not.toBe("");
    }
  });

  it("translate every string: none left in English in Indonesian, except words planners use as they are", () => {
    // Identical on purpose: names, acronyms, symbols, and the loanwords Indonesian
    // plans write as they are (Program, Output, Target, Status, Baseline, Formula, Unit).
    const sameOnPurpose = new Set<string>([
      "app.name",
      "node.finalTarget",
      "editor.targetFor",
      "panel.status",
      "panel.indicator.baseline",
      "panel.indicator.formula",
      "panel.none",
      "kind.program",
      "kindShort.program",
      "kindShort.output",
      "indicatorName.strategic_target",
      "indicatorName.program",
      "indicatorName.activity",
      "canvas.nodeAria",
      "structure.draftUnit",
      "unit.aria",
      "unit.panel",
      "unit.none",
      "tierShort.technical_unit",
      "diag.coverageKind",
      "severityLetter.info",
      "compare.noOwner",
      "compare.chartA",
      "compare.renameDetail",
      "compare.retierDetail",
      "csv.id",
      "csv.status",
      // Only numbers, names and marks, or the words planners use as they are (target, baseline).
      "versionDiff.level",
      "versionDiff.levelDelta",
      "versionDiff.target",
      "versionDiff.noValue",
      "versionDiff.alignment",
      "versionDiff.field.baseline",
      // The Matriks Kinerja's own name and the column and indicator names planners write as they are.
      "sheets.sheetMatrix",
      "sheets.fileMatrix",
      "sheets.col.baseline",
      "sheets.col.target",
      "sheets.col.formula",
      "sheets.indicatorType.strategic_target",
      "sheets.indicatorType.program",
      "sheets.indicatorType.activity",
      "sheets.indicatorType.condition",
    ]);
    const untranslated = Object.keys(en).filter((key) => id[key] === en[key] && !sameOnPurpose.has(key));
    expect(untranslated).toEqual([]);
    // And the list above names only keys that exist and are still the same.
    for (const key of sameOnPurpose) expect(id[key], key).toBe(en[key]);
  });

  it("use the same placeholders in both languages", () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en)) {
      expect(placeholders(id[key]!), key).toEqual(placeholders(en[key]!));
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
    expect(translator("id")("docs.nodes", { count: 1234.5 })).toBe("1.234,5 kotak");
    expect(translator("en")("docs.nodes", { count: 1234 })).toBe("1,234 nodes");
    expect(formatNumber("id", 1234.5)).toBe("1.234,5");
    expect(formatNumber("en", 1234.5)).toBe("1,234.5");
  });

  it("writes dates the way each language does", () => {
    const iso = "2026-03-05T14:30:00Z";
    const idText = formatDateTime("id", iso);
    const enText = formatDateTime("en", iso);
    expect(idText).toMatch(/\bMar 2026\b|\bMaret 2026\b/);
    expect(idText).not.toBe(enText);
    expect(enText).toContain("2026");
  });

  it("chooses the language from the query, then the saved choice, then the browser", () => {
    expect(chooseLanguage("en", "id", ["id-ID"])).toBe("en");
    expect(chooseLanguage(null, "en", ["id-ID"])).toBe("en");
    expect(chooseLanguage("xx", null, ["en-US", "id"])).toBe("en");
    expect(chooseLanguage(null, null, ["id-ID"])).toBe("id");
    expect(chooseLanguage(null, null, ["fr-FR"])).toBe("id");
  });
});
