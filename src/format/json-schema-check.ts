// A fast yes/no check of a value against the JSON Schema of the format (the one
// in docs/document.schema.json, built from the zod schema at first use).
//
// Why: zod explains well what is wrong with a file, but walking 100,000 nodes
// through zod's per-field checks costs several times a JSON.parse. Most files
// are valid, so validate.ts asks this compiled check first and runs zod only to
// explain a file this check refuses. Acceptance is therefore decided by the
// published JSON Schema itself; a unit test keeps zod and this check agreeing.
//
// Only the keywords the format's schema uses are supported; any other keyword
// makes `compileJsonSchema` throw, so a schema change cannot be silently ignored.

import { buildDocumentJsonSchema } from "./json-schema.ts";
import { codePointLength, DateTimeSchema, isJsonObject } from "./schema.ts";

type Json = Record<string, unknown>;
export type Check = (value: unknown) => boolean;

const ANNOTATIONS = new Set(["$schema", "$id", "title", "description", "$defs"]);

const FORMATS: Record<string, Check> = {
  "date-time": (value) => typeof value !== "string" || DateTimeSchema.safeParse(value).success,
};

const TYPES: Record<string, Check> = {
  object: isJsonObject,
  array: Array.isArray,
  string: (value) => typeof value === "string",
  number: (value) => typeof value === "number" && Number.isFinite(value),
  integer: (value) => typeof value === "number" && Number.isInteger(value),
  boolean: (value) => typeof value === "boolean",
  null: (value) => value === null,
};

function all(checks: readonly Check[]): Check {
  if (checks.length === 0) return () => true;
  if (checks.length === 1) return checks[0]!;
  return (value) => {
    for (const check of checks) if (!check(value)) return false;
    return true;
  };
}

function asObject(value: unknown, keyword: string): Json {
  if (!isJsonObject(value)) throw new Error(`JSON Schema: "${keyword}" must be an object`);
  return value;
}

/** Compiles a JSON Schema (the subset the format uses) into a check. */
export function compileJsonSchema(root: Json): Check {
  const defs = isJsonObject(root.$defs) ? root.$defs : {};
  const byName = new Map<string, Check>();

  function reference(ref: unknown): Check {
    const match = typeof ref === "string" ? /^#\/\$defs\/(.+)$/.exec(ref) : null;
    if (!match) throw new Error(`JSON Schema: unsupported $ref ${String(ref)}`);
    const name = match[1]!;
    let check = byName.get(name);
    if (check === undefined) {
      let target: Check | undefined;
      check = (value) => target!(value);
      byName.set(name, check);
      target = compile(asObject(defs[name], `$defs/${name}`));
    }
    return check;
  }

  function compile(schema: Json): Check {
    const checks: Check[] = [];
    for (const keyword of Object.keys(schema)) {
      const arg = schema[keyword];
      switch (keyword) {
        case "$ref":
          checks.push(reference(arg));
          break;
        case "type": {
          const check = TYPES[String(arg)];
          if (check === undefined) throw new Error(`JSON Schema: unsupported type ${String(arg)}`);
          checks.push(check);
          break;
        }
        case "const":
          checks.push((value) => value === arg);
          break;
        case "enum": {
          const options = new Set(arg as unknown[]);
          checks.push((value) => options.has(value));
          break;
        }
        case "format": {
          const check = FORMATS[String(arg)];
          if (check === undefined) throw new Error(`JSON Schema: unsupported format ${String(arg)}`);
          checks.push(check);
          break;
        }
        case "minLength": {
          const min = Number(arg);
          checks.push(
            (value) => typeof value !== "string" || value.length >= min * 2 || codePointLength(value) >= min,
          );
          break;
        }
        case "maxLength": {
          const max = Number(arg);
          checks.push(
            (value) => typeof value !== "string" || value.length <= max || codePointLength(value) <= max,
          );
          break;
        }
        case "pattern": {
          const pattern = new RegExp(String(arg), "u");
          checks.push((value) => typeof value !== "string" || pattern.test(value));
          break;
        }
        case "minimum": {
          const min = Number(arg);
          checks.push((value) => typeof value !== "number" || value >= min);
          break;
        }
        case "maximum": {
          const max = Number(arg);
          checks.push((value) => typeof value !== "number" || value <= max);
          break;
        }
        case "maxItems": {
          const max = Number(arg);
          checks.push((value) => !Array.isArray(value) || value.length <= max);
          break;
        }
        case "items": {
          const item = compile(asObject(arg, keyword));
          checks.push((value) => {
            if (!Array.isArray(value)) return true;
            for (const element of value) if (!item(element)) return false;
            return true;
          });
          break;
        }
        case "oneOf":
        case "anyOf": {
          const options = (arg as unknown[]).map((option) => compile(asObject(option, keyword)));
          const exactlyOne = keyword === "oneOf";
          checks.push((value) => {
            let matches = 0;
            for (const option of options) {
              if (option(value)) {
                matches++;
                if (!exactlyOne) return true;
              }
            }
            return matches === 1;
          });
          break;
        }
        case "required":
        case "properties":
        case "additionalProperties":
        case "propertyNames":
          break; // compiled together below
        default:
          if (!ANNOTATIONS.has(keyword)) throw new Error(`JSON Schema: unsupported keyword ${keyword}`);
      }
    }
    if (
      "required" in schema ||
      "properties" in schema ||
      "additionalProperties" in schema ||
      "propertyNames" in schema
    ) {
      checks.push(compileProperties(schema));
    }
    return all(checks);
  }

  /** required + properties + additionalProperties + propertyNames, in one pass over Object.keys. */
  function compileProperties(schema: Json): Check {
    const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
    const properties = new Map<string, Check>();
    if (schema.properties !== undefined) {
      const given = asObject(schema.properties, "properties");
      for (const name of Object.keys(given)) properties.set(name, compile(asObject(given[name], name)));
    }
    const additional = schema.additionalProperties;
    const extra: Check | null =
      additional === undefined || additional === true
        ? () => true
        : additional === false
          ? null
          : compile(asObject(additional, "additionalProperties"));
    const names =
      schema.propertyNames === undefined ? null : compile(asObject(schema.propertyNames, "propertyNames"));
    return (value) => {
      if (!isJsonObject(value)) return true;
      let requiredSeen = 0;
      for (const key of Object.keys(value)) {
        if (names !== null && !names(key)) return false;
        const check = properties.get(key) ?? extra;
        if (check === null) return false;
        // A known key set to undefined (possible in a value built in code, never
        // in JSON) counts as absent, as zod's optional() sees it.
        const item = value[key];
        if (item === undefined) continue;
        if (!check(item)) return false;
        if (required.has(key)) requiredSeen++;
      }
      return requiredSeen === required.size;
    };
  }

  return compile(root);
}

let documentCheck: Check | undefined;

/** True when `value` is valid against the format's JSON Schema (rules beyond it are not checked). */
export function matchesDocumentSchema(value: unknown): boolean {
  documentCheck ??= compileJsonSchema(buildDocumentJsonSchema());
  return documentCheck(value);
}
