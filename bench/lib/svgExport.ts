import { statSync } from "node:fs";
import type { Page } from "playwright-core";
import { longTasksBetween, waitForEntry } from "./browser";

// SVG export of the whole tree as a planner does it: `Export SVG` opens the
// options dialog, `Download SVG` builds the image and downloads it. Timed by
// the app's `selaras:export-svg` measure (building the SVG text of the whole
// view, the embedded document included), with the longest task around it.

const EXPORT_SVG = "selaras:export-svg";

export interface SvgExportResult {
  readonly buildMs: number;
  readonly bytes: number;
  readonly longestTaskMs: number;
}

export async function measureSvgExport(page: Page, timeoutMs: number): Promise<SvgExportResult | null> {
  const open = page.getByRole("button", { name: "Export SVG", exact: true });
  if ((await open.count()) === 0) return null;
  await open.click();
  const dialog = page.getByRole("dialog");
  await dialog.waitFor({ state: "visible", timeout: timeoutMs });
  const before = await page.evaluate((n) => performance.getEntriesByName(n).length, EXPORT_SVG);
  const download = page.waitForEvent("download", { timeout: timeoutMs });
  const clickedAt = await page.evaluate(() => performance.now());
  await dialog.getByRole("button", { name: "Download SVG" }).click();
  const file = await download;
  await waitForEntry(page, EXPORT_SVG, timeoutMs, before + 1);
  const entry = await page.evaluate(
    ({ n, i }) => {
      const e = performance.getEntriesByName(n)[i]!;
      return { duration: e.duration, end: e.startTime + e.duration };
    },
    { n: EXPORT_SVG, i: before },
  );
  const path = await file.path();
  const tasks = await longTasksBetween(page, clickedAt, entry.end + 50);
  return {
    buildMs: entry.duration,
    bytes: path ? statSync(path).size : 0,
    longestTaskMs: tasks.length > 0 ? Math.max(...tasks) : 0,
  };
}
