import type { Id, PlanDocument } from "../../domain/types";
import { downloadBlob, fileNameFor } from "../../export/download";
import type { SheetsKey, SheetsTranslate as Translate } from "../../i18n/sheetsDialog";
import { applySpreadsheetImport } from "../../spreadsheet/applyImport";
import { documentTables, type SheetLanguage } from "../../spreadsheet/exportTables";
import {
  type OutputFile,
  precheckSheetFile,
  readSheetFiles,
  type SheetFile,
  sheetFiles,
} from "../../spreadsheet/files";
import { type SheetProblem, sortProblems } from "../../spreadsheet/problems";
import { readTables, type SpreadsheetData } from "../../spreadsheet/readTables";
import { templateTables } from "../../spreadsheet/template";
import type { AppStore } from "../../store/appStore";
import { parseLocaleNumber } from "../editing/numbers";

// What the spreadsheet dialog does, apart from drawing itself: exports and the
// template as ordinary downloads, reading picked files, and the one function
// through which a spreadsheet changes the open document.

function download(files: readonly OutputFile[]): string[] {
  for (const file of files) {
    const data = typeof file.data === "string" ? file.data : new Uint8Array(file.data);
    downloadBlob(new Blob([data], { type: file.type }), file.name);
  }
  return files.map((file) => file.name);
}

function baseName(title: string): string {
  return fileNameFor(title, "x").slice(0, -2);
}

export function exportSpreadsheet(
  doc: PlanDocument,
  structureId: Id | null,
  format: "xlsx" | "csv",
  language: SheetLanguage,
  t: Translate,
): string[] {
  const tables = documentTables(doc, structureId, language);
  return download(
    sheetFiles(tables, format, baseName(doc.meta.title), [
      t("sheets.fileMatrix"),
      t("sheets.fileStructures"),
    ]),
  );
}

export function downloadTemplate(format: "xlsx" | "csv", language: SheetLanguage, t: Translate): string[] {
  return download(
    sheetFiles(templateTables(language), format, t("sheets.fileTemplate"), [
      t("sheets.fileMatrix"),
      t("sheets.fileStructures"),
    ]),
  );
}

export type ReadOutcome = { ok: true; data: SpreadsheetData } | { ok: false; problems: SheetProblem[] };

/** Reads and checks the picked files (cells only; references are checked when applied). */
export async function readPickedFiles(files: readonly File[], language: SheetLanguage): Promise<ReadOutcome> {
  const tooLarge = files.flatMap((file) => precheckSheetFile(file.name, file.size) ?? []);
  if (tooLarge.length > 0) return { ok: false, problems: tooLarge };
  const picked: SheetFile[] = [];
  for (const file of files) picked.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  const read = readSheetFiles(picked);
  if (!read.ok) return read;
  return readTables(read.tables, language, parseLocaleNumber);
}

/**
 * The one way a spreadsheet changes the open document: once the rows are known
 * to fit, an automatic version of the document as it was is saved
 * (`snapshotFirst`), then the rows are applied as a single undoable step of the
 * store's history. Returns the problems when the rows do not fit the document;
 * then nothing changes and no version is made.
 */
export async function updateOpenDocumentFromSpreadsheet(
  store: AppStore,
  data: SpreadsheetData,
  structureId: Id | null,
  language: SheetLanguage,
  label: string,
  snapshotFirst: () => Promise<unknown>,
): Promise<{ ok: true; nodes: number; units: number } | { ok: false; problems: SheetProblem[] }> {
  const apply = (doc: PlanDocument) =>
    applySpreadsheetImport(doc, data, { mode: "update", ownerStructureId: structureId, language });
  const before = store.getState().doc;
  if (!before) return { ok: false, problems: [] };
  const check = apply(before);
  if (!check.ok) return check;
  await snapshotFirst();
  // The document may have changed while the version was written: apply to what is open now.
  const now = store.getState().doc;
  if (!now) return { ok: false, problems: [] };
  const result = now === before ? check : apply(now);
  if (!result.ok) return result;
  store.getState().updateDocument(() => result.doc, { label });
  return { ok: true, nodes: result.nodes, units: result.units };
}

/** A new document made from the rows (applied to a blank document), or the problems. */
export function documentFromSpreadsheet(
  blank: PlanDocument,
  data: SpreadsheetData,
  language: SheetLanguage,
): ReturnType<typeof applySpreadsheetImport> {
  return applySpreadsheetImport(blank, data, { mode: "new", language });
}

/** One line per problem: where (sheet, row, column) and what, in the UI language. */
export function problemLines(problems: readonly SheetProblem[], t: Translate): string[] {
  return sortProblems(problems).map((problem) => {
    const what = t(`sheets.problem.${problem.code}` as SheetsKey, problem.params);
    if (problem.row === undefined) return `${problem.sheet}: ${what}`;
    const where =
      problem.column !== undefined
        ? t("sheets.rowColumn", { sheet: problem.sheet, row: String(problem.row), column: problem.column })
        : t("sheets.row", { sheet: problem.sheet, row: String(problem.row) });
    return `${where}: ${what}`;
  });
}
