import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { formulaSafe } from "../domain/report";
import { type Cell, cellText, type Table } from "./table";
import { childrenNamed, escapeXml, firstChild, parseXml, textOf, type XmlElement } from "./xml";

// A minimal XLSX (Office Open XML spreadsheet) writer and reader. Writing: one
// worksheet per table, text as inline strings, numbers as numbers, a bold
// header row that stays in view (frozen pane), column widths from the content.
// Reading: the values of every worksheet (shared strings, inline strings,
// numbers, booleans), nothing else. Zipping is fflate's; the XML is ours.

const MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const XLSX_MIME = MIME;

/** The largest XLSX the reader opens, and the most its parts may unpack to (a zip bomb stops here). */
export const MAX_XLSX_BYTES = 20 * 1024 * 1024;
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** "A" for 0, "Z" for 25, "AA" for 26. */
export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** 0 for "A", 26 for "AA"; the letters of a cell reference such as "AB12". */
export function columnIndex(reference: string): number {
  let index = 0;
  for (const char of reference.toUpperCase()) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

/**
 * Text of a cell as it is stored: formula-safe (a leading `'`), and with OOXML's
 * own escape `_xHHHH_` escaped, so that a name containing "_x0041_" reads back as written.
 */
function storedText(text: string): string {
  return escapeXml(formulaSafe(text).replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1"));
}

function cellXml(cell: Cell, reference: string, header: boolean): string {
  const style = header ? ' s="1"' : "";
  if (cell === null || cell === "") return header ? `<c r="${reference}"${style}/>` : "";
  if (typeof cell === "number" && Number.isFinite(cell))
    return `<c r="${reference}"${style}><v>${cell}</v></c>`;
  return `<c r="${reference}"${style} t="inlineStr"><is><t xml:space="preserve">${storedText(String(cell))}</t></is></c>`;
}

function columnWidths(rows: readonly (readonly Cell[])[]): number[] {
  const widths: number[] = [];
  for (const row of rows.slice(0, 500)) {
    row.forEach((cell, index) => {
      const longest = Math.max(
        ...cellText(cell)
          .split("\n")
          .map((line) => line.length),
      );
      widths[index] = Math.max(widths[index] ?? 8, Math.min(60, longest + 2));
    });
  }
  return widths;
}

function sheetXml(table: Table): string {
  const widths = columnWidths(table.rows);
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`);
  const rows = table.rows.map((row, r) => {
    const cells = row.map((cell, c) => cellXml(cell, `${columnName(c)}${r + 1}`, r === 0)).join("");
    return `<row r="${r + 1}">${cells}</row>`;
  });
  return `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols.length > 0 ? `<cols>${cols.join("")}</cols>` : ""}<sheetData>${rows.join("")}</sheetData></worksheet>`;
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\ . */
function sheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, " ")
      .trim()
      .slice(0, 31) || "Sheet";
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 28)} ${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** A workbook with one worksheet per table, as the bytes of an .xlsx file. */
export function writeXlsx(tables: readonly Table[]): Uint8Array {
  const taken = new Set<string>();
  const names = tables.map((table) => sheetName(table.name, taken));
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${tables.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}</Types>`,
    ),
    "_rels/.rels": strToU8(
      `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheets>${names.map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">${tables.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}<Relationship Id="rId${tables.length + 1}" Type="${NS_REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
    // Style 0: normal. Style 1: bold on a light grey fill, wrapped, for the header.
    "xl/styles.xml": strToU8(
      `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE8EEF4"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
    ),
  };
  tables.forEach((table, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(table));
  });
  return zipSync(files, { level: 6, mtime: new Date(2020, 0, 1) });
}

// ---------------------------------------------------------------------------
// Reading

/** Thrown for a file that is not a readable workbook; the UI says so in its language. */
export class NotAWorkbookError extends Error {}

/** OOXML's escape for characters XML cannot hold: `_x000D_` is CR, `_x005F_` an underscore. */
function unescapeOoxml(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

/** The text of a string item: its `<t>`, or the `<t>` of each rich-text run; phonetic runs left out. */
function stringItemText(item: XmlElement): string {
  const plain = firstChild(item, "t");
  if (plain) return unescapeOoxml(textOf(plain));
  return childrenNamed(item, "r")
    .map((run) => {
      const t = firstChild(run, "t");
      return t ? unescapeOoxml(textOf(t)) : "";
    })
    .join("");
}

function cellValue(cell: XmlElement, shared: readonly string[]): Cell {
  const type = cell.attrs.get("t") ?? "n";
  if (type === "inlineStr") {
    const is = firstChild(cell, "is");
    return is ? stringItemText(is) : null;
  }
  const v = firstChild(cell, "v");
  const raw = v ? textOf(v) : "";
  if (raw === "") return null;
  if (type === "s") return shared[Number(raw)] ?? null;
  if (type === "str" || type === "e" || type === "d") return unescapeOoxml(raw);
  if (type === "b") return raw === "1" ? "TRUE" : "FALSE";
  const number = Number(raw);
  return Number.isFinite(number) ? number : raw;
}

function readSheet(xml: string, name: string, shared: readonly string[]): Table {
  const worksheet = parseXml(xml);
  const data = firstChild(worksheet, "sheetData");
  const rows: Cell[][] = [];
  if (!data) return { name, rows };
  let nextRow = 0;
  for (const row of childrenNamed(data, "row")) {
    const number = Number(row.attrs.get("r"));
    const r = Number.isInteger(number) && number >= 1 ? number - 1 : nextRow;
    nextRow = r + 1;
    if (r > 1_048_575) break;
    const cells: Cell[] = [];
    let nextColumn = 0;
    for (const cell of childrenNamed(row, "c")) {
      const reference = cell.attrs.get("r");
      const c = reference ? columnIndex(reference) : nextColumn;
      nextColumn = c + 1;
      if (c < 0 || c > 16_383) continue;
      const value = cellValue(cell, shared);
      if (value !== null) cells[c] = value;
    }
    for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
    rows[r] = cells;
  }
  for (let r = 0; r < rows.length; r++) if (rows[r] === undefined) rows[r] = [];
  return { name, rows };
}

function resolveTarget(target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts: string[] = ["xl"];
  for (const part of target.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== "." && part !== "") parts.push(part);
  }
  return parts.join("/");
}

/** The worksheets of an .xlsx file, in workbook order. Throws NotAWorkbookError for anything else. */
export function readXlsx(bytes: Uint8Array): Table[] {
  if (bytes.byteLength > MAX_XLSX_BYTES) throw new NotAWorkbookError("too large");
  let files: Record<string, Uint8Array>;
  try {
    let unpacked = 0;
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!file.name.endsWith(".xml") && !file.name.endsWith(".rels")) return false;
        unpacked += file.originalSize;
        if (unpacked > MAX_UNPACKED_BYTES) throw new NotAWorkbookError("unpacks too large");
        return true;
      },
    });
  } catch (error) {
    if (error instanceof NotAWorkbookError) throw error;
    throw new NotAWorkbookError("not a zip file");
  }
  const text = (path: string) => {
    const file = files[path];
    return file ? strFromU8(file) : undefined;
  };
  const workbookXml = text("xl/workbook.xml");
  if (workbookXml === undefined) throw new NotAWorkbookError("no workbook");
  try {
    const shared: string[] = [];
    const sharedXml = text("xl/sharedStrings.xml");
    if (sharedXml !== undefined) {
      for (const item of childrenNamed(parseXml(sharedXml), "si")) shared.push(stringItemText(item));
    }
    const targets = new Map<string, string>();
    const relsXml = text("xl/_rels/workbook.xml.rels");
    if (relsXml !== undefined) {
      for (const rel of childrenNamed(parseXml(relsXml), "Relationship")) {
        const id = rel.attrs.get("Id");
        const target = rel.attrs.get("Target");
        if (id && target) targets.set(id, resolveTarget(target));
      }
    }
    const sheets = firstChild(parseXml(workbookXml), "sheets");
    const tables: Table[] = [];
    for (const [index, sheet] of (sheets ? childrenNamed(sheets, "sheet") : []).entries()) {
      const name = sheet.attrs.get("name") ?? `Sheet${index + 1}`;
      const path = targets.get(sheet.attrs.get("id") ?? "") ?? `xl/worksheets/sheet${index + 1}.xml`;
      const xml = text(path);
      if (xml !== undefined) tables.push(readSheet(xml, name, shared));
    }
    return tables;
  } catch (error) {
    if (error instanceof NotAWorkbookError) throw error;
    throw new NotAWorkbookError("unreadable workbook XML");
  }
}
