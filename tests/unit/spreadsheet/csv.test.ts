import { describe, expect, it } from "vitest";
import { decodeCsvBytes, detectSeparator, parseCsv, tableToCsv } from "../../../src/spreadsheet/csv";
import { precheckSheetFile, readSheetFiles } from "../../../src/spreadsheet/files";

describe("CSV reading", () => {
  it("reads quoted fields, doubled quotes and line breaks inside quotes", () => {
    const table = parseCsv('Nama,Catatan\r\n"Program ""A""","baris 1\r\nbaris 2, lanjut"\r\nB,\r\n');
    expect(table.rows).toEqual([
      ["Nama", "Catatan"],
      ['Program "A"', "baris 1\r\nbaris 2, lanjut"],
      ["B", ""],
    ]);
  });

  it("drops a byte-order mark and reads UTF-8, or the Windows code page when it is not UTF-8", () => {
    expect(parseCsv(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x2c, 0xc3, 0xa9]))).rows).toEqual(
      [["a", "é"]],
    );
    expect(parseCsv(decodeCsvBytes(new Uint8Array([0x61, 0x2c, 0xe9]))).rows).toEqual([["a", "é"]]);
  });

  it("detects the separator of Indonesian Excel (;) and reads its numbers with a decimal comma", () => {
    expect(detectSeparator("Jenis;Kode;Nama\n")).toBe(";");
    expect(detectSeparator('"a;b",c,d\n')).toBe(",");
    expect(detectSeparator("a\tb\tc\n")).toBe("\t");
    const table = parseCsv("Jenis;Baseline\nTujuan;50,5\n");
    expect(table.rows).toEqual([
      ["Jenis", "Baseline"],
      ["Tujuan", "50,5"],
    ]);
    expect(table.numbers).toBe("id");
    expect(parseCsv("a,b\n1.5,2\n").numbers).toBe("en");
  });

  it("keeps empty lines as empty rows so that row numbers match the spreadsheet", () => {
    expect(parseCsv("a\n\nb").rows).toEqual([["a"], [], ["b"]]);
  });
});

describe("CSV writing", () => {
  it("starts with a BOM, quotes what needs it, ends lines with CRLF, and reads back", () => {
    const rows = [
      ["Nama", "Nilai"],
      ['Satu, "dua"', 1.5],
      ["baris\nbaru", null],
    ];
    const text = tableToCsv(rows);
    expect(text.startsWith("\uFEFFNama,Nilai\r\n")).toBe(true);
    expect(text).toContain('"Satu, ""dua"""');
    expect(parseCsv(text).rows).toEqual([
      ["Nama", "Nilai"],
      ['Satu, "dua"', "1.5"],
      ["baris\nbaru", ""],
    ]);
  });
});

describe("files picked for import", () => {
  it("are refused unread when too large, and when neither XLSX nor CSV", () => {
    expect(precheckSheetFile("big.xlsx", 21 * 1024 * 1024)).toMatchObject({
      code: "tooLarge",
      params: { max: 20 },
    });
    expect(precheckSheetFile("ok.csv", 1024)).toBeUndefined();
    const result = readSheetFiles([{ name: "plan.json", bytes: new TextEncoder().encode("{}") }]);
    expect(result).toEqual({ ok: false, problems: [{ sheet: "plan.json", code: "notSpreadsheet" }] });
    const broken = readSheetFiles([{ name: "broken.xlsx", bytes: new TextEncoder().encode("not a zip") }]);
    expect(broken).toEqual({ ok: false, problems: [{ sheet: "broken.xlsx", code: "unreadable" }] });
  });
});
