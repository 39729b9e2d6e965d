// The README's screenshot: the sample's performance tree with a box selected.
import { mkdtempSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../chromium-path.mjs";

const ctx = await chromium.launchPersistentContext(mkdtempSync("/tmp/pw-"), {
  executablePath: findChromium(),
  args: CHROMIUM_ARGS,
  viewport: { width: 1440, height: 900 },
});
const page = ctx.pages()[0];
await page.goto(process.argv[2] ?? "http://127.0.0.1:5173/?lang=en");
await page.waitForTimeout(1500);
await page.locator('.react-flow__node[data-id="ss1"]').click();
await page.waitForTimeout(600);
await page.screenshot({ path: process.argv[3] ?? "docs/screenshot-sample.png" });
await ctx.close();
