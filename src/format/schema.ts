// The zod schema of the document file format, version 1. It states exactly what
// docs/document.schema.json states (that file is generated from this one by
// scripts/write-schema.ts); the rules a schema cannot state are in integrity.ts.
//
// Objects keyed by ids (`layout`) and by years (`targets`) are NOT built with
// z.record: z.record writes into a plain `{}` and silently skips a `__proto__`
// key (zod's guard against prototype pollution), so a layout entry for a node
// whose id is `__proto__` would vanish and a `__proto__` target year would pass
// unnoticed. `keyedObject` below validates every own key with Object.keys and
// hands back the input object untouched; load.ts copies it into Maps.

import * as z from "zod";
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
} from "../domain/types.ts";

// No compiled validators: zod's JIT probes `new Function`, which the app's
// Content-Security-Policy forbids (and reports as a violation even though zod
// catches the error). zod only explains rejected files, so speed is no matter.
z.config({ jitless: true });

export const FORMAT_MARKER = "strategy-map";

/** Limits of format version 1 (the schema's maxItems) and the file size limit. */
export const LIMITS = {
  /** 50 MB, counted as 50 × 1024 × 1024 bytes of UTF-8. */
  fileBytes: 50 * 1024 * 1024,
  nodes: 100_000,
  indicatorsPerNode: 200,
  links: 100_000,
  structures: 100,
  unitsPerStructure: 50_000,
  alignments: 200_000,
} as const;

export const ID_PATTERN = /^[A-Za-z0-9_.:-]+$/;
export const YEAR_KEY_PATTERN = /^[12][0-9]{3}$/;
export const MAX_PERIOD_YEARS = 25;

/** Marks a failed id check, so the issue mapper can say "not a valid id" once. */
export const ID_ERROR = "selaras:bad_id";

/** The registry that names the `$defs` of the generated JSON Schema. */
export const formatRegistry = z.registry<{ id?: string; description?: string }>();

/**
 * Facts for the JSON Schema generator about schemas zod cannot describe itself
 * (custom-checked integers, id-keyed objects, the free-form view). json-schema.ts
 * applies them in its `override` hook.
 */
export const jsonSchemaHints = new Map<z.ZodType, Record<string, unknown>>();

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * A whole number in [minimum, maximum]. JSON Schema's "integer" is any number
 * with no fraction, so this does not use z.int() (which stops at 2^53).
 */
function integer(minimum: number, maximum?: number, description?: string): z.ZodNumber {
  const schema = z.number().check((ctx) => {
    const value = ctx.value;
    if (!Number.isInteger(value)) {
      ctx.issues.push({
        code: "custom",
        input: value,
        params: { selaras: "wrong_type", expected: "integer", received: "number" },
      });
    } else if (value < minimum || (maximum !== undefined && value > maximum)) {
      const params: Record<string, string | number> = { selaras: "out_of_range", minimum, received: value };
      if (maximum !== undefined) params.maximum = maximum;
      ctx.issues.push({ code: "custom", input: value, params });
    }
  });
  const hint: Record<string, unknown> = { type: "integer", minimum };
  if (maximum !== undefined) hint.maximum = maximum;
  if (description !== undefined) hint.description = description;
  jsonSchemaHints.set(schema, hint);
  return schema;
}

// The custom-type failure of keyedObject / view: say "must be an object".
const NOT_OBJECT_PARAMS = { selaras: "wrong_type", expected: "object" };

/** The length of a text as JSON Schema counts it: in Unicode code points, not UTF-16 units. */
export function codePointLength(value: string): number {
  let length = value.length;
  for (let i = 0; i < value.length - 1; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length--;
        i++;
      }
    }
  }
  return length;
}

/**
 * A text of `minimum` to `maximum` characters, counted as JSON Schema counts
 * them (code points: an emoji is one character, not two as in `.length`).
 */
function text(maximum: number, minimum = 0): z.ZodString {
  const schema = z.string().check((ctx) => {
    const value = ctx.value;
    // Code points ≤ UTF-16 units ≤ 2 × code points: count only when it matters.
    if (value.length < minimum || (value.length < 2 * minimum && codePointLength(value) < minimum)) {
      ctx.issues.push({ code: "custom", input: value, params: { selaras: "too_short", minimum } });
    } else if (value.length > maximum && codePointLength(value) > maximum) {
      ctx.issues.push({ code: "custom", input: value, params: { selaras: "too_long", maximum } });
    }
  });
  const hint: Record<string, unknown> = { type: "string" };
  if (minimum > 0) hint.minLength = minimum;
  hint.maxLength = maximum;
  jsonSchemaHints.set(schema, hint);
  return schema;
}

type KeyedObject<T> = Readonly<Record<string, T>>;

/**
 * An object whose keys are data (ids, years). Every own key is checked with
 * Object.keys (so `__proto__`, `constructor` are ordinary keys) and every value
 * with `value`; the result is the input object itself, never a copy made by
 * assignment. A layout may hold 100,000 points and targets are many, so a value
 * is first checked by `isValid` (plain code that accepts exactly what `value`
 * accepts), and handed to zod only when it fails, to describe the problem.
 */
function keyedObject<T>(
  value: z.ZodType<T>,
  isValid: (value: unknown) => boolean,
  jsonSchema: Record<string, unknown>,
  keyCheck?: { pattern: RegExp; code: string },
): z.ZodType<KeyedObject<T>> {
  const schema = z
    .custom<KeyedObject<T>>((input) => isJsonObject(input), { params: NOT_OBJECT_PARAMS })
    .check((ctx) => {
      const input = ctx.value as Record<string, unknown>;
      if (!isJsonObject(input)) return;
      for (const key of Object.keys(input)) {
        if (keyCheck && !keyCheck.pattern.test(key)) {
          ctx.issues.push({ code: "custom", input: key, path: [key], params: { selaras: keyCheck.code } });
          continue;
        }
        // A key set to undefined (only in a value built in code) counts as absent.
        // `isValid` is a fast check that agrees with `value`; zod runs only to tell what is wrong.
        if (input[key] === undefined || isValid(input[key])) continue;
        const result = value.safeParse(input[key], { reportInput: true });
        if (!result.success) {
          for (const inner of result.error.issues) {
            ctx.issues.push({ ...inner, path: [key, ...inner.path] } as z.core.$ZodRawIssue);
          }
        }
      }
    });
  jsonSchemaHints.set(schema, { type: "object", ...jsonSchema });
  return schema;
}

export const IdSchema = z
  .string()
  .min(1, { error: ID_ERROR })
  .max(64, { error: ID_ERROR })
  .regex(ID_PATTERN, { error: ID_ERROR })
  .register(formatRegistry, { id: "id" });

export const TextSchema = text(2000).register(formatRegistry, { id: "text" });

export const ValueSchema = z.xor([z.number(), text(100, 1)]).register(formatRegistry, {
  id: "value",
  description: "A number, or a short text for a qualitative target such as WTP.",
});

/** Agrees with ValueSchema: a finite number, or a text of 1 to 100 characters. */
function isValue(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  return (
    typeof value === "string" && value.length >= 1 && (value.length <= 100 || codePointLength(value) <= 100)
  );
}

const YearSchema = integer(1945, 2200);

export const DateTimeSchema = z.iso.datetime({ offset: true });

export const PointSchema = z.strictObject({ x: z.number(), y: z.number() });

const ParentIdSchema = z.xor([IdSchema, z.null()]);

export const IndicatorSchema = z
  .strictObject({
    id: IdSchema,
    code: text(64).optional(),
    name: text(2000, 1),
    unit: text(100).optional(),
    polarity: z.enum(POLARITIES).optional(),
    key: z
      .boolean()
      .register(formatRegistry, { description: "A key performance indicator (IKU)." })
      .optional(),
    baseline: z.strictObject({ year: YearSchema, value: ValueSchema }).optional(),
    targets: keyedObject(
      ValueSchema,
      isValue,
      {
        propertyNames: { pattern: YEAR_KEY_PATTERN.source },
        additionalProperties: { $ref: "#/$defs/value" },
      },
      { pattern: YEAR_KEY_PATTERN, code: "bad_year" },
    ).optional(),
    definition: TextSchema.optional(),
    formula: TextSchema.optional(),
    dataSource: text(300).optional(),
    frequency: z.enum(FREQUENCIES).optional(),
  })
  .register(formatRegistry, { id: "indicator" });

export const NodeSchema = z
  .strictObject({
    id: IdSchema,
    kind: z.enum(NODE_KINDS),
    parentId: ParentIdSchema,
    order: integer(
      0,
      undefined,
      "Position among its siblings; readers sort siblings by it, then by file order.",
    ).optional(),
    code: text(64).optional(),
    name: text(2000, 1),
    statement: TextSchema.optional(),
    perspective: z.enum(PERSPECTIVES).optional(),
    programType: z.enum(PROGRAM_TYPES).optional(),
    status: z.enum(NODE_STATUSES).optional(),
    source: TextSchema.optional(),
    notes: TextSchema.optional(),
    indicators: z.array(IndicatorSchema).max(LIMITS.indicatorsPerNode).optional(),
  })
  .register(formatRegistry, { id: "node" });

export const LinkSchema = z
  .strictObject({
    id: IdSchema,
    from: IdSchema,
    to: IdSchema,
    type: z.literal("contributes"),
    notes: TextSchema.optional(),
  })
  .register(formatRegistry, { id: "link" });

export const UnitSchema = z
  .strictObject({
    id: IdSchema,
    parentId: ParentIdSchema,
    order: integer(0).optional(),
    name: text(300, 1),
    shortName: text(64).optional(),
    tier: z.enum(UNIT_TIERS),
    kind: z.enum(UNIT_KINDS).optional(),
    retentionReason: z.enum(RETENTION_REASONS).optional(),
    headcount: integer(0, 1_000_000).optional(),
    notes: TextSchema.optional(),
  })
  .register(formatRegistry, { id: "unit" });

export const StructureSchema = z
  .strictObject({
    id: IdSchema,
    name: text(300, 1),
    role: z.enum(STRUCTURE_ROLES),
    basis: TextSchema.optional(),
    units: z.array(UnitSchema).max(LIMITS.unitsPerStructure),
  })
  .register(formatRegistry, { id: "structure" });

export const AlignmentSchema = z
  .strictObject({
    id: IdSchema,
    structureId: IdSchema,
    unitId: IdSchema,
    nodeId: IdSchema,
    indicatorId: IdSchema.optional(),
    role: z.enum(ALIGNMENT_ROLES),
    notes: TextSchema.optional(),
  })
  .register(formatRegistry, { id: "alignment" });

function isPoint(value: unknown): boolean {
  if (!isJsonObject(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    Object.hasOwn(value, "x") &&
    Object.hasOwn(value, "y") &&
    Number.isFinite(value.x) &&
    Number.isFinite(value.y)
  );
}

const PointMapSchema = keyedObject(PointSchema, isPoint, { additionalProperties: { $ref: "#/$defs/point" } });

export const LayoutSchema = z
  .strictObject({
    nodes: PointMapSchema.optional(),
    units: keyedObject(PointMapSchema, (value) => PointMapSchema.safeParse(value).success, {
      description: "Per structure id, per unit id.",
      additionalProperties: { type: "object", additionalProperties: { $ref: "#/$defs/point" } },
    }).optional(),
  })
  .register(formatRegistry, {
    id: "layout",
    description:
      "Positions the user placed by hand. A node or unit with no position is placed by automatic layout.",
  });

export const ViewSchema = z.custom<Record<string, unknown>>((input) => isJsonObject(input), {
  params: NOT_OBJECT_PARAMS,
});
jsonSchemaHints.set(ViewSchema, {
  type: "object",
  description:
    "Free-form view state of the writing application (collapsed nodes, zoom, colours). Readers keep what they understand and may drop the rest.",
});

export const MetaSchema = z.strictObject({
  title: text(300, 1),
  organization: text(300).optional(),
  period: z.strictObject({ start: YearSchema, end: YearSchema }),
  language: z.enum(["id", "en"]).optional(),
  notes: text(20000).optional(),
  createdAt: DateTimeSchema.optional(),
  updatedAt: DateTimeSchema.optional(),
});

export const DocumentSchema = z.strictObject({
  format: z.literal(FORMAT_MARKER),
  version: z.literal(1),
  meta: MetaSchema,
  nodes: z.array(NodeSchema).max(LIMITS.nodes),
  links: z.array(LinkSchema).max(LIMITS.links),
  structures: z.array(StructureSchema).max(LIMITS.structures),
  alignments: z.array(AlignmentSchema).max(LIMITS.alignments),
  layout: LayoutSchema.optional(),
  view: ViewSchema.optional(),
});

/** A file that passed the schema (not yet the integrity rules). */
export type FileDocument = z.output<typeof DocumentSchema>;
export type FileNode = z.output<typeof NodeSchema>;
export type FileIndicator = z.output<typeof IndicatorSchema>;
export type FileUnit = z.output<typeof UnitSchema>;
export type FileLayout = z.output<typeof LayoutSchema>;
