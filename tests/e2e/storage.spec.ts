import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { nodeById, openApp, openFixture, waitForSaved } from "./helpers";

// The browser's storage: its use and persistence are shown; a full disk keeps
// the work open and offers the export; an old backup is gently reminded.

const panel = (page: Page) => page.getByRole("complementary", { name: "Details" });

async function rename(page: Page, id: string, name: string): Promise<void> {
  await nodeById(page, id).click();
  await panel(page).getByRole("textbox", { name: "Name", exact: true }).fill(name);
}

/** Write a row of the app's settings table directly, as an earlier visit would have left it. */
async function putSetting(page: Page, key: string, value: unknown): Promise<void> {
  await page.evaluate(
    ({ key, value }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("selaras");
        open.onsuccess = () => {
          const transaction = open.result.transaction("settings", "readwrite");
          transaction.objectStore("settings").put({ key, value });
          transaction.oncomplete = () => {
            open.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    { key, value },
  );
}

/** Read a row of the app's settings table (undefined when there is none). */
async function getSetting(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (key) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open("selaras");
        open.onsuccess = () => {
          const request = open.result.transaction("settings").objectStore("settings").get(key);
          request.onsuccess = () => {
            open.result.close();
            resolve((request.result as { value?: unknown } | undefined)?.value);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    key,
  );
}

async function openDocumentId(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open("selaras");
        open.onsuccess = () => {
          const request = open.result
            .transaction("settings")
            .objectStore("settings")
            .get("lastOpenDocumentId");
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result.value);
          };
        };
      }),
  );
}

const DAY = 24 * 60 * 60 * 1000;

test("the Documents dialog shows the storage used, available, and whether it is persistent", async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole("button", { name: "Documents" }).click();
  const storage = page.getByRole("dialog").getByRole("region", { name: "Storage in this browser" });
  await expect(storage).toContainText(
    /\d+(\.\d)? (B|KB|MB|GB|TB) used of \d[\d,.]* (KB|MB|GB|TB) available\./,
  );
  await expect(storage).toContainText(
    /Persistent: the browser will not clear|Not persistent: the browser may clear/,
  );
  await page.goto("/?lang=id");
  await page.getByRole("button", { name: "Dokumen", exact: true }).click();
  await expect(page.getByRole("dialog")).toContainText("terpakai dari");
});

test("a full disk keeps the edit open, offers the export, and saves once there is room", async ({ page }) => {
  // The test's stand-in for a full disk: every IndexedDB write fails with QuotaExceededError while set.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
      if ((window as unknown as { __diskFull?: boolean }).__diskFull)
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return put.apply(this, args);
    };
  });
  await openApp(page);
  await openFixture(page, "small-plan.json");
  await waitForSaved(page);
  await page.evaluate(() => {
    (window as unknown as { __diskFull?: boolean }).__diskFull = true;
  });
  await rename(page, "o2", "Diubah ketika disk penuh");
  const banner = page.getByRole("alert").filter({ hasText: "The browser's storage is full" });
  await expect(banner).toBeVisible();
  await expect(nodeById(page, "o2")).toContainText("Diubah ketika disk penuh");

  const download = page.waitForEvent("download");
  await banner.getByRole("button", { name: "Export a copy" }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), "utf8"));
  expect(exported.nodes.find((n: { id: string }) => n.id === "o2").name).toBe("Diubah ketika disk penuh");

  await page.evaluate(() => {
    (window as unknown as { __diskFull?: boolean }).__diskFull = false;
  });
  await page.getByRole("button", { name: "Retry now" }).click();
  await waitForSaved(page);
  await expect(banner).toHaveCount(0);
  await page.reload();
  await expect(nodeById(page, "o2")).toContainText("Diubah ketika disk penuh");
});

test("a backup reminder after a week of edits without an export; Later puts it off, Export a copy ends it", async ({
  page,
}) => {
  await openApp(page);
  await openFixture(page, "small-plan.json");
  await waitForSaved(page);
  const id = await openDocumentId(page);
  const reminder = page.getByRole("status").filter({ hasText: "Last backup of this document" });
  // Fresh in this browser: no reminder, edits or not.
  await rename(page, "o1", "Perubahan pertama");
  await waitForSaved(page);
  await expect(reminder).toHaveCount(0);

  // It arrived eight days ago and was never exported.
  await putSetting(page, `backup:${id}`, { since: new Date(Date.now() - 8 * DAY).toISOString() });
  await page.reload();
  await expect(reminder).toContainText("Last backup of this document: never.");
  await reminder.getByRole("button", { name: "Later" }).click();
  await expect(reminder).toHaveCount(0);
  // Put off in the store (a write of its own, after the banner goes) before the page is reloaded.
  await expect
    .poll(async () => (await getSetting(page, `backup:${id}`)) as { dismissedAt?: string } | undefined)
    .toHaveProperty("dismissedAt");
  await page.reload();
  await rename(page, "o1", "Perubahan kedua");
  await waitForSaved(page);
  await expect(reminder).toHaveCount(0);

  // Last exported ten days ago, edited since.
  const tenDaysAgo = new Date(Date.now() - 10 * DAY).toISOString();
  await putSetting(page, `backup:${id}`, {
    since: new Date(Date.now() - 30 * DAY).toISOString(),
    lastExportAt: tenDaysAgo,
  });
  await page.reload();
  await expect(reminder).toContainText("(10 days ago)");
  const download = page.waitForEvent("download");
  await reminder.getByRole("button", { name: "Export a copy" }).click();
  expect((await download).suggestedFilename()).toBe("renstra-dinas-sosial-kota-contoh-2025-2029.json");
  await expect(reminder).toHaveCount(0);
  // The export is recorded in the store (a write of its own) before the page is reloaded.
  await expect
    .poll(async () => ((await getSetting(page, `backup:${id}`)) as { lastExportAt?: string }).lastExportAt)
    .not.toBe(tenDaysAgo);
  await page.reload();
  await rename(page, "o1", "Perubahan ketiga");
  await waitForSaved(page);
  await expect(page.locator(".react-flow__node").first()).toBeVisible();
  await expect(reminder).toHaveCount(0);
});
