// docs/document.schema.json is generated from the zod schema (npm run schema).
// These tests keep it from drifting, check that it says what the spec's schema
// says (tests/fixtures/format/spec-document.schema.json is a copy of the spec's
// document.schema.json), and that zod and the compiled JSON Schema accept and
// refuse the same files.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  ALIGNMENT_ROLES,
  FREQUENCIES,
  NODE_KINDS,
  NODE_STATUSES,
  PERSPECTIVES,
  POLARITIES,
  PROGRAM_TYPES,
  RETENTION_REASONS,
  STRUCTURE_ROLES,
  UNIT_KINDS,
  UNIT_TIERS,
} from "../../../src/domain/types";
import { buildDocumentJsonSchema, documentJsonSchemaText } from "../../../src/format/json-schema";
import { compileJsonSchema, matchesDocumentSchema } from "../../../src/format/json-schema-check";
import { DocumentSchema } from "../../../src/format/schema";
import { fixtureData, fixtureText, type Loose } from "./helpers";

type Json = Record<string, Loose>;

const DOCS_SCHEMA = fileURLToPath(new URL("../../../docs/document.schema.json", import.meta.url));
const spec = JSON.parse(fixtureText("spec-document.schema.json")) as Json;
const generated = buildDocumentJsonSchema() as Json;

const ANNOTATIONS = new Set(["description", "title", "$schema", "$id", "$comment"]);

/** The schema's meaning only: no annotations, `required` sorted, keys sorted. */
function normalise(value: unknown, parentKey: string | null = null): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => normalise(item));
    return parentKey === "required" ? [...(items as string[])].sort() : items;
  }
  if (typeof value !== "object" || value === null) return value;
  const named = parentKey === "properties" || parentKey === "$defs";
  const out: Json = {};
  for (const key of Object.keys(value).sort()) {
    if (!named && ANNOTATIONS.has(key)) continue;
    out[key] = normalise((value as Json)[key], named ? null : key);
  }
  return out;
}

describe("docs/document.schema.json", () => {
  it("is exactly what scripts/write-schema.ts writes (run `npm run schema` after changing the schema)", () => {
    expect(readFileSync(DOCS_SCHEMA, "utf8")).toBe(documentJsonSchemaText());
  });

  it("is JSON Schema draft 2020-12 with an id, a title and a description", () => {
    expect(generated.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(generated.$id).toBe("strategy-map-document-v1");
    expect(typeof generated.title).toBe("string");
    expect(typeof generated.description).toBe("string");
  });

  it("says the same as the spec's document.schema.json, keyword for keyword", () => {
    expect(normalise(generated)).toEqual(normalise(spec));
  });

  it("has the spec's required fields", () => {
    expect(generated.required).toEqual(spec.required);
    expect(generated.required).toEqual([
      "format",
      "version",
      "meta",
      "nodes",
      "links",
      "structures",
      "alignments",
    ]);
    expect(generated.properties.meta.required).toEqual(["title", "period"]);
    for (const def of ["node", "indicator", "link", "structure", "unit", "alignment", "point"]) {
      expect([...generated.$defs[def].required].sort(), def).toEqual([...spec.$defs[def].required].sort());
    }
    expect(generated.$defs.node.required).toEqual(["id", "kind", "parentId", "name"]);
    expect(generated.$defs.unit.required).toEqual(["id", "parentId", "name", "tier"]);
  });

  it("has the spec's enums, and they are the domain's constants", () => {
    const enums: [string, readonly string[]][] = [
      ["node.kind", NODE_KINDS],
      ["node.perspective", PERSPECTIVES],
      ["node.programType", PROGRAM_TYPES],
      ["node.status", NODE_STATUSES],
      ["indicator.polarity", POLARITIES],
      ["indicator.frequency", FREQUENCIES],
      ["unit.tier", UNIT_TIERS],
      ["unit.kind", UNIT_KINDS],
      ["unit.retentionReason", RETENTION_REASONS],
      ["structure.role", STRUCTURE_ROLES],
      ["alignment.role", ALIGNMENT_ROLES],
    ];
    for (const [where, values] of enums) {
      const [def, field] = where.split(".") as [string, string];
      expect(generated.$defs[def].properties[field].enum, where).toEqual([...values]);
      expect(spec.$defs[def].properties[field].enum, where).toEqual([...values]);
    }
    expect(generated.properties.meta.properties.language.enum).toEqual(["id", "en"]);
    expect(generated.properties.format.const).toBe("strategy-map");
    expect(generated.properties.version.const).toBe(1);
    expect(generated.$defs.link.properties.type.const).toBe("contributes");
  });

  it("has the spec's maxItems", () => {
    const counts = (schema: Json) => [
      schema.properties.nodes.maxItems,
      schema.properties.links.maxItems,
      schema.properties.structures.maxItems,
      schema.properties.alignments.maxItems,
      schema.$defs.node.properties.indicators.maxItems,
      schema.$defs.structure.properties.units.maxItems,
    ];
    expect(counts(generated)).toEqual([100_000, 100_000, 100, 200_000, 200, 50_000]);
    expect(counts(generated)).toEqual(counts(spec));
  });

  it("describes ids, layout and targets as the spec does", () => {
    expect(generated.$defs.id).toEqual(spec.$defs.id);
    expect(normalise(generated.$defs.layout)).toEqual(normalise(spec.$defs.layout));
    expect(generated.$defs.indicator.properties.targets).toEqual(spec.$defs.indicator.properties.targets);
    expect(generated.properties.view.type).toBe("object");
  });
});

// ---------------------------------------------------------------------------
// zod, the generated JSON Schema and the spec's JSON Schema agree.

const specCheck = compileJsonSchema(spec);

/** A small deterministic random generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REPLACEMENTS: unknown[] = [
  undefined,
  null,
  "",
  "x",
  "g 1",
  "t".repeat(65),
  "t".repeat(301),
  "😀".repeat(1500),
  "😀".repeat(2001),
  "2024-01-01",
  "2024-01-01T00:00:00Z",
  "goal",
  "minister",
  "primary",
  "__proto__",
  0,
  -1,
  1.5,
  1944,
  2200,
  2201,
  1e20,
  1_000_001,
  true,
  [],
  [{}],
  {},
  { x: 1, y: 2 },
];

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)]!;
}

/** Changes one randomly chosen place of the document: replace, delete, or add a field. */
function mutate(doc: Json, next: () => number): void {
  let target: Loose = doc;
  for (let depth = 0; depth < 6; depth++) {
    const keys = Object.keys(target);
    if (keys.length === 0) break;
    const key = Array.isArray(target) ? Math.floor(next() * target.length) : pick(keys, next);
    const child = target[key];
    if (typeof child !== "object" || child === null || next() < 0.25) {
      const action = next();
      if (action < 0.7) target[key] = structuredClone(pick(REPLACEMENTS, next));
      else if (action < 0.85 && !Array.isArray(target)) delete target[key];
      else if (!Array.isArray(target)) {
        const name = pick(["__proto__", "extra", "2024", "constructor"], next);
        Object.defineProperty(target, name, {
          value: pick(REPLACEMENTS, next),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return;
    }
    target = child;
  }
}

describe("zod and the JSON Schema agree", () => {
  const bases = ["example.json", "valid/full.json", "valid/special-ids.json"];

  it("on the valid fixtures", () => {
    for (const name of bases) {
      const file = fixtureData(name);
      expect(DocumentSchema.safeParse(file).success, name).toBe(true);
      expect(matchesDocumentSchema(file), name).toBe(true);
      expect(specCheck(file), name).toBe(true);
    }
  });

  it("on texts measured in code points, as JSON Schema measures them", () => {
    const file = fixtureData("example.json") as Json;
    file.nodes[0].name = "😀".repeat(2000); // 4000 UTF-16 units, 2000 characters
    expect(DocumentSchema.safeParse(file).success).toBe(true);
    expect(matchesDocumentSchema(file)).toBe(true);
    file.nodes[0].name = "😀".repeat(2001);
    expect(DocumentSchema.safeParse(file).success).toBe(false);
    expect(matchesDocumentSchema(file)).toBe(false);
  });

  it("on 3,000 randomly broken documents", { timeout: 60_000 }, () => {
    const next = random(20250601);
    let refused = 0;
    for (let i = 0; i < 3000; i++) {
      const file = fixtureData(pick(bases, next)) as Json;
      const changes = 1 + Math.floor(next() * 3);
      for (let c = 0; c < changes; c++) mutate(file, next);
      const byZod = DocumentSchema.safeParse(file).success;
      const byGenerated = matchesDocumentSchema(file);
      const bySpec = specCheck(file);
      if (byZod !== byGenerated || byZod !== bySpec) {
        const issues = DocumentSchema.safeParse(file).error?.issues;
        throw new Error(
          `disagreement (zod ${byZod}, generated ${byGenerated}, spec ${bySpec}): ${JSON.stringify(issues)}`,
        );
      }
      if (!byZod) refused++;
    }
    // Most mutations break the document; some (e.g. a valid replacement) do not.
    expect(refused).toBeGreaterThan(1500);
    expect(refused).toBeLessThan(3000);
  });

  it("refuses keywords it does not know, so a schema change cannot be ignored", () => {
    expect(() => compileJsonSchema({ type: "object", minProperties: 1 })).toThrow(/minProperties/);
    expect(() => compileJsonSchema({ $ref: "#/definitions/x" })).toThrow(/\$ref/);
  });
});
