// A spreadsheet as the app reads and writes it: named tables of rows of cells.
// A cell is a text, a number, or empty (null). No styles, no formulas: the
// writers add a bold, frozen header; the readers keep only values.

export type Cell = string | number | null;

export interface Table {
  /** The sheet's name (XLSX), or the file's name (CSV). */
  readonly name: string;
  /** The first row is the header. */
  readonly rows: readonly (readonly Cell[])[];
  /**
   * How numbers written as text in this table are read: "id" when they may use a
   * decimal comma (a CSV separated by `;`, as Indonesian Excel writes it), "en" for
   * another CSV; absent for a workbook, whose numbers typed as text are read in the UI language.
   */
  readonly numbers?: "en" | "id";
}

/** A cell as trimmed text ("" for empty). */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  return typeof cell === "number" ? String(cell) : cell.trim();
}
