import { writeFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { childrenIndex } from "../../src/domain/tree";
import type { PlanDocument } from "../../src/domain/types";
import { serializeDocument } from "../../src/format/serialize";
import { generateDocument } from "../../src/generator";
import {
  centreOf,
  dragTo,
  emptyCanvasPoint,
  exportedDocument,
  minimapInk,
  nodeById,
  openApp,
  viewportAtRest,
  viewportTransform,
  waitForSaved,
} from "./helpers";

// A large tree is handed to React Flow a window at a time (canvas/viewportWindow.ts).
// What a planner must not notice: boxes and their lines are there wherever the
// canvas is panned, search reaches any box, the fit button shows the whole tree,
// and selecting and moving boxes work as on a small tree.

const doc = generateDocument(3000, { seed: 11 });
const parentOf = new Map([...doc.nodes.values()].map((n) => [n.id, n.parentId]));

async function openLargeTree(page: Page, tree: PlanDocument = doc): Promise<void> {
  await openApp(page);
  const path = test.info().outputPath("large.json");
  writeFileSync(path, serializeDocument(tree));
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
  const { x, y } = await emptyCanvasPoint(page);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dy, { steps: 12 });
  await page.mouse.up();
}

/** The overview's fill of outputs and activities: their kind's colour, 14% on white. */
const OUTPUT_TINT = [226, 237, 226] as const;
const ACTIVITY_TINT = [244, 232, 219] as const;

/** The middle of the run of `tint` pixels through a point, across and down: the middle of that box. */
async function tintedExtent(
  page: Page,
  point: { x: number; y: number },
  tint: readonly number[],
): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ({ point, tint }) => {
      const canvas = document.querySelector<HTMLCanvasElement>("canvas.tree-overview")!;
      const context = canvas.getContext("2d")!;
      const rect = canvas.getBoundingClientRect();
      const scale = canvas.width / rect.width;
      const px = Math.round((point.x - rect.left) * scale);
      const py = Math.round((point.y - rect.top) * scale);
      const is = (x: number, y: number) => {
        const d = context.getImageData(x, y, 1, 1).data;
        return (
          Math.abs(d[0]! - tint[0]!) <= 2 &&
          Math.abs(d[1]! - tint[1]!) <= 2 &&
          Math.abs(d[2]! - tint[2]!) <= 2
        );
      };
      if (!is(px, py)) return null;
      let left = px;
      let right = px;
      let top = py;
      let bottom = py;
      while (is(left - 1, py)) left--;
      while (is(right + 1, py)) right++;
      while (is(px, top - 1)) top--;
      while (is(px, bottom + 1)) bottom++;
      return { x: rect.left + (left + right) / 2 / scale, y: rect.top + (top + bottom) / 2 / scale };
    },
    { point, tint },
  );
}

/**
 * Screen points inside boxes drawn on the overview canvas: pixels in one of the
 * kinds' background tints (or in `tint` only), with the same colour a few pixels around.
 */
async function overviewBoxes(page: Page, tint?: readonly number[]): Promise<{ x: number; y: number }[]> {
  return page.evaluate((tint) => {
    const canvas = document.querySelector<HTMLCanvasElement>("canvas.tree-overview");
    const context = canvas?.getContext("2d");
    if (!canvas || !context || canvas.width === 0) return [];
    const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
    const rect = canvas.getBoundingClientRect();
    const scale = canvas.width / rect.width;
    const tinted = (x: number, y: number) => {
      const at = (y * width + x) * 4;
      const [r, g, b, a] = [data[at]!, data[at + 1]!, data[at + 2]!, data[at + 3]!];
      if (tint)
        return Math.abs(r - tint[0]!) <= 2 && Math.abs(g - tint[1]!) <= 2 && Math.abs(b - tint[2]!) <= 2;
      // Light and coloured: a box's fill, not a line (grey), a dot or the empty canvas.
      return a === 255 && Math.min(r, g, b) > 190 && Math.max(r, g, b) - Math.min(r, g, b) > 6;
    };
    const points: { x: number; y: number }[] = [];
    const taken = new Set<string>();
    for (let y = 3; y < height - 3; y += 3) {
      for (let x = 3; x < width - 3; x += 3) {
        if (!tinted(x, y) || !tinted(x - 3, y) || !tinted(x + 3, y) || !tinted(x, y - 3) || !tinted(x, y + 3))
          continue;
        const cell = `${Math.floor(x / 12)},${Math.floor(y / 12)}`;
        if (taken.has(cell)) continue;
        taken.add(cell);
        points.push({ x: rect.left + x / scale, y: rect.top + y / scale });
      }
    }
    return points;
  }, tint);
}

/**
 * Turns the wheel `notches` notches out over the middle of the canvas, past the
 * zoom where cards are still read (0.45): the boxes turn into the overview's
 * pixels, and React Flow draws none of them.
 */
async function zoomOutToOverview(page: Page, notches: number): Promise<void> {
  const pane = (await page.locator(".react-flow__pane").boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  for (let i = 0; i < notches; i++) {
    await page.mouse.wheel(0, 100);
    await page.waitForTimeout(50);
  }
  // Until the zoom rests: on a busy machine the last notches can land after the
  // first reads, and a point read off the overview would then be stale.
  await expect
    .poll(async () => {
      const zoom = await zoomOf(page);
      await page.waitForTimeout(200);
      return zoom < 0.45 && zoom === (await zoomOf(page));
    })
    .toBe(true);
  await expect(page.locator(".react-flow__node")).toHaveCount(0);
}

/** A large tree zoomed far out: its boxes drawn on the overview. */
async function openOverview(page: Page): Promise<void> {
  await openLargeTree(page);
  await zoomOutToOverview(page, 6);
  await expect.poll(async () => (await overviewBoxes(page)).length).toBeGreaterThan(20);
}

/** The card of the selected box (React Flow always holds the selection). */
const selectedCard = (page: Page) =>
  page.locator(".react-flow__node").filter({ has: page.locator(".plan-card.is-selected") });

async function zoomOf(page: Page): Promise<number> {
  return (await viewportTransform(page)).zoom;
}

/** The flow point at the middle of the screen's view of the canvas. */
async function viewCentre(page: Page): Promise<{ x: number; y: number }> {
  const { x, y, zoom } = await viewportTransform(page);
  const pane = (await page.locator(".react-flow").boundingBox())!;
  return { x: (pane.width / 2 - x) / zoom, y: (pane.height / 2 - y) / zoom };
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
  // screen fills with boxes, drawn on the overview canvas; React Flow keeps only the selection.
  await page.getByRole("button", { name: "Fit view" }).click();
  await expect.poll(() => zoomOf(page)).toBeLessThan(0.06);
  await expect.poll(async () => (await overviewBoxes(page)).length).toBeGreaterThan(150);
  expect((await drawn(page)).nodes.length).toBeLessThanOrEqual(1);
});

test("just past the zoom where the overview takes over, codes and names are drawn once the wheel rests", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openLargeTree(page);
  const pane = (await page.locator(".react-flow__pane").boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  // One notch at a time, to stop just below 0.45, where boxes are large enough to carry text.
  while ((await zoomOf(page)) >= 0.45) {
    await page.mouse.wheel(0, 100);
    await page.waitForTimeout(150);
  }
  expect(await zoomOf(page)).toBeGreaterThan(0.3);
  await expect(page.locator(".react-flow__node")).toHaveCount(0);
  // The names' ink (#1b2430) on the boxes' tints: left out while the zoom changes, drawn when it stops.
  const inkPixels = () =>
    page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>("canvas.tree-overview")!;
      const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
      let ink = 0;
      for (let at = 0; at < data.length; at += 4) {
        if (Math.abs(data[at]! - 27) + Math.abs(data[at + 1]! - 36) + Math.abs(data[at + 2]! - 48) < 30)
          ink++;
      }
      return ink;
    });
  await expect.poll(inkPixels).toBeGreaterThan(500);
});

test("a tree of a few hundred boxes, too few to be windowed, is drawn on the overview when zoomed far out (Shift+drag selects there, the minimap stays), and its cards come back when zoomed in", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const tree = generateDocument(400, { seed: 5 });
  await openLargeTree(page, tree);
  const minimap = page.getByRole("img", { name: "Overview map" });
  await expect(minimap).toBeVisible();
  await expect(page.locator(".react-flow__node").first()).toBeVisible();
  await zoomOutToOverview(page, 6);
  // Every box drawn on one canvas, no card mounted; the minimap draws the tree, not React Flow's cards.
  await expect.poll(async () => (await overviewBoxes(page)).length).toBeGreaterThan(20);
  await expect(minimap).toBeVisible();
  expect(await minimapInk(page)).toBeGreaterThan(200);

  // A Shift+drag from between the drawn boxes selects those wholly inside its rectangle,
  // as on cards: each comes back as a selected card where it was drawn.
  const points = await overviewBoxes(page);
  const from = { x: Math.min(...points.map((p) => p.x)) - 12, y: Math.min(...points.map((p) => p.y)) - 12 };
  const to = { x: from.x + 320, y: from.y + 160 };
  await page.keyboard.down("Shift");
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
  await page.keyboard.up("Shift");
  const selected = page.locator(".react-flow__node").filter({ has: page.locator(".plan-card.is-selected") });
  await expect.poll(() => selected.count()).toBeGreaterThan(1);
  for (const card of await selected.all()) {
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(from.x - 1);
    expect(box.y).toBeGreaterThanOrEqual(from.y - 1);
    expect(box.x + box.width).toBeLessThanOrEqual(to.x + 1);
    expect(box.y + box.height).toBeLessThanOrEqual(to.y + 1);
  }

  const pane = (await page.locator(".react-flow__pane").boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  while ((await zoomOf(page)) < 0.6) {
    await page.mouse.wheel(0, -100);
    await page.waitForTimeout(150);
  }
  await expect(page.locator(".react-flow__node").first()).toBeVisible();
  await expect(minimap).toBeVisible();
  await expect(page.locator("canvas.tree-overview")).toBeHidden();
});

test("zoomed far out, a large tree is drawn on one canvas: a click selects the box under the pointer, a right click opens its menu", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openOverview(page);

  // A click on a drawn box selects it: it becomes a card again, exactly where it was drawn,
  // and the details panel shows it.
  const [point] = await overviewBoxes(page);
  await page.mouse.click(point!.x, point!.y);
  const card = selectedCard(page);
  await expect(card).toHaveCount(1);
  // In the overview's look: a simple card, like the boxes drawn around it.
  await expect(card.locator(".plan-card")).toHaveClass(/is-simple/);
  const box = (await card.boundingBox())!;
  expect(point!.x).toBeGreaterThanOrEqual(box.x);
  expect(point!.x).toBeLessThanOrEqual(box.x + box.width);
  expect(point!.y).toBeGreaterThanOrEqual(box.y);
  expect(point!.y).toBeLessThanOrEqual(box.y + box.height);
  const id = (await card.getAttribute("data-id"))!;
  await expect(page.getByRole("complementary", { name: "Details" })).toContainText(doc.nodes.get(id)!.name);

  // A click between boxes selects nothing new; a right click on another box opens the box menu for it.
  const other = (await overviewBoxes(page)).find((p) => Math.hypot(p.x - point!.x, p.y - point!.y) > 80)!;
  await page.mouse.click(other.x, other.y, { button: "right" });
  await expect(page.getByRole("menu")).toBeVisible();
  await expect(page.locator(".plan-card.is-selected")).toHaveCount(1);
  await expect(selectedCard(page)).not.toHaveAttribute("data-id", id);
});

test("zoomed far out, a click held as long as a person holds it selects the box under the pointer", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openOverview(page);
  // The card comes up under the pointer while the button is still down, and is
  // handed the press; letting go there is still a click on that box.
  const [point] = await overviewBoxes(page);
  await page.mouse.move(point!.x, point!.y);
  await page.mouse.down();
  const card = selectedCard(page);
  await expect(card).toHaveCount(1);
  await page.waitForTimeout(150);
  await page.mouse.up();
  await page.waitForTimeout(200);
  await expect(card).toHaveCount(1);
  const id = (await card.getAttribute("data-id"))!;
  await expect(page.getByRole("complementary", { name: "Details" })).toContainText(doc.nodes.get(id)!.name);
  // And the pane's next click on nothing still clears the selection.
  const pane = (await page.locator(".react-flow__pane").boundingBox())!;
  await page.mouse.click(pane.x + 40, pane.y + 60);
  await expect(page.locator(".plan-card.is-selected")).toHaveCount(0);
});

test("zoomed far out, a box drawn on the overview is picked up with one press and dropped into another box", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openLargeTree(page);
  await zoomOutToOverview(page, 4);
  // An output (green) pressed and dragged onto the middle of an activity (orange) some way off.
  const outputs = await overviewBoxes(page, OUTPUT_TINT);
  const activities = await overviewBoxes(page, ACTIVITY_TINT);
  const from = outputs[0]!;
  const onto = activities.find((a) => Math.hypot(a.x - from.x, a.y - from.y) > 150)!;
  const target = (await tintedExtent(page, onto, ACTIVITY_TINT))!;
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 8, from.y + 8, { steps: 4 });
  // The press was not a pan: the box is a card now, under the pointer, and moves with it.
  const card = selectedCard(page);
  await expect(card).toHaveCount(1);
  const id = (await card.getAttribute("data-id"))!;
  const before = doc.nodes.get(id)!;
  expect(before.kind).toBe("output");
  await page.mouse.move(target.x, target.y, { steps: 16 });
  // The press is the card's now, not the pane's pan: the pointer's moves reach the
  // card (it is hovered, and shows its own cursor).
  await expect.poll(() => card.evaluate((element) => element.matches(":hover"))).toBe(true);
  await page.mouse.up();
  await waitForSaved(page);
  const moved = (await exportedDocument(page)).nodes.find((n) => n.id === id)!;
  expect(moved.parentId).not.toBe(before.parentId);
  expect(doc.nodes.get(moved.parentId!)!.kind).toBe("activity");
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

/**
 * What each compositing layer of the page starts with, as Chromium reports it:
 * whether its element is inside a box card, or is the overview canvas.
 */
async function compositingLayers(page: Page): Promise<{ inCard: number; overview: number; all: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  const tree = new Promise<{ layerId: string; backendNodeId?: number }[]>((resolve) => {
    cdp.on("LayerTree.layerTreeDidChange", (event) => {
      if (event.layers) resolve(event.layers);
    });
  });
  await cdp.send("LayerTree.enable");
  // A new frame, so that the tree is reported as it is now.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const layers = await tree;
  let inCard = 0;
  let overview = 0;
  for (const layer of layers) {
    if (!layer.backendNodeId) continue;
    const { object } = await cdp.send("DOM.resolveNode", { backendNodeId: layer.backendNodeId });
    if (!object.objectId) continue;
    const { result } = await cdp.send("Runtime.callFunctionOn", {
      objectId: object.objectId,
      functionDeclaration:
        "function () { const e = this.nodeType === 1 ? this : this.parentElement; return e ? (e.closest('.react-flow__node') ? 'card' : e.matches('canvas.tree-overview') ? 'overview' : '') : ''; }",
      returnByValue: true,
    });
    if (result.value === "card") inCard++;
    if (result.value === "overview") overview++;
  }
  await cdp.detach();
  return { inCard, overview, all: layers.length };
}

// Chromium keeps text that is clipped (an ellipsis) or in a button in layers of
// its own when a layer under it cannot show it with subpixel anti-aliasing. With
// dozens of cards on screen that was a layer per card part, made and dropped as
// cards came and went, each rasterised anew: a pan's raster and layering work
// grew with the cards on screen. The card header and the fold button contain
// their paint, which keeps the cards in the canvas's layer.
test("cards on screen are drawn in the canvas's own compositing layer, and the idle overview in none", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openLargeTree(page);
  const pane = (await page.locator(".react-flow__pane").boundingBox())!;
  await panBy(page, -pane.width * 0.5, -pane.height * 0.2);
  expect((await drawn(page)).onScreen).toBeGreaterThan(10);
  const near = await compositingLayers(page);
  expect(near.inCard, `layers inside cards, of ${near.all}`).toBe(0);
  expect(near.overview, "the overview canvas while the cards are shown").toBe(0);

  // Far out, the overview draws the tree: then it is on screen, in a layer of its own.
  await page.getByRole("button", { name: "Fit view" }).click();
  await expect.poll(async () => (await overviewBoxes(page)).length).toBeGreaterThan(150);
  expect((await compositingLayers(page)).overview).toBeGreaterThan(0);
});

test("in a large tree a name typed longer than its card grows the card once typing pauses, and the box below makes room", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openLargeTree(page);
  // An output with an output under it in the same column.
  const children = childrenIndex(doc.nodes);
  const [typed, below] = [...doc.nodes.values()]
    .filter((n) => n.kind === "output" && n.code)
    .map((n) => {
      const column = children.get(n.parentId) ?? [];
      return [n, doc.nodes.get(column[column.indexOf(n.id) + 1] ?? "")] as const;
    })
    .find(([, next]) => next?.kind === "output")!;
  const search = page.getByRole("searchbox", { name: "Search by code or name" });
  await search.fill(typed.code!);
  await search.press("Enter");
  const box = nodeById(page, typed.id);
  const next = nodeById(page, below!.id);
  await expect(box.locator(".plan-card")).toHaveClass(/is-selected/);
  await viewportAtRest(page);
  const before = { box: (await box.boundingBox())!, next: (await next.boundingBox())! };
  const name = page
    .getByRole("complementary", { name: "Details" })
    .getByRole("textbox", { name: "Name", exact: true });
  await name.fill("");
  await name.pressSequentially(
    "Data terpadu kesejahteraan sosial dimutakhirkan setiap triwulan oleh dinas sosial kabupaten dan kota",
    { delay: 5 },
  );
  await expect
    .poll(async () => (await box.boundingBox())!.height, { timeout: 5000 })
    .toBeGreaterThan(before.box.height + 10);
  const after = { box: (await box.boundingBox())!, next: (await next.boundingBox())! };
  expect(after.next.y).toBeGreaterThan(before.next.y + 10);
  expect(after.box.y + after.box.height).toBeLessThanOrEqual(after.next.y);
  // Panned away and back: the box below is drawn where it went, with its line.
  const pane = (await page.locator(".react-flow__pane").boundingBox())!;
  await panBy(page, 0, -pane.height * 0.9);
  await panBy(page, 0, -pane.height * 0.9);
  await panBy(page, 0, pane.height * 0.9);
  await panBy(page, 0, pane.height * 0.9);
  const back = { box: (await box.boundingBox())!, next: (await next.boundingBox())! };
  expect(back.next.y - back.box.y).toBeCloseTo(after.next.y - after.box.y, 0);
  await expect(page.locator(`.react-flow__edge[data-id="p:${below!.id}"]`)).toHaveCount(1);
  await waitForSaved(page);
  const saved = await exportedDocument(page);
  expect(saved.nodes.find((n) => n.id === typed.id)?.name).toMatch(/^Data terpadu/);
});

test("the minimap of a 3,000-box tree shows the boxes around the view; a click on it centres the view there, a drag on it pans", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openLargeTree(page);
  const minimap = page.getByRole("img", { name: "Overview map" });
  await expect(minimap).toBeVisible();
  await expect.poll(() => minimapInk(page)).toBeGreaterThan(500);
  const zoom = (await viewportTransform(page)).zoom;

  // A selected box is ringed on the map, where it is (the ring's blue is also the
  // goals', so it counts against the same spot before the click).
  const card = page.locator(".react-flow__node").nth(2);
  const cardAt = await centreOf(card);
  const ringPixels = () =>
    minimap.evaluate((svg: SVGSVGElement, at) => {
      const pane = document.querySelector(".react-flow")!.getBoundingClientRect();
      const viewport = new DOMMatrixReadOnly(
        getComputedStyle(document.querySelector(".react-flow__viewport")!).transform,
      );
      const flow = new DOMPoint(at.x - pane.left, at.y - pane.top).matrixTransform(viewport.inverse());
      const onMap = flow.matrixTransform(svg.getScreenCTM()!);
      const canvas = document.querySelector<HTMLCanvasElement>(".tree-minimap__marks")!;
      const rect = canvas.getBoundingClientRect();
      const ratio = canvas.width / rect.width;
      const size = Math.round(12 * ratio);
      const left = Math.round((onMap.x - rect.left) * ratio - size / 2);
      const top = Math.round((onMap.y - rect.top) * ratio - size / 2);
      const { data } = canvas.getContext("2d")!.getImageData(left, top, size, size);
      let ring = 0;
      for (let i = 0; i < data.length; i += 4)
        if (
          Math.abs(data[i]! - 15) < 12 &&
          Math.abs(data[i + 1]! - 76) < 12 &&
          Math.abs(data[i + 2]! - 129) < 12
        )
          ring++;
      return ring;
    }, cardAt);
  const unselected = await ringPixels();
  await card.click();
  await expect(card.locator(".plan-card")).toHaveClass(/is-selected/);
  await expect.poll(ringPixels).toBeGreaterThan(unselected + 6);

  // A click towards the map's right edge: the view's middle goes to the flow point under it.
  const map = (await minimap.boundingBox())!;
  const click = { x: map.x + map.width * 0.85, y: map.y + map.height * 0.5 };
  const target = await minimap.evaluate((svg: SVGSVGElement, at) => {
    const point = new DOMPoint(at.x, at.y).matrixTransform(svg.getScreenCTM()!.inverse());
    return { x: point.x, y: point.y };
  }, click);
  const before = await viewCentre(page);
  // A hand's click: a couple of pixels of jitter between press and release.
  await page.mouse.move(click.x - 2, click.y - 1);
  await page.mouse.down();
  await page.mouse.move(click.x, click.y);
  await page.mouse.up();
  await expect.poll(async () => Math.abs((await viewCentre(page)).x - target.x)).toBeLessThan(2);
  const after = await viewCentre(page);
  expect(after.x).toBeGreaterThan(before.x + 500);
  expect(Math.abs(after.y - target.y)).toBeLessThan(2);
  expect((await viewportTransform(page)).zoom).toBeCloseTo(zoom, 5);
  // The boxes there are drawn, as cards.
  await expect.poll(async () => (await drawn(page)).onScreen).toBeGreaterThan(3);

  // A drag to the left on the map pans the view to the left by as much of the map,
  // and no more (no click centring it again where the drag ends), and draws what it comes to.
  const unitsPerPx = await minimap.evaluate((svg: SVGSVGElement) => 1 / svg.getScreenCTM()!.a);
  const middle = { x: map.x + map.width / 2, y: map.y + map.height / 2 };
  await page.mouse.move(middle.x, middle.y);
  await page.mouse.down();
  await page.mouse.move(middle.x - 40, middle.y, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => (await viewCentre(page)).x).toBeLessThan(after.x - 30 * unitsPerPx);
  await page.waitForTimeout(300);
  const moved = (after.x - (await viewCentre(page)).x) / (40 * unitsPerPx);
  expect(moved).toBeGreaterThan(0.9);
  expect(moved).toBeLessThan(1.1);
  await expect.poll(async () => (await drawn(page)).onScreen).toBeGreaterThan(3);
  await expect.poll(() => minimapInk(page)).toBeGreaterThan(500);
});
