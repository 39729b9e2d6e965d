import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";

// A browser that holds a database written by the version-1 app (Dexie schema
// version 1, before saved versions existed) opens it after the upgrade: the
// stored document is there, and versions work on it. The database is written
// with raw IndexedDB calls, as version 1 left it, before the app ever loads.

const fixture = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", "fixtures", "db", "v1-database.json"), "utf8"),
) as { dexieVersion: number; tables: Record<string, unknown[]> };

test("a stored version-1 database opens after the upgrade, with its document and folds", async ({ page }) => {
  // A page of the app's origin that does not start the app.
  await page.goto("/favicon.svg");
  await page.evaluate(
    async ({ tables, version }) => {
      await new Promise<void>((resolve, reject) => {
        // Dexie stores schema version N as IndexedDB version N × 10.
        const request = indexedDB.open("selaras", version * 10);
        request.onupgradeneeded = () => {
          const db = request.result;
          db.createObjectStore("documents", { keyPath: "id" }).createIndex("updatedAt", "updatedAt");
          db.createObjectStore("bodies", { keyPath: "id" });
          db.createObjectStore("settings", { keyPath: "key" });
        };
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(Object.keys(tables), "readwrite");
          for (const [name, rows] of Object.entries(tables))
            for (const row of rows) tx.objectStore(name).put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      });
    },
    { tables: fixture.tables, version: fixture.dexieVersion },
  );

  await page.goto("/?lang=en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Renstra Dinas Sosial Kota Contoh 2025-2029",
  );
  await expect(page.locator('.react-flow__node[data-id="k1"]')).toBeVisible();
  // The fold stored in version 1 is kept: the activity's outputs stay hidden.
  await expect(page.locator('.react-flow__node[data-id="o1"]')).toHaveCount(0);

  await page.getByRole("button", { name: "Versions", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: /^Versions of/ });
  await expect(dialog.getByText("No versions of this document yet.")).toBeVisible();
  await dialog.getByRole("textbox", { name: "Note (optional)" }).fill("First version after the upgrade");
  await dialog.getByRole("button", { name: "Save version" }).click();
  await expect(
    dialog.getByRole("listitem").filter({ hasText: "First version after the upgrade" }),
  ).toBeVisible();

  const schema = await page.evaluate(
    () =>
      new Promise<{ version: number; stores: string[] }>((resolve) => {
        const request = indexedDB.open("selaras");
        request.onsuccess = () => {
          const db = request.result;
          resolve({ version: db.version, stores: [...db.objectStoreNames].sort() });
          db.close();
        };
      }),
  );
  expect(schema).toEqual({
    version: 30,
    stores: ["bodies", "bodyParts", "documents", "settings", "versionBodies", "versions"],
  });
});
