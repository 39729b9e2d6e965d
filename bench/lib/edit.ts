import type { Page } from "playwright-core";
import { longTasksBetween, waitForEntry } from "./browser";

// "One edit → persisted": a planner types one letter into the name of the
// selected box in the Details panel; measured from the key press to the end of
// the IndexedDB write it causes (the app's `selaras:save` measure), with the
// longest main-thread task in between. Several letters, each once the previous
// write has finished and the page is quiet again. The longest task counts
// everything the letter set off until then, the relayout once typing pauses
// included.

const SAVE = "selaras:save";
const LAYOUT = "selaras:layout";

export interface EditResult {
  readonly persistedMs: number[];
  readonly longestTaskMs: number[];
  /** Letters after whose write the tree was laid out again (a card grew or shrank a line): their relayout is in longestTaskMs. */
  readonly relayouts: number;
}

declare global {
  interface Window {
    __editAt?: number;
  }
}

export async function measureEdits(
  page: Page,
  letters: number,
  timeoutMs: number,
): Promise<EditResult | null> {
  const card = await visibleCard(page);
  if (card === null) return null;
  await page.mouse.click(card.x, card.y);
  const name = page
    .getByRole("complementary", { name: "Details" })
    .getByRole("textbox", { name: "Name", exact: true });
  if ((await name.count()) === 0) return null;
  await name.click();
  await name.press("End");
  await page.evaluate(() => {
    document.addEventListener(
      "keydown",
      () => {
        window.__editAt = performance.now();
      },
      { capture: true },
    );
  });
  await quiet(page);

  const persistedMs: number[] = [];
  const longestTaskMs: number[] = [];
  let relayouts = 0;
  for (let i = 0; i < letters; i++) {
    const savesBefore = await page.evaluate((n) => performance.getEntriesByName(n).length, SAVE);
    await page.keyboard.press("x");
    await waitForEntry(page, SAVE, timeoutMs, savesBefore + 1);
    const { editAt, savedAt } = await page.evaluate(
      ({ n, from }) => {
        const save = performance.getEntriesByName(n)[from]!;
        return { editAt: window.__editAt!, savedAt: save.startTime + save.duration };
      },
      { n: SAVE, from: savesBefore },
    );
    // The edit's work does not end with its write: once typing pauses, the tree
    // is laid out again for a card that grew or shrank (canvas/TreeCanvas.tsx).
    // Its tasks count too, up to the page being quiet.
    await quiet(page);
    const quietAt = await page.evaluate(() => performance.now());
    const tasks = await longTasksBetween(page, editAt, quietAt);
    persistedMs.push(savedAt - editAt);
    longestTaskMs.push(tasks.length > 0 ? Math.max(...tasks) : 0);
    const laidOutAfterWrite = await page.evaluate(
      ({ n, from, to }) =>
        performance.getEntriesByName(n).some((e) => e.startTime > from && e.startTime < to),
      { n: LAYOUT, from: savedAt, to: quietAt },
    );
    if (laidOutAfterWrite) relayouts++;
  }
  return { persistedMs, longestTaskMs, relayouts };
}

/** The centre of a box card inside the canvas's visible area, away from its edges. */
async function visibleCard(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate(() => {
    const pane = document.querySelector(".react-flow")?.getBoundingClientRect();
    if (!pane) return null;
    for (const element of document.querySelectorAll(".react-flow__node")) {
      const r = element.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + Math.min(r.height / 2, 20);
      if (x > pane.left + 60 && x < pane.right - 60 && y > pane.top + 60 && y < pane.bottom - 60)
        return { x, y };
    }
    return null;
  });
}

/** Waits until no save has started for half a second. */
async function quiet(page: Page): Promise<void> {
  let count = -1;
  for (;;) {
    await page.waitForTimeout(500);
    const now = await page.evaluate((n) => performance.getEntriesByName(n).length, SAVE);
    if (now === count) return;
    count = now;
  }
}
