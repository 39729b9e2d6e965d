import { expect, type Page, test } from "@playwright/test";
import { openApp } from "./helpers";

// Bahasa Indonesia everywhere: with the UI in Indonesian, no view shows (or
// says to a screen reader) the English words of the interface. The sample is
// an Indonesian plan, so any English found is the app's own.

// Key names (Enter, Delete, Tab) are the same on an Indonesian keyboard, so they are not listed.
const ENGLISH = [
  "Undo",
  "Redo",
  "New document",
  "Documents",
  "Import",
  "Export",
  "Saved",
  "Search",
  "Performance tree",
  "Strategy map",
  "Structure",
  "Alignment",
  "Compare",
  "Diagnostics",
  "findings",
  "Add",
  "Tidy up",
  "Expand",
  "Collapse",
  "Outline",
  "Details",
  "Help",
  "Goal",
  "Strategic target",
  "Activity",
  "Condition",
  "Indicators?",
  "Owner",
  "owner",
  "errors?",
  "warnings?",
  "notes",
  "Zoom",
  "Fit view",
  "Legend",
  "Select",
  "Unassigned",
  "Customer",
  "Learning",
  "Internal process",
  "Press",
  "Edge from",
  "Mini Map",
  "Control Panel",
  "Handle",
  "Echelon",
  "Minister",
  "Close",
  "Rename",
  "Duplicate",
  "Cancel",
  "existing",
  "proposed",
  "Illustrative",
  "Language",
  "Kind",
  "Name",
  "Title",
  "Period",
  "Basis",
  "Show",
  "Hide",
  "Reload",
  "Keyboard",
];
const PATTERN = new RegExp(`\\b(${ENGLISH.join("|")})\\b`, "g");

/** What a reader sees and what a screen reader says: text, labels, titles, placeholders. */
async function englishOnScreen(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out = [document.body.textContent ?? ""];
    for (const element of document.querySelectorAll("[aria-label], [title], [placeholder]")) {
      for (const name of ["aria-label", "title", "placeholder"]) {
        const value = element.getAttribute(name);
        if (value) out.push(value);
      }
    }
    for (const element of document.querySelectorAll("[aria-describedby]")) {
      for (const id of (element.getAttribute("aria-describedby") ?? "").split(" ")) {
        const description = document.getElementById(id);
        if (description) out.push(description.textContent ?? "");
      }
    }
    return out;
  });
  const found = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(PATTERN)) found.add(match[0]);
  return [...found].sort();
}

test("the Indonesian UI shows no English words on any view", async ({ page }) => {
  await openApp(page, "id");
  await page.locator(".react-flow__node").first().click();
  await page
    .getByRole("region", { name: "Diagnostik" })
    .getByRole("button", { name: "Tampilkan temuan" })
    .click();
  for (const view of ["Pohon kinerja", "Peta strategi", "Struktur", "Penyelarasan", "Bandingkan"]) {
    await page.getByRole("tab", { name: view, exact: true }).click();
    await expect(page.locator(".workspace__canvas .react-flow__node").first()).toBeVisible();
    expect(await englishOnScreen(page), view).toEqual([]);
  }
  await page.getByRole("tab", { name: "Pohon kinerja", exact: true }).click();
  // Numbers as Indonesian writes them: a point between thousands (12.000 orang).
  await expect(
    page
      .locator(".plan-card")
      .getByText(/\b\d{1,3}\.\d{3} \w+/)
      .first(),
  ).toBeVisible();
  await page.getByRole("button", { name: "Kerangka" }).click();
  expect(await englishOnScreen(page), "outline").toEqual([]);

  await page.getByRole("button", { name: "Dokumen", exact: true }).click();
  expect(await englishOnScreen(page), "documents").toEqual([]);
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Bantuan", exact: true }).click();
  expect(await englishOnScreen(page), "help").toEqual([]);
});

test("the alignment report is written in the UI language", async ({ page }) => {
  await openApp(page, "id");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Laporan CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toContain("laporan");
  const { readFileSync } = await import("node:fs");
  const csv = readFileSync(await file.path(), "utf8");
  const [header, first] = csv.replace(/^\uFEFF/, "").split("\r\n");
  expect(header).toBe(
    "aturan,tingkat,id kotak,id indikator,id unit,pesan,nama kotak,nama indikator,nama unit",
  );
  expect(first).toMatch(/^A\d+,(galat|peringatan|catatan),/);
});
