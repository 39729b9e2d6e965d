// Renders the app icons (PNG) from public/favicon.svg with Chromium, once; the
// PNGs are committed. Run again only when the logo changes: node scripts/dev/make-icons.mjs
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../chromium-path.mjs";

const root = join(import.meta.dirname, "..", "..");
const svg = readFileSync(join(root, "public", "favicon.svg"), "utf8");
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

// "any" icons are the logo edge to edge (its own rounded square); a maskable icon keeps
// the logo inside the central safe zone (80%) on the logo's blue, so any mask shape fits.
const icons = [
  { file: "icon-192.png", size: 192, maskable: false },
  { file: "icon-512.png", size: 512, maskable: false },
  { file: "maskable-512.png", size: 512, maskable: true },
  { file: "apple-touch-icon-180.png", size: 180, maskable: true },
];
for (const icon of icons) {
  const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
  const inner = icon.maskable ? Math.round(icon.size * 0.72) : icon.size;
  const logo = icon.maskable ? svg.replace(/<rect [^>]*\/>/, "") : svg;
  await page.setContent(
    `<body style="margin:0;width:${icon.size}px;height:${icon.size}px;display:grid;place-items:center;background:${icon.maskable ? "#0f4c81" : "transparent"}">` +
      `<div style="width:${inner}px;height:${inner}px">${logo.replace("<svg ", `<svg width="${inner}" height="${inner}" `)}</div></body>`,
  );
  await page.screenshot({ path: join(root, "public", "icons", icon.file), omitBackground: !icon.maskable });
  await page.close();
}
await browser.close();
