import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { KIND_COLOURS } from "../../../src/export/palette";
import { textWidth, wrapText } from "../../../src/export/wrap";
import { escapeXml, unescapeXml } from "../../../src/export/xml";

describe("wrapText", () => {
  it("wraps at word boundaries within the width", () => {
    const lines = wrapText(
      "Meningkatnya pemenuhan kebutuhan dasar, peran sosial dan kemandirian ekonomi",
      200,
      14,
      true,
    );
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 14, true)).toBeLessThanOrEqual(200);
    expect(lines.join(" ")).toBe(
      "Meningkatnya pemenuhan kebutuhan dasar, peran sosial dan kemandirian ekonomi",
    );
  });

  it("breaks a word longer than a line, keeping every character", () => {
    const word = "W".repeat(60);
    const lines = wrapText(`a ${word} b`, 100, 12);
    expect(lines.join("").replace(/\s/g, "")).toBe(`a${word}b`);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(100);
  });

  it("never splits a character outside the BMP", () => {
    const lines = wrapText("🌾".repeat(30), 60, 12);
    for (const line of lines) expect(line).toMatch(/^(🌾)+$/u);
  });

  it("gives no line for empty text", () => {
    expect(wrapText("  ", 100, 12)).toEqual([]);
  });
});

describe("escapeXml", () => {
  it("escapes markup and drops characters XML forbids", () => {
    expect(escapeXml(`<a href="x">&'\u0001`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;");
    expect(unescapeXml(escapeXml(`<script>"&'</script>`))).toBe(`<script>"&'</script>`);
    expect(unescapeXml("&amp;lt;")).toBe("&lt;");
  });
});

describe("the image uses the screen's colours", () => {
  it("the stylesheet's kind colours are the palette's", () => {
    const css = readFileSync(fileURLToPath(new URL("../../../src/ui/styles.css", import.meta.url)), "utf8");
    const fromCss = Object.fromEntries(
      [...css.matchAll(/--kind-([a-z_]+):\s*(#[0-9a-f]{6});/g)].map((m) => [m[1], m[2]]),
    );
    expect(fromCss).toEqual(KIND_COLOURS);
  });
});
