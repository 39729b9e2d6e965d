import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, type Page } from "@playwright/test";

// A small vocabulary for the end-to-end tests: what a person does, by role and name.

export const FIXTURES = join(import.meta.dirname, "..", "fixtures", "e2e");

export function fixturePath(name: string): string {
  return join(FIXTURES, name);
}

export function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(fixturePath(name), "utf8"));
}

/** Open the app in English and wait until a document is drawn. */
export async function openApp(page: Page, lang: "en" | "id" = "en"): Promise<void> {
  await page.goto(`/?lang=${lang}`);
  await expect(page.locator(".react-flow__node").first()).toBeVisible();
}

/** Import through the file picker that the Import button opens. */
export async function importFile(page: Page, name: string): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await (await chooser).setFiles(fixturePath(name));
}

/** Import a valid fixture and wait until it is the open document. */
export async function openFixture(page: Page, name: string): Promise<void> {
  const title = (readFixture(name) as { meta: { title: string } }).meta.title;
  await importFile(page, name);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
}

export async function exportJson(page: Page): Promise<{ fileName: string; data: unknown }> {
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export JSON" }).click();
  const file = await download;
  const path = await file.path();
  return { fileName: file.suggestedFilename(), data: JSON.parse(readFileSync(path, "utf8")) };
}

export function canvasNode(page: Page, text: string) {
  return page.locator(".react-flow__node").filter({ hasText: text });
}

export async function waitForSaved(page: Page): Promise<void> {
  await expect(page.locator(".save")).toHaveText(/Saved|Tersimpan/);
}

/** The JSON data of a document, minus what a writer may refresh (meta.updatedAt). */
export function comparable(data: unknown): unknown {
  const copy = structuredClone(data) as { meta?: { updatedAt?: string } };
  if (copy.meta) delete copy.meta.updatedAt;
  return copy;
}
