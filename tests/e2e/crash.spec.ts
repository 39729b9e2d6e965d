import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, expect, type Page, test } from "@playwright/test";
// @ts-expect-error: a plain .mjs helper shared with the benchmark, without type declarations
import { CHROMIUM_ARGS, findChromium } from "../../scripts/chromium-path.mjs";
import { serializeDocument } from "../../src/format/serialize";
import { generateDocument } from "../../src/generator";
import { nodeById, openApp, openFixture, waitForSaved } from "./helpers";

// Crash safety. Closing the page right after an edit keeps the edit (it is
// written when the page is hidden). Killing the whole browser while a save is
// being written leaves the stored document whole: the old version or the new
// one, never a broken one (an IndexedDB transaction is atomic; this proves it
// end to end, with a real browser process and profile on disk).

const panel = (page: Page) => page.getByRole("complementary", { name: "Details" });

test("an edit is kept when the page is closed at once", async ({ page, context }) => {
  await openApp(page);
  await openFixture(page, "small-plan.json");
  await waitForSaved(page);
  await nodeById(page, "o2").click();
  await panel(page).getByRole("textbox", { name: "Name", exact: true }).fill("Ditutup segera setelah diubah");
  // Well within the autosave delay: only the write on pagehide can keep it.
  await page.close({ runBeforeUnload: false });

  const again = await context.newPage();
  await openApp(again);
  await expect(nodeById(again, "o2")).toContainText("Ditutup segera setelah diubah");
});

test("an edit is kept when the user navigates away at once", async ({ page }) => {
  await openApp(page);
  await openFixture(page, "small-plan.json");
  await waitForSaved(page);
  await nodeById(page, "o1").click();
  await panel(page).getByRole("textbox", { name: "Name", exact: true }).fill("Ditinggalkan segera");
  await page.goto("/favicon.svg");
  await openApp(page);
  await expect(nodeById(page, "o1")).toContainText("Ditinggalkan segera");
});

/**
 * From when `window.blockDocumentWrites` is true, every write of documents on the
 * page fails, as when the page is left before its write commits.
 */
function blockableDocumentWrites(blockedFromStart: boolean) {
  const state = window as unknown as { blockDocumentWrites: boolean };
  state.blockDocumentWrites = blockedFromStart;
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args) {
    const [stores, mode] = args;
    if (state.blockDocumentWrites && mode === "readwrite" && [stores].flat().includes("documents"))
      throw new DOMException("The page went away", "AbortError");
    return transaction.apply(this, args);
  };
}

test("a rescued edit that the next start cannot put back is kept for the start after, and the planner told", async ({
  page,
  context,
}) => {
  await page.addInitScript(blockableDocumentWrites, false);
  await openApp(page);
  await openFixture(page, "small-plan.json");
  await waitForSaved(page);
  // The edit's own save cannot happen: only the rescue as the page closes keeps it.
  await page.evaluate(() => {
    (window as unknown as { blockDocumentWrites: boolean }).blockDocumentWrites = true;
  });
  await nodeById(page, "o2").click();
  await panel(page).getByRole("textbox", { name: "Name", exact: true }).fill("Diselamatkan dua kali");
  await page.close({ runBeforeUnload: false });

  const failing = await context.newPage();
  await failing.addInitScript(blockableDocumentWrites, true);
  await openApp(failing);
  await expect(failing.getByText("could not be put back now")).toBeVisible();
  await expect(nodeById(failing, "o2")).toContainText("Bantuan pangan tersalurkan");
  await failing.close({ runBeforeUnload: false });

  const next = await context.newPage();
  await openApp(next);
  await expect(nodeById(next, "o2")).toContainText("Diselamatkan dua kali");
  await expect(next.getByText("were put back")).toBeVisible();
});

// ---------------------------------------------------------------------------
// A browser of our own, with a profile on disk, that we can kill.

interface OwnBrowser {
  readonly process: ChildProcess;
  readonly browser: Browser;
  readonly page: Page;
}

async function launch(profile: string, baseURL: string): Promise<OwnBrowser> {
  const child = spawn(
    findChromium(),
    [
      ...CHROMIUM_ARGS,
      "--headless",
      `--user-data-dir=${profile}`,
      "--remote-debugging-port=0",
      "about:blank",
    ],
    { detached: true, stdio: ["ignore", "ignore", "pipe"] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${seen}`)), 30_000);
    child.stderr?.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.on("exit", (code) => reject(new Error(`Chromium exited (${code}): ${seen}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${baseURL}/?lang=en`);
  return { process: child, browser, page };
}

/** SIGKILL the browser and every process it started: no shutdown, no flush. */
async function kill(own: OwnBrowser): Promise<void> {
  const exited = new Promise((resolve) => own.process.once("exit", resolve));
  process.kill(-own.process.pid!, "SIGKILL");
  await exited;
}

test("killing the browser during a save leaves the old or the new version, never a broken one", async ({
  baseURL,
}, testInfo) => {
  test.setTimeout(300_000);
  const profile = mkdtempSync(join(tmpdir(), "selaras-crash-"));
  try {
    // A large document, so that each save takes a while to write.
    const big = generateDocument(8_000, { seed: 7 });
    const title = big.meta.title;
    const file = testInfo.outputPath("large-plan.json");
    writeFileSync(file, serializeDocument(big));
    const target = [...big.nodes.values()].find((node) => node.parentId === null)!;

    let own = await launch(profile, baseURL!);
    await expect(own.page.locator(".react-flow__node").first()).toBeVisible({ timeout: 60_000 });
    const chooser = own.page.waitForEvent("filechooser");
    await own.page.getByRole("button", { name: "Import", exact: true }).click();
    await (await chooser).setFiles(file);
    await expect(own.page.getByRole("heading", { level: 1 })).toHaveText(title, { timeout: 60_000 });
    await waitForSaved(own.page);

    let stored = target.name;
    for (const [round, delayMs] of [0, 30, 120].entries()) {
      const edited = `Nama baru ${round + 1}`;
      await nodeById(own.page, target.id).click();
      await panel(own.page).getByRole("textbox", { name: "Name", exact: true }).fill(edited);
      // Kill while the save is under way ("Saving…"), a little later each round.
      await own.page.locator(".save--saving").waitFor({ state: "attached", timeout: 30_000 });
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      await kill(own);

      own = await launch(profile, baseURL!);
      await expect(own.page.getByRole("heading", { level: 1 })).toHaveText(title, { timeout: 60_000 });
      await expect(own.page.getByRole("alert")).toHaveCount(0);
      await nodeById(own.page, target.id).click();
      const shown = await panel(own.page).getByRole("textbox", { name: "Name", exact: true }).inputValue();
      expect([stored, edited]).toContain(shown);
      stored = shown;
      await own.page.getByRole("button", { name: "Documents" }).click();
      await expect(own.page.getByRole("dialog").locator(".doc-list__item")).toHaveCount(2);
      await own.page.getByRole("dialog").getByRole("button", { name: "Close" }).click();
    }
    await own.browser.close().catch(() => undefined);
    await kill(own).catch(() => undefined);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
