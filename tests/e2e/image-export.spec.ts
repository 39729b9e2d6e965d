import { readFileSync, writeFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { serializeDocument } from "../../src/format/serialize";
import { generateDocument } from "../../src/generator";
import { comparable, exportJson, openApp, readFixture } from "./helpers";

// Export PNG, Export SVG and Print as a planner uses them: the options dialog,
// the files downloaded, what is inside them, importing an image back, and the
// print layout.

async function download(
  page: Page,
  button: string,
  action: string,
): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole("button", { name: button, exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  const file = page.waitForEvent("download");
  await dialog.getByRole("button", { name: action }).click();
  const done = await file;
  await expect(dialog).toBeHidden();
  return { name: done.suggestedFilename(), bytes: readFileSync(await done.path()) };
}

/** Parses an SVG in the page as a browser reads it, and returns what a reader of the image finds. */
async function readSvg(page: Page, svg: string) {
  return page.evaluate((text) => {
    const xml = new DOMParser().parseFromString(text, "image/svg+xml");
    const cards = [...xml.querySelectorAll("g[data-node-id]")].map((g) =>
      [...g.querySelectorAll("text")].map((t) => t.textContent ?? "").join(" "),
    );
    return {
      errors: xml.getElementsByTagName("parsererror").length,
      scripts: xml.getElementsByTagName("script").length,
      width: Number(xml.documentElement.getAttribute("width")),
      height: Number(xml.documentElement.getAttribute("height")),
      cards,
      lanes: xml.querySelectorAll("g[data-lane]").length,
    };
  }, svg);
}

const squash = (text: string) => text.replace(/\s+/g, "");

/** Pages of a PDF that Chromium wrote (its page objects are not compressed). */
const pdfPages = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

/** A fixture written for one test, imported through the Import button. */
async function importData(page: Page, name: string, data: unknown): Promise<void> {
  const path = test.info().outputPath(name);
  writeFileSync(path, JSON.stringify(data));
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await (await chooser).setFiles(path);
}

async function importBytes(page: Page, name: string, mimeType: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await (await chooser).setFiles({ name, mimeType, buffer });
}

test.describe("image export", () => {
  test("Export SVG of the sample tree draws every box with its name", async ({ page }) => {
    await openApp(page);
    await page.getByRole("button", { name: "Expand all" }).click();
    const { name, bytes } = await download(page, "Export SVG", "Download SVG");
    expect(name).toMatch(/\.svg$/);
    const svg = bytes.toString("utf8");
    const read = await readSvg(page, svg);
    expect(read.errors).toBe(0);
    const doc = (await exportJson(page)).data as { nodes: { name: string }[] };
    expect(read.cards).toHaveLength(doc.nodes.length);
    const all = read.cards.map(squash).join("\n");
    for (const node of doc.nodes) expect(all).toContain(squash(node.name));
    // The whole diagram, not the viewport: far wider than the screen's canvas.
    expect(read.width).toBeGreaterThan(1440);
    // Building it is timed for the benchmark.
    expect(await page.evaluate(() => performance.getEntriesByName("selaras:export-svg").length)).toBe(1);
  });

  test("Export SVG of the strategy map has its lanes", async ({ page }) => {
    await openApp(page);
    await page.getByRole("tab", { name: "Strategy map" }).click();
    const { bytes } = await download(page, "Export SVG", "Download SVG");
    const read = await readSvg(page, bytes.toString("utf8"));
    expect(read.lanes).toBeGreaterThanOrEqual(4);
    expect(read.cards.length).toBeGreaterThan(5);
  });

  test("Export PNG gives an image of the right size with a drawing in it", async ({ page }) => {
    await openApp(page);
    const { bytes: svgBytes } = await download(page, "Export SVG", "Download SVG");
    const svg = await readSvg(page, svgBytes.toString("utf8"));
    await page.getByRole("button", { name: "Export PNG", exact: true }).click();
    await page.getByRole("radio", { name: "1×" }).check();
    const file = page.waitForEvent("download");
    await page.getByRole("dialog").getByRole("button", { name: "Download PNG" }).click();
    const png = await file;
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const bytes = readFileSync(await png.path());
    const decoded = await page.evaluate(async (base64) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([data], { type: "image/png" }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext("2d")!;
      context.drawImage(bitmap, 0, 0);
      const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let inked = 0;
      const colours = new Set<number>();
      for (let i = 0; i < pixels.length; i += 4) {
        const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
        if (r < 235 || g < 235 || b < 235) inked++;
        if (i % 400 === 0) colours.add((r << 16) | (g << 8) | b);
      }
      return {
        width: bitmap.width,
        height: bitmap.height,
        inked,
        total: pixels.length / 4,
        colours: colours.size,
      };
    }, bytes.toString("base64"));
    expect(decoded.width).toBe(svg.width);
    expect(decoded.height).toBe(svg.height);
    // Not blank: cards, lines and text cover a good part of it, in several colours.
    expect(decoded.inked / decoded.total).toBeGreaterThan(0.02);
    expect(decoded.colours).toBeGreaterThan(10);
  });

  test("a tree too large for the browser's canvas at 3× is drawn smaller, and the user is told", async ({
    page,
  }) => {
    await openApp(page);
    const path = test.info().outputPath("large.json");
    writeFileSync(path, serializeDocument(generateDocument(3000)));
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await (await chooser).setFiles(path);
    await expect(page.locator(".messages")).toContainText("Imported");
    await page.getByRole("button", { name: "Expand all" }).click();
    await page.getByRole("button", { name: "Export PNG", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("radio", { name: "3×" }).check();
    await expect(dialog.getByRole("status")).toContainText(
      /Too large for the browser at 3×: it will be drawn at [\d.]+×/,
    );
    const size = await dialog.getByRole("status").textContent();
    const [, w, h] = /Image size: ([\d,]+) × ([\d,]+) px/.exec(size ?? "")!;
    const pixels = Number(w!.replace(/,/g, "")) * Number(h!.replace(/,/g, ""));
    expect(pixels).toBeLessThanOrEqual(268_435_456);
    // Drawn at that scale: the PNG comes, and a message says what happened.
    test.setTimeout(180_000);
    const file = page.waitForEvent("download", { timeout: 150_000 });
    await dialog.getByRole("button", { name: "Download PNG" }).click();
    const png = readFileSync(await (await file).path());
    expect(png.readUInt32BE(16) * png.readUInt32BE(20)).toBe(pixels);
    await expect(page.locator(".messages")).toContainText(/The PNG is drawn at [\d.]+× instead of 3×/);
  });

  test("an exported PNG imported back reopens the same document", async ({ page }) => {
    await openApp(page);
    const before = (await exportJson(page)).data;
    const { name, bytes } = await download(page, "Export PNG", "Download PNG");
    await importBytes(page, name, "image/png", bytes);
    await expect(page.locator(".messages")).toContainText("Imported “Renstra Kementerian Sosial 2020-2024”");
    const after = (await exportJson(page)).data;
    expect(comparable(after)).toEqual(comparable(before));
    await page.getByRole("button", { name: "Documents" }).click();
    await expect(page.getByRole("dialog").locator(".doc-list__item")).toHaveCount(2);
  });

  test("an exported SVG dropped on the window reopens the same document", async ({ page }) => {
    await openApp(page);
    const before = (await exportJson(page)).data;
    const { name, bytes } = await download(page, "Export SVG", "Download SVG");
    const dataTransfer = await page.evaluateHandle(
      ([fileName, content]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([content!], fileName!, { type: "image/svg+xml" }));
        return transfer;
      },
      [name, bytes.toString("utf8")],
    );
    await page.dispatchEvent(".file-drop", "dragover", { dataTransfer });
    await page.dispatchEvent(".file-drop", "drop", { dataTransfer });
    await expect(page.locator(".messages")).toContainText("Imported “Renstra Kementerian Sosial 2020-2024”");
    expect(comparable((await exportJson(page)).data)).toEqual(comparable(before));
  });

  test("an image without a document is refused with a clear message, and nothing changes", async ({
    page,
  }) => {
    await openApp(page);
    const title = await page.getByRole("heading", { level: 1 }).textContent();
    // A real PNG made by the browser, with no document inside.
    const base64 = await page.evaluate(async () => {
      const canvas = new OffscreenCanvas(4, 4);
      canvas.getContext("2d")!.fillRect(0, 0, 2, 2);
      const blob = await canvas.convertToBlob({ type: "image/png" });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      return btoa(String.fromCharCode(...bytes));
    });
    await importBytes(page, "photo.png", "image/png", Buffer.from(base64, "base64"));
    await expect(page.locator(".messages").first()).toContainText("without a Selaras document inside");
    await expect(page.locator(".messages").first()).toContainText("Nothing was changed");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title!);
    await page.getByRole("button", { name: "Documents" }).click();
    await expect(page.getByRole("dialog").locator(".doc-list__item")).toHaveCount(1);
  });

  test("a box named <script>alert(1)</script> shows those characters in the SVG and the PNG, and runs nothing", async ({
    page,
  }) => {
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openApp(page);
    const evil = "<script>alert(1)</script>";
    const data = readFixture("small-plan.json") as { meta: { title: string }; nodes: { name: string }[] };
    data.meta.title = "Script test";
    data.nodes[0]!.name = evil;
    await importData(page, "script-name.json", data);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Script test");

    const { bytes } = await download(page, "Export SVG", "Download SVG");
    const svg = bytes.toString("utf8");
    expect(svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    const read = await readSvg(page, svg);
    expect(read.scripts).toBe(0);
    expect(read.cards.some((text) => text.includes(evil))).toBe(true);
    // Shown as an image on a page, it draws the characters and runs nothing.
    await page.evaluate((text) => {
      const img = document.createElement("img");
      img.src = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
      img.id = "svg-probe";
      document.body.append(img);
      return img.decode();
    }, svg);

    const png = await download(page, "Export PNG", "Download PNG");
    await importBytes(page, png.name, "image/png", png.bytes);
    // The second import of the test: the PNG's document became a new document.
    await expect(page.locator(".messages").getByText("Imported “Script test”")).toHaveCount(2);
    await expect(page.locator(".react-flow__node").filter({ hasText: evil }).first()).toBeVisible();
    expect(dialogs).toEqual([]);
  });

  test("the options dialog works from the keyboard", async ({ page }) => {
    await openApp(page);
    await page.getByRole("button", { name: "Export PNG", exact: true }).focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Export the view as a PNG image" });
    await expect(dialog).toBeVisible();
    // Focus moves into the dialog; its choices are reached with Tab and arrows.
    await expect(dialog.locator(":focus")).toHaveCount(1);
    await expect(dialog.getByRole("radio", { name: "2×" })).toBeChecked();
    await dialog.getByRole("radio", { name: "2×" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(dialog.getByRole("radio", { name: "3×" })).toBeChecked();
    await expect(dialog.getByRole("status")).toContainText("Image size");
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    // Focus goes back where it was, so the next key press continues from there.
    await expect(page.getByRole("button", { name: "Export PNG", exact: true })).toBeFocused();
  });

  test("selection only: the selected box and what hangs below it", async ({ page }) => {
    await openApp(page);
    await page.locator(".react-flow__node").filter({ hasText: "Program Dukungan Manajemen" }).first().click();
    await page.getByRole("button", { name: "Export SVG", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("checkbox", { name: "Selection only" }).check();
    // The program is folded on screen: unfolded, the image shows all of its branch.
    await dialog.getByRole("checkbox", { name: "Unfold folded boxes" }).check();
    const file = page.waitForEvent("download");
    await dialog.getByRole("button", { name: "Download SVG" }).click();
    const read = await readSvg(page, readFileSync(await (await file).path(), "utf8"));
    const doc = (await exportJson(page)).data as {
      nodes: { id: string; parentId: string | null; name: string }[];
    };
    const root = doc.nodes.find((n) => n.name === "Program Dukungan Manajemen")!;
    const below = new Set([root.id]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const n of doc.nodes)
        if (n.parentId !== null && below.has(n.parentId) && !below.has(n.id)) {
          below.add(n.id);
          grew = true;
        }
    }
    expect(read.cards).toHaveLength(below.size);
    expect(read.cards[0]).toContain("Program Dukungan Manajemen");
  });

  test("Indonesian: the buttons and the dialog speak the planners' language", async ({ page }) => {
    await openApp(page, "id");
    await page.getByRole("button", { name: "Ekspor PNG", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Ekspor tampilan sebagai gambar PNG" });
    await expect(dialog.getByRole("button", { name: "Unduh PNG" })).toBeVisible();
    await expect(dialog).toContainText("Pohon kinerja: seluruh diagram");
    await page.screenshot({ path: test.info().outputPath("dialog-id.png") });
  });
});

test.describe("print", () => {
  test("Print lays the view out on landscape pages with a title block", async ({ page }) => {
    // The browser's print dialog cannot be driven here: record the call instead.
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await openApp(page);
    await page.getByRole("button", { name: "Expand all" }).click();
    await page.getByRole("button", { name: "Print", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Print the view" });
    await dialog.getByRole("radio", { name: "A4" }).check();
    await dialog.getByRole("radio", { name: "Tile across pages at" }).check();
    await expect(dialog.getByRole("status")).toContainText(/\d+ pages, overlapping by 10 mm/);
    await dialog.getByRole("button", { name: "Print now" }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    // On screen nothing changes; in print, only the pages show.
    await expect(page.getByTestId("print-sheet")).toBeHidden();
    await page.emulateMedia({ media: "print" });
    const pages = page.locator(".print-page");
    const count = await pages.count();
    expect(count).toBeGreaterThan(1);
    const first = pages.first();
    await expect(first.locator(".print-title__doc")).toHaveText("Renstra Kementerian Sosial 2020-2024");
    await expect(first.locator(".print-title__sub")).toHaveText("Performance tree");
    await expect(first).toContainText(`Page 1 of ${count}`);
    await expect(first).toContainText("row 1, column 1");
    await expect(first).toContainText(/Printed \d{1,2} \w+ \d{4}/);
    await expect(page.locator(".app")).toBeHidden();
    await page.screenshot({ path: test.info().outputPath("print-tiled.png"), fullPage: true });
    const pdf = await page.pdf({ landscape: true, format: "A4", preferCSSPageSize: true });
    writeFileSync(test.info().outputPath("print-tiled.pdf"), pdf);
    // One sheet per tile: nothing spills onto an extra page.
    expect(pdfPages(pdf)).toBe(count);

    // Back on screen after printing, the print layout goes away.
    await page.emulateMedia({ media: "screen" });
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    await expect(page.getByTestId("print-sheet")).toHaveCount(0);
  });

  test("fit to one page, with the structure named in the title block", async ({ page }) => {
    await page.addInitScript(() => {
      window.print = () => {};
    });
    await openApp(page, "id");
    await page.getByRole("tab", { name: "Struktur" }).click();
    await page.getByRole("button", { name: "Cetak", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByRole("status")).toContainText("Satu halaman");
    await dialog.getByRole("button", { name: "Cetak sekarang" }).click();
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".print-page")).toHaveCount(1);
    await expect(page.locator(".print-title__sub")).toContainText("Struktur · ");
    await expect(page.locator(".print-title")).toContainText("Halaman 1 dari 1");
    await page.screenshot({ path: test.info().outputPath("print-fit-id.png"), fullPage: true });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    writeFileSync(test.info().outputPath("print-fit-id.pdf"), pdf);
    expect(pdfPages(pdf)).toBe(1);
  });
});
