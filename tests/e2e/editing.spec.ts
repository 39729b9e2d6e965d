import { expect, type Page, test } from "@playwright/test";
import {
  centreOf,
  clickEdge,
  dragTo,
  exportedDocument,
  nodeById,
  openApp,
  openFixture,
  waitForSaved,
} from "./helpers";

// Editing the tree as a planner does: toolbar, keys, real mouse drags, undo and
// redo, and every result still there after a reload.

const panel = (page: Page) => page.getByRole("complementary", { name: "Details" });
const parentOf = async (page: Page, id: string) =>
  (await exportedDocument(page)).nodes.find((n) => n.id === id)?.parentId;

test.beforeEach(async ({ page }) => {
  await openApp(page);
  await openFixture(page, "small-plan.json");
});

test("add a child from the toolbar, type its name, and find it after a reload", async ({ page }) => {
  await nodeById(page, "p1").click();
  await page.getByRole("button", { name: "Add child" }).click();
  const name = panel(page).getByRole("textbox", { name: "Name", exact: true });
  await expect(name).toBeFocused();
  await page.keyboard.type("Pemberdayaan sosial KUBe");
  await expect(
    page.locator(".react-flow__node").filter({ hasText: "Pemberdayaan sosial KUBe" }),
  ).toBeVisible();
  await expect(panel(page).getByRole("combobox", { name: "Kind" })).toHaveValue("activity");
  await waitForSaved(page);
  await page.reload();
  await expect(
    page.locator(".react-flow__node").filter({ hasText: "Pemberdayaan sosial KUBe" }),
  ).toBeVisible();
});

test("Enter adds a sibling, Tab a child, Delete removes, and undo/redo replay each step", async ({
  page,
}) => {
  const before = (await exportedDocument(page)).nodes.length;
  await nodeById(page, "o2").click();
  await page.keyboard.press("Enter");
  await expect(panel(page).getByRole("textbox", { name: "Name", exact: true })).toBeFocused();
  await page.keyboard.type("Sibling baru");
  await nodeById(page, "k1").click();
  await page.keyboard.press("Tab");
  await expect(panel(page).getByRole("textbox", { name: "Name", exact: true })).toBeFocused();
  expect((await exportedDocument(page)).nodes.length).toBe(before + 2);

  await nodeById(page, "k1").click();
  await page.keyboard.press("Delete");
  await expect(page.getByRole("status").filter({ hasText: "Deleted 5 boxes" })).toBeVisible();
  expect((await exportedDocument(page)).nodes.length).toBe(before + 2 - 5);

  await page.getByRole("button", { name: "Undo" }).click();
  await expect(nodeById(page, "k1")).toBeVisible();
  expect((await exportedDocument(page)).nodes.length).toBe(before + 2);
  await page.keyboard.press("Control+Shift+Z");
  await expect(nodeById(page, "k1")).toHaveCount(0);
  await page.keyboard.press("Control+Z");
  await expect(nodeById(page, "o1")).toBeVisible();
});

test("drag a box onto another to make it its child; undo puts it back", async ({ page }) => {
  await dragTo(page, await centreOf(nodeById(page, "o2")), await centreOf(nodeById(page, "p1")));
  await expect(
    page.getByRole("status").filter({ hasText: "now belongs to Program Perlindungan" }),
  ).toBeVisible();
  expect(await parentOf(page, "o2")).toBe("p1");
  // The dragged box is selected, and the panel (which follows a drag a moment late) shows it.
  await expect(panel(page).getByRole("heading", { level: 2 })).toContainText("RO 2");
  await expect(panel(page).getByRole("button", { name: /Program Perlindungan/ })).toBeVisible();
  await page.keyboard.press("Control+Z");
  expect(await parentOf(page, "o2")).toBe("k1");
  await page.keyboard.press("Control+Y");
  expect(await parentOf(page, "o2")).toBe("p1");
  await waitForSaved(page);
  await page.reload();
  expect(await parentOf(page, "o2")).toBe("p1");
});

test("dropping a box onto its own descendant is refused with a message", async ({ page }) => {
  await dragTo(page, await centreOf(nodeById(page, "p1")), await centreOf(nodeById(page, "o1")));
  await expect(page.getByRole("alert")).toContainText("Refused: that would make a cycle");
  expect(await parentOf(page, "p1")).toBe("ss1");
});

test("a box dropped on empty canvas stays where it was put; Tidy up returns it", async ({ page }) => {
  const start = await centreOf(nodeById(page, "o2"));
  await dragTo(page, start, { x: start.x + 40, y: start.y + 160 });
  const placed = (await exportedDocument(page)).layout?.nodes?.o2;
  expect(placed).toBeDefined();
  await waitForSaved(page);
  await page.reload();
  expect((await exportedDocument(page)).layout?.nodes?.o2).toEqual(placed);
  await page.getByRole("button", { name: "Tidy up" }).click();
  expect((await exportedDocument(page)).layout?.nodes?.o2).toBeUndefined();
  await page.keyboard.press("Control+Z");
  expect((await exportedDocument(page)).layout?.nodes?.o2).toEqual(placed);
});

test("draw a contribute link from a box's handle, then select it and delete it", async ({ page }) => {
  const source = nodeById(page, "o2");
  await source.hover();
  const handle = source.locator(".link-handle");
  await dragTo(page, await centreOf(handle), await centreOf(nodeById(page, "k1")));
  await expect(page.getByRole("status").filter({ hasText: "Link added" })).toBeVisible();
  let doc = await exportedDocument(page);
  expect(doc.links).toContainEqual(expect.objectContaining({ from: "o2", to: "k1" }));

  // k1 contributes... back to o2 would close a cycle (o2 is below k1 and now contributes to it).
  await nodeById(page, "k1").hover();
  await dragTo(
    page,
    await centreOf(nodeById(page, "k1").locator(".link-handle")),
    await centreOf(nodeById(page, "o1")),
  );
  await expect(page.getByRole("alert")).toContainText("Refused");

  // The new link, not the fixture's own (l1).
  await clickEdge(
    page,
    page.locator('.react-flow__edge.edge-contributes:not([data-id="c:l1"]) path').first(),
  );
  await page.keyboard.press("Delete");
  doc = await exportedDocument(page);
  expect(doc.links.filter((l) => l.from === "o2" && l.to === "k1")).toHaveLength(0);
  await page.keyboard.press("Control+Z");
  doc = await exportedDocument(page);
  expect(doc.links).toContainEqual(expect.objectContaining({ from: "o2", to: "k1" }));
});

test("copy a subtree and paste it under another box; it survives a reload", async ({ page }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await nodeById(page, "k1").click();
  await page.keyboard.press("Control+C");
  await nodeById(page, "ss1").click();
  await page.keyboard.press("Control+V");
  await expect(page.getByRole("status").filter({ hasText: "Pasted 3 boxes" })).toBeVisible();
  const copies = (await exportedDocument(page)).nodes.filter((n) => n.name === "Bantuan pangan tersalurkan");
  expect(copies).toHaveLength(2);
  await waitForSaved(page);
  await page.reload();
  expect(
    (await exportedDocument(page)).nodes.filter((n) => n.name === "Bantuan pangan tersalurkan"),
  ).toHaveLength(2);
});

test("edit an indicator's target in the panel; the change is one undo step", async ({ page }) => {
  await nodeById(page, "ss1").click();
  const cell = panel(page).getByRole("textbox", { name: "Target 2027" });
  await cell.fill("0,85");
  await cell.press("Enter");
  const target = async () => {
    const indicator = (await exportedDocument(page)).nodes.find((n) => n.id === "ss1")?.indicators?.[0];
    return (indicator as { targets: Record<string, unknown> } | undefined)?.targets["2027"];
  };
  expect(await target()).toBe(0.85);
  await page.getByRole("button", { name: "Undo" }).click();
  expect(await target()).toBe(0.9);
});

test("changing the period keeps targets outside it and says so", async ({ page }) => {
  await page.locator(".react-flow__pane").click({ position: { x: 20, y: 300 } });
  const end = panel(page).getByRole("textbox", { name: "to" });
  await end.fill("2027");
  await end.blur();
  await expect(page.getByRole("status").filter({ hasText: "fall outside 2025–2027" })).toBeVisible();
  await nodeById(page, "ss1").click();
  await expect(panel(page).getByRole("textbox", { name: "Target 2029" })).toHaveValue("0.3");
});

test("the outline edits the tree by keyboard, in step with the canvas", async ({ page }) => {
  await page.getByRole("button", { name: "Outline" }).click();
  const tree = page.getByRole("tree", { name: "Outline" });
  await tree.getByRole("treeitem").filter({ hasText: "Penyaluran bantuan sosial" }).click();
  await expect(nodeById(page, "k1").locator(".plan-card")).toHaveClass(/is-selected/);

  // Down to the first output, then Enter: a new sibling, named in place.
  await page.keyboard.press("ArrowDown");
  await expect(tree.getByRole("treeitem", { selected: true })).toContainText("Data terpadu");
  await page.keyboard.press("Enter");
  const name = tree.getByRole("textbox", { name: "Name" });
  await expect(name).toBeFocused();
  await name.fill("Layanan rujukan terpadu");
  await name.press("Enter");
  await expect(
    page.locator(".react-flow__node").filter({ hasText: "Layanan rujukan terpadu" }),
  ).toBeVisible();

  // Tab indents it under the output above; Shift+Tab brings it back; Alt+Up moves it first.
  const newId = async () =>
    (await exportedDocument(page)).nodes.find((n) => n.name === "Layanan rujukan terpadu")!;
  // The new row is the outline's selection before a key moves it (on a fast machine Tab could come first).
  await expect(tree.getByRole("treeitem", { selected: true })).toContainText("Layanan rujukan terpadu");
  await page.keyboard.press("Tab");
  await expect.poll(async () => (await newId()).parentId).toBe("o1");
  await page.keyboard.press("Shift+Tab");
  await expect.poll(async () => (await newId()).parentId).toBe("k1");
  await page.keyboard.press("Alt+ArrowUp");
  await page.keyboard.press("Alt+ArrowUp");
  const siblings = (await exportedDocument(page)).nodes.filter((n) => n.parentId === "k1");
  expect(siblings.length).toBe(3);

  // F2 renames in place; Delete removes; undo restores.
  await page.keyboard.press("F2");
  await tree.getByRole("textbox", { name: "Name" }).fill("Layanan rujukan");
  await page.keyboard.press("Enter");
  await expect(tree.getByRole("treeitem", { selected: true })).toContainText("Layanan rujukan");
  await page.keyboard.press("Delete");
  await expect(tree.getByRole("treeitem").filter({ hasText: "Layanan rujukan" })).toHaveCount(0);
  await page.keyboard.press("Control+Z");
  await expect(tree.getByRole("treeitem").filter({ hasText: "Layanan rujukan" })).toHaveCount(1);
  await waitForSaved(page);
  await page.reload();
  expect((await exportedDocument(page)).nodes.some((n) => n.name === "Layanan rujukan")).toBe(true);
});

test("drag a box into another lane of the strategy map to change its perspective", async ({ page }) => {
  await page.getByRole("tab", { name: "Strategy map" }).click();
  await expect(page.getByRole("region", { name: "Customer" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Learning and growth" })).toBeVisible();
  const box = nodeById(page, "ss1");
  const lane = page.getByRole("region", { name: "Internal process" });
  const laneBox = (await lane.boundingBox())!;
  await dragTo(page, await centreOf(box), { x: (await centreOf(box)).x, y: laneBox.y + laneBox.height / 2 });
  const perspective = async () =>
    (await exportedDocument(page)).nodes.find((n) => n.id === "ss1")?.perspective;
  expect(await perspective()).toBe("internal_process");
  await page.keyboard.press("Control+Z");
  expect(await perspective()).toBe("customer");
  await page.keyboard.press("Control+Shift+Z");
  await waitForSaved(page);
  await page.reload();
  await page.getByRole("tab", { name: "Strategy map" }).click();
  expect(await perspective()).toBe("internal_process");
});

test("drop on the edge of a sibling to reorder; Shift+click selects boxes that then move together", async ({
  page,
}) => {
  const siblingsOf = async (parent: string) => {
    const nodes = (await exportedDocument(page)).nodes as {
      id: string;
      parentId: string | null;
      order?: number;
    }[];
    const kids = nodes.map((n, i) => ({ ...n, i })).filter((n) => n.parentId === parent);
    kids.sort(
      (a, b) => (a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY) || a.i - b.i,
    );
    return kids.map((n) => n.id);
  };
  expect(await siblingsOf("k1")).toEqual(["o1", "o2"]);
  // o1 and o2 are stacked in a column: the top edge of o1 means "before o1".
  const o1 = (await nodeById(page, "o1").boundingBox())!;
  await dragTo(page, await centreOf(nodeById(page, "o2")), { x: o1.x + o1.width / 2, y: o1.y + 4 });
  expect(await siblingsOf("k1")).toEqual(["o2", "o1"]);

  await nodeById(page, "o1").click();
  await nodeById(page, "o2").click({ modifiers: ["Shift"] });
  await expect(page.locator(".plan-card.is-selected")).toHaveCount(2);
  await dragTo(page, await centreOf(nodeById(page, "o1")), await centreOf(nodeById(page, "ss1")));
  expect((await siblingsOf("ss1")).filter((id) => id === "o1" || id === "o2").sort()).toEqual(["o1", "o2"]);
  // One drag is one undo step.
  await page.keyboard.press("Control+Z");
  expect(await siblingsOf("k1")).toEqual(["o2", "o1"]);
});

test("a name typed longer than its card: the card keeps to its box while typing, then grows and the box below moves down", async ({
  page,
}) => {
  const o1 = nodeById(page, "o1");
  const o2 = nodeById(page, "o2");
  const before = { o1: (await o1.boundingBox())!, o2: (await o2.boundingBox())! };
  await o1.click();
  const name = panel(page).getByRole("textbox", { name: "Name", exact: true });
  await name.fill("");
  await name.pressSequentially(
    "Data terpadu kesejahteraan sosial dimutakhirkan setiap triwulan oleh dinas sosial kabupaten dan kota",
    { delay: 5 },
  );
  // Nothing overlaps at any moment: everything the card shows stays inside its box.
  const cardInsideBox = () =>
    o1.evaluate((box) => {
      const bottom = box.getBoundingClientRect().bottom + 1;
      const parts = ".plan-card__header, .plan-card__name, .plan-card__statement, .plan-card__indicators";
      return [...box.querySelectorAll(parts)].every((part) => part.getBoundingClientRect().bottom <= bottom);
    });
  expect(await cardInsideBox()).toBe(true);
  // Once typing pauses, the card grows to its name, whole, and the next box makes room.
  await expect
    .poll(async () => (await o1.boundingBox())!.height, { timeout: 5000 })
    .toBeGreaterThan(before.o1.height + 10);
  const after = { o1: (await o1.boundingBox())!, o2: (await o2.boundingBox())! };
  expect(after.o2.y).toBeGreaterThan(before.o2.y + 10);
  expect(after.o1.y + after.o1.height).toBeLessThanOrEqual(after.o2.y);
  expect(await cardInsideBox()).toBe(true);
  const clipped = await o1
    .locator(".plan-card__name")
    .evaluate((element) => element.scrollHeight > element.clientHeight + 1);
  expect(clipped).toBe(false);
});
