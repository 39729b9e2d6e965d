import { csvRow } from "../domain/report";
import type { Cell, Table } from "./table";

// CSV as Excel reads and writes it. Writing goes through csvRow/csvCell of the
// report (RFC 4180 quoting and the formula guard in one place), with a UTF-8
// byte-order mark so that Excel shows Indonesian names correctly. Reading
// accepts what Excel may save: a BOM or none, UTF-8 or the Windows code page,
// commas, semicolons (Excel with Indonesian regional settings) or tabs.

export const UTF8_BOM = "\uFEFF";

/** The rows as CSV text: BOM, header and records, each ended by CRLF. */
export function tableToCsv(rows: readonly (readonly Cell[])[]): string {
  return `${UTF8_BOM}${rows.map((row) => csvRow(row)).join("\r\n")}\r\n`;
}

/** Text of a CSV file's bytes: UTF-8 when it is valid UTF-8, else Windows-1252 (Excel's "CSV" on Windows). */
export function decodeCsvBytes(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The separator of the header line: the most frequent of `,`, `;` and tab outside quotes. */
export function detectSeparator(text: string): "," | ";" | "\t" {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && (char === "," || char === ";" || char === "\t")) counts[char]++;
  }
  if (counts[";"] > counts[","] && counts[";"] >= counts["\t"]) return ";";
  if (counts["\t"] > counts[","]) return "\t";
  return ",";
}

/**
 * Parse CSV text (RFC 4180: quoted fields, doubled quotes, line breaks inside
 * quotes; CRLF, LF or CR line ends). A BOM is dropped. Rows that are wholly
 * empty are kept as empty rows so that row numbers match the spreadsheet's.
 */
export function parseCsv(source: string, name = "CSV"): Table {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const separator = detectSeparator(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = "";
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += char;
      i++;
      continue;
    }
    if (char === '"' && field === "") quoted = true;
    else if (char === separator) endField();
    else if (char === "\r" || char === "\n") {
      endRow();
      if (char === "\r" && text[i + 1] === "\n") i++;
    } else field += char;
    i++;
  }
  if (field !== "" || row.length > 0) endRow();
  const cells: Cell[][] = rows.map((r) => (r.length === 1 && r[0] === "" ? [] : r));
  return { name, rows: cells, numbers: separator === ";" ? "id" : "en" };
}
