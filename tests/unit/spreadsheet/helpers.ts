import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createBlankDocument } from "../../../src/domain/document";
import type { PlanDocument } from "../../../src/domain/types";
import { loadDocument } from "../../../src/format/load";
import { applySpreadsheetImport } from "../../../src/spreadsheet/applyImport";
import { readTables } from "../../../src/spreadsheet/readTables";
import type { Table } from "../../../src/spreadsheet/table";
import { parseLocaleNumber } from "../../../src/ui/editing/numbers";

export const SHEET_FIXTURES = fileURLToPath(new URL("../../fixtures/sheets/", import.meta.url));

/** The built-in Kemensos sample, through the app's own loader. */
export function sample(): PlanDocument {
  const text = readFileSync(new URL("../../../src/sample/kemensos-2020-2024.json", import.meta.url), "utf8");
  const result = loadDocument(text);
  if (!result.ok) throw new Error("the sample does not load");
  return result.document;
}

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(`${SHEET_FIXTURES}${name}`));
}

/** Tables imported as a new document, as the dialog does. */
export function importNew(tables: readonly Table[], language: "en" | "id" = "id") {
  const read = readTables(tables, language, parseLocaleNumber);
  if (!read.ok) return read;
  const blank = createBlankDocument({ title: "Import", language, now: "2026-01-01T00:00:00Z" });
  return applySpreadsheetImport(blank, read.data, { mode: "new", language });
}

/** Tables applied to an open document, as the dialog's "update" choice does. */
export function importUpdate(
  doc: PlanDocument,
  tables: readonly Table[],
  structureId: string | null,
  language: "en" | "id" = "id",
) {
  const read = readTables(tables, language, parseLocaleNumber);
  if (!read.ok) return read;
  return applySpreadsheetImport(doc, read.data, { mode: "update", ownerStructureId: structureId, language });
}
