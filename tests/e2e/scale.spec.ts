import { writeFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { serializeDocument } from "../../src/format/serialize";
import { generateDocument } from "../../src/generator";
import { centreOf, dragTo, nodeById, openApp, waitForSaved } from "./helpers";

// A large tree is handed to React Flow a window at a time (canvas/viewportWindow.ts).
// What a planner must not notice: boxes and their lines are there wherever the
// canvas is panned, search reaches any box, the fit button shows the whole tree,
// and selecting and moving boxes work as on a small tree.

const doc = generateDocument(3000, { seed: 11 });
const parentOf = new Map([...doc.nodes.values()].map((n) => [n.id, n.parentId]));

async function openLargeTree(page: Page): Promise<void> {
  await openApp(page);
  const path = test.info().outputPath("large.json");
  writeFileSync(path, serializeDocument(doc));
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await (await chooser).setFiles(path);
  await expect(page.locator(".messages")).toContainText("Imported");
  await page.getByRole("button", { name: "Expand all" }).click();
}

/** Ids of the boxes and lines in the page, and how many boxes are on screen. */
async function drawn(page: Page): Promise<{ nodes: string[]; edges: string[]; onScreen: number }> {
  return page.evaluate(() => {
    const pane = document.querySelector(".react-flow")!.getBoundingClientRect();
    const nodes = [...document.querySelectorAll(".react-flow__node")];
    const onScreen = nodes.filter((n) => {
      const r = n.getBoundingClientRect();
      return r.right > pane.left && r.left < pane.right && r.bottom > pane.top && r.top < pane.bottom;
    }).length;
    return {
      nodes: nodes.map((n) => n.getAttribute("data-id")!),
      edges: [...document.querySelectorAll(".react-flow__edge")].map((e) => e.getAttribute("data-id")!),
      onScreen,
    };
  });
}

/** Drags the empty canvas (never a box) by dx, dy. */
async function panBy(page: Page, dx: number, dy: number): Promise<void> {
  const start = await page.evaluate(() => {
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
  if (!start) throw new Error("no empty spot on the canvas to pan from");
  const { x, y } = start;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dy, { steps: 12 });
  await page.mouse.up();
}

async function zoomOf(page: Page): Promise<number> {
  return page
    .locator(".react-flow__viewport")
    .evaluate((v) => new DOMMatrixReadOnly(getComputedStyle(v).transform).a);
}

test("panning across a 3,000-box tree: boxes and their parent lines are drawn wherever the canvas goes", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openLargeTree(page);
  const pane = (await page.locator(".react-flow__pane").boundingBox())!;
  const seen = new Set<string>();
  for (let step = 0; step < 6; step++) {
    const now = await drawn(page);
    expect(now.onScreen, `boxes on screen after pan ${step}`).toBeGreaterThan(3);
    const edges = new Set(now.edges);
    for (const id of now.nodes) {
      seen.add(id);
      const parent = parentOf.get(id);
      if (parent) expect(edges.has(`p:${id}`), `the line from ${id} up to ${parent}`).toBe(true);
    }
    // Most of a screen at a time, left and a little up: far past the first window's margin.
    await panBy(page, -pane.width * 0.8, -pane.height * 0.1);
  }
  // The pans went far: most of the boxes seen at the end were not there at the start.
  expect(seen.size).toBeGreaterThan(60);
});

test("search reaches a box at the far end of a large tree; the fit button shows the tree whole", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openLargeTree(page);
  const codes = new Map<string, number>();
  for (const node of doc.nodes.values()) if (node.code) codes.set(node.code, (codes.get(node.code) ?? 0) + 1);
  const far = [...doc.nodes.values()].reverse().find((n) => n.code && codes.get(n.code) === 1)!;
  const search = page.getByRole("searchbox", { name: "Search by code or name" });
  await search.fill(far.code!);
  await search.press("Enter");
  await expect(nodeById(page, far.id).locator(".plan-card")).toHaveClass(/is-match/);
  await expect(nodeById(page, far.id)).toBeInViewport();
  await expect(page.locator(`.react-flow__edge[data-id="p:${far.id}"]`)).toHaveCount(1);

  // Fit: the tree is far wider than the screen, so the zoom goes to its smallest and the
  // screen fills with boxes, drawn simple.
  await page.getByRole("button", { name: "Fit view" }).click();
  await expect.poll(() => zoomOf(page)).toBeLessThan(0.06);
  await expect.poll(async () => (await drawn(page)).onScreen).toBeGreaterThan(150);
  await expect(page.locator(".plan-card.is-simple").first()).toBeVisible();
});

test("in a large tree a selected box stays selected when panned away and back, and a drag moves it", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openLargeTree(page);
  const first = [...doc.nodes.values()].find((n) => n.kind === "output" && n.code)!;
  const search = page.getByRole("searchbox", { name: "Search by code or name" });
  await search.fill(first.code!);
  await search.press("Enter");
  const box = nodeById(page, first.id);
  await expect(box.locator(".plan-card")).toHaveClass(/is-selected/);
  const pane = (await page.locator(".react-flow__pane").boundingBox())!;
  await panBy(page, -pane.width * 0.9, 0);
  await panBy(page, -pane.width * 0.9, 0);
  await panBy(page, pane.width * 0.9, 0);
  await panBy(page, pane.width * 0.9, 0);
  await expect(box.locator(".plan-card")).toHaveClass(/is-selected/);
  await expect(page.getByRole("complementary", { name: "Details" })).toContainText(first.name);

  // Dragged by hand to an empty spot: it stays where it was dropped, saved with the document.
  const before = await centreOf(box);
  await dragTo(page, { x: before.x - 100, y: before.y - 10 }, { x: before.x - 100, y: before.y + 220 });
  await waitForSaved(page);
  const after = await centreOf(box);
  expect(after.y - before.y).toBeGreaterThan(150);
});
