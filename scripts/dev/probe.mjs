import { mkdtempSync } from "node:fs";
import { chromium } from "@playwright/test";

const ctx = await chromium.launchPersistentContext(mkdtempSync("/tmp/pw-"), {
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
  viewport: { width: 1440, height: 900 },
});
const page = ctx.pages()[0];
page.on("console", (m) => console.log("console:", m.text().slice(0, 300)));
await page.goto("http://127.0.0.1:5173/?lang=en");
for (const t of [300, 800, 1500, 3000]) {
  await page.waitForTimeout(t);
  console.log(t, await page.locator(".react-flow__viewport").getAttribute("style"));
}
await ctx.close();
