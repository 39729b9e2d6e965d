// Builds docs/document.schema.json from the zod schema (JSON Schema draft 2020-12).
// scripts/write-schema.ts writes it; a unit test checks the committed file equals
// this output, and that it says what the spec's schema says.
//
// z.toJSONSchema cannot describe a few things by itself, so they are patched:
// - id-keyed objects (layout) and year-keyed targets are custom zod types (see
//   schema.ts for why): their JSON Schema comes from `jsonSchemaHints`;
// - whole numbers use a custom check (JSON Schema "integer" has no 2^53 limit);
// - `point` is only used inside the custom layout type, so it is added to $defs;
// - zod adds a regular expression beside `format: "date-time"`, and a `type`
//   beside `const`/`enum`: both are dropped, the spec's schema has neither.

import * as z from "zod";
import { DocumentSchema, FORMAT_MARKER, formatRegistry, jsonSchemaHints, PointSchema } from "./schema.ts";

type Json = Record<string, unknown>;

const ROOT_DESCRIPTION =
  "One performance tree, the organisation structures aligned to it, the alignments, and the drawn layout. Rules that JSON Schema cannot state (unique ids, references, no cycles) are in docs/format.md.";

const KEY_ORDER = [
  "$schema",
  "$id",
  "$ref",
  "title",
  "description",
  "type",
  "const",
  "enum",
  "format",
  "minLength",
  "maxLength",
  "pattern",
  "minimum",
  "maximum",
  "maxItems",
  "items",
  "oneOf",
  "anyOf",
  "required",
  "additionalProperties",
  "propertyNames",
  "properties",
  "$defs",
];

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Drops zod's extras and orders keys the way a person reads a schema. */
function tidy(value: unknown, parentKey: string | null): unknown {
  if (Array.isArray(value)) return value.map((item) => tidy(item, null));
  if (!isObject(value)) return value;
  const out: Json = {};
  const isNamedMap = parentKey === "properties" || parentKey === "$defs";
  const keys = Object.keys(value);
  if (!isNamedMap) {
    keys.sort((a, b) => rank(a) - rank(b));
  }
  for (const key of keys) {
    if (!isNamedMap) {
      if (key === "type" && ("const" in value || "enum" in value)) continue;
      if (key === "pattern" && value.format === "date-time") continue;
    }
    Object.defineProperty(out, key, {
      value: tidy(value[key], isNamedMap ? null : key),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

function rank(key: string): number {
  const index = KEY_ORDER.indexOf(key);
  return index === -1 ? KEY_ORDER.length : index;
}

/** The JSON Schema of format version 1, as a JSON value. */
export function buildDocumentJsonSchema(): Json {
  const generated = z.toJSONSchema(DocumentSchema, {
    target: "draft-2020-12",
    metadata: formatRegistry,
    unrepresentable: "any",
    override: (ctx) => {
      const hint = jsonSchemaHints.get(ctx.zodSchema as unknown as z.ZodType);
      if (hint !== undefined) {
        const json = ctx.jsonSchema as Json;
        for (const key of Object.keys(json)) {
          if (key !== "description") delete json[key];
        }
        Object.assign(json, structuredClone(hint));
      }
    },
  }) as Json;

  const point = z.toJSONSchema(PointSchema, { target: "draft-2020-12" }) as Json;
  delete point.$schema;
  const defs = isObject(generated.$defs) ? generated.$defs : {};
  defs.point = point;
  generated.$defs = defs;

  const root: Json = {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `${FORMAT_MARKER}-document-v1`,
    title: "Strategy map document, format version 1",
    description: ROOT_DESCRIPTION,
    ...generated,
  };
  return tidy(root, null) as Json;
}

/** The text of docs/document.schema.json: two-space indented, ending with a newline. */
export function documentJsonSchemaText(): string {
  return `${JSON.stringify(buildDocumentJsonSchema(), null, 2)}\n`;
}
