import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import type { PlanDocument } from "../../../src/domain/types";
import type { FormatIssue } from "../../../src/format/issues";
import { type LoadResult, loadDocument } from "../../../src/format/load";

/** JSON data that tests change freely, reaching into it without type checks. */
// biome-ignore lint/suspicious/noExplicitAny: tests build and break documents field by field
export type Loose = any;

const FIXTURES = fileURLToPath(new URL("../../fixtures/format/", import.meta.url));

/**
 * A fixture's text. Fixtures are read as text, never imported as modules: a
 * bundler may turn `{"__proto__": …}` in JSON into a JavaScript object literal,
 * where that key sets the prototype instead of making a key.
 */
export function fixtureText(name: string): string {
  return readFileSync(`${FIXTURES}${name}`, "utf8");
}

/** A fixture as parsed JSON data (JSON.parse keeps `__proto__` as an own key). */
export function fixtureData(name: string): Record<string, unknown> {
  return JSON.parse(fixtureText(name)) as Record<string, unknown>;
}

/** A deep copy of JSON data, safe for `__proto__` keys. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export function expectLoaded(result: LoadResult): { document: PlanDocument; dropped: string[] } {
  if (!result.ok) {
    throw new Error(`expected the document to load, got issues: ${JSON.stringify(result.issues, null, 2)}`);
  }
  return result;
}

export function expectRejected(result: LoadResult): FormatIssue[] {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error("unreachable");
  expect(result.issues.length).toBeGreaterThan(0);
  return result.issues;
}

export function loadFixture(name: string): LoadResult {
  return loadDocument(fixtureText(name));
}

/** A minimal valid document as JSON data, to change in tests. */
export function minimalFile(): Record<string, unknown> {
  return {
    format: "strategy-map",
    version: 1,
    meta: { title: "T", period: { start: 2025, end: 2029 } },
    nodes: [],
    links: [],
    structures: [],
    alignments: [],
  };
}
