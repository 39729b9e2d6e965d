import { mkdtempSync } from "node:fs";
import { chromium } from "@playwright/test";

const ctx = await chromium.launchPersistentContext(mkdtempSync("/tmp/pw-"), {
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
  viewport: { width: 1800, height: 1000 },
});
const page = ctx.pages()[0];
await page.goto("http://127.0.0.1:5173/?lang=en");
await page.waitForTimeout(1500);
console.log(await page.locator(".react-flow__viewport").getAttribute("style"));
await page.locator(".react-flow__controls-fitview").click();
await page.waitForTimeout(1000);
console.log(await page.locator(".react-flow__viewport").getAttribute("style"));
console.log(await page.locator(".react-flow__node").count());
await ctx.close();
