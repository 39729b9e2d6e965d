import { expect, type Page, test } from "@playwright/test";
import { nodeById, openApp, openFixture, waitForSaved } from "./helpers";

// Saved versions as a planner uses them: save one, edit, compare (a list and
// marks on the tree), restore (after an automatic version), delete.

const panel = (page: Page) => page.getByRole("complementary", { name: "Details" });
const versionsDialog = (page: Page) => page.getByRole("dialog", { name: /^Versions of/ });
const comparison = (page: Page) =>
  page.getByRole("complementary", { name: "Comparison with a saved version" });
const versionItems = (page: Page) =>
  versionsDialog(page).getByRole("list", { name: "Saved versions" }).getByRole("listitem");

async function closeVersions(page: Page) {
  await versionsDialog(page).getByRole("button", { name: "Close", exact: true }).click();
  await expect(versionsDialog(page)).toBeHidden();
}

async function openVersions(page: Page) {
  await page.getByRole("button", { name: "Versions", exact: true }).click();
  await expect(versionsDialog(page)).toBeVisible();
  await expect(versionsDialog(page).getByText("Loading versions…")).toHaveCount(0);
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
  await openFixture(page, "small-plan.json");
});

test("save a version, edit, compare, restore and delete", async ({ page }) => {
  // Save a version with a note.
  await openVersions(page);
  await versionsDialog(page).getByRole("textbox", { name: "Note (optional)" }).fill("Draft for Bappenas");
  await versionsDialog(page).getByRole("button", { name: "Save version" }).click();
  const manual = versionItems(page).filter({ hasText: "Draft for Bappenas" });
  await expect(manual).toContainText("Saved by you");
  await expect(manual).toContainText("7 boxes");
  await expect(manual).toContainText(/\d+ kB/);
  await closeVersions(page);

  // Edit: rename the program, delete an output.
  await nodeById(page, "p1").click();
  await panel(page).getByRole("textbox", { name: "Name", exact: true }).fill("Program Rehabilitasi Sosial");
  await nodeById(page, "o2").click();
  await page.keyboard.press("Delete");
  await expect(nodeById(page, "o2")).toHaveCount(0);
  await waitForSaved(page);

  // Compare: the list names the rename and the removal; the card is marked.
  await openVersions(page);
  await manual.getByRole("button", { name: "Compare" }).click();
  await expect(versionsDialog(page)).toBeHidden();
  const changes = comparison(page);
  await expect(changes).toBeVisible();
  const renamed = changes.locator(".version-compare__group").filter({ hasText: "Boxes renamed" });
  await expect(renamed).toContainText("P1 Program Rehabilitasi Sosial");
  await expect(renamed).toContainText("P1 Program Perlindungan dan Jaminan Sosial");
  const removed = changes.locator(".version-compare__group").filter({ hasText: "Boxes removed" });
  await expect(removed).toContainText("RO 2 Bantuan pangan tersalurkan");
  await expect(changes.locator("section").filter({ hasText: "Boxes per level" })).toContainText(
    "Output: 2 → 1 (+0 / −1)",
  );
  await expect(nodeById(page, "p1").getByTestId("version-marks")).toHaveText("Renamed");
  await expect(nodeById(page, "k1").getByTestId("version-marks")).toHaveCount(0);

  // A box in the list is shown on the tree.
  await changes.getByRole("button", { name: /Program Rehabilitasi Sosial/ }).click();
  await expect(nodeById(page, "p1").locator(".plan-card")).toHaveClass(/is-selected/);

  // Restore from the dialog: the old name and the deleted box are back.
  await openVersions(page);
  await manual.getByRole("button", { name: "Restore" }).click();
  await expect(manual.getByRole("alertdialog")).toContainText("saved as a version first");
  await manual.getByRole("button", { name: "Restore this version" }).click();
  await expect(versionsDialog(page)).toBeHidden();
  await expect(nodeById(page, "p1")).toContainText("Program Perlindungan dan Jaminan Sosial");
  await expect(nodeById(page, "o2")).toBeVisible();
  await expect(comparison(page)).toBeHidden();
  await expect(nodeById(page, "p1").getByTestId("version-marks")).toHaveCount(0);

  // The state before the restore is kept as an automatic version, and Undo brings it back too.
  await openVersions(page);
  const beforeRestore = versionItems(page).filter({ hasText: "Automatic: before restore" });
  await expect(beforeRestore).toHaveCount(1);
  await expect(beforeRestore).toContainText("6 boxes");
  await closeVersions(page);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(nodeById(page, "p1")).toContainText("Program Rehabilitasi Sosial");
  await expect(nodeById(page, "o2")).toHaveCount(0);
  await page.getByRole("button", { name: "Redo" }).click();
  await expect(nodeById(page, "o2")).toBeVisible();
  await waitForSaved(page);

  // Delete a version, after a confirmation; the list survives a reload.
  await openVersions(page);
  await beforeRestore.getByRole("button", { name: "Delete" }).click();
  await beforeRestore.getByRole("button", { name: "Delete version" }).click();
  await expect(versionItems(page).filter({ hasText: "Automatic: before restore" })).toHaveCount(0);
  await expect(manual).toBeVisible();
  await page.reload();
  await expect(nodeById(page, "p1")).toContainText("Program Perlindungan dan Jaminan Sosial");
  await openVersions(page);
  await expect(versionItems(page).filter({ hasText: "Draft for Bappenas" })).toHaveCount(1);
  await expect(versionItems(page).filter({ hasText: "Automatic: before restore" })).toHaveCount(0);
});

test("the first edit of a day keeps a daily version of the document as it was", async ({ page }) => {
  // Copied away from the page, in a worker of its own.
  const worker = page.waitForEvent("worker");
  await nodeById(page, "p1").click();
  await panel(page).getByRole("textbox", { name: "Name", exact: true }).fill("Program baru");
  await waitForSaved(page);
  expect((await worker).url()).toContain("dailyVersionWorker");
  await openVersions(page);
  const daily = versionItems(page).filter({ hasText: "Automatic: daily copy" });
  await expect(daily).toHaveCount(1);
  await daily.getByRole("button", { name: "Compare" }).click();
  const renamed = comparison(page).locator(".version-compare__group").filter({ hasText: "Boxes renamed" });
  await expect(renamed).toContainText("P1 Program Perlindungan dan Jaminan Sosial");
  await comparison(page).getByRole("button", { name: "Close comparison" }).click();
  await expect(panel(page)).toBeVisible();
});

test("the versions dialog speaks Bahasa Indonesia", async ({ page }) => {
  await page.goto("/?lang=id");
  await page.getByRole("button", { name: "Versi", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: /^Versi “/ });
  await expect(dialog.getByRole("button", { name: "Simpan versi" })).toBeVisible();
  await dialog.getByRole("button", { name: "Simpan versi" }).click();
  await expect(dialog.getByRole("listitem").filter({ hasText: "Disimpan oleh Anda" })).toHaveCount(1);
});
