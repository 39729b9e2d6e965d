import { FORMULA_START } from "../domain/report";
import {
  FREQUENCIES,
  type Frequency,
  NODE_KINDS,
  type NodeKind,
  POLARITIES,
  type Polarity,
  RETENTION_REASONS,
  type RetentionReason,
  STRUCTURE_ROLES,
  type StructureRole,
  type TargetValue,
  UNIT_KINDS,
  UNIT_TIERS,
  type UnitKind,
  type UnitTier,
} from "../domain/types";
import { ID_PATTERN } from "../format/schema";
import { sheetWords } from "../i18n/sheetsDialog";
import {
  choiceReader,
  headerText,
  MATRIX_COLUMNS,
  type MatrixColumn,
  matchHeaders,
  STRUCTURE_COLUMNS,
  type StructureColumn,
} from "./columns";
import type { SheetProblem } from "./problems";
import { type Cell, cellText, type Table } from "./table";

// Reading the two tables of a spreadsheet into plain rows the importer can
// apply: every cell checked on its own (kinds, choices, years, numbers, lengths,
// ids), with one problem per bad cell. References between rows (parent codes,
// parent units, owners) are resolved later, against the document they go into.

export interface ImportedIndicator {
  readonly row: number;
  readonly id?: string;
  readonly code?: string;
  readonly name: string;
  readonly unit?: string;
  readonly polarity?: Polarity;
  readonly key?: boolean;
  readonly baseline?: { readonly year: number; readonly value: TargetValue };
  /** One entry per year column of the file; undefined clears that year's target. */
  readonly targets: ReadonlyMap<string, TargetValue | undefined>;
  readonly dataSource?: string;
  readonly definition?: string;
  readonly formula?: string;
  readonly frequency?: Frequency;
}

export interface ImportedNode {
  readonly sheet: string;
  /** The first row of the box. */
  readonly row: number;
  readonly id?: string;
  readonly code?: string;
  readonly kind: NodeKind;
  readonly name: string;
  readonly statement?: string;
  /** The parent's code or ID as written; "" for a box at the top. */
  readonly parent: string;
  readonly parentColumn: string;
  readonly indicators: ImportedIndicator[];
  readonly ownerIds: string[];
  readonly ownerNames: string[];
  readonly ownerColumn: string;
}

export interface ImportedUnit {
  readonly sheet: string;
  readonly row: number;
  readonly id: string;
  readonly parentId: string | null;
  readonly parentColumn: string;
  readonly name: string;
  readonly shortName?: string;
  readonly tier: UnitTier;
  readonly kind?: UnitKind;
  readonly retentionReason?: RetentionReason;
  readonly headcount?: number;
  readonly notes?: string;
}

export interface ImportedStructure {
  readonly sheet: string;
  readonly row: number;
  readonly id?: string;
  readonly name?: string;
  readonly role?: StructureRole;
  readonly units: ImportedUnit[];
}

export interface SpreadsheetData {
  readonly nodes: ImportedNode[];
  readonly structures: ImportedStructure[];
  /** The Matriks Kinerja columns the file has: only those are changed on update. */
  readonly matrixColumns: ReadonlySet<MatrixColumn>;
  readonly structureColumns: ReadonlySet<StructureColumn>;
  /** The years of the file's target columns, in order. */
  readonly years: readonly number[];
}

export type ReadResult = { ok: true; data: SpreadsheetData } | { ok: false; problems: SheetProblem[] };

const kinds = choiceReader(NODE_KINDS, ["kind"], {
  ss: "strategic_target",
  "sasaran strategis (ss)": "strategic_target",
  ro: "output",
  kro: "output",
  output: "output",
  "sasaran program": "program",
  "sasaran kegiatan": "activity",
  csf: "condition",
});
const polarities = choiceReader(POLARITIES, ["polarity"], {
  maximise: "maximize",
  minimise: "minimize",
  stabilise: "stabilize",
  max: "maximize",
  min: "minimize",
  maksimum: "maximize",
  minimum: "minimize",
});
const frequencies = choiceReader(FREQUENCIES, ["frequency"]);
const tiers = choiceReader(UNIT_TIERS, ["tierShort", "tier"], {
  "eselon i": "echelon_1",
  "eselon ii": "echelon_2",
  "eselon iii": "echelon_3",
  "eselon iv": "echelon_4",
  "echelon i": "echelon_1",
  "echelon ii": "echelon_2",
  "echelon iii": "echelon_3",
  "echelon iv": "echelon_4",
  upt: "technical_unit",
  jf: "functional_group",
});
const unitKinds = choiceReader(UNIT_KINDS, ["unitKind"], {
  substantif: "substantive",
  pendukung: "support",
  pengawasan: "oversight",
  staf: "staff",
});
const retentions = choiceReader(RETENTION_REASONS, ["retention"]);
const roles = choiceReader(STRUCTURE_ROLES, ["structureRole"]);
const booleans = choiceReader(["true", "false"] as const, [], {
  yes: "true",
  ya: "true",
  y: "true",
  "1": "true",
  iku: "true",
  no: "false",
  tidak: "false",
  t: "false",
  n: "false",
  "0": "false",
});

const LIMITS = {
  code: 64,
  name: 2000,
  text: 2000,
  unit: 100,
  value: 100,
  dataSource: 300,
  unitName: 300,
  shortName: 64,
} as const;

/** A text cell as the user typed it: trimmed, without the `'` the exporter put before a formula-like text. */
function clean(cell: Cell | undefined): string {
  const text = cellText(cell);
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** Reads a number written as text in a table: 1.234,5 where the table uses a decimal comma, 1,234.5 elsewhere. */
export type NumberReader = (text: string, language: "en" | "id") => number | undefined;

interface RowReader<C extends string> {
  readonly row: number;
  text(column: C): string;
  raw(column: C): Cell | undefined;
  has(column: C): boolean;
  header(column: C): string;
  problem(column: C | undefined, code: SheetProblem["code"], params?: SheetProblem["params"]): void;
}

function headerRowIndex(table: Table): number {
  return table.rows.findIndex((row) => row.some((cell) => cellText(cell) !== ""));
}

function isEmptyRow(row: readonly Cell[]): boolean {
  return row.every((cell) => cellText(cell) === "");
}

/** What kind of table a header row is: the Matriks Kinerja, the structures, or neither. */
function classify(headers: readonly string[]): "matrix" | "structures" | null {
  const structure = matchHeaders(headers, STRUCTURE_COLUMNS);
  if (structure.includes("unitId") && structure.includes("tier")) return "structures";
  const matrix = matchHeaders(headers, MATRIX_COLUMNS);
  if (matrix.includes("kind") || matrix.includes("indicator") || matrix.includes("name")) return "matrix";
  return null;
}

function makeReader<C extends string>(
  table: Table,
  headers: readonly string[],
  positions: ReadonlyMap<C, number>,
  row: readonly Cell[],
  rowNumber: number,
  problems: SheetProblem[],
): RowReader<C> {
  return {
    row: rowNumber,
    text: (column) => {
      const index = positions.get(column);
      return index === undefined ? "" : clean(row[index]);
    },
    raw: (column) => {
      const index = positions.get(column);
      return index === undefined ? undefined : row[index];
    },
    has: (column) => positions.has(column),
    header: (column) => {
      const index = positions.get(column);
      return index === undefined ? column : (headers[index] ?? column);
    },
    problem: (column, code, params) => {
      const index = column === undefined ? undefined : positions.get(column);
      problems.push({
        sheet: table.name,
        row: rowNumber,
        ...(index !== undefined ? { column: headers[index] ?? String(column) } : {}),
        code,
        ...(params ? { params } : {}),
      });
    },
  };
}

function limited<C extends string>(r: RowReader<C>, column: C, max: number): string | undefined {
  const text = r.text(column);
  if (text === "") return undefined;
  if ([...text].length > max) {
    r.problem(column, "tooLong", { max });
    return undefined;
  }
  return text;
}

function choice<C extends string, T extends string>(
  r: RowReader<C>,
  column: C,
  reader: ReturnType<typeof choiceReader<T>>,
  language: "en" | "id",
): T | undefined {
  const text = r.text(column);
  if (text === "") return undefined;
  const value = reader.read(text);
  if (value === undefined) r.problem(column, "badChoice", { value: text, options: reader.options(language) });
  return value;
}

function idCell<C extends string>(r: RowReader<C>, column: C): string | undefined {
  const text = r.text(column);
  if (text === "") return undefined;
  if (text.length > 64 || !ID_PATTERN.test(text)) {
    r.problem(column, "badId", { value: text });
    return undefined;
  }
  return text;
}

function yearCell<C extends string>(r: RowReader<C>, column: C): number | undefined {
  const raw = r.raw(column);
  const text = clean(raw);
  if (text === "") return undefined;
  const year = typeof raw === "number" ? raw : Number(text);
  if (!Number.isInteger(year) || year < 1945 || year > 2200) {
    r.problem(column, "badYear", { value: text });
    return undefined;
  }
  return year;
}

function targetCell(
  raw: Cell | undefined,
  table: Table,
  readNumber: NumberReader,
  /** For a table that does not say how it writes numbers (a workbook's text cells): the UI language. */
  language: "en" | "id",
): { value?: TargetValue; tooLong?: boolean } {
  if (typeof raw === "number") return Number.isFinite(raw) ? { value: raw } : {};
  const text = clean(raw);
  if (text === "") return {};
  const number = readNumber(text, table.numbers ?? language);
  if (number !== undefined) return { value: number };
  return [...text].length > LIMITS.value ? { tooLong: true } : { value: text };
}

// ---------------------------------------------------------------------------

function readMatrix(
  table: Table,
  headerIndex: number,
  language: "en" | "id",
  readNumber: NumberReader,
  problems: SheetProblem[],
  nodes: ImportedNode[],
): { columns: Set<MatrixColumn>; years: number[] } {
  const headers = (table.rows[headerIndex] ?? []).map((cell) => clean(cell));
  const matched = matchHeaders(headers, MATRIX_COLUMNS);
  const positions = new Map<MatrixColumn, number>();
  const yearPositions = new Map<number, number>();
  matched.forEach((column, index) => {
    if (column === undefined) return;
    if (typeof column === "object") {
      if (!yearPositions.has(column.year)) yearPositions.set(column.year, index);
    } else if (!positions.has(column)) positions.set(column, index);
  });
  const years = [...yearPositions.keys()].sort((a, b) => a - b);
  const missing = (["kind", "name"] as const).filter((column) => !positions.has(column));
  if (!positions.has("code") && !positions.has("nodeId")) missing.push("code" as never);
  if (missing.length > 0) {
    for (const column of missing)
      problems.push({
        sheet: table.name,
        row: headerIndex + 1,
        code: "missingColumn",
        params: { column: columnWord(column, language) },
      });
    return { columns: new Set(positions.keys()), years };
  }

  const byKey = new Map<string, ImportedNode>();
  const indicatorIdRows = new Map<string, number>();
  let previous: ImportedNode | undefined;
  for (let index = headerIndex + 1; index < table.rows.length; index++) {
    const row = table.rows[index] ?? [];
    if (isEmptyRow(row)) continue;
    const r = makeReader(table, headers, positions, row, index + 1, problems);
    const before = problems.length;

    const boxCells = (["kind", "code", "name", "nodeId", "parent", "statement"] as const).map((c) =>
      r.text(c),
    );
    const continues = boxCells.every((text) => text === "") && previous !== undefined;

    let node = previous;
    if (!continues) {
      const kindText = r.text("kind");
      const kind = choice(r, "kind", kinds, language);
      if (kindText === "") r.problem("kind", "required");
      const name = limited(r, "name", LIMITS.name);
      if (r.text("name") === "") r.problem("name", "required");
      const code = limited(r, "code", LIMITS.code);
      const id = idCell(r, "nodeId");
      const statement = limited(r, "statement", LIMITS.text);
      const parent = r.text("parent");
      const key = id !== undefined ? `id:${id}` : code !== undefined ? `code:${code}` : undefined;
      const existing = key === undefined ? undefined : byKey.get(key);
      if (existing) {
        // A further row of the same box: it must say the same about the box.
        const same =
          (kind === undefined || kind === existing.kind) &&
          (name === undefined || name === existing.name) &&
          parent === existing.parent;
        if (!same) r.problem(undefined, "conflict", { first: existing.row, value: code ?? id ?? "" });
        node = existing;
      } else if (kind !== undefined && name !== undefined) {
        // A box without code or ID is new each time: no other row can name it as parent.
        node = {
          sheet: table.name,
          row: r.row,
          ...(id !== undefined ? { id } : {}),
          ...(code !== undefined ? { code } : {}),
          kind,
          name,
          ...(statement !== undefined ? { statement } : {}),
          parent,
          parentColumn: r.header("parent"),
          indicators: [],
          ownerIds: [],
          ownerNames: [],
          ownerColumn: r.header(positions.has("ownerId") ? "ownerId" : "owner"),
        };
        if (key !== undefined) byKey.set(key, node);
        nodes.push(node);
      } else node = undefined;
    }
    if (node) readOwners(r, node);

    const indicator = readIndicator(r, table, yearPositions, readNumber, language, indicatorIdRows);
    if (problems.length === before && node && indicator) node.indicators.push(indicator);
    previous = node;
  }
  return { columns: new Set(positions.keys()), years };
}

/** A column's header in the UI language, for a message about a missing column. */
function columnWord(column: string, language: "en" | "id"): string {
  return headerText(column, sheetWords(language));
}

function readOwners(r: RowReader<MatrixColumn>, node: ImportedNode) {
  const split = (text: string) =>
    text
      .split(";")
      .map((part) => part.trim())
      .filter((part) => part !== "");
  for (const id of split(r.text("ownerId"))) if (!node.ownerIds.includes(id)) node.ownerIds.push(id);
  for (const name of split(r.text("owner"))) if (!node.ownerNames.includes(name)) node.ownerNames.push(name);
}

const INDICATOR_COLUMNS = [
  "indicatorCode",
  "indicator",
  "unit",
  "polarity",
  "key",
  "baselineYear",
  "baseline",
  "dataSource",
  "definition",
  "formula",
  "frequency",
  "indicatorId",
] as const;

function readIndicator(
  r: RowReader<MatrixColumn>,
  table: Table,
  yearPositions: ReadonlyMap<number, number>,
  readNumber: NumberReader,
  language: "en" | "id",
  idRows: Map<string, number>,
): ImportedIndicator | undefined {
  const row = table.rows[r.row - 1] ?? [];
  const anyTarget = [...yearPositions.values()].some((index) => clean(row[index]) !== "");
  if (!anyTarget && INDICATOR_COLUMNS.every((column) => r.text(column) === "")) return undefined;

  const name = limited(r, "indicator", LIMITS.name);
  if (r.text("indicator") === "") r.problem("indicator", "indicatorName");
  const id = idCell(r, "indicatorId");
  if (id !== undefined) {
    const first = idRows.get(id);
    if (first !== undefined) r.problem("indicatorId", "duplicate", { value: id, first });
    else idRows.set(id, r.row);
  }
  const targets = new Map<string, TargetValue | undefined>();
  for (const [year, index] of yearPositions) {
    const read = targetCell(row[index], table, readNumber, language);
    if (read.tooLong) {
      r.problem(undefined, "tooLong", { max: LIMITS.value });
    }
    targets.set(String(year), read.value);
  }
  const baselineRead = targetCell(r.raw("baseline"), table, readNumber, language);
  if (baselineRead.tooLong) r.problem("baseline", "tooLong", { max: LIMITS.value });
  const baselineYear = yearCell(r, "baselineYear");
  if (baselineRead.value !== undefined && baselineYear === undefined && r.text("baselineYear") === "")
    r.problem("baselineYear", "baselineYear");
  const keyText = r.text("key");
  const key = keyText === "" ? undefined : choice(r, "key", booleans, language);
  const optional = <T>(name: string, value: T | undefined) => (value === undefined ? {} : { [name]: value });
  if (name === undefined) return undefined;
  return {
    row: r.row,
    name,
    targets,
    ...optional("id", id),
    ...optional("code", limited(r, "indicatorCode", LIMITS.code)),
    ...optional("unit", limited(r, "unit", LIMITS.unit)),
    ...optional("polarity", choice(r, "polarity", polarities, language)),
    ...optional("key", key === undefined ? undefined : key === "true"),
    ...optional(
      "baseline",
      baselineRead.value !== undefined && baselineYear !== undefined
        ? { year: baselineYear, value: baselineRead.value }
        : undefined,
    ),
    ...optional("dataSource", limited(r, "dataSource", LIMITS.dataSource)),
    ...optional("definition", limited(r, "definition", LIMITS.text)),
    ...optional("formula", limited(r, "formula", LIMITS.text)),
    ...optional("frequency", choice(r, "frequency", frequencies, language)),
  } as ImportedIndicator;
}

// ---------------------------------------------------------------------------

function readStructures(
  table: Table,
  headerIndex: number,
  language: "en" | "id",
  problems: SheetProblem[],
  structures: ImportedStructure[],
): Set<StructureColumn> {
  const headers = (table.rows[headerIndex] ?? []).map((cell) => clean(cell));
  const positions = new Map<StructureColumn, number>();
  matchHeaders(headers, STRUCTURE_COLUMNS).forEach((column, index) => {
    if (typeof column === "string" && !positions.has(column)) positions.set(column, index);
  });
  const missing = (["unitId", "unitName", "tier"] as const).filter((column) => !positions.has(column));
  if (missing.length > 0) {
    for (const column of missing)
      problems.push({
        sheet: table.name,
        row: headerIndex + 1,
        code: "missingColumn",
        params: { column: columnWord(column, language) },
      });
    return new Set(positions.keys());
  }
  const byKey = new Map<string, ImportedStructure>();
  const unitRows = new Map<string, number>();
  for (let index = headerIndex + 1; index < table.rows.length; index++) {
    const row = table.rows[index] ?? [];
    if (isEmptyRow(row)) continue;
    const r = makeReader(table, headers, positions, row, index + 1, problems);
    const before = problems.length;
    const structureId = idCell(r, "structureId");
    const structureName = limited(r, "structure", LIMITS.unitName);
    const role = choice(r, "structureRole", roles, language);
    const unitIdText = r.text("unitId");
    const unitId = idCell(r, "unitId");
    if (unitIdText === "") r.problem("unitId", "required");
    const parentId = idCell(r, "parentUnitId");
    const name = limited(r, "unitName", LIMITS.unitName);
    if (r.text("unitName") === "") r.problem("unitName", "required");
    const tierText = r.text("tier");
    const tier = choice(r, "tier", tiers, language);
    if (tierText === "") r.problem("tier", "required");
    const kind = choice(r, "unitKind", unitKinds, language);
    const retentionReason = choice(r, "retention", retentions, language);
    const shortName = limited(r, "shortName", LIMITS.shortName);
    const notes = limited(r, "notes", LIMITS.text);
    let headcount: number | undefined;
    const headcountText = r.text("headcount");
    if (headcountText !== "") {
      const raw = r.raw("headcount");
      const number = typeof raw === "number" ? raw : Number(headcountText.replace(/[.,\s](?=\d{3}\b)/g, ""));
      if (!Number.isInteger(number) || number < 0 || number > 1_000_000)
        r.problem("headcount", "badNumber", { value: headcountText });
      else headcount = number;
    }
    const key = structureId !== undefined ? `id:${structureId}` : `name:${structureName ?? ""}`;
    if (unitId !== undefined) {
      const unitKey = `${key}\u0000${unitId}`;
      const first = unitRows.get(unitKey);
      if (first !== undefined) r.problem("unitId", "duplicate", { value: unitId, first });
      else unitRows.set(unitKey, r.row);
    }
    if (problems.length > before || unitId === undefined || name === undefined || tier === undefined)
      continue;
    let structure = byKey.get(key);
    if (!structure) {
      structure = {
        sheet: table.name,
        row: r.row,
        ...(structureId !== undefined ? { id: structureId } : {}),
        ...(structureName !== undefined ? { name: structureName } : {}),
        ...(role !== undefined ? { role } : {}),
        units: [],
      };
      byKey.set(key, structure);
      structures.push(structure);
    }
    structure.units.push({
      sheet: table.name,
      row: r.row,
      id: unitId,
      parentId: parentId ?? null,
      parentColumn: r.header("parentUnitId"),
      name,
      tier,
      ...(shortName !== undefined ? { shortName } : {}),
      ...(kind !== undefined ? { kind } : {}),
      ...(retentionReason !== undefined ? { retentionReason } : {}),
      ...(headcount !== undefined ? { headcount } : {}),
      ...(notes !== undefined ? { notes } : {}),
    });
  }
  return new Set(positions.keys());
}

/**
 * Reads the tables of one import (the sheets of a workbook, or one or two CSV
 * files). Each table is recognised by its header row; a table that is neither
 * a Matriks Kinerja nor a structures table is a problem, as is any bad cell.
 */
export function readTables(
  tables: readonly Table[],
  language: "en" | "id",
  readNumber: NumberReader,
): ReadResult {
  const problems: SheetProblem[] = [];
  const nodes: ImportedNode[] = [];
  const structures: ImportedStructure[] = [];
  let matrixColumns = new Set<MatrixColumn>();
  let structureColumns = new Set<StructureColumn>();
  let years: number[] = [];
  let found = 0;
  for (const table of tables) {
    const headerIndex = headerRowIndex(table);
    if (headerIndex < 0) continue; // an empty sheet
    const headers = (table.rows[headerIndex] ?? []).map((cell) => clean(cell));
    const kind = classify(headers);
    if (kind === null) {
      problems.push({ sheet: table.name, row: headerIndex + 1, code: "unknownTable" });
      continue;
    }
    found++;
    if (kind === "matrix") {
      const read = readMatrix(table, headerIndex, language, readNumber, problems, nodes);
      matrixColumns = new Set([...matrixColumns, ...read.columns]);
      years = [...new Set([...years, ...read.years])].sort((a, b) => a - b);
    } else {
      structureColumns = new Set([
        ...structureColumns,
        ...readStructures(table, headerIndex, language, problems, structures),
      ]);
    }
  }
  if (found === 0 && problems.length === 0) problems.push({ sheet: tables[0]?.name ?? "", code: "noRows" });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, data: { nodes, structures, matrixColumns, structureColumns, years } };
}
