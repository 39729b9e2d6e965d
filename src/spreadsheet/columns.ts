import { sheetWords } from "../i18n/sheetsDialog";

// The columns of the two tables. Headers are written in the UI language and
// read back in either language (and by their key), so a Matriks Kinerja made
// in English opens for an Indonesian planner and the other way round.

export const MATRIX_COLUMNS = [
  "kind",
  "code",
  "parent",
  "name",
  "statement",
  "indicatorType",
  "indicatorCode",
  "indicator",
  "unit",
  "polarity",
  "key",
  "baselineYear",
  "baseline",
  // one "Target YYYY" column per year of the period comes here
  "dataSource",
  "definition",
  "formula",
  "frequency",
  "owner",
  "ownerId",
  "nodeId",
  "indicatorId",
] as const;
export type MatrixColumn = (typeof MATRIX_COLUMNS)[number];

/** Where the year columns go: after the baseline. */
export const TARGETS_AFTER: MatrixColumn = "baseline";

export const STRUCTURE_COLUMNS = [
  "structureId",
  "structure",
  "structureRole",
  "unitId",
  "parentUnitId",
  "unitName",
  "shortName",
  "tier",
  "unitKind",
  "retention",
  "headcount",
  "notes",
] as const;
export type StructureColumn = (typeof STRUCTURE_COLUMNS)[number];

/** A header or a choice as compared: lower case, single spaces, no trailing `*` or `:`. */
export function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[_\s]+/g, " ")
    .replace(/[*:]+$/, "")
    .trim();
}

function headerKey(column: string): string {
  return `sheets.col.${column}`;
}

/** Every name a column is known by: its key and its header in each language. */
function namesOf(column: string): string[] {
  const key = headerKey(column);
  return [column, sheetWords("en")[key] ?? column, sheetWords("id")[key] ?? column].map(normalise);
}

/** The column key of each header cell (undefined for a column the app does not know). */
export function matchHeaders<C extends string>(
  headers: readonly string[],
  columns: readonly C[],
): (C | { year: number } | undefined)[] {
  const lookup = new Map<string, C>();
  for (const column of columns) for (const name of namesOf(column)) lookup.set(name, column);
  return headers.map((header) => {
    const text = normalise(header);
    const year = /^(?:target\s*)?([12]\d{3})$/.exec(text);
    if (year) return { year: Number(year[1]) };
    return lookup.get(text);
  });
}

/** The header of a column in a dictionary. */
export function headerText(column: string, dictionary: Readonly<Record<string, string>>): string {
  return dictionary[headerKey(column)] ?? column;
}

/**
 * A lookup for the values of an enumeration: the key ("strategic_target"), the
 * key with spaces, and each label of `labelPrefixes` in both languages.
 */
export function choiceReader<T extends string>(
  values: readonly T[],
  labelPrefixes: readonly string[],
  extra: Readonly<Record<string, T>> = {},
): { read(text: string): T | undefined; options(language: "en" | "id"): string } {
  const lookup = new Map<string, T>();
  for (const value of values) {
    lookup.set(normalise(value), value);
    for (const prefix of labelPrefixes) {
      const key = `${prefix}.${value}`;
      for (const label of [sheetWords("en")[key], sheetWords("id")[key]])
        if (label) lookup.set(normalise(label), value);
    }
  }
  for (const [name, value] of Object.entries(extra)) lookup.set(normalise(name), value);
  return {
    read: (text) => lookup.get(normalise(text)),
    options: (language) => {
      const dictionary = sheetWords(language);
      return values.map((value) => dictionary[`${labelPrefixes[0]}.${value}`] ?? value).join(", ");
    },
  };
}
