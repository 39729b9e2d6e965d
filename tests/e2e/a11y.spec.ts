import { createRequire } from "node:module";
import { expect, type Page, test } from "@playwright/test";
import { openApp } from "./helpers";

// axe-core over every view, both languages, with the details panel showing a
// box, the findings open, and the dialogs open: no serious or critical
// violation of WCAG 2.1 A/AA. axe is added as an init script (not an inline
// <script>), so it runs under the app's Content-Security-Policy too.

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (...args: unknown[]) => Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      resultTypes: ["violations"],
    });
    return result.violations as AxeViolation[];
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes
          .slice(0, 5)
          .map((n) => `  ${n.target.join(" ")}: ${n.failureSummary?.split("\n").slice(1, 3).join(" ")}`)
          .join("\n")}`,
    );
}

const VIEWS = {
  en: ["Performance tree", "Strategy map", "Structure", "Alignment", "Compare"],
  id: ["Pohon kinerja", "Peta strategi", "Struktur", "Penyelarasan", "Bandingkan"],
} as const;

const SHOW_FINDINGS = { en: "Show findings", id: "Tampilkan temuan" } as const;

for (const lang of ["en", "id"] as const) {
  test.describe(`accessibility (${lang})`, () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript({ path: AXE });
      await openApp(page, lang);
    });

    test("every view, with a box in the details panel and the findings open", async ({ page }) => {
      await page.locator(".react-flow__node").first().click();
      await page.locator(".diagnostics").getByRole("button", { name: SHOW_FINDINGS[lang] }).click();
      for (const view of VIEWS[lang]) {
        await page.getByRole("tab", { name: view, exact: true }).click();
        await expect(page.getByRole("tab", { name: view, exact: true })).toHaveAttribute(
          "aria-selected",
          "true",
        );
        await expect(page.locator(".workspace__canvas .react-flow__node").first()).toBeVisible();
        expect(await seriousViolations(page), view).toEqual([]);
      }
    });

    test("the documents dialog and the help sheet", async ({ page }) => {
      await page.getByRole("button", { name: lang === "en" ? "Documents" : "Dokumen", exact: true }).click();
      await expect(page.getByRole("dialog")).toBeVisible();
      expect(await seriousViolations(page), "documents").toEqual([]);
      await page.keyboard.press("Escape");
      await page.keyboard.press("?");
      await expect(page.getByRole("dialog")).toBeVisible();
      expect(await seriousViolations(page), "help").toEqual([]);
    });
  });
}

test("canvas boxes and lines are announced by kind, code and name, in the UI language", async ({ page }) => {
  await openApp(page, "id");
  const goal = page.locator('.react-flow__node[aria-label^="Tujuan "]').first();
  await expect(goal).toBeVisible();
  await expect(page.locator('.react-flow__node[aria-label^="Sasaran Strategis "]').first()).toBeAttached();
  await expect(page.locator('.react-flow__edge[aria-label*=" bagian dari Tujuan "]').first()).toBeAttached();
  // React Flow's own English wording is replaced everywhere.
  await expect(page.locator('.react-flow__edge[aria-label^="Edge from"]')).toHaveCount(0);
  const description = await goal.getAttribute("aria-describedby");
  await expect(page.locator(`[id="${description}"]`)).toContainText("Tekan Enter atau Spasi");
  await expect(page.getByRole("button", { name: "Perbesar" })).toBeVisible();

  await page.getByRole("tab", { name: "Struktur", exact: true }).click();
  await expect(page.locator('.react-flow__node[aria-label^="Eselon I / JPT Madya "]').first()).toBeVisible();
});

test("the keyboard reaches the commands, with a visible focus ring", async ({ page }) => {
  await openApp(page);
  await page.locator("body").click({ position: { x: 2, y: 2 } });
  await page.keyboard.press("Tab");
  const focused = page.locator(":focus");
  await expect(focused).toBeVisible();
  const ring = await focused.evaluate((element) => {
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: style.outlineWidth };
  });
  expect(ring).toEqual({ style: "solid", width: "3px" });

  // View tabs by arrows; the shortcut sheet by "?", closed by Escape.
  await page.getByRole("tab", { name: "Performance tree" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: "Strategy map" })).toBeFocused();
  await expect(page.getByRole("tab", { name: "Strategy map" })).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Help and keyboard shortcuts" });
  await expect(help).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
});

test("a contribute link is added and removed without a mouse, from the details panel", async ({ page }) => {
  await openApp(page);
  await page.locator(".react-flow__node").filter({ hasText: "Program Perlindungan Sosial" }).first().click();
  const links = page.getByRole("region", { name: "Contribute links" });
  // The link editor loads with its own chunk the first time a box is selected.
  await expect(links.getByRole("searchbox", { name: "Add a link: this box contributes to…" })).toBeVisible();
  const before = await links.getByRole("button", { name: /^Remove the link to / }).count();
  await links.getByRole("searchbox", { name: "Add a link: this box contributes to…" }).fill("T3");
  const match = links.getByRole("list", { name: "Boxes it can contribute to" }).getByRole("button").first();
  await expect(match).toContainText("T3 Menguatnya tata kelola");
  await match.focus();
  await page.keyboard.press("Enter");
  const remove = links.getByRole("button", { name: /^Remove the link to T3 / });
  await expect(remove).toBeVisible();
  await expect(links.getByRole("button", { name: /^Remove the link to / })).toHaveCount(before + 1);
  await expect(page.locator('.react-flow__edge[aria-label*="contributes to Goal T3"]')).toHaveCount(1);
  await remove.focus();
  await page.keyboard.press("Enter");
  await expect(remove).toBeHidden();
  await expect(links.getByRole("button", { name: /^Remove the link to / })).toHaveCount(before);
});

test("Shift+F10 opens a box's menu from the keyboard, and Escape closes it", async ({ page }) => {
  await openApp(page);
  const box = page.locator(".react-flow__node").filter({ hasText: "Program Perlindungan Sosial" }).first();
  await box.click();
  await box.focus();
  await page.keyboard.press("Shift+F10");
  const menu = page.getByRole("menu", { name: /Actions for Program Perlindungan Sosial/ });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole("menuitem", { name: /Add child/ })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(menu.getByRole("menuitem", { name: /Add sibling/ })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
});

test("a box renamed in the panel is spoken by its new name, and so are the lines that meet it", async ({
  page,
}) => {
  await openApp(page);
  await page.locator(".react-flow__node").filter({ hasText: "Program Perlindungan Sosial" }).first().click();
  const name = page
    .getByRole("complementary", { name: "Details" })
    .getByRole("textbox", { name: "Name", exact: true });
  await name.click();
  await name.press("End");
  await name.pressSequentially(" Terpadu");
  await expect(name).toHaveValue("Program Perlindungan Sosial Terpadu");
  await expect(
    page.locator('.react-flow__node[aria-label*="Program Perlindungan Sosial Terpadu"]'),
  ).toHaveCount(1);
  // Its line up to its parent, and the contribute link it starts.
  await expect(
    page.locator('.react-flow__edge[aria-label*="Program Perlindungan Sosial Terpadu is part of "]'),
  ).toHaveCount(1);
  await expect(
    page.locator('.react-flow__edge[aria-label*="Program Perlindungan Sosial Terpadu contributes to "]'),
  ).toHaveCount(1);
});
