import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "../../../src/i18n/en";
import { structureViewsEn } from "../../../src/i18n/structureViews.en";
import { translator } from "../../../src/i18n/translate";

// The structure views' words join the dictionaries only when their code loads
// (src/i18n/structureViews.ts). A module that uses one of those words without
// importing that module would show the bare key when it happens to load first.

const SRC = join(import.meta.dirname, "..", "..", "..", "src");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const keys = Object.keys(structureViewsEn);
const groups = [...new Set(keys.map((key) => key.slice(0, key.indexOf("."))))];

describe("the structure views' words", () => {
  it("are not in the first download's dictionary, and no key is in both", () => {
    for (const key of keys) expect(Object.hasOwn(en, key), key).toBe(false);
  });

  it("every module that uses one imports the module that adds them", () => {
    const offenders: string[] = [];
    let users = 0;
    for (const path of sources(SRC)) {
      const file = relative(SRC, path);
      if (file.startsWith("i18n/")) continue;
      const text = readFileSync(path, "utf8");
      const uses =
        keys.some((key) => text.includes(`"${key}"`)) ||
        groups.some((group) => text.includes(`\`${group}.\${`));
      if (!uses) continue;
      users++;
      if (!/^import "[./]+\/i18n\/structureViews";$/m.test(text)) offenders.push(file);
    }
    expect(offenders).toEqual([]);
    // The check found the views (it would pass trivially if the patterns matched nothing).
    expect(users).toBeGreaterThan(10);
  });

  it("are there once their module has loaded, in both languages", async () => {
    await import("../../../src/i18n/structureViews");
    expect(translator("en")("structure.toolbar")).toBe("Structure tools");
    expect(translator("id")("structure.toolbar")).toBe("Alat struktur");
  });
});
