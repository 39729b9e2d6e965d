import { expect, type Page, test } from "@playwright/test";
import { nodeById, openApp, waitForSaved } from "./helpers";

// Installable and offline: the production build has a manifest with icons and a
// service worker; after one visit the app loads, edits and keeps the edit with
// no network at all.

const panel = (page: Page) => page.getByRole("complementary", { name: "Details" });

async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve));
  });
}

test("the manifest names the app and its icons, which are served", async ({ page, request }) => {
  await openApp(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  const manifest = await (await request.get(href!)).json();
  expect(manifest.name).toContain("Selaras");
  expect(manifest.start_url).toBe("/");
  expect(manifest.display).toBe("standalone");
  const sizes = manifest.icons.map(
    (icon: { sizes: string; purpose: string }) => `${icon.sizes} ${icon.purpose}`,
  );
  expect(sizes).toEqual(expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]));
  for (const icon of manifest.icons as { src: string; type: string }[]) {
    const response = await request.get(icon.src);
    expect(response.ok(), icon.src).toBe(true);
    expect(response.headers()["content-type"]).toContain(icon.type.split("+")[0]);
  }
});

test("load, go offline, reload, edit, reload: the edit is there", async ({ page, context }) => {
  await openApp(page);
  await waitForServiceWorker(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator(".react-flow__node").first()).toBeVisible();

  const first = page.locator(".react-flow__node").first();
  const id = (await first.getAttribute("data-id"))!;
  await first.click();
  const name = panel(page).getByRole("textbox", { name: "Name", exact: true });
  await name.fill("Diubah tanpa jaringan");
  await name.press("Tab");
  await expect(nodeById(page, id)).toContainText("Diubah tanpa jaringan");
  await waitForSaved(page);

  await page.reload();
  await expect(nodeById(page, id)).toContainText("Diubah tanpa jaringan");
  // Still offline: the whole app came from the service worker's cache.
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
});

test("offline, a file of the app opened on its own is that file, not the app", async ({ page, context }) => {
  await openApp(page);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  const response = await page.goto("/favicon.svg");
  expect(response?.headers()["content-type"]).toContain("image/svg+xml");
  expect(await page.evaluate(() => document.documentElement.localName)).toBe("svg");
  // Any other address is the app.
  await page.goto("/?lang=id");
  await expect(page.locator(".react-flow__node").first()).toBeVisible();
});
