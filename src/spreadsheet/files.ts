import { decodeCsvBytes, parseCsv, tableToCsv } from "./csv";
import type { SheetProblem } from "./problems";
import type { Table } from "./table";
import { MAX_XLSX_BYTES, NotAWorkbookError, readXlsx, writeXlsx, XLSX_MIME } from "./xlsx";

// Files in and out: which bytes are a workbook and which are CSV, and the
// files an export writes. No DOM here: the UI turns these into downloads.

export interface SheetFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface OutputFile {
  readonly name: string;
  readonly type: string;
  readonly data: Uint8Array | string;
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The largest file the importer reads: a workbook (zipped) or a CSV file. */
export const MAX_SHEET_FILE_BYTES = { xlsx: MAX_XLSX_BYTES, csv: 50 * 1024 * 1024 } as const;

/** Why a file is not even read, judged by its name and size alone; undefined when it may be read. */
export function precheckSheetFile(name: string, size: number): SheetProblem | undefined {
  const lower = name.toLowerCase();
  const limit = lower.endsWith(".xlsx") ? MAX_SHEET_FILE_BYTES.xlsx : MAX_SHEET_FILE_BYTES.csv;
  if (size > limit) return { sheet: name, code: "tooLarge", params: { max: limit / (1024 * 1024) } };
  return undefined;
}

/** The tables of the files a user picked: each workbook's sheets, each CSV file as one table. */
export function readSheetFiles(
  files: readonly SheetFile[],
): { ok: true; tables: Table[] } | { ok: false; problems: SheetProblem[] } {
  const tables: Table[] = [];
  const problems: SheetProblem[] = [];
  for (const file of files) {
    const lower = file.name.toLowerCase();
    if (isZip(file.bytes) || lower.endsWith(".xlsx")) {
      try {
        if (file.bytes.byteLength > MAX_XLSX_BYTES) throw new NotAWorkbookError("too large");
        tables.push(...readXlsx(file.bytes));
      } catch {
        problems.push({ sheet: file.name, code: "unreadable" });
      }
    } else if (lower.endsWith(".csv") || lower.endsWith(".txt") || lower.endsWith(".tsv")) {
      tables.push(parseCsv(decodeCsvBytes(file.bytes), file.name));
    } else problems.push({ sheet: file.name, code: "notSpreadsheet" });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, tables };
}

/** The files of an export: one workbook, or one CSV file per table. `base` names them. */
export function sheetFiles(
  tables: readonly Table[],
  format: "xlsx" | "csv",
  base: string,
  fileNames: readonly string[],
): OutputFile[] {
  if (format === "xlsx") return [{ name: `${base}.xlsx`, type: XLSX_MIME, data: writeXlsx(tables) }];
  return tables.map((table, i) => ({
    name: `${base}-${fileNames[i] ?? `table-${i + 1}`}.csv`,
    type: "text/csv;charset=utf-8",
    data: tableToCsv(table.rows),
  }));
}
