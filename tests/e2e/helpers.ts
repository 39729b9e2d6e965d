import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, type Page } from "@playwright/test";

// A small vocabulary for the end-to-end tests: what a person does, by role and name.

export const FIXTURES = join(import.meta.dirname, "..", "fixtures", "e2e");

export function fixturePath(name: string): string {
  return join(FIXTURES, name);
}

export function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(fixturePath(name), "utf8"));
}

/** Open the app in English and wait until a document is drawn. */
export async function openApp(page: Page, lang: "en" | "id" = "en"): Promise<void> {
  await page.goto(`/?lang=${lang}`);
  await expect(page.locator(".react-flow__node").first()).toBeVisible();
}

/** Import through the file picker that the Import button opens. */
export async function importFile(page: Page, name: string): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await (await chooser).setFiles(fixturePath(name));
}

/** Import a valid fixture and wait until it is the open document. */
export async function openFixture(page: Page, name: string): Promise<void> {
  const title = (readFixture(name) as { meta: { title: string } }).meta.title;
  await importFile(page, name);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
}

export async function exportJson(page: Page): Promise<{ fileName: string; data: unknown }> {
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export JSON" }).click();
  const file = await download;
  const path = await file.path();
  return { fileName: file.suggestedFilename(), data: JSON.parse(readFileSync(path, "utf8")) };
}

export function canvasNode(page: Page, text: string) {
  return page.locator(".react-flow__node").filter({ hasText: text });
}

export async function waitForSaved(page: Page): Promise<void> {
  await expect(page.locator(".save")).toHaveText(/Saved|Tersimpan/);
}

/** The JSON data of a document, minus what a writer may refresh (meta.updatedAt). */
export function comparable(data: unknown): unknown {
  const copy = structuredClone(data) as { meta?: { updatedAt?: string } };
  if (copy.meta) delete copy.meta.updatedAt;
  return copy;
}

/** The box of a node on the canvas by its id. */
export function nodeById(page: Page, id: string) {
  return page.locator(`.react-flow__node[data-id="${id}"]`);
}

/** Drag with a real mouse from the centre of one element to a point, in small steps. */
export async function dragTo(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 8, from.y + 8, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 16 });
  await page.mouse.up();
}

/** Where the canvas's picture is, as drawn: its translation and its zoom. */
export async function viewportTransform(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  return page.locator(".react-flow__viewport").evaluate((element) => {
    const matrix = new DOMMatrixReadOnly(getComputedStyle(element).transform);
    return { x: matrix.e, y: matrix.f, zoom: matrix.a };
  });
}

/** Waits until the canvas's picture stops moving (a search centres it with a 300 ms animation). */
export async function viewportAtRest(page: Page): Promise<void> {
  let last = "";
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await viewportTransform(page));
        const still = now === last;
        last = now;
        return still;
      },
      { intervals: [100] },
    )
    .toBe(true);
}

/** A point of the empty canvas (no box, no line), on a grid over the canvas. */
export async function emptyCanvasPoint(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(() => {
    const r = document.querySelector(".react-flow")!.getBoundingClientRect();
    for (let j = 1; j < 12; j++) {
      for (let i = 1; i < 12; i++) {
        const x = r.left + (r.width * i) / 12;
        const y = r.top + (r.height * j) / 12;
        if (document.elementFromPoint(x, y)?.classList.contains("react-flow__pane")) return { x, y };
      }
    }
    return null;
  });
  if (!point) throw new Error("no empty spot on the canvas");
  return point;
}

export async function centreOf(locator: ReturnType<Page["locator"]>): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error("element is not on screen");
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The open document as JSON data, read through Export JSON. */
export async function exportedDocument(page: Page): Promise<{
  nodes: {
    id: string;
    parentId: string | null;
    name: string;
    perspective?: string;
    indicators?: unknown[];
  }[];
  links: { from: string; to: string }[];
  layout?: { nodes?: Record<string, { x: number; y: number }> };
}> {
  // Reading the document must not move the user's focus: give it back after the export click.
  await page.evaluate(() => {
    (window as unknown as { __focusBeforeExport?: Element | null }).__focusBeforeExport =
      document.activeElement;
  });
  const data = (await exportJson(page)).data;
  await page.evaluate(() => {
    const element = (window as unknown as { __focusBeforeExport?: HTMLElement | null }).__focusBeforeExport;
    if (element?.isConnected) element.focus();
  });
  return data as never;
}

/** Click an edge on its line (the middle of its path), as a person aims at it. */
export async function clickEdge(page: Page, path: ReturnType<Page["locator"]>): Promise<void> {
  const point = await path.evaluate((element) => {
    const svgPath = element as SVGPathElement;
    const middle = svgPath.getPointAtLength(svgPath.getTotalLength() / 2);
    const matrix = svgPath.getScreenCTM()!;
    return {
      x: middle.x * matrix.a + middle.y * matrix.c + matrix.e,
      y: middle.x * matrix.b + middle.y * matrix.d + matrix.f,
    };
  });
  await page.mouse.click(point.x, point.y);
}

/** How many pixels of the minimap's canvas are drawn (its boxes). */
export async function minimapInk(page: Page): Promise<number> {
  return page.locator(".tree-minimap__boxes").evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
    let ink = 0;
    for (let at = 3; at < data.length; at += 4) if (data[at]! > 0) ink++;
    return ink;
  });
}

/** The middle of the selection's rings on the minimap, in page pixels; null when none is drawn. */
export async function minimapRingCentre(page: Page): Promise<{ x: number; y: number } | null> {
  return page.locator(".tree-minimap__marks").evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    let x = 0;
    let y = 0;
    for (let at = 3; at < data.length; at += 4) {
      if (data[at]! === 0) continue;
      const pixel = (at - 3) / 4;
      x += pixel % canvas.width;
      y += Math.floor(pixel / canvas.width);
      count++;
    }
    if (count === 0) return null;
    const rect = canvas.getBoundingClientRect();
    const ratio = canvas.width / rect.width;
    return { x: rect.left + x / count / ratio, y: rect.top + y / count / ratio };
  });
}
