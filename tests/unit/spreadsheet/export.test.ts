import { describe, expect, it } from "vitest";
import { matrixTable, structuresTable } from "../../../src/spreadsheet/exportTables";
import { templateTables } from "../../../src/spreadsheet/template";
import { sample } from "./helpers";

// The Matriks Kinerja and structures tables of the Kemensos sample, as a
// planner would check them in Excel.

function record(header: readonly unknown[], row: readonly unknown[]) {
  return Object.fromEntries(header.map((name, i) => [String(name), row[i] ?? null]));
}

describe("Matriks Kinerja of the sample", () => {
  const doc = sample();

  it("has Indonesian headers with a target column per year of the period", () => {
    const [header] = matrixTable(doc, "perpres-46-2015", "id").rows;
    expect(header).toEqual([
      "Jenis",
      "Kode",
      "Kode induk",
      "Nama",
      "Pernyataan sasaran",
      "Jenis indikator",
      "Kode indikator",
      "Indikator",
      "Satuan",
      "Polaritas",
      "IKU",
      "Tahun baseline",
      "Baseline",
      "Target 2020",
      "Target 2021",
      "Target 2022",
      "Target 2023",
      "Target 2024",
      "Sumber data",
      "Definisi operasional",
      "Formula",
      "Frekuensi pelaporan",
      "Unit pemilik",
      "ID unit pemilik",
      "ID kotak",
      "ID indikator",
    ]);
  });

  it("has one row per indicator, and one for each box without indicators, in tree order", () => {
    const rows = matrixTable(doc, "perpres-46-2015", "id").rows.slice(1);
    let expected = 0;
    for (const node of doc.nodes.values()) expected += Math.max(1, node.indicators?.length ?? 0);
    expect(rows).toHaveLength(expected);
    const header = matrixTable(doc, null, "id").rows[0]!;
    expect(record(header, rows[0]!)["ID kotak"]).toBe("t1");
  });

  it("writes each field of an output's indicator and its owner in the chosen structure", () => {
    const table = matrixTable(doc, "perpres-46-2015", "id");
    const header = table.rows[0]!;
    const row = table.rows.map((r) => record(header, r)).find((r) => r["ID indikator"] === "o-pkh-salur-i1")!;
    const node = doc.nodes.get("o-pkh-salur")!;
    const indicator = node.indicators![0]!;
    expect(row).toMatchObject({
      Jenis: "Rincian Output",
      Kode: node.code,
      "Kode induk": doc.nodes.get(node.parentId!)!.code,
      Nama: node.name,
      "Jenis indikator": "Indikator RO",
      "Kode indikator": indicator.code,
      Indikator: indicator.name,
      Satuan: indicator.unit ?? null,
      "Tahun baseline": indicator.baseline?.year ?? null,
      Baseline: indicator.baseline?.value ?? null,
      "Target 2021": indicator.targets?.["2021"] ?? null,
      "ID kotak": "o-pkh-salur",
    });
    const owners = [...doc.alignments.values()].filter(
      (a) =>
        a.structureId === "perpres-46-2015" &&
        a.nodeId === "o-pkh-salur" &&
        a.role === "primary" &&
        !a.indicatorId,
    );
    const units = doc.structures.get("perpres-46-2015")!.units;
    expect(row["Unit pemilik"]).toBe(owners.map((a) => units.get(a.unitId)!.name).join("; ") || null);
  });

  it("names the IKSS, IKP and IKK of strategic targets, programs and activities", () => {
    const table = matrixTable(doc, null, "en");
    const header = table.rows[0]!;
    const types = new Map<string, Set<unknown>>();
    for (const r of table.rows.slice(1).map((row) => record(header, row))) {
      if (r.Indicator === null) continue;
      types.set(String(r.Kind), (types.get(String(r.Kind)) ?? new Set()).add(r["Indicator type"]));
    }
    expect(types.get("Strategic target")).toEqual(new Set(["IKSS"]));
    expect(types.get("Program")).toEqual(new Set(["IKP"]));
    expect(types.get("Activity")).toEqual(new Set(["IKK"]));
    expect(header.slice(0, 4)).toEqual(["Kind", "Code", "Parent code", "Name"]);
  });

  it("leaves the owner columns empty when no structure is chosen", () => {
    const table = matrixTable(doc, null, "en");
    const owner = table.rows[0]!.indexOf("Owner unit");
    expect(table.rows.slice(1).every((row) => row[owner] === null)).toBe(true);
  });
});

describe("structures table of the sample", () => {
  it("has one row per unit of every structure, parents before children", () => {
    const doc = sample();
    const table = structuresTable(doc, "id");
    const header = table.rows[0]!;
    expect(header).toEqual([
      "ID struktur",
      "Struktur",
      "Jenis struktur",
      "ID unit",
      "ID unit induk",
      "Nama unit",
      "Singkatan",
      "Tingkat",
      "Jenis unit",
      "Alasan dipertahankan",
      "Jumlah pegawai",
      "Catatan",
    ]);
    const rows = table.rows.slice(1).map((row) => record(header, row));
    let units = 0;
    for (const structure of doc.structures.values()) units += structure.units.size;
    expect(rows).toHaveLength(units);
    const seen = new Set<string>();
    for (const row of rows) {
      const key = `${row["ID struktur"]}/`;
      if (row["ID unit induk"] !== null) expect(seen.has(key + row["ID unit induk"])).toBe(true);
      seen.add(key + row["ID unit"]);
    }
    expect(rows.find((r) => r["ID unit"] === "u-mensos")).toMatchObject({
      Tingkat: "Menteri",
      "Jenis struktur": "saat ini",
    });
  });
});

describe("template", () => {
  it("has both tables with headers and example rows, in the UI language", () => {
    const [matrix, structures] = templateTables("en");
    expect(matrix!.rows[0]).toContain("Parent code");
    expect(matrix!.rows.length).toBeGreaterThan(2);
    expect(structures!.rows[0]).toContain("Parent unit ID");
    expect(structures!.rows.length).toBeGreaterThan(2);
    expect(templateTables("id")[0]!.rows[0]).toContain("Kode induk");
  });
});
