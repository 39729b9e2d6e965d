import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { columnIndex, columnName, readXlsx, writeXlsx } from "../../../src/spreadsheet/xlsx";

// The workbook writer and reader: what is written is read back, and the reader
// also takes workbooks as Excel writes them (shared strings, rich text, cells
// without references).

describe("XLSX write then read", () => {
  it("gives back every sheet, text and number", () => {
    const rows = [
      ["Nama", "Target 2024", "Catatan"],
      ["Indeks Kesejahteraan Sosial", 55.25, "baris 1\nbaris 2"],
      ["<script>alert(1)</script> & \"kutip\" 'x'", -3, "_x0041_ tetap"],
      ["Ωmega 😀 Zürich", 0, null],
    ];
    const back = readXlsx(
      writeXlsx([
        { name: "Matriks Kinerja", rows },
        { name: "Struktur", rows: [["ID unit"], ["u1"]] },
      ]),
    );
    expect(back.map((t) => t.name)).toEqual(["Matriks Kinerja", "Struktur"]);
    expect(back[0]!.rows).toEqual([rows[0], rows[1], rows[2], ["Ωmega 😀 Zürich", 0]]);
    expect(back[1]!.rows).toEqual([["ID unit"], ["u1"]]);
  });

  it("writes a bold frozen header, column widths and safe sheet names", () => {
    const bytes = writeXlsx([{ name: "a/b:c*?[d]", rows: [["Header"], ["value"]] }]);
    const files = unzipSync(bytes);
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]!);
    expect(sheet).toContain('state="frozen"');
    expect(sheet).toMatch(/<c r="A1" s="1" t="inlineStr">/);
    expect(sheet).toContain("<cols>");
    expect(strFromU8(files["xl/styles.xml"]!)).toContain("<b/>");
    expect(strFromU8(files["xl/workbook.xml"]!)).toContain('<sheet name="a b c   d" ');
  });

  it("drops characters XML cannot hold instead of writing a broken file", () => {
    const back = readXlsx(writeXlsx([{ name: "S", rows: [["a\u0001b\u0008c"]] }]));
    expect(back[0]!.rows).toEqual([["abc"]]);
  });

  it("reads shared strings, rich text, booleans and rows or cells without references", () => {
    const xml = (s: string) => strToU8(`<?xml version="1.0" encoding="UTF-8"?>\n${s}`);
    const bytes = zipSync({
      "xl/workbook.xml": xml(
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data &amp; more" sheetId="1" r:id="rId7"/></sheets></workbook>',
      ),
      "xl/_rels/workbook.xml.rels": xml(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="x" Target="/xl/worksheets/data.xml"/></Relationships>',
      ),
      "xl/sharedStrings.xml": xml(
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Kode</t></si><si><r><rPr><b/></rPr><t>Nama </t></r><r><t xml:space="preserve">unit</t></r></si><si><t>baris_x000D_\nbaru</t></si></sst>',
      ),
      "xl/worksheets/data.xml": xml(
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row><row r="3"><c t="b"><v>1</v></c><c><v>1.5E3</v></c><c t="str"><v>=hasil</v></c><c t="s"><v>2</v></c></row></sheetData></worksheet>',
      ),
    });
    const [table] = readXlsx(bytes);
    expect(table!.name).toBe("Data & more");
    expect(table!.rows).toEqual([["Kode", null, "Nama unit"], [], ["TRUE", 1500, "=hasil", "baris\r\nbaru"]]);
  });

  it("refuses a file that is not a workbook", () => {
    expect(() => readXlsx(strToU8("Kind,Code\n"))).toThrow();
    expect(() => readXlsx(zipSync({ "hello.txt": strToU8("hi") }))).toThrow();
  });

  it("names columns as spreadsheets do", () => {
    expect([0, 25, 26, 701, 702].map(columnName)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
    expect(["A1", "Z9", "AA10", "ZZ1", "AAA3"].map(columnIndex)).toEqual([0, 25, 26, 701, 702]);
  });
});
