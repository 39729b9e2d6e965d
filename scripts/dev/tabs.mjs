// Screenshots of every view of the sample, for looking at what a planner sees.
import { mkdtempSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../chromium-path.mjs";

const lang = process.argv[2] ?? "en";
const ctx = await chromium.launchPersistentContext(mkdtempSync("/tmp/pw-"), {
  executablePath: findChromium(),
  args: CHROMIUM_ARGS,
  viewport: { width: 1440, height: 900 },
});
const page = ctx.pages()[0];
page.on("pageerror", (e) => console.log("pageerror:", e.message));
await page.goto(`http://127.0.0.1:5173/?lang=${lang}`);
await page.waitForTimeout(1500);
const tabs = await page.getByRole("tab").all();
for (const [i, tab] of tabs.entries()) {
  await tab.click();
  await page.waitForTimeout(1200);
  await page.screenshot({ path: `/tmp/tab-${lang}-${i}.png` });
}
await ctx.close();
