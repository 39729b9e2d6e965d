// A screenshot of the running app (npm start) for looking at a change: node scripts/dev/shot.mjs [url] [png]
import { mkdtempSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../chromium-path.mjs";

const url = process.argv[2] ?? "http://127.0.0.1:5173/?lang=en";
const out = process.argv[3] ?? "/tmp/shot.png";
const ctx = await chromium.launchPersistentContext(mkdtempSync("/tmp/pw-"), {
  executablePath: findChromium(),
  args: CHROMIUM_ARGS,
  viewport: { width: 1440, height: 900 },
});
const page = ctx.pages()[0] ?? (await ctx.newPage());
page.on("console", (m) => {
  if (m.type() === "error" || m.type() === "warning") console.log("console:", m.type(), m.text());
});
page.on("pageerror", (e) => console.log("pageerror:", e.message));
await page.goto(url);
await page.waitForTimeout(2500);
await page.screenshot({ path: out });
await ctx.close();
