import { expect, type Page, test } from "@playwright/test";
import { nodeById, openApp, openFixture, waitForSaved } from "./helpers";

// The same document open in two tabs (two pages of one browser profile) never
// loses an edit: a saved change shows up in the other tab; a tab that did not
// hear of it cannot save over it and pauses with a choice; a newer Selaras
// upgrading the storage in another tab gives a message, not a broken page.

const panel = (page: Page) => page.getByRole("complementary", { name: "Details" });

async function rename(page: Page, id: string, name: string): Promise<void> {
  await nodeById(page, id).click();
  await panel(page).getByRole("textbox", { name: "Name", exact: true }).fill(name);
}

/** A second tab that opens the same (last open) document. */
async function secondTab(page: Page, options: { deaf?: boolean } = {}): Promise<Page> {
  const other = await page.context().newPage();
  // A tab that is never told of the other's saves (it still tells them of its own).
  if (options.deaf)
    await other.addInitScript(() => {
      const Real = window.BroadcastChannel;
      window.BroadcastChannel = class extends Real {
        override set onmessage(_listener: BroadcastChannel["onmessage"]) {}
        override get onmessage(): BroadcastChannel["onmessage"] {
          return null;
        }
      } as typeof BroadcastChannel;
    });
  await openApp(other);
  return other;
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
  await openFixture(page, "small-plan.json");
  await waitForSaved(page);
});

test("an edit saved in one tab appears in the other, both ways", async ({ page }) => {
  const other = await secondTab(page);
  await expect(other.getByRole("heading", { level: 1 })).toHaveText(
    "Renstra Dinas Sosial Kota Contoh 2025-2029",
  );

  await rename(page, "o2", "Bantuan pangan dari tab pertama");
  await waitForSaved(page);
  await expect(nodeById(other, "o2")).toContainText("Bantuan pangan dari tab pertama");
  await expect(
    other.getByRole("status").filter({ hasText: "Updated with the changes saved in another tab" }),
  ).toBeVisible();

  await rename(other, "o1", "Data terpadu dari tab kedua");
  await waitForSaved(other);
  await expect(nodeById(page, "o1")).toContainText("Data terpadu dari tab kedua");
  await expect(nodeById(page, "o2")).toContainText("Bantuan pangan dari tab pertama");

  // Both edits are stored.
  const third = await secondTab(page);
  await expect(nodeById(third, "o1")).toContainText("Data terpadu dari tab kedua");
  await expect(nodeById(third, "o2")).toContainText("Bantuan pangan dari tab pertama");
});

test("a tab that missed the other's save cannot overwrite it: it pauses, and keeps its version as a copy", async ({
  page,
}) => {
  const other = await secondTab(page, { deaf: true });
  await rename(page, "o2", "Versi tab pertama");
  await waitForSaved(page);

  await rename(other, "o1", "Versi tab kedua");
  const banner = other.getByRole("alert").filter({ hasText: "Editing is paused" });
  await expect(banner).toBeVisible();
  // Paused: the edit made here stays on screen, and no further edit is taken.
  await expect(nodeById(other, "o1")).toContainText("Versi tab kedua");
  await nodeById(other, "c1").click();
  await other.keyboard.press("Delete");
  await expect(nodeById(other, "c1")).toBeVisible();
  // The stored document is still the first tab's.
  const check = await secondTab(page);
  await expect(nodeById(check, "o2")).toContainText("Versi tab pertama");
  await expect(nodeById(check, "o1")).not.toContainText("Versi tab kedua");
  await check.close();

  await banner.getByRole("button", { name: "Keep mine as a copy" }).click();
  await expect(other.getByRole("heading", { level: 1 })).toHaveText(
    "Renstra Dinas Sosial Kota Contoh 2025-2029 (from another tab)",
  );
  await expect(nodeById(other, "o1")).toContainText("Versi tab kedua");
  await expect(banner).toHaveCount(0);
  await other.getByRole("button", { name: "Documents" }).click();
  const list = other.getByRole("dialog").locator(".doc-list__item");
  await expect(list.filter({ hasText: "(from another tab)" })).toHaveCount(1);
  await expect(list.filter({ hasText: "Renstra Dinas Sosial Kota Contoh 2025-2029" })).toHaveCount(2);
  await expect(nodeById(page, "o2")).toContainText("Versi tab pertama");
});

test("a paused tab can take over (the other tab then shows its version) or reload the other's", async ({
  page,
}) => {
  const other = await secondTab(page, { deaf: true });
  await rename(page, "o2", "Versi tab pertama");
  await waitForSaved(page);
  await rename(other, "o2", "Versi tab kedua");
  const banner = other.getByRole("alert").filter({ hasText: "Editing is paused" });
  await banner.getByRole("button", { name: "Take over" }).click();
  await expect(banner).toHaveCount(0);
  await waitForSaved(other);
  await expect(nodeById(page, "o2")).toContainText("Versi tab kedua");

  // Now the first tab missed nothing, the second still hears nothing: its next edit pauses again.
  await rename(page, "o1", "Tab pertama lagi");
  await waitForSaved(page);
  await rename(other, "o1", "Tab kedua lagi");
  await banner.getByRole("button", { name: "Reload" }).click();
  await expect(banner).toHaveCount(0);
  await expect(nodeById(other, "o1")).toContainText("Tab pertama lagi");
  await expect(nodeById(other, "o2")).toContainText("Versi tab kedua");
  // And it edits again normally.
  await rename(other, "c1", "Kondisi dari tab kedua");
  await waitForSaved(other);
  await expect(nodeById(page, "c1")).toContainText("Kondisi dari tab kedua");
});

test("a newer Selaras upgrading the storage in another tab: pending edit saved, message, reload works", async ({
  page,
}) => {
  await rename(page, "o2", "Disimpan sebelum peningkatan");
  // Another tab opens the database with a higher version, as a newer Selaras would.
  const other = await page.context().newPage();
  await other.goto("/favicon.svg");
  const upgraded = await other.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open("selaras", 1000);
        request.onsuccess = () => {
          request.result.close();
          resolve(request.result.version);
        };
        request.onerror = () => reject(request.error);
      }),
  );
  expect(upgraded).toBe(1000);
  const banner = page.getByRole("alert").filter({ hasText: "Selaras was updated in another tab" });
  await expect(banner).toBeVisible();
  await expect(page.locator(".react-flow__node").first()).toBeVisible();
  await nodeById(page, "c1").click();
  await page.keyboard.press("Delete");
  await expect(nodeById(page, "c1")).toBeVisible();

  await banner.getByRole("button", { name: "Reload page" }).click();
  await expect(nodeById(page, "o2")).toContainText("Disimpan sebelum peningkatan");
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("a paused tab that is closed keeps its version: the next start stores it as a new document", async ({
  page,
}) => {
  const other = await secondTab(page, { deaf: true });
  await rename(page, "o2", "Versi tab pertama");
  await waitForSaved(page);
  await rename(other, "o1", "Versi tab kedua yang ditutup");
  await expect(other.getByRole("alert").filter({ hasText: "Editing is paused" })).toBeVisible();
  await other.close({ runBeforeUnload: false });

  const next = await page.context().newPage();
  await openApp(next);
  await expect(next.getByRole("alert").filter({ hasText: "were kept as a new document" })).toContainText(
    "(recovered)",
  );
  await expect(nodeById(next, "o2")).toContainText("Versi tab pertama");
  await next.getByRole("button", { name: "Documents" }).click();
  const recovered = next.getByRole("dialog").locator(".doc-list__item").filter({ hasText: "(recovered)" });
  await recovered.getByRole("button", { name: "Open" }).click();
  await expect(nodeById(next, "o1")).toContainText("Versi tab kedua yang ditutup");
});
