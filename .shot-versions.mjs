import { mkdtempSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./scripts/chromium-path.mjs";

const lang = process.argv[2] ?? "en";
const base = "http://127.0.0.1:5205";
const ctx = await chromium.launchPersistentContext(mkdtempSync("/tmp/pw-"), {
  executablePath: findChromium(), args: CHROMIUM_ARGS, viewport: { width: 1440, height: 900 },
});
const page = ctx.pages()[0] ?? (await ctx.newPage());
page.on("pageerror", (e) => console.log("pageerror:", e.message));
page.on("console", (m) => { if (m.type() === "error") console.log("console:", m.text()); });
await page.goto(`${base}/?lang=${lang}`);
await page.locator(".react-flow__node").first().waitFor();
const versionsName = lang === "en" ? "Versions" : "Versi";
await page.getByRole("button", { name: versionsName, exact: true }).click();
await page.locator(".versions__save input").fill(lang === "en" ? "Renstra draft sent to Bappenas" : "Draf Renstra dikirim ke Bappenas");
await page.locator(".versions__save button").click();
await page.waitForTimeout(500);
await page.keyboard.press("Escape");
// Edits: rename a program, delete two programs, change kind
const nodes = page.locator(".react-flow__node");
const ids = await nodes.evaluateAll((els) => els.map((e) => e.getAttribute("data-id")));
console.log("ids", ids.slice(0, 20).join(","));
const pick = async (i) => { await page.locator(`.react-flow__node[data-id="${ids[i]}"]`).click(); };
await pick(3);
await page.locator(".panel").getByRole("textbox").first().fill("Program Rehabilitasi Sosial Terpadu");
await pick(4);
await page.keyboard.press("Delete");
await page.waitForTimeout(1500);
await page.getByRole("button", { name: versionsName, exact: true }).click();
await page.waitForTimeout(500);
await page.screenshot({ path: `/tmp/vshots/dialog-${lang}.png` });
await page.locator(".versions__item").filter({ hasText: lang === "en" ? "Renstra draft" : "Draf Renstra" }).locator("button").first().click();
await page.waitForTimeout(1200);
await page.screenshot({ path: `/tmp/vshots/compare-${lang}.png` });
await ctx.close();
