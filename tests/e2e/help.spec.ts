import { expect, type Page, test } from "@playwright/test";
import { canvasNode, openApp } from "./helpers";

// Help where people look for it: the shortcut sheet on "?", a guide in an
// empty document, a first-run tour that can be skipped and taken again, and
// diagnostics that name each rule's legal basis.

const tourCard = (page: Page) => page.getByRole("dialog", { name: /./ }).filter({ hasText: /Step \d of 6/ });

test("? opens the shortcut sheet, which lists the keys of the tree and the outline", async ({ page }) => {
  await openApp(page);
  await page.keyboard.press("?");
  const sheet = page.getByRole("dialog", { name: "Help and keyboard shortcuts" });
  await expect(sheet).toBeVisible();
  for (const group of ["Anywhere", "View tabs", "Performance tree canvas (a box selected)", "Outline"]) {
    await expect(sheet.getByRole("table", { name: group })).toBeVisible();
  }
  await expect(sheet.getByRole("row", { name: /F2 Rename in place/ })).toBeVisible();
  await expect(sheet.getByRole("row", { name: /Ctrl\+Z Undo/ })).toBeVisible();
  await sheet.getByRole("button", { name: "Close" }).click();
  await expect(sheet).toBeHidden();

  // Typing "?" in a field types it, and opens nothing.
  const search = page.getByRole("searchbox");
  await search.fill("");
  await search.press("?");
  await expect(search).toHaveValue("?");
  await expect(sheet).toBeHidden();
});

test("the first start shows a tour over the sample; skipped, it stays away, and Help brings it back", async ({
  page,
}) => {
  // A person's browser, not an automated one: the tour starts by itself only there.
  await page.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, "webdriver", { get: () => false }),
  );
  await openApp(page);
  await expect(tourCard(page)).toBeVisible();
  await expect(tourCard(page)).toContainText("Step 1 of 6");
  await expect(tourCard(page).getByRole("button", { name: "Next" })).toBeFocused();
  await tourCard(page).getByRole("button", { name: "Skip the tour" }).click();
  await expect(tourCard(page)).toBeHidden();

  await page.reload();
  await expect(page.locator(".react-flow__node").first()).toBeVisible();
  await expect(tourCard(page)).toBeHidden();

  await page.getByRole("button", { name: "Help", exact: true }).click();
  await page.getByRole("button", { name: "Take the tour" }).click();
  const titles: string[] = [];
  for (let step = 1; step <= 6; step++) {
    await expect(tourCard(page)).toContainText(`Step ${step} of 6`);
    titles.push((await tourCard(page).getByRole("heading").textContent()) ?? "");
    await tourCard(page)
      .getByRole("button", { name: step === 6 ? "Done" : "Next" })
      .click();
  }
  expect(titles).toEqual([
    "Five views of one plan",
    "The performance tree",
    "Details",
    "Diagnostics",
    "Your documents",
    "Help",
  ]);
  await expect(tourCard(page)).toBeHidden();
});

test("an empty document says how to start: add a goal, import, or open the sample", async ({ page }) => {
  await openApp(page, "id");
  await page.getByRole("button", { name: "Dokumen baru" }).click();
  const guide = page.getByRole("region", { name: "Rencana masih kosong" });
  await expect(guide).toBeVisible();
  await guide.getByRole("button", { name: "Tambahkan Tujuan" }).click();
  await expect(guide).toBeHidden();
  await expect(page.locator(".react-flow__node")).toHaveCount(1);

  await page.getByRole("button", { name: "Dokumen baru" }).click();
  await expect(guide).toBeVisible();
  const chooser = page.waitForEvent("filechooser");
  await guide.getByRole("button", { name: "Impor berkas" }).click();
  await (await chooser).setFiles([]);
  await guide.getByRole("button", { name: "Buka contoh Kemensos" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Renstra Kementerian Sosial 2020-2024");
  await expect(canvasNode(page, "Program Perlindungan Sosial")).toBeVisible();
});

test("diagnostics name each rule's legal basis in their tooltips", async ({ page }) => {
  await openApp(page);
  const region = page.getByRole("region", { name: "Diagnostics" });
  await region.getByRole("button", { name: "Show findings" }).click();
  await expect(region.getByRole("button", { name: /A4 Owner of the wrong tier/ })).toHaveAttribute(
    "title",
    /Basis: PermenPAN-RB 89\/2021/,
  );
  const badge = page.locator(".react-flow__node .finding-badge").first();
  await expect(badge).toHaveAttribute("title", /Basis: /);
});
