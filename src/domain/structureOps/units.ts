import { createIdAllocator } from "../operations/ids";
import { isValidId } from "../operations/limits";
import { fail, type OperationResult } from "../operations/result";
import type { Id, PlanDocument, RetentionReason, Structure, Unit, UnitKind, UnitTier } from "../types";
import {
  allUnitIds,
  applyFieldPatch,
  checkHeadcount,
  getStructure,
  isFailure,
  MAX_UNITS_PER_STRUCTURE,
  UNIT_FIELD_SPECS,
  withoutUnitPositions,
  withStructure,
} from "./common";

// Units of one structure: add, edit, move (re-parent), delete.
//
// Deleting a unit removes that one box: its sub-units move up to its parent
// (keeping their own sub-units), as when a planner dissolves a Direktorat and
// its groups report to the Ditjen. Its alignments in the structure go with it.
// `deleteUnitSubtree` removes a whole branch instead. Both are one undo step.

export interface UnitFields {
  readonly name: string;
  readonly tier: UnitTier;
  readonly shortName?: string;
  readonly kind?: UnitKind;
  readonly retentionReason?: RetentionReason;
  readonly headcount?: number;
  readonly notes?: string;
}

export interface UnitInit extends UnitFields {
  /** By default `unit-${n}` with the smallest n used by no structure of the document. */
  readonly id?: Id;
  readonly parentId: Id | null;
}

export function addUnit(
  doc: PlanDocument,
  structureId: Id,
  init: UnitInit,
): OperationResult<{ readonly id: Id }> {
  const structure = getStructure(doc, structureId);
  if (isFailure(structure)) return structure;
  if (init.parentId !== null && !structure.units.has(init.parentId))
    return fail("not-found", { what: "parent", id: init.parentId });
  if (structure.units.size >= MAX_UNITS_PER_STRUCTURE)
    return fail("too-many-items", { what: "unit", max: MAX_UNITS_PER_STRUCTURE });
  let id: Id;
  if (init.id !== undefined) {
    if (!isValidId(init.id)) return fail("invalid-id", { id: String(init.id) });
    if (structure.units.has(init.id)) return fail("duplicate-id", { id: init.id });
    id = init.id;
  } else {
    const taken = allUnitIds(doc);
    id = createIdAllocator((candidate) => taken.has(candidate))("unit-");
  }
  const bad = checkHeadcount(init.headcount);
  if (bad) return bad;
  const { id: _id, parentId, headcount, ...fields } = init;
  const patched = applyFieldPatch<Unit>(
    { id, parentId, name: "-", tier: init.tier },
    fields,
    UNIT_FIELD_SPECS,
  );
  if (!patched.ok) return patched;
  const unit: Unit = headcount === undefined ? patched.value : { ...patched.value, headcount };
  const units = new Map(structure.units);
  units.set(id, unit);
  return { ok: true, doc: withStructure(doc, { ...structure, units }), id };
}

export type UnitPatch = Partial<UnitFields>;

/** Edit a unit's fields (not its parent: see moveUnit). "" or undefined clears an optional field. */
export function updateUnit(
  doc: PlanDocument,
  structureId: Id,
  unitId: Id,
  patch: UnitPatch,
): OperationResult {
  const structure = getStructure(doc, structureId);
  if (isFailure(structure)) return structure;
  const unit = structure.units.get(unitId);
  if (!unit) return fail("not-found", { what: "unit", id: unitId });
  const patched = applyFieldPatch(unit, patch, UNIT_FIELD_SPECS);
  if (!patched.ok) return patched;
  let next = patched.value;
  if (Object.hasOwn(patch, "headcount")) {
    const bad = checkHeadcount(patch.headcount);
    if (bad) return bad;
    if (patch.headcount !== unit.headcount) {
      const { headcount: _old, ...rest } = next;
      next = patch.headcount === undefined ? rest : { ...rest, headcount: patch.headcount };
    }
  }
  if (next === unit || sameUnit(next, unit)) return { ok: true, doc };
  return { ok: true, doc: replaceUnits(doc, structure, [next]) };
}

/** Whether `ancestorId` is `unitId` or above it in the structure. Stops on a cycle. */
export function isUnitAncestor(units: ReadonlyMap<Id, Unit>, ancestorId: Id, unitId: Id): boolean {
  const seen = new Set<Id>();
  let current: Id | null = unitId;
  while (current !== null && !seen.has(current)) {
    if (current === ancestorId) return true;
    seen.add(current);
    current = units.get(current)?.parentId ?? null;
  }
  return false;
}

/** Whether moveUnit would accept the move (for drag feedback). */
export function canMoveUnit(structure: Structure, unitId: Id, parentId: Id | null): boolean {
  if (!structure.units.has(unitId)) return false;
  if (parentId === null) return true;
  return structure.units.has(parentId) && !isUnitAncestor(structure.units, unitId, parentId);
}

/**
 * Hang a unit under another (or at the top with `null`). Refused with "cycle"
 * when the new parent is the unit itself or one of its sub-units. The unit goes
 * last among its new siblings.
 */
export function moveUnit(
  doc: PlanDocument,
  structureId: Id,
  unitId: Id,
  parentId: Id | null,
): OperationResult {
  const structure = getStructure(doc, structureId);
  if (isFailure(structure)) return structure;
  const unit = structure.units.get(unitId);
  if (!unit) return fail("not-found", { what: "unit", id: unitId });
  if (parentId !== null && !structure.units.has(parentId))
    return fail("not-found", { what: "parent", id: parentId });
  if (parentId !== null && isUnitAncestor(structure.units, unitId, parentId))
    return fail("cycle", { from: unitId, to: parentId });
  if (unit.parentId === parentId) return { ok: true, doc };
  let maxOrder = -1;
  for (const other of structure.units.values())
    if (other.parentId === parentId && other.order !== undefined) maxOrder = Math.max(maxOrder, other.order);
  const { order: _order, ...rest } = unit;
  // With ordered siblings, come after them; otherwise file order decides, and a moved unit needs no order.
  const moved: Unit = maxOrder >= 0 ? { ...rest, parentId, order: maxOrder + 1 } : { ...rest, parentId };
  return { ok: true, doc: replaceUnits(doc, structure, [moved]) };
}

/** Delete one unit; its sub-units move up to its parent. Its alignments and position go too. */
export function deleteUnit(
  doc: PlanDocument,
  structureId: Id,
  unitId: Id,
): OperationResult<{ readonly movedUp: number; readonly removedAlignments: number }> {
  const structure = getStructure(doc, structureId);
  if (isFailure(structure)) return structure;
  const unit = structure.units.get(unitId);
  if (!unit) return fail("not-found", { what: "unit", id: unitId });
  const units = new Map<Id, Unit>();
  let movedUp = 0;
  for (const [id, other] of structure.units) {
    if (id === unitId) continue;
    if (other.parentId === unitId) {
      movedUp++;
      units.set(id, { ...other, parentId: unit.parentId });
    } else units.set(id, other);
  }
  const removed = new Set([unitId]);
  const { alignments, count } = withoutAlignmentsOf(doc, structureId, removed);
  return {
    ok: true,
    doc: {
      ...withStructure(doc, { ...structure, units }),
      alignments,
      layout: withoutUnitPositions(doc.layout, structureId, removed),
    },
    movedUp,
    removedAlignments: count,
  };
}

/** Delete a unit and every unit below it, with their alignments and positions. */
export function deleteUnitSubtree(
  doc: PlanDocument,
  structureId: Id,
  unitId: Id,
): OperationResult<{ readonly removedUnits: number; readonly removedAlignments: number }> {
  const structure = getStructure(doc, structureId);
  if (isFailure(structure)) return structure;
  if (!structure.units.has(unitId)) return fail("not-found", { what: "unit", id: unitId });
  const removed = new Set<Id>();
  for (const id of structure.units.keys()) if (isUnitAncestor(structure.units, unitId, id)) removed.add(id);
  const units = new Map<Id, Unit>();
  for (const [id, unit] of structure.units) if (!removed.has(id)) units.set(id, unit);
  const { alignments, count } = withoutAlignmentsOf(doc, structureId, removed);
  return {
    ok: true,
    doc: {
      ...withStructure(doc, { ...structure, units }),
      alignments,
      layout: withoutUnitPositions(doc.layout, structureId, removed),
    },
    removedUnits: removed.size,
    removedAlignments: count,
  };
}

function replaceUnits(doc: PlanDocument, structure: Structure, changed: readonly Unit[]): PlanDocument {
  const units = new Map(structure.units);
  for (const unit of changed) units.set(unit.id, unit);
  return withStructure(doc, { ...structure, units });
}

function withoutAlignmentsOf(
  doc: PlanDocument,
  structureId: Id,
  unitIds: ReadonlySet<Id>,
): { alignments: PlanDocument["alignments"]; count: number } {
  let count = 0;
  const alignments = new Map(doc.alignments);
  for (const alignment of doc.alignments.values()) {
    if (alignment.structureId === structureId && unitIds.has(alignment.unitId)) {
      alignments.delete(alignment.id);
      count++;
    }
  }
  return { alignments: count > 0 ? alignments : doc.alignments, count };
}

function sameUnit(a: Unit, b: Unit): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys)
    if ((a as unknown as Record<string, unknown>)[key] !== (b as unknown as Record<string, unknown>)[key])
      return false;
  return true;
}
