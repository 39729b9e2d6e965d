import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { csvCell, formulaSafe } from "../../../src/domain/report";
import { parseCsv, tableToCsv } from "../../../src/spreadsheet/csv";
import { matrixTable } from "../../../src/spreadsheet/exportTables";
import { readXlsx, writeXlsx } from "../../../src/spreadsheet/xlsx";
import { importNew, sample } from "./helpers";

// A cell that a spreadsheet would run as a formula is written with a leading
// `'`, in CSV and in XLSX alike (OWASP: =, +, -, @, tab, CR), and read back as typed.

const DANGEROUS = ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR"];

describe("formula-like cells", () => {
  it("get a leading ' in one place shared by CSV and XLSX", () => {
    for (const text of DANGEROUS) expect(formulaSafe(text)).toBe(`'${text}`);
    expect(formulaSafe("Indeks 2024")).toBe("Indeks 2024");
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell(-5)).toBe("-5");
  });

  it("are prefixed in a CSV export and an XLSX export, and numbers stay numbers", () => {
    const rows = [["Nama", "Nilai"], ...DANGEROUS.map((text) => [text, -1])];
    const csv = tableToCsv(rows);
    expect(parseCsv(csv).rows.slice(1)).toEqual(DANGEROUS.map((text) => [`'${text}`, "-1"]));
    expect(csv).toContain(",-1\r\n");
    const sheet = strFromU8(unzipSync(writeXlsx([{ name: "S", rows }]))["xl/worksheets/sheet1.xml"]!);
    expect(sheet).toContain('<t xml:space="preserve">\'=HYPERLINK(&quot;http://x&quot;)</t>');
    expect(sheet).toContain("<v>-1</v>");
    expect(sheet).not.toContain("<f>");
    expect(readXlsx(writeXlsx([{ name: "S", rows }]))[0]!.rows[1]).toEqual(['\'=HYPERLINK("http://x")', -1]);
  });

  it("of a document's names come back as typed after export and import", () => {
    const doc = sample();
    const ss1 = doc.nodes.get("ss1")!;
    const nodes = new Map(doc.nodes);
    nodes.set("ss1", { ...ss1, name: "=1+2 bukan rumus", statement: "@user -" });
    const table = matrixTable({ ...doc, nodes }, null, "id");
    const ssRow = table.rows.find((row) => row.includes("=1+2 bukan rumus"));
    expect(ssRow).toBeDefined(); // in the table the text is as typed; the writers add the guard
    const back = readXlsx(writeXlsx([table]));
    expect(back[0]!.rows.some((row) => row.includes("'=1+2 bukan rumus"))).toBe(true);
    const result = importNew(back, "id");
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
    expect(result.doc.nodes.get("ss1")!.name).toBe("=1+2 bukan rumus");
    expect(result.doc.nodes.get("ss1")!.statement).toBe("@user -");
  });
});
