import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { CONTENT_SECURITY_POLICY } from "../../scripts/csp";
import { canvasNode, exportJson, importFile, openApp, openFixture } from "./helpers";

// The production build carries a Content-Security-Policy: no inline script, no
// remote loads. Text from a document is only ever text: markup in a name is shown
// literally on the canvas, in the panels and in the exports.

type Violations = { directive: string; blocked: string }[];

/** Records every CSP violation of the page from its very first script on. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: { directive: string; blocked: string }[] = [];
    (window as unknown as { __violations: typeof seen }).__violations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
    });
  });
}

function violations(page: Page): Promise<Violations> {
  return page.evaluate(() => (window as unknown as { __violations: Violations }).__violations);
}

test.describe("content security policy", () => {
  test("the page is served with a policy allowing only its own scripts and no remote loads", async ({
    page,
  }) => {
    await openApp(page);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(policy).toBe(CONTENT_SECURITY_POLICY);
    const directives = new Map(
      (policy ?? "").split(";").map((part) => {
        const [name, ...values] = part.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("script-src")).toEqual(["'self'"]);
    expect(directives.get("connect-src")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    for (const values of directives.values()) {
      expect(values).not.toContain("'unsafe-inline'");
      expect(values).not.toContain("'unsafe-eval'");
      expect(values.some((value) => value.startsWith("http") || value === "*")).toBe(false);
    }
  });

  test("an injected inline script and a remote image are blocked", async ({ page }) => {
    await recordViolations(page);
    await openApp(page);
    expect(await violations(page)).toEqual([]);
    const ran = await page.evaluate(async () => {
      const script = document.createElement("script");
      script.textContent = "window.__injected = true;";
      document.body.append(script);
      const image = document.createElement("img");
      image.src = "https://example.org/tracker.png";
      document.body.append(image);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await expect
      .poll(async () => (await violations(page)).map((v) => v.directive).sort())
      .toEqual(["img-src", "script-src-elem"]);
    expect((await violations(page)).find((v) => v.directive === "img-src")?.blocked).toBe(
      "https://example.org/tracker.png",
    );
  });

  test("using the app normally causes no policy violation", async ({ page }) => {
    await recordViolations(page);
    await openApp(page);
    await openFixture(page, "small-plan.json");
    await canvasNode(page, "Bantuan pangan tersalurkan").click();
    await page
      .getByRole("complementary", { name: "Details" })
      .getByRole("textbox", { name: "Name", exact: true })
      .fill("Bantuan pangan");
    for (const tab of ["Strategy map", "Structure", "Alignment", "Compare", "Performance tree"]) {
      await page.getByRole("tab", { name: tab, exact: true }).click();
      await expect(page.getByRole("tab", { name: tab, exact: true })).toHaveAttribute(
        "aria-selected",
        "true",
      );
    }
    await expect(page.locator(".react-flow__node").first()).toBeVisible();
    // A rejected file goes through the schema's explanations too.
    await importFile(page, "broken-plan.json");
    await expect(page.getByRole("alert")).toContainText("was not imported");
    await page.getByRole("button", { name: "Documents" }).click();
    await expect(page.getByRole("dialog").locator(".doc-list__item").first()).toBeVisible();
    await page.getByRole("dialog").getByRole("button", { name: "Close" }).click();
    await exportJson(page);
    await page.reload();
    await expect(page.locator(".react-flow__node").first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
});

test.describe("text from documents is text", () => {
  const NODE_NAME = "<img src=x onerror=window.__pwned=1>Tujuan";
  const UNIT_NAME = "<iframe src=//x></iframe>Kepala Dinas";

  test("names with markup show literally on the canvas, in the panels and in the exports", async ({
    page,
  }) => {
    await openApp(page);
    await openFixture(page, "markup-names.json");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "<b>Renstra</b> <img src=x onerror=alert(1)>",
    );

    const goal = canvasNode(page, NODE_NAME);
    await expect(goal).toBeVisible();
    await expect(goal.locator("img, svg[onload], script")).toHaveCount(0);
    await expect(canvasNode(page, "<a href=javascript:alert(1)>klik</a>")).toBeVisible();
    await expect(page.locator(".react-flow a[href^='javascript']")).toHaveCount(0);

    await goal.click();
    const panel = page.getByRole("complementary", { name: "Details" });
    await expect(panel.getByRole("textbox", { name: "Name", exact: true })).toHaveValue(NODE_NAME);
    await expect(panel.getByRole("textbox", { name: "Indicator name" })).toHaveValue(
      "<svg onload=window.__pwned=3>Indeks",
    );
    await expect(panel).toContainText(UNIT_NAME);

    await page.getByRole("tab", { name: "Structure", exact: true }).click();
    const unit = page.locator(".react-flow__node .unit-card__name", { hasText: UNIT_NAME });
    await expect(unit).toBeVisible();
    await expect(page.locator(".react-flow iframe, .react-flow style")).toHaveCount(0);
    await unit.click();
    await expect(
      page.getByRole("complementary").getByRole("textbox", { name: "Name", exact: true }),
    ).toHaveValue(UNIT_NAME);

    // The report carries the names as data, and a CSV cell cannot start a formula.
    const report = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export report", exact: true }).click();
    const reportText = readFileSync(await (await report).path(), "utf8");
    expect(reportText).toContain(JSON.stringify(UNIT_NAME).slice(1, -1));
    const csv = page.waitForEvent("download");
    await page.getByRole("button", { name: "Report CSV", exact: true }).click();
    const csvText = readFileSync(await (await csv).path(), "utf8");
    expect(csvText).toContain("'=HYPERLINK");
    expect(csvText).not.toMatch(/(^|,)"?=HYPERLINK/m);

    const { data } = await exportJson(page);
    expect((data as { nodes: { name: string }[] }).nodes[0]?.name).toBe(NODE_NAME);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
