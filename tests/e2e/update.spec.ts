import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { nodeById, openApp } from "./helpers";

// A newer build: the prompt offers Reload, which stores the edit in progress
// first, then switches to the new version. "Deploying" it here means changing
// the served sw.js (the preview server reads files afresh), as a new build
// does; the file is put back afterwards.

// The folder the e2e server serves, as playwright.config.ts builds it.
const SERVED = join(
  import.meta.dirname,
  "..",
  "..",
  process.env.E2E_PORT ? `.e2e-dist-${process.env.E2E_PORT}` : "dist",
  "sw.js",
);

const panel = (page: Page) => page.getByRole("complementary", { name: "Details" });

test("a new version is offered with Reload, which keeps the edit just typed", async ({ page }) => {
  await openApp(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve));
  });

  const original = readFileSync(SERVED, "utf8");
  try {
    writeFileSync(SERVED, `${original}\n// the next version\n`);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    await expect(page.getByRole("status").filter({ hasText: "A new version" })).toBeVisible();
  } finally {
    writeFileSync(SERVED, original);
  }
  const prompt = page.getByRole("status").filter({ hasText: "A new version of Selaras is available." });
  await expect(prompt).toBeVisible();

  const first = page.locator(".react-flow__node").first();
  const id = (await first.getAttribute("data-id"))!;
  await first.click();
  const name = panel(page).getByRole("textbox", { name: "Name", exact: true });
  await name.fill("Diubah sebelum pembaruan");
  // Reload at once, before the autosave's own delay has passed.
  const reloaded = page.waitForEvent("load");
  await prompt.getByRole("button", { name: "Reload" }).click();
  await reloaded;
  await expect(nodeById(page, id)).toContainText("Diubah sebelum pembaruan");
  await expect(prompt).toBeHidden();
  // The new version runs: nothing is left waiting.
  expect(
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null),
  ).toBeNull();
});
