import { expect, test } from "@playwright/test";
import {
  canvasNode,
  comparable,
  emptyCanvasPoint,
  exportJson,
  importFile,
  minimapInk,
  minimapRingCentre,
  openApp,
  openFixture,
  readFixture,
  viewportTransform,
  waitForSaved,
} from "./helpers";

test.describe("first start", () => {
  test("a fresh profile opens the Kemensos sample, drawn as a tree", async ({ page }) => {
    await openApp(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Renstra Kementerian Sosial 2020-2024");
    // The top of the tree is on screen and readable: goals, strategic targets, programs.
    await expect(canvasNode(page, "Program Perlindungan Sosial").first()).toBeVisible();
    await expect(canvasNode(page, "Program Dukungan Manajemen").first()).toBeVisible();
    await expect(page.locator(".react-flow__node .plan-card__kind").filter({ hasText: "Goal" })).toHaveCount(
      3,
    );
    // What no fact backs is marked, and the banner says what the mark means.
    await expect(page.getByRole("note")).toContainText("Illustrative");
    await expect(page.locator(".react-flow__node .plan-card__tag").first()).toHaveText("Illustrative");
  });

  test("the sample is saved in the browser and reopens after a reload", async ({ page }) => {
    await openApp(page);
    await waitForSaved(page);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Renstra Kementerian Sosial 2020-2024");
    await page.getByRole("button", { name: "Documents" }).click();
    await expect(page.getByRole("dialog").locator(".doc-list__item")).toHaveCount(1);
  });

  test("Indonesian is used with ?lang=id, with the planners' words", async ({ page }) => {
    await openApp(page, "id");
    await expect(page.getByRole("button", { name: "Impor", exact: true })).toBeVisible();
    await expect(page.getByRole("tab", { name: "Pohon kinerja" })).toBeVisible();
    await expect(
      page.locator(".react-flow__node .plan-card__kind").filter({ hasText: "Tujuan" }),
    ).toHaveCount(3);
  });
});

test.describe("import and export", () => {
  test("importing a file opens it; exporting gives the same JSON data back", async ({ page }) => {
    await openApp(page);
    await importFile(page, "small-plan.json");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Renstra Dinas Sosial Kota Contoh 2025-2029",
    );
    await expect(canvasNode(page, "Menurunnya jumlah penduduk miskin ekstrem")).toBeVisible();
    await expect(canvasNode(page, "Bantuan pangan tersalurkan")).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Imported" })).toBeVisible();

    const { fileName, data } = await exportJson(page);
    expect(fileName).toBe("renstra-dinas-sosial-kota-contoh-2025-2029.json");
    expect(comparable(data)).toEqual(comparable(readFixture("small-plan.json")));
  });

  test("an imported document is still there after a reload", async ({ page }) => {
    await openApp(page);
    await importFile(page, "small-plan.json");
    await expect(canvasNode(page, "Bantuan pangan tersalurkan")).toBeVisible();
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Renstra Dinas Sosial Kota Contoh 2025-2029",
    );
    await expect(canvasNode(page, "Bantuan pangan tersalurkan")).toBeVisible();
  });

  test("a broken file is rejected with the problems listed, and nothing changes", async ({ page }) => {
    await openApp(page);
    await waitForSaved(page);
    const before = await exportJson(page);
    await importFile(page, "broken-plan.json");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("“broken-plan.json” was not imported. Nothing was changed.");
    await expect(alert).toContainText("nodes[1].kind");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Renstra Kementerian Sosial 2020-2024");
    const after = await exportJson(page);
    expect(comparable(after.data)).toEqual(comparable(before.data));
    await page.getByRole("button", { name: "Documents" }).click();
    await expect(page.getByRole("dialog").locator(".doc-list__item")).toHaveCount(1);
  });

  test("a truncated file is rejected as not JSON", async ({ page }) => {
    await openApp(page);
    await importFile(page, "truncated.json");
    await expect(page.getByRole("alert")).toContainText("“truncated.json” was not imported");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Renstra Kementerian Sosial 2020-2024");
  });

  test("dropping a file on the window imports it", async ({ page }) => {
    await openApp(page);
    const text = JSON.stringify(readFixture("small-plan.json"));
    const dataTransfer = await page.evaluateHandle((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], "small-plan.json", { type: "application/json" }));
      return transfer;
    }, text);
    await page.dispatchEvent(".file-drop", "dragover", { dataTransfer });
    await page.dispatchEvent(".file-drop", "drop", { dataTransfer });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Renstra Dinas Sosial Kota Contoh 2025-2029",
    );
  });
});

test.describe("documents", () => {
  test("create, rename, duplicate, open and delete with confirmation", async ({ page }) => {
    await openApp(page);
    await page.getByRole("button", { name: "New document" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Untitled plan");
    await expect(page.getByText("This document has no boxes yet.")).toBeVisible();

    await page.getByRole("button", { name: "Documents" }).click();
    const dialog = page.getByRole("dialog");
    const untitled = dialog.locator(".doc-list__item").filter({ hasText: "Untitled plan" });
    await untitled.getByRole("button", { name: "Rename" }).click();
    await dialog.getByRole("textbox", { name: "New title" }).fill("Renstra Dinsos 2025");
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Renstra Dinsos 2025");

    const sample = dialog.locator(".doc-list__item").filter({ hasText: "Renstra Kementerian Sosial" });
    await sample.getByRole("button", { name: "Duplicate" }).click();
    await expect(dialog.locator(".doc-list__item")).toHaveCount(3);
    await dialog
      .locator(".doc-list__item")
      .filter({ hasText: "(copy)" })
      .getByRole("button", { name: "Open" })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Renstra Kementerian Sosial 2020-2024 (copy)",
    );

    await page.getByRole("button", { name: "Documents" }).click();
    const renamed = dialog.locator(".doc-list__item").filter({ hasText: "Renstra Dinsos 2025" });
    await renamed.getByRole("button", { name: "Delete" }).click();
    await expect(dialog).toContainText("Delete “Renstra Dinsos 2025” from this browser?");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog.locator(".doc-list__item")).toHaveCount(3);
    await renamed.getByRole("button", { name: "Delete" }).click();
    await dialog.getByRole("button", { name: "Delete for good" }).click();
    await expect(dialog.locator(".doc-list__item")).toHaveCount(2);

    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Renstra Kementerian Sosial 2020-2024 (copy)",
    );
  });
});

test.describe("the tree view", () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
    await openFixture(page, "small-plan.json");
  });

  test("search by code centres and highlights the match, and the panel shows its details", async ({
    page,
  }) => {
    const search = page.getByRole("searchbox", { name: "Search by code or name" });
    await search.fill("RO 2");
    await search.press("Enter");
    await expect(page.locator(".search__status")).toHaveText("1 of 1");
    const match = canvasNode(page, "Bantuan pangan tersalurkan");
    await expect(match.locator(".plan-card")).toHaveClass(/is-match/);
    await expect(match.locator(".plan-card")).toHaveClass(/is-selected/);
    const panel = page.getByRole("complementary", { name: "Details" });
    await expect(panel).toContainText("Bantuan pangan tersalurkan");
    await expect(panel).toContainText("Contributed to by");
    await expect(panel).toContainText("Data terpadu kesejahteraan sosial dimutakhirkan");
  });

  test("dragging the empty canvas pans it, and a pan carried over the side panel leaves the panel alone", async ({
    page,
  }) => {
    const translation = () => viewportTransform(page);
    const before = await translation();
    const from = await emptyCanvasPoint(page);
    const panel = page.getByRole("complementary", { name: "Details" });
    const panelBox = (await panel.boundingBox())!;
    const over = { x: panelBox.x + panelBox.width / 2, y: from.y };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(over.x, over.y, { steps: 12 });
    // The pointer is over the panel, but the pan has it: the panel is not hovered,
    // the canvas under the press still is, and the picture followed the pointer.
    expect(await panel.evaluate((element) => element.matches(":hover"))).toBe(false);
    expect(await page.locator(".react-flow__pane").evaluate((element) => element.matches(":hover"))).toBe(
      true,
    );
    const during = await translation();
    expect(during.x - before.x).toBeCloseTo(over.x - from.x, 0);
    expect(during.y).toBeCloseTo(before.y, 0);
    await page.mouse.up();
    await page.mouse.move(over.x, over.y + 5);
    // Let go, the panel is where the pointer is again, and the picture stays put.
    await expect.poll(() => panel.evaluate((element) => element.matches(":hover"))).toBe(true);
    expect((await translation()).x).toBeCloseTo(during.x, 0);
  });

  test("selecting a node shows all its fields and indicator details, targets by year", async ({ page }) => {
    await canvasNode(page, "Menurunnya jumlah penduduk miskin ekstrem").click();
    const panel = page.getByRole("complementary", { name: "Details" });
    await expect(panel.locator(".panel__kind")).toHaveText("Strategic target");
    await expect(panel.getByRole("textbox", { name: "Name", exact: true })).toHaveValue(
      "Menurunnya jumlah penduduk miskin ekstrem",
    );
    await expect(panel.getByRole("combobox", { name: "Perspective" })).toHaveValue("customer");
    await expect(panel.getByRole("textbox", { name: "Indicator name" })).toHaveValue(
      "Persentase penduduk miskin ekstrem",
    );
    await expect(panel.getByRole("textbox", { name: "Data source" })).toHaveValue("BPS Susenas");
    await expect(panel.getByRole("columnheader", { name: "2029" })).toBeVisible();
    await expect(panel.getByRole("textbox", { name: "Target 2029" })).toHaveValue("0.3");
    await expect(panel).toContainText("Kepala Dinas Sosial");
  });

  test("the map can be hidden, stays hidden after a reload, and comes back drawn", async ({ page }) => {
    const map = page.getByRole("img", { name: "Overview map" });
    await expect.poll(() => minimapInk(page)).toBeGreaterThan(200);
    await page.getByRole("button", { name: "Hide the map" }).click();
    await expect(map).toHaveCount(0);
    const show = page.getByRole("button", { name: "Map", exact: true });
    await expect(show).toBeVisible();

    await page.reload();
    await expect(page.locator(".react-flow__node").first()).toBeVisible();
    await expect(map).toHaveCount(0);
    await show.click();
    await expect(map).toBeVisible();
    await expect.poll(() => minimapInk(page)).toBeGreaterThan(200);
    await expect(show).toHaveCount(0);
    // From the keyboard, the focus stays on the button that takes the other's place.
    const hide = page.getByRole("button", { name: "Hide the map" });
    await expect(hide).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(show).toBeFocused();
  });

  test("the map rings the selected box, and the ring follows the box while it is dragged", async ({
    page,
  }) => {
    expect(await minimapRingCentre(page)).toBeNull();
    const card = canvasNode(page, "Bantuan pangan tersalurkan");
    await card.click();
    await expect.poll(() => minimapRingCentre(page)).not.toBeNull();
    const before = (await minimapRingCentre(page))!;
    // How many page pixels one pixel of the map is on the canvas.
    const mapScale = await page.getByRole("img", { name: "Overview map" }).evaluate((svg: SVGSVGElement) => {
      const zoom = new DOMMatrixReadOnly(
        getComputedStyle(document.querySelector(".react-flow__viewport")!).transform,
      ).a;
      return (svg.viewBox.baseVal.width / svg.getBoundingClientRect().width) * zoom;
    });

    const grip = (await card.boundingBox())!;
    const from = { x: grip.x + 30, y: grip.y + 10 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 8, from.y, { steps: 4 });
    await page.mouse.move(from.x + 200, from.y, { steps: 12 });
    // Still held: the ring has moved by the drag's 200 px, on the map's scale.
    await expect
      .poll(async () => ((await minimapRingCentre(page))?.x ?? 0) - before.x)
      .toBeGreaterThan((200 / mapScale) * 0.8);
    expect(Math.abs((await minimapRingCentre(page))!.y - before.y)).toBeLessThan(2);
    await page.keyboard.press("Escape");
    await page.mouse.up();
  });

  test("collapsing a node hides its subtree; expanding brings it back", async ({ page }) => {
    await expect(canvasNode(page, "Bantuan pangan tersalurkan")).toBeVisible();
    const activity = canvasNode(page, "Penyaluran bantuan sosial bagi keluarga miskin");
    await activity.getByRole("button", { name: "Collapse 2 children" }).click();
    await expect(canvasNode(page, "Bantuan pangan tersalurkan")).toHaveCount(0);
    await activity.getByRole("button", { name: "Expand 2 hidden children" }).click();
    await expect(canvasNode(page, "Bantuan pangan tersalurkan")).toBeVisible();
  });
});
