import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { diagnose } from "../../src/domain/diagnostics";
import { loadDocument } from "../../src/format/load";
import { exportJson, openApp, waitForSaved } from "./helpers";

// What a planner does with organisation structures: look at the existing SOTK,
// add and move units, align units to the performance tree by dragging, read the
// diagnostics, compare the Perpres 46/2015 structure with the proposal, and
// export the alignment report.

const SAMPLE = join(import.meta.dirname, "..", "..", "src", "sample", "kemensos-2020-2024.json");

function unitCard(page: Page, name: string): Locator {
  return page
    .locator(".react-flow__node .unit-card")
    .filter({ has: page.locator(".unit-card__name", { hasText: name }) });
}

/** A real mouse drag from the centre of one card to the centre of another. */
async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 15 });
  await page.mouse.up();
}

async function fitView(page: Page): Promise<void> {
  await page.locator(".react-flow__controls-fitview").first().click();
  await page.waitForTimeout(200);
}

function diagnostics(page: Page): Locator {
  return page.getByRole("region", { name: "Diagnostics" });
}

/** The region shows its counts at all times; the list of findings opens on request. */
async function openFindings(page: Page): Promise<Locator> {
  const region = diagnostics(page);
  await region.getByRole("button", { name: "Show findings" }).click();
  return region;
}

test.describe("organisation structures", () => {
  test("the Structure view draws the Perpres 46/2015 SOTK with its seven echelon-1 units", async ({
    page,
  }) => {
    await openApp(page);
    await page.getByRole("tab", { name: "Structure", exact: true }).click();
    await expect(page.getByLabel("Structure in view")).toHaveValue("perpres-46-2015");
    await fitView(page);
    await expect(page.locator(".unit-card__tier", { hasText: "Echelon I / JPT Madya" })).toHaveCount(7);
    for (const name of [
      "Sekretariat Jenderal",
      "Direktorat Jenderal Penanganan Fakir Miskin",
      "Inspektorat Jenderal",
    ])
      await expect(unitCard(page, name)).toHaveCount(1);
    await expect(unitCard(page, "Menteri Sosial").locator(".unit-card__tier")).toHaveText("Minister");
  });

  test("a planner adds a unit, names it, and drags it under another unit; it survives a reload", async ({
    page,
  }) => {
    await openApp(page);
    await page.getByRole("tab", { name: "Structure", exact: true }).click();
    await fitView(page);
    await unitCard(page, "Biro Hukum").click();
    await page.getByRole("button", { name: "Add unit" }).click();
    const panel = page.getByRole("complementary");
    const name = panel.getByLabel("Name", { exact: true });
    await expect(name).toHaveValue("New unit");
    await name.fill("Biro Kerja Sama");
    await name.press("Enter");
    await expect(panel.getByLabel("Reports to")).toHaveValue("u-biro-hukum");

    await fitView(page);
    await drag(page, unitCard(page, "Biro Kerja Sama"), unitCard(page, "Inspektorat Jenderal"));
    await expect(panel.getByLabel("Reports to")).toHaveValue("u-itjen");

    // A unit cannot go under its own sub-unit.
    await drag(page, unitCard(page, "Inspektorat Jenderal"), unitCard(page, "Biro Kerja Sama"));
    await expect(
      page.getByRole("alert").filter({ hasText: "cannot move under one of its own sub-units" }),
    ).toBeVisible();

    await waitForSaved(page);
    await page.reload();
    const { data } = await exportJson(page);
    const structure = (
      data as { structures: { id: string; units: { id: string; name: string; parentId: string }[] }[] }
    ).structures.find((s) => s.id === "perpres-46-2015")!;
    expect(structure.units.find((u) => u.name === "Biro Kerja Sama")?.parentId).toBe("u-itjen");
  });
});

test.describe("alignment", () => {
  test("dragging a unit onto a box makes it the owner: the line and the owner in the panel", async ({
    page,
  }) => {
    await openApp(page);
    await page.getByRole("tab", { name: "Alignment" }).click();
    const region = await openFindings(page);
    // Biro Hukum is aligned to nothing yet (A2).
    await expect(region.getByText("“Biro Hukum” is aligned to nothing")).toBeVisible();
    await fitView(page);
    const program = page
      .locator(".react-flow__node")
      .filter({ hasText: "Program Dukungan Manajemen" })
      .first();
    await drag(page, unitCard(page, "Biro Hukum"), program);

    const panel = page.getByRole("complementary");
    const owners = panel.getByRole("region", { name: /Owners in/ });
    await expect(owners.getByRole("button", { name: "Biro Hukum", exact: true })).toBeVisible();
    await expect(owners.getByLabel("Role: Biro Hukum")).toHaveValue("primary");
    await expect(page.locator(".react-flow__edge.edge-align--primary").first()).toBeAttached();
    await expect(region.getByText("“Biro Hukum” is aligned to nothing")).toHaveCount(0);

    // The role can be changed, and the alignment removed.
    await owners.getByLabel("Role: Biro Hukum").selectOption("contributor");
    await expect(page.locator(".react-flow__edge.edge-align--contributor").first()).toBeAttached();
    await owners.getByRole("button", { name: "Remove alignment of Biro Hukum" }).click();
    await expect(owners.getByRole("button", { name: "Biro Hukum", exact: true })).toHaveCount(0);
  });

  test("choosing an owner in the side panel of an unowned output lowers the A1 count", async ({ page }) => {
    await openApp(page);
    const region = await openFindings(page);
    const a1 = region.getByRole("button", { name: /^A1 Box without owner/ });
    await expect(a1).toContainText("5");
    await region.getByRole("button", { name: /Bantuan sosial tunai \(BST\).*has no owner/ }).click();
    await expect(page.locator(".react-flow__node .plan-card.is-selected")).toContainText(
      "Bantuan sosial tunai",
    );

    const owners = page.getByRole("complementary").getByRole("region", { name: /Owners in/ });
    await owners.getByLabel("Find a unit").fill("Jaminan Sosial Keluarga");
    await owners.getByRole("button", { name: /Direktorat Jaminan Sosial Keluarga/ }).click();
    await expect(
      owners.getByRole("button", { name: "Direktorat Jaminan Sosial Keluarga", exact: true }),
    ).toBeVisible();
    await expect(a1).toContainText("4");
    await expect(region.getByText("8 errors")).toHaveCount(0);
    await expect(region.getByText("7 errors")).toBeVisible();
  });
});

test.describe("diagnostics, comparison and report", () => {
  test("the Diagnostics region counts findings; a click on a finding selects its box", async ({ page }) => {
    await openApp(page);
    const region = diagnostics(page);
    await expect(region).toContainText("SOTK Perpres 46/2015");
    await expect(region.getByText("8 errors")).toBeVisible();
    await region.getByRole("button", { name: "Show findings" }).click();
    await region.getByRole("combobox", { name: "Severity" }).selectOption("error");
    // Closed and opened again, the list keeps its filter.
    await region.getByRole("button", { name: "Hide findings" }).click();
    await region.getByRole("button", { name: "Show findings" }).click();
    await expect(region.getByRole("combobox", { name: "Severity" })).toHaveValue("error");
    await region
      .getByRole("button", { name: /Program Dukungan Manajemen.* has \d owners/ })
      .first()
      .click();
    await expect(page.locator(".react-flow__node .plan-card.is-selected")).toContainText(
      "Program Dukungan Manajemen",
    );
    // Cards with findings carry a badge with a severity letter and a count.
    await expect(page.locator(".react-flow__node .finding-badge").first()).toBeVisible();
  });

  test("Compare shows what the proposal changes against Perpres 46/2015, and exports CSV", async ({
    page,
  }) => {
    await openApp(page);
    await page.getByRole("tab", { name: "Compare" }).click();
    const units = page.getByRole("table", { name: "Units" });
    await expect(
      units.getByRole("row", { name: "Direktorat Jenderal Penanganan Fakir Miskin Removed", exact: true }),
    ).toContainText("Removed");
    await expect(
      units.getByRole("row").filter({ hasText: "Kelompok Jabatan Fungsional Perencana" }),
    ).toContainText("Added");
    await expect(units.getByRole("row").filter({ hasText: "Pusat Data dan Informasi" })).toContainText(
      "Moved",
    );
    const owners = page.getByRole("table", { name: /Primary owner of every box/ });
    await expect(owners.locator(".owner-status--changed").first()).toBeVisible();
    // Marks in words on the org charts, not colour only.
    await expect(page.locator(".unit-mark--removed").first()).toBeAttached();

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export CSV" }).click();
    const csv = readFileSync(await (await download).path(), "utf8");
    expect(csv).toContain("Direktorat Jenderal Penanganan Fakir Miskin");
    expect(csv.split("\r\n")[0]).toContain("section");
  });

  test("Export report downloads the report whose findings match diagnose()", async ({ page }) => {
    await openApp(page);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export report", exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.json$/);
    const report = JSON.parse(readFileSync(await file.path(), "utf8"));
    expect(report.format).toBe("strategy-map-report");
    expect(report.structureId).toBe("perpres-46-2015");

    const loaded = loadDocument(readFileSync(SAMPLE, "utf8"));
    if (!loaded.ok) throw new Error("sample does not load");
    const expected = diagnose(loaded.document, "perpres-46-2015");
    const key = (f: { rule: string; nodeId?: string; unitId?: string; indicatorId?: string }) =>
      [f.rule, f.nodeId ?? "", f.unitId ?? "", f.indicatorId ?? ""].join("|");
    expect(report.findings.map(key).sort()).toEqual(expected.findings.map(key).sort());
    expect(report.coverage).toEqual(JSON.parse(JSON.stringify(expected.coverage)));
    for (const finding of report.findings) expect(finding.message.length).toBeGreaterThan(10);
  });

  test("Draft structure from tree creates a proposed structure in one undo step", async ({ page }) => {
    await openApp(page);
    await page.getByRole("tab", { name: "Structure", exact: true }).click();
    await page.getByRole("button", { name: "Draft structure from tree" }).click();
    await expect(page.getByLabel("Structure in view")).toHaveValue("draft");
    await expect(diagnostics(page)).toContainText("Draft from the performance tree");
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(page.getByLabel("Structure in view")).toHaveValue("perpres-46-2015");
  });
});
