import { readFileSync, writeFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { diagnose } from "../../src/domain/diagnostics";
import { loadDocument } from "../../src/format/load";
import {
  comparable,
  exportJson,
  fixturePath,
  nodeById,
  openApp,
  openFixture,
  readFixture,
  waitForSaved,
} from "./helpers";

// Ids are data: a document whose boxes, units and structures are called
// `constructor`, `__proto__` and `toString` works like any other. And hostile
// files (not UTF-8, prototype keys, cycles, 60 MB) change nothing.

const panel = (page: Page) => page.getByRole("complementary", { name: "Details" });

test.describe("prototype-like ids", () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
    await openFixture(page, "hostile-ids.json");
  });

  test("the document opens, edits, saves, reloads and exports like any other", async ({ page }) => {
    for (const id of ["constructor", "__proto__", "toString", "hasOwnProperty", "prototype"]) {
      await expect(nodeById(page, id)).toBeVisible();
    }
    await expect(nodeById(page, "__proto__")).toContainText("Sasaran proto");

    await nodeById(page, "__proto__").click();
    const name = panel(page).getByRole("textbox", { name: "Name", exact: true });
    await expect(name).toHaveValue("Sasaran proto");
    await name.fill("Sasaran proto diubah");
    await nodeById(page, "toString").click();
    await page.getByRole("button", { name: "Add child" }).click();
    await expect(name).toBeFocused();
    await name.fill("Kegiatan baru di bawah toString");
    await expect(
      page.locator(".react-flow__node").filter({ hasText: "Kegiatan baru di bawah toString" }),
    ).toBeVisible();
    await waitForSaved(page);

    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Renstra dengan id __proto__ dan constructor",
    );
    await expect(nodeById(page, "__proto__")).toContainText("Sasaran proto diubah");
    const { data } = await exportJson(page);
    const exported = data as {
      nodes: { id: string; parentId: string | null; name: string }[];
      layout: unknown;
    };
    const fixture = readFixture("hostile-ids.json") as typeof exported;
    const added = exported.nodes.find((n) => n.name === "Kegiatan baru di bawah toString");
    expect(added?.parentId).toBe("toString");
    // Everything else is exactly the file: the `__proto__` layout keys included.
    const withoutEdits = comparable({
      ...exported,
      nodes: exported.nodes
        .filter((n) => n !== added)
        .map((n) => (n.id === "__proto__" ? { ...n, name: "Sasaran proto" } : n)),
    });
    expect(withoutEdits).toEqual(comparable(fixture));
  });

  test("structures, units and diagnostics work with those ids", async ({ page }) => {
    await page.getByRole("tab", { name: "Structure", exact: true }).click();
    await expect(page.getByLabel("Structure in view")).toHaveValue("__proto__");
    for (const name of ["Kepala Dinas constructor", "Bidang proto", "Seksi toString"]) {
      await expect(page.locator(".react-flow__node .unit-card__name", { hasText: name })).toBeVisible();
    }
    await page.getByLabel("Structure in view").selectOption("constructor");
    await expect(page.locator(".react-flow__node .unit-card__name")).toHaveCount(1);
    await page.getByLabel("Structure in view").selectOption("__proto__");

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export report", exact: true }).click();
    const report = JSON.parse(readFileSync(await (await download).path(), "utf8"));
    expect(report.structureId).toBe("__proto__");
    const loaded = loadDocument(readFileSync(fixturePath("hostile-ids.json"), "utf8"));
    if (!loaded.ok) throw new Error("fixture does not load");
    const expected = diagnose(loaded.document, "__proto__");
    const key = (f: { rule: string; nodeId?: string; unitId?: string; indicatorId?: string }) =>
      [f.rule, f.nodeId ?? "", f.unitId ?? "", f.indicatorId ?? ""].join("|");
    expect(report.findings.map(key).sort()).toEqual(expected.findings.map(key).sort());
    expect(report.coverage).toEqual(JSON.parse(JSON.stringify(expected.coverage)));
    // The box `__proto__` is owned by the unit `constructor`: the panel says so.
    await page.getByRole("tab", { name: "Performance tree", exact: true }).click();
    await nodeById(page, "__proto__").click();
    await expect(panel(page)).toContainText("Kepala Dinas constructor");
  });
});

test.describe("hostile files", () => {
  async function importBytes(page: Page, name: string, path: string): Promise<void> {
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await (await chooser).setFiles(path);
    await expect(page.getByRole("alert").filter({ hasText: `“${name}” was not imported` })).toBeVisible();
  }

  test("files that are not UTF-8, pollute prototypes, loop or are huge change nothing", async ({
    page,
  }, testInfo) => {
    await openApp(page);
    await waitForSaved(page);
    const before = await exportJson(page);
    const small = readFileSync(fixturePath("small-plan.json"), "utf8");

    const notUtf8 = Buffer.concat([
      Buffer.from(small.slice(0, 200)),
      Buffer.from([0xff, 0xfe, 0xc0]),
      Buffer.from(small.slice(200)),
    ]);
    const polluting = small.replace('"nodes": [', '"__proto__": { "polluted": true }, "nodes": [');
    const looping = small.replace(
      '{ "id": "t1", "kind": "goal", "parentId": null',
      '{ "id": "t1", "kind": "goal", "parentId": "o2"',
    );
    const huge = Buffer.alloc(60 * 1024 * 1024, 0x20);
    huge.write(small, 0);
    const files: [string, string | Buffer, string][] = [
      ["not-utf8.json", notUtf8, "not UTF-8"],
      ["polluting.json", polluting, "__proto__"],
      ["looping.json", looping, "must not loop"],
      ["huge.json", huge, "50"],
    ];
    for (const [name, content, reason] of files) {
      const path = testInfo.outputPath(name);
      writeFileSync(path, content);
      await importBytes(page, name, path);
      await expect(page.getByRole("alert").filter({ hasText: name })).toContainText(reason);
      await page
        .getByRole("alert")
        .filter({ hasText: name })
        .getByRole("button", { name: "Dismiss" })
        .click();
    }
    expect(await page.evaluate(() => (({}) as { polluted?: boolean }).polluted)).toBeUndefined();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Renstra Kementerian Sosial 2020-2024");
    expect(comparable((await exportJson(page)).data)).toEqual(comparable(before.data));
    await page.getByRole("button", { name: "Documents" }).click();
    await expect(page.getByRole("dialog").locator(".doc-list__item")).toHaveCount(1);
  });
});
