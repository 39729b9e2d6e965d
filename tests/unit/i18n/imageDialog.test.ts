import { describe, expect, it } from "vitest";
import { imageDialogText } from "../../../src/i18n/imageDialog";
import { imageDialogEn } from "../../../src/i18n/imageDialog.en";
import { imageDialogId } from "../../../src/i18n/imageDialog.id";

describe("image dialog words (loaded with the dialog)", () => {
  it("Indonesian has every English key, each with the same placeholders", () => {
    expect(Object.keys(imageDialogId).sort()).toEqual(Object.keys(imageDialogEn).sort());
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(imageDialogEn) as (keyof typeof imageDialogEn)[])
      expect(placeholders(imageDialogId[key]), key).toEqual(placeholders(imageDialogEn[key]));
  });

  it("fills placeholders with numbers in the language's format", () => {
    expect(imageDialogText("id")("image.size", { width: 12345, height: 800 })).toBe(
      "Ukuran gambar: 12.345 × 800 px",
    );
    expect(imageDialogText("en")("image.pageOf", { page: 2, count: 30 })).toBe("Page 2 of 30");
  });
});
