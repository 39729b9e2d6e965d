// Numbered, pure migrations. Step N takes a document of format version N (as
// parsed JSON, not yet validated) and returns it as version N + 1, or says why it
// cannot. A step never throws and never changes its input: it builds a new value.
// Files and documents stored in the browser go through the same steps.
//
// To add format version 2: write `migrations[1]` (1 → 2), raise
// CURRENT_FORMAT_VERSION, keep the version-1 fixtures in tests/fixtures/format
// for good, and add a test that each of them still loads.

import { type FormatIssue, issue } from "./issues.ts";
import { isJsonObject } from "./schema.ts";

export const CURRENT_FORMAT_VERSION = 1;

export type MigrationResult = { ok: true; value: unknown } | { ok: false; issues: FormatIssue[] };

export type MigrationStep = (doc: unknown) => MigrationResult;

export type MigrationSteps = Readonly<Record<number, MigrationStep>>;

/** Step N upgrades version N to N + 1. There are none yet: version 1 is the first. */
export const migrations: MigrationSteps = Object.freeze({});

function fail(...issues: FormatIssue[]): MigrationResult {
  return { ok: false, issues };
}

/**
 * Reads `raw.version` and applies `steps` from it up to `target`. A version
 * above `target` fails as "made by a newer version"; a version below 1, not a
 * whole number, or with no step to take it further fails as unsupported.
 */
export function migrateWith(steps: MigrationSteps, raw: unknown, target: number): MigrationResult {
  if (!isJsonObject(raw)) return fail(issue("", "wrong_format"));
  if (!Object.hasOwn(raw, "version") || raw.version === undefined)
    return fail(issue("version", "missing_field"));
  const version = raw.version;
  if (typeof version !== "number") {
    return fail(
      issue("version", "wrong_type", {
        expected: "integer",
        received: version === null ? "null" : Array.isArray(version) ? "array" : typeof version,
      }),
    );
  }
  if (!Number.isInteger(version) || version < 1) {
    return fail(issue("version", "unsupported_version", { version, supported: target }));
  }
  if (version > target) return fail(issue("", "newer_version", { version, supported: target }));

  let doc: unknown = raw;
  for (let from = version; from < target; from++) {
    const step = Object.hasOwn(steps, from) ? steps[from] : undefined;
    if (step === undefined) {
      return fail(issue("version", "unsupported_version", { version, supported: target }));
    }
    let result: MigrationResult;
    try {
      result = step(doc);
    } catch (error) {
      return fail(issue("", "migration_failed", { from, detail: errorText(error) }));
    }
    if (!result.ok) return result;
    const next = result.value;
    if (!isJsonObject(next) || next.version !== from + 1) {
      return fail(
        issue("", "migration_failed", { from, detail: `step ${from} did not produce version ${from + 1}` }),
      );
    }
    doc = next;
  }
  return { ok: true, value: doc };
}

/** Brings a parsed document up to CURRENT_FORMAT_VERSION with the project's steps. */
export function migrate(raw: unknown): MigrationResult {
  return migrateWith(migrations, raw, CURRENT_FORMAT_VERSION);
}

export function errorText(error: unknown): string {
  try {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return text.length > 200 ? `${text.slice(0, 197)}...` : text;
  } catch {
    return "unknown error";
  }
}
