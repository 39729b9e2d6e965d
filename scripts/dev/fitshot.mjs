import { mkdtempSync } from "node:fs";
import { chromium } from "@playwright/test";

const ctx = await chromium.launchPersistentContext(mkdtempSync("/tmp/pw-"), {
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
  viewport: { width: 1800, height: 1000 },
});
const page = ctx.pages()[0];
await page.goto(process.argv[2] ?? "http://127.0.0.1:5173/?lang=en");
await page.waitForTimeout(1500);
await page.locator(".react-flow__controls-fitview").click();
await page.waitForTimeout(800);
await page.screenshot({ path: process.argv[3] ?? "/tmp/fit.png" });
await ctx.close();
