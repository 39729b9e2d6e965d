// A problem found in an imported spreadsheet: where (table, row, column) and
// what (a code and a few values), turned into a sentence in the UI language by
// the caller. Rows are numbered as the spreadsheet shows them (header = 1).

export type SheetProblemCode =
  | "notSpreadsheet"
  | "tooLarge"
  | "unreadable"
  | "unknownTable"
  | "missingColumn"
  | "noRows"
  | "required"
  | "badId"
  | "badChoice"
  | "badYear"
  | "badNumber"
  | "tooLong"
  | "unknownParent"
  | "ambiguousParent"
  | "selfParent"
  | "cycle"
  | "conflict"
  | "duplicate"
  | "baselineYear"
  | "indicatorName"
  | "unknownUnit"
  | "noOwnerStructure"
  | "unknownParentUnit"
  | "periodTooLong"
  | "format";

export interface SheetProblem {
  /** The sheet or file name. */
  readonly sheet: string;
  /** 1-based row number; absent for a problem of the whole file. */
  readonly row?: number;
  /** The column's header as written in the file. */
  readonly column?: string;
  readonly code: SheetProblemCode;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Problems sorted as a reader scans the file: by sheet order of first mention, then row. */
export function sortProblems(problems: readonly SheetProblem[]): SheetProblem[] {
  const sheets: string[] = [];
  for (const p of problems) if (!sheets.includes(p.sheet)) sheets.push(p.sheet);
  return [...problems].sort(
    (a, b) => sheets.indexOf(a.sheet) - sheets.indexOf(b.sheet) || (a.row ?? 0) - (b.row ?? 0),
  );
}
