import { applyFieldPatch } from "../operations/fields";
import { fail, type OperationFailure } from "../operations/result";
import type { Id, Layout, PlanDocument, Point, Structure } from "../types";

// Shared pieces of the structure, unit and alignment operations: the format's
// limits for them, field specs for patching, and lookups that return a refusal.

export const MAX_STRUCTURES = 100;
export const MAX_UNITS_PER_STRUCTURE = 50_000;
export const MAX_ALIGNMENTS = 200_000;
export const MAX_STRUCTURE_NAME = 300;
export const MAX_UNIT_NAME = 300;
export const MAX_SHORT_NAME = 64;
export const MAX_HEADCOUNT = 1_000_000;
const MAX_TEXT = 2000;

export const STRUCTURE_FIELD_SPECS = {
  name: { type: "name", max: MAX_STRUCTURE_NAME },
  role: { type: "enum", values: ["existing", "proposed"], required: true },
  basis: { type: "text", max: MAX_TEXT },
} as const;

export const UNIT_FIELD_SPECS = {
  name: { type: "name", max: MAX_UNIT_NAME },
  shortName: { type: "text", max: MAX_SHORT_NAME },
  tier: {
    type: "enum",
    values: [
      "minister",
      "echelon_1",
      "echelon_2",
      "echelon_3",
      "echelon_4",
      "technical_unit",
      "functional_group",
      "expert_staff",
    ],
    required: true,
  },
  kind: { type: "enum", values: ["substantive", "support", "oversight", "staff"] },
  retentionReason: {
    type: "enum",
    values: ["authorisation", "territorial", "technical_unit_head", "procurement"],
  },
  notes: { type: "text", max: MAX_TEXT },
} as const;

export const ALIGNMENT_FIELD_SPECS = {
  role: { type: "enum", values: ["primary", "contributor", "data_provider"], required: true },
  notes: { type: "text", max: MAX_TEXT },
} as const;

export { applyFieldPatch };

export function getStructure(doc: PlanDocument, structureId: Id): Structure | OperationFailure {
  return doc.structures.get(structureId) ?? fail("not-found", { what: "structure", id: structureId });
}

export function isFailure(value: unknown): value is OperationFailure {
  return typeof value === "object" && value !== null && (value as { ok?: unknown }).ok === false;
}

/** A headcount is a whole number of people, 0..1,000,000; undefined clears it. */
export function checkHeadcount(value: unknown): OperationFailure | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > MAX_HEADCOUNT)
    return fail("invalid-value", { field: "headcount" });
  return undefined;
}

/** The document with one structure replaced (Map order, the file order, kept). */
export function withStructure(doc: PlanDocument, structure: Structure): PlanDocument {
  const structures = new Map(doc.structures);
  structures.set(structure.id, structure);
  return { ...doc, structures };
}

/** The layout without the positions of the given units of one structure (or of the whole structure). */
export function withoutUnitPositions(layout: Layout, structureId: Id, unitIds?: ReadonlySet<Id>): Layout {
  const positions = layout.units.get(structureId);
  if (!positions) return layout;
  const units = new Map(layout.units);
  if (unitIds === undefined) {
    units.delete(structureId);
    return { ...layout, units };
  }
  let changed = false;
  const kept = new Map<Id, Point>();
  for (const [id, point] of positions) {
    if (unitIds.has(id)) changed = true;
    else kept.set(id, point);
  }
  if (!changed) return layout;
  if (kept.size === 0) units.delete(structureId);
  else units.set(structureId, kept);
  return { ...layout, units };
}

/** Every unit id used by any structure: a new unit takes none of them, so that comparing never matches it by accident. */
export function allUnitIds(doc: PlanDocument): Set<Id> {
  const ids = new Set<Id>();
  for (const structure of doc.structures.values()) for (const id of structure.units.keys()) ids.add(id);
  return ids;
}
