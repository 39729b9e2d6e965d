import { FREQUENCIES, NODE_KINDS, NODE_STATUSES, PERSPECTIVES, POLARITIES, PROGRAM_TYPES } from "../types";
import { MAX_CODE, MAX_DATA_SOURCE, MAX_INDICATOR_UNIT, MAX_NAME, MAX_TEXT } from "./limits";
import type { OperationError } from "./result";

// Field-by-field patching with the format's rules: a name stays 1..2000
// characters; an optional text set to "" (or undefined) is removed, since the
// format writes no empty optional fields; an enum takes one of its values, or
// undefined to clear it when it is optional. Values of the wrong type are
// refused, so the same code also checks untrusted input (the clipboard).

type FieldSpec =
  | { readonly type: "name"; readonly max: number }
  | { readonly type: "text"; readonly max: number }
  | { readonly type: "enum"; readonly values: readonly string[]; readonly required?: boolean }
  | { readonly type: "boolean" };

export const NODE_FIELD_SPECS: Readonly<Record<string, FieldSpec>> = {
  kind: { type: "enum", values: NODE_KINDS, required: true },
  code: { type: "text", max: MAX_CODE },
  name: { type: "name", max: MAX_NAME },
  statement: { type: "text", max: MAX_TEXT },
  perspective: { type: "enum", values: PERSPECTIVES },
  programType: { type: "enum", values: PROGRAM_TYPES },
  status: { type: "enum", values: NODE_STATUSES },
  source: { type: "text", max: MAX_TEXT },
  notes: { type: "text", max: MAX_TEXT },
};

export const INDICATOR_FIELD_SPECS: Readonly<Record<string, FieldSpec>> = {
  code: { type: "text", max: MAX_CODE },
  name: { type: "name", max: MAX_NAME },
  unit: { type: "text", max: MAX_INDICATOR_UNIT },
  polarity: { type: "enum", values: POLARITIES },
  key: { type: "boolean" },
  definition: { type: "text", max: MAX_TEXT },
  formula: { type: "text", max: MAX_TEXT },
  dataSource: { type: "text", max: MAX_DATA_SOURCE },
  frequency: { type: "enum", values: FREQUENCIES },
};

export const LINK_FIELD_SPECS: Readonly<Record<string, FieldSpec>> = {
  notes: { type: "text", max: MAX_TEXT },
};

export type PatchOutcome<T> =
  | { readonly ok: true; readonly value: T; readonly changed: boolean }
  | { readonly ok: false; readonly reason: OperationError };

function hasOwn(object: object, key: string): boolean {
  return Object.hasOwn(object, key);
}

/**
 * Apply the fields of `patch` named in `specs` to a copy of `original`. A key
 * absent from the patch leaves the field alone; other keys of the patch are
 * ignored. Returns the original object itself when nothing changes.
 */
export function applyFieldPatch<T extends object>(
  original: T,
  patch: object,
  specs: Readonly<Record<string, FieldSpec>>,
): PatchOutcome<T> {
  const next = { ...original } as Record<string, unknown>;
  const before = original as unknown as Record<string, unknown>;
  let changed = false;
  for (const field of Object.keys(specs)) {
    if (!hasOwn(patch, field)) continue;
    const spec = specs[field]!;
    const value = (patch as Record<string, unknown>)[field];
    switch (spec.type) {
      case "name":
        if (typeof value !== "string" || value.trim().length === 0 || value.length > spec.max) {
          return { ok: false, reason: { code: "invalid-name", params: { field, max: spec.max } } };
        }
        next[field] = value;
        break;
      case "text":
        if (value === undefined || value === "") {
          delete next[field];
        } else if (typeof value !== "string") {
          return { ok: false, reason: { code: "invalid-value", params: { field } } };
        } else if (value.length > spec.max) {
          return { ok: false, reason: { code: "too-long", params: { field, max: spec.max } } };
        } else {
          next[field] = value;
        }
        break;
      case "enum":
        if (value === undefined && !spec.required) {
          delete next[field];
        } else if (typeof value !== "string" || !spec.values.includes(value)) {
          return { ok: false, reason: { code: "invalid-value", params: { field } } };
        } else {
          next[field] = value;
        }
        break;
      case "boolean":
        if (value === undefined) delete next[field];
        else if (typeof value !== "boolean")
          return { ok: false, reason: { code: "invalid-value", params: { field } } };
        else next[field] = value;
        break;
    }
    if (next[field] !== before[field] || hasOwn(next, field) !== hasOwn(before, field)) changed = true;
  }
  return { ok: true, value: changed ? (next as T) : original, changed };
}
