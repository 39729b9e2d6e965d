import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Download, expect, type Page, test } from "@playwright/test";
import { readXlsx } from "../../src/spreadsheet/xlsx";
import { canvasNode, comparable, exportJson, openApp } from "./helpers";

// What a planner does with Excel: export the Matriks Kinerja of the sample and
// open it, import a sheet with mistakes (refused row by row, nothing changes),
// import a good sheet as a new document, and update the open document (undoable).

const SHEETS = join(import.meta.dirname, "..", "fixtures", "sheets");
const SAMPLE = join(import.meta.dirname, "..", "..", "src", "sample", "kemensos-2020-2024.json");

async function openDialog(page: Page) {
  await page.getByRole("button", { name: "Spreadsheets…" }).click();
  const dialog = page.getByRole("dialog", { name: "Spreadsheets" });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function importSheets(page: Page, files: string[], into: "new" | "open") {
  const dialog = await openDialog(page);
  await dialog.getByLabel("Choose files…").setInputFiles(files.map((name) => join(SHEETS, name)));
  await dialog.getByRole("radio", { name: into === "new" ? "a new document" : /the open document/ }).check();
  await dialog.getByRole("button", { name: "Import spreadsheet" }).click();
  return dialog;
}

test.describe("spreadsheets", () => {
  test("the Matriks Kinerja of the sample exports as XLSX with a row per indicator and a column per year", async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(request.url());
    });
    await openApp(page);
    // The spreadsheet code (zip, XML) is not part of the first download: it comes with the dialog.
    expect(scripts.filter((url) => url.includes("SpreadsheetsDialog"))).toEqual([]);
    const dialog = await openDialog(page);
    expect(scripts.filter((url) => url.includes("SpreadsheetsDialog"))).toHaveLength(1);
    await expect(dialog.getByRole("radio", { name: /Excel workbook/ })).toBeChecked();
    await dialog.getByLabel("Owner column from structure").selectOption({ label: "SOTK Perpres 46/2015" });
    const download = page.waitForEvent("download");
    await dialog.getByRole("button", { name: "Export spreadsheet" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    const tables = readXlsx(new Uint8Array(readFileSync(await file.path())));
    expect(tables.map((table) => table.name)).toEqual(["Matriks Kinerja", "Structures"]);

    const sample = JSON.parse(readFileSync(SAMPLE, "utf8")) as {
      nodes: {
        id: string;
        code?: string;
        indicators?: { id: string; name: string; targets?: Record<string, unknown> }[];
      }[];
      structures: { units: unknown[] }[];
    };
    const [matrix, structures] = tables;
    const header = matrix!.rows[0]!;
    expect(header.slice(0, 4)).toEqual(["Kind", "Code", "Parent code", "Name"]);
    expect(header.filter((cell) => /^Target \d{4}$/.test(String(cell)))).toEqual([
      "Target 2020",
      "Target 2021",
      "Target 2022",
      "Target 2023",
      "Target 2024",
    ]);
    const rowsExpected = sample.nodes.reduce(
      (sum, node) => sum + Math.max(1, node.indicators?.length ?? 0),
      0,
    );
    expect(matrix!.rows.length - 1).toBe(rowsExpected);

    // One indicator, cell by cell.
    const node = sample.nodes.find((n) => n.id === "o-pkh-salur")!;
    const indicator = node.indicators![0]!;
    const row = matrix!.rows.find((r) => r[header.indexOf("Indicator ID")] === indicator.id)!;
    expect(row[header.indexOf("Kind")]).toBe("Output");
    expect(row[header.indexOf("Code")]).toBe(node.code);
    expect(row[header.indexOf("Indicator")]).toBe(indicator.name);
    expect(row[header.indexOf("Target 2021")]).toBe(indicator.targets!["2021"]);
    expect(row[header.indexOf("Owner unit")]).toBeTruthy();

    const unitCount = sample.structures.reduce((sum, s) => sum + s.units.length, 0);
    expect(structures!.rows.length - 1).toBe(unitCount);
    expect(structures!.rows[0]).toContain("Parent unit ID");
    expect(structures!.rows[0]).toContain("Tier");
  });

  test("CSV export gives two UTF-8 files with a BOM; the dialog works from the keyboard", async ({
    page,
  }) => {
    await openApp(page);
    await page.getByRole("button", { name: "Spreadsheets…" }).focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Spreadsheets" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("radio", { name: /CSV, two files/ }).check();
    const downloads: Download[] = [];
    page.on("download", (download) => downloads.push(download));
    await dialog.getByRole("button", { name: "Export spreadsheet" }).click();
    await expect.poll(() => downloads.length).toBe(2);
    const names = downloads.map((d) => d.suggestedFilename());
    expect(names).toEqual([
      expect.stringMatching(/matriks-kinerja\.csv$/),
      expect.stringMatching(/structures\.csv$/),
    ]);
    const matrix = readFileSync(await downloads[0]!.path(), "utf8");
    expect(matrix.startsWith("\uFEFFKind,Code,Parent code,Name,")).toBe(true);
    expect(matrix).toContain("Target 2024");
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("button", { name: "Spreadsheets…" })).toBeFocused();
  });

  test("a sheet with bad rows is refused with a list of what is wrong, and nothing changes", async ({
    page,
  }) => {
    await openApp(page);
    const before = comparable((await exportJson(page)).data);
    const dialog = await importSheets(page, ["bad-matrix.csv"], "open");
    const problems = dialog.getByRole("alert");
    await expect(problems).toContainText("nothing was imported");
    await expect(problems.getByRole("listitem")).toHaveCount(8);
    await expect(problems.getByRole("listitem").first()).toHaveText(
      "bad-matrix.csv, row 3, column “Kind”: “Sasaran” is not one of: Goal, Strategic target, Program, Activity, Output, Intermediate condition",
    );
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(page.getByRole("button", { name: "Undo" })).toBeDisabled();
    expect(comparable((await exportJson(page)).data)).toEqual(before);
  });

  test("a good sheet becomes a new document, drawn on the tree", async ({ page }) => {
    await openApp(page);
    await importSheets(page, ["good-matriks.csv", "good-struktur.csv"], "new");
    await expect(page.getByRole("dialog")).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Imported from good-matriks");
    await expect(canvasNode(page, "Meningkatnya kesejahteraan sosial")).toBeVisible();
    await expect(canvasNode(page, "Program Perlindungan Sosial")).toBeVisible();
    const data = (await exportJson(page)).data as { nodes: { id: string; parentId: string | null }[] };
    expect(data.nodes.map((n) => [n.id, n.parentId])).toEqual([
      ["T1", null],
      ["SS1", "T1"],
      ["027.DK", "SS1"],
      ["6381", "027.DK"],
      ["condition-1", "SS1"],
    ]);
  });

  test("a sheet updates the open document in one step that Undo reverts", async ({ page }) => {
    await openApp(page);
    const oldName = "Meningkatnya taraf kesejahteraan sosial penduduk miskin dan rentan";
    await expect(canvasNode(page, oldName)).toBeVisible();
    await importSheets(page, ["update-sample.csv"], "open");
    await expect(page.getByRole("dialog")).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Renstra Kementerian Sosial 2020-2024");
    await expect(canvasNode(page, "(dari Excel)")).toBeVisible();
    await expect(canvasNode(page, "Sasaran baru dari Excel")).toBeVisible();
    await expect(canvasNode(page, oldName)).toHaveCount(0);

    await page.getByRole("button", { name: "Undo" }).click();
    await expect(canvasNode(page, oldName)).toBeVisible();
    await expect(canvasNode(page, "Sasaran baru dari Excel")).toHaveCount(0);
  });

  test("the template downloads as XLSX with headers and example rows", async ({ page }) => {
    await openApp(page, "id");
    await page.getByRole("button", { name: "Lembar kerja…" }).click();
    const dialog = page.getByRole("dialog", { name: "Lembar kerja" });
    const download = page.waitForEvent("download");
    await dialog.getByRole("button", { name: "Templat (.xlsx)" }).click();
    const tables = readXlsx(new Uint8Array(readFileSync(await (await download).path())));
    expect(tables.map((table) => table.name)).toEqual(["Matriks Kinerja", "Struktur"]);
    expect(tables[0]!.rows[0]!.slice(0, 4)).toEqual(["Jenis", "Kode", "Kode induk", "Nama"]);
    expect(tables[0]!.rows.length).toBeGreaterThanOrEqual(3);
    expect(tables[1]!.rows.length).toBeGreaterThanOrEqual(3);
  });
});
