import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toFileObject } from "../../../src/format/serialize";
import { decodeCsvBytes, parseCsv } from "../../../src/spreadsheet/csv";
import { matrixTable, structuresTable } from "../../../src/spreadsheet/exportTables";
import type { SheetProblem } from "../../../src/spreadsheet/problems";
import { readXlsx, writeXlsx } from "../../../src/spreadsheet/xlsx";
import { fixtureBytes, importNew, importUpdate, SHEET_FIXTURES, sample } from "./helpers";

// Spreadsheet import: a good file gives the expected document; a bad file is
// refused whole with one line per bad row and column; an update changes what
// the rows name and nothing else.

function csvFixture(name: string) {
  return parseCsv(decodeCsvBytes(fixtureBytes(name)), name);
}

function where(problems: readonly SheetProblem[]) {
  return problems.map((p) => [p.row, p.column ?? "", p.code]);
}

describe("a good Matriks Kinerja and structure (Indonesian Excel CSV: BOM, ';', decimal comma)", () => {
  it("gives the expected document", () => {
    const result = importNew([csvFixture("good-matriks.csv"), csvFixture("good-struktur.csv")], "id");
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const expected = JSON.parse(readFileSync(`${SHEET_FIXTURES}good-expected.json`, "utf8"));
    expect(toFileObject(result.doc)).toEqual(expected);
  });

  it("reads the same from an XLSX workbook with both tables as sheets", () => {
    const csv = [csvFixture("good-matriks.csv"), csvFixture("good-struktur.csv")];
    const workbook = readXlsx(
      writeXlsx(csv.map((t) => ({ name: t.name.replace(".csv", ""), rows: t.rows }))),
    );
    // The workbook keeps the texts as typed ("50,5"): read in the UI language, Indonesian here.
    const result = importNew(workbook, "id");
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const expected = JSON.parse(readFileSync(`${SHEET_FIXTURES}good-expected.json`, "utf8"));
    expect(toFileObject(result.doc)).toEqual(expected);
  });
});

describe("a workbook written by another program (openpyxl, as Excel keeps numbers: codes like 6381 as numbers)", () => {
  it("gives the same document as the CSV files", () => {
    const result = importNew(readXlsx(fixtureBytes("good-openpyxl.xlsx")), "id");
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const expected = JSON.parse(readFileSync(`${SHEET_FIXTURES}good-expected.json`, "utf8"));
    expect(toFileObject(result.doc)).toEqual(expected);
  });
});

describe("bad files are refused whole, row by row", () => {
  it("lists every bad cell of the Matriks Kinerja", () => {
    const result = importNew([csvFixture("bad-matrix.csv")], "en");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(where(result.problems)).toEqual([
      [3, "Kind", "badChoice"],
      [4, "Baseline year", "baselineYear"],
      [4, "Polarity", "badChoice"],
      [5, "Name", "required"],
      [6, "Indicator", "indicatorName"],
      [8, "Box ID", "badId"],
      [9, "Baseline year", "badYear"],
      [10, "", "conflict"],
    ]);
    expect(result.problems[0]!.params).toMatchObject({ value: "Sasaran" });
    expect(result.problems.every((p) => p.sheet === "bad-matrix.csv")).toBe(true);
  });

  it("lists every bad cell of the structures", () => {
    const result = importNew([csvFixture("bad-structures.csv")], "en");
    if (result.ok) throw new Error("accepted a bad file");
    expect(where(result.problems)).toEqual([
      [3, "Tier", "badChoice"],
      [4, "Headcount", "badNumber"],
      [5, "Unit ID", "duplicate"],
    ]);
  });

  it("lists parent codes that name nothing or go round, and owners without a structure", () => {
    const result = importNew([csvFixture("bad-references.csv")], "en");
    if (result.ok) throw new Error("accepted a bad file");
    expect(where(result.problems)).toEqual([
      [3, "Parent code", "unknownParent"],
      [4, "Parent code", "cycle"],
      [5, "Parent code", "cycle"],
      [6, "Owner unit ID", "noOwnerStructure"],
    ]);
  });

  it("refuses a table it does not know, and a file that is neither XLSX nor CSV text", () => {
    const result = importNew([parseCsv("Foo,Bar\n1,2\n", "other.csv")], "en");
    if (result.ok) throw new Error("accepted a bad file");
    expect(where(result.problems)).toEqual([[1, "", "unknownTable"]]);
    expect(() => readXlsx(new TextEncoder().encode("PK\u0003\u0004 not really a zip"))).toThrow();
  });

  it("names a missing required column", () => {
    const result = importNew([parseCsv("Kind,Parent code\nGoal,\n", "m.csv")], "en");
    if (result.ok) throw new Error("accepted a bad file");
    expect(result.problems).toEqual([
      { sheet: "m.csv", row: 1, code: "missingColumn", params: { column: "Name" } },
      { sheet: "m.csv", row: 1, code: "missingColumn", params: { column: "Code" } },
    ]);
  });
});

describe("updating the open document", () => {
  it("changes the targets, names and owners the rows give, adds new boxes, and keeps the rest", () => {
    const doc = sample();
    const table = matrixTable(doc, "perpres-46-2015", "en");
    const header = table.rows[0]!.map(String);
    const col = (name: string) => header.indexOf(name);
    const rows = table.rows.map((row) => [...row]);
    const pkh = rows.findIndex((row) => row[col("Indicator ID")] === "o-pkh-salur-i1");
    rows[pkh]![col("Target 2024")] = 12345;
    rows[pkh]![col("Name")] = "Bantuan sosial PKH tersalurkan tepat waktu";
    // a new output under the PKH activity, by its code, owned by a unit named by its ID
    const added = new Array(header.length).fill(null);
    added[col("Kind")] = "Output";
    added[col("Code")] = "6381.NEW.001";
    added[col("Parent code")] = "6381";
    added[col("Name")] = "Pendamping PKH terlatih";
    added[col("Owner unit ID")] = doc.alignments.values().next().value!.unitId;
    rows.push(added);
    const result = importUpdate(
      doc,
      [{ name: "Matriks", rows: rows.slice(0, 1).concat(rows.slice(pkh, pkh + 1), [added]) }],
      "perpres-46-2015",
      "en",
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const next = result.doc;
    const node = next.nodes.get("o-pkh-salur")!;
    expect(node.name).toBe("Bantuan sosial PKH tersalurkan tepat waktu");
    expect(node.indicators![0]!.targets!["2024"]).toBe(12345);
    expect(node.indicators![0]!.targets!["2021"]).toBe(
      doc.nodes.get("o-pkh-salur")!.indicators![0]!.targets!["2021"],
    );
    expect(next.nodes.size).toBe(doc.nodes.size + 1);
    const fresh = next.nodes.get("6381.NEW.001")!;
    expect(fresh.parentId).toBe("k-pkh");
    expect(
      [...next.alignments.values()].some(
        (a) => a.nodeId === fresh.id && a.role === "primary" && a.structureId === "perpres-46-2015",
      ),
    ).toBe(true);
    // what the rows do not name is as it was
    expect(next.nodes.get("ss1")).toEqual(doc.nodes.get("ss1"));
    expect(next.structures).toEqual(doc.structures);
  });

  it("refuses rows that would make the document invalid and says which", () => {
    const doc = sample();
    const result = importUpdate(
      doc,
      [parseCsv("Kind,Code,Parent code,Name\nProgram,027.DK,6381,Program Perlindungan Sosial\n", "m.csv")],
      "perpres-46-2015",
      "en",
    );
    if (result.ok) throw new Error("accepted a cycle");
    expect(where(result.problems)).toEqual([[2, "Parent code", "cycle"]]);
  });

  it("sets owners only in the structure chosen, and refuses owner cells when none is", () => {
    const doc = sample();
    const csv = "Kind,Code,Parent code,Name,Owner unit ID,Box ID\nGoal,T1,,Goal,u-mensos,t1\n";
    const refused = importUpdate(doc, [parseCsv(csv, "m.csv")], null, "en");
    if (refused.ok) throw new Error("accepted an owner without a structure");
    expect(where(refused.problems)).toEqual([[2, "Owner unit ID", "noOwnerStructure"]]);
    const result = importUpdate(doc, [parseCsv(csv, "m.csv")], "usulan-2021", "en");
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const owners = (d: typeof doc, structureId: string) =>
      [...d.alignments.values()]
        .filter(
          (a) => a.structureId === structureId && a.nodeId === "t1" && a.role === "primary" && !a.indicatorId,
        )
        .map((a) => a.unitId);
    expect(owners(result.doc, "usulan-2021")).toEqual(["u-mensos"]);
    expect(owners(result.doc, "perpres-46-2015")).toEqual(owners(doc, "perpres-46-2015"));
  });

  it("reads an unchanged export back as no change at all", () => {
    const doc = sample();
    const tables = [matrixTable(doc, "perpres-46-2015", "id"), structuresTable(doc, "id")];
    const result = importUpdate(doc, readXlsx(writeXlsx(tables)), "perpres-46-2015", "id");
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(toFileObject(result.doc)).toEqual(toFileObject(doc));
  });
});
