import { describe, expect, it } from "vitest";
import {
  CURRENT_FORMAT_VERSION,
  type MigrationStep,
  migrate,
  migrateWith,
  migrations,
} from "../../../src/format/migrations";
import { expectLoaded, fixtureData, loadFixture } from "./helpers";

/** A fake 1 → 2 step: renames meta.title to meta.name, as a future format might. */
const oneToTwo: MigrationStep = (doc) => {
  const file = doc as { version: number; meta: { title: string } };
  const { title, ...rest } = file.meta;
  return { ok: true, value: { ...file, version: 2, meta: { ...rest, name: title } } };
};

const twoToThree: MigrationStep = (doc) => ({
  ok: true,
  value: { ...(doc as object), version: 3, three: true },
});

describe("the project's migrations", () => {
  it("reads format version 1 and has no steps yet", () => {
    expect(CURRENT_FORMAT_VERSION).toBe(1);
    expect(Object.keys(migrations)).toEqual([]);
  });

  it("passes a version-1 document through unchanged", () => {
    const file = fixtureData("example.json");
    const result = migrate(file);
    expect(result).toEqual({ ok: true, value: file });
    if (result.ok) expect(result.value).toBe(file);
  });

  it("every step takes a version below the current one", () => {
    for (const key of Object.keys(migrations)) {
      expect(Number(key)).toBeGreaterThanOrEqual(1);
      expect(Number(key)).toBeLessThan(CURRENT_FORMAT_VERSION);
    }
  });

  it("version-1 fixtures, kept for good, still load", () => {
    for (const name of ["example.json", "valid/full.json", "valid/special-ids.json"]) {
      expectLoaded(loadFixture(name));
    }
  });

  it.each<[string, unknown, unknown]>([
    [
      "a newer version",
      { version: 2 },
      { path: "", code: "newer_version", params: { version: 2, supported: 1 } },
    ],
    [
      "version 0",
      { version: 0 },
      { path: "version", code: "unsupported_version", params: { version: 0, supported: 1 } },
    ],
    ["a negative version", { version: -1 }, { path: "version", code: "unsupported_version" }],
    ["a fractional version", { version: 1.5 }, { path: "version", code: "unsupported_version" }],
    [
      "a text version",
      { version: "1" },
      { path: "version", code: "wrong_type", params: { expected: "integer", received: "string" } },
    ],
    ["no version", {}, { path: "version", code: "missing_field" }],
    ["not an object", [], { path: "", code: "wrong_format" }],
  ])("refuses %s", (_name, raw, expected) => {
    const result = migrate(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toEqual([expect.objectContaining(expected as object)]);
  });
});

describe("migrateWith: the framework, with fake steps", () => {
  it("applies 1 → 2 to a version-1 document, without changing the input", () => {
    const file = fixtureData("example.json");
    const before = structuredClone(file);
    const result = migrateWith({ 1: oneToTwo }, file, 2);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const value = result.value as { version: number; meta: Record<string, unknown> };
    expect(value.version).toBe(2);
    expect(value.meta.name).toBe("Renstra contoh");
    expect(value.meta.title).toBeUndefined();
    expect(file).toEqual(before);
  });

  it("applies steps in order, from the file's version up to the target", () => {
    const steps = { 1: oneToTwo, 2: twoToThree };
    const fromOne = migrateWith(steps, fixtureData("example.json"), 3);
    expect(fromOne.ok && fromOne.value).toMatchObject({
      version: 3,
      three: true,
      meta: { name: "Renstra contoh" },
    });
    const fromTwo = migrateWith(steps, { version: 2, meta: { name: "x" } }, 3);
    expect(fromTwo).toEqual({ ok: true, value: { version: 3, three: true, meta: { name: "x" } } });
  });

  it("leaves a document already at the target alone, and refuses a newer one", () => {
    const two = { version: 2 };
    expect(migrateWith({ 1: oneToTwo }, two, 2)).toEqual({ ok: true, value: two });
    const three = migrateWith({ 1: oneToTwo }, { version: 3 }, 2);
    expect(three).toEqual({
      ok: false,
      issues: [{ path: "", code: "newer_version", params: { version: 3, supported: 2 } }],
    });
  });

  it("passes on the issues of a step that refuses", () => {
    const refuse: MigrationStep = () => ({
      ok: false,
      issues: [{ path: "meta.title", code: "invalid_value" }],
    });
    expect(migrateWith({ 1: refuse }, { version: 1 }, 2)).toEqual({
      ok: false,
      issues: [{ path: "meta.title", code: "invalid_value" }],
    });
  });

  it("turns a step that throws into an issue", () => {
    const broken: MigrationStep = () => {
      throw new TypeError("cannot read meta");
    };
    const result = migrateWith({ 1: broken }, { version: 1 }, 2);
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: "", code: "migration_failed", params: { from: 1, detail: "TypeError: cannot read meta" } },
      ],
    });
  });

  it("refuses a step that does not produce the next version", () => {
    const wrong: MigrationStep = (doc) => ({ ok: true, value: doc });
    const result = migrateWith({ 1: wrong }, { version: 1 }, 2);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ code: "migration_failed", params: { from: 1 } });
  });

  it("refuses a version with no step to take it further", () => {
    const result = migrateWith({ 2: twoToThree }, { version: 1 }, 3);
    expect(result).toEqual({
      ok: false,
      issues: [{ path: "version", code: "unsupported_version", params: { version: 1, supported: 3 } }],
    });
  });
});
