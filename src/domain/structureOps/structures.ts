import { freeStructureId } from "../draftStructure";
import { createIdAllocator } from "../operations/ids";
import { isValidId } from "../operations/limits";
import { fail, type OperationResult } from "../operations/result";
import type { Alignment, Id, PlanDocument, Structure, StructureRole } from "../types";
import {
  applyFieldPatch,
  getStructure,
  isFailure,
  MAX_ALIGNMENTS,
  MAX_STRUCTURES,
  STRUCTURE_FIELD_SPECS,
  withoutUnitPositions,
  withStructure,
} from "./common";

// Organisation structures of a document: create, duplicate, rename / set role
// and basis, delete. A structure's units, alignments and unit layout go with it.

export interface NewStructureInit {
  /** The new structure's id; by default "structure", "structure-2"… the first that is free. */
  readonly id?: Id;
  readonly name: string;
  readonly role: StructureRole;
  readonly basis?: string;
}

export function createStructure(
  doc: PlanDocument,
  init: NewStructureInit,
): OperationResult<{ readonly id: Id }> {
  const id = chooseId(doc, init.id, "structure");
  if (typeof id !== "string") return id;
  if (doc.structures.size >= MAX_STRUCTURES)
    return fail("too-many-items", { what: "structure", max: MAX_STRUCTURES });
  const patched = applyFieldPatch<Structure>(
    { id, name: "-", role: "existing", units: new Map() },
    { name: init.name, role: init.role, ...(init.basis !== undefined ? { basis: init.basis } : {}) },
    STRUCTURE_FIELD_SPECS,
  );
  if (!patched.ok) return patched;
  return { ok: true, doc: withStructure(doc, patched.value), id };
}

export interface DuplicateStructureOptions {
  readonly id?: Id;
  readonly name: string;
  /** Role of the copy; a copy is usually a proposal drawn from what exists. Default "proposed". */
  readonly role?: StructureRole;
}

/**
 * Copy a structure: the same unit ids (so that comparing the two matches their
 * units), its alignments under fresh ids, and its unit layout. The basis is
 * not copied: the copy is not the regulation the original rests on.
 */
export function duplicateStructure(
  doc: PlanDocument,
  sourceId: Id,
  options: DuplicateStructureOptions,
): OperationResult<{ readonly id: Id }> {
  const source = getStructure(doc, sourceId);
  if (isFailure(source)) return source;
  const created = createStructure(doc, {
    ...(options.id !== undefined ? { id: options.id } : {}),
    name: options.name,
    role: options.role ?? "proposed",
  });
  if (!created.ok) return created;
  const id = created.id;
  const copy: Structure = { ...created.doc.structures.get(id)!, units: new Map(source.units) };

  const copied: Alignment[] = [];
  for (const alignment of doc.alignments.values())
    if (alignment.structureId === sourceId) copied.push(alignment);
  if (doc.alignments.size + copied.length > MAX_ALIGNMENTS)
    return fail("too-many-items", { what: "alignment", max: MAX_ALIGNMENTS });
  const nextId = createIdAllocator((candidate) => doc.alignments.has(candidate));
  const alignments = new Map(doc.alignments);
  for (const alignment of copied) {
    const alignmentId = nextId("al-");
    alignments.set(alignmentId, { ...alignment, id: alignmentId, structureId: id });
  }

  let layout = doc.layout;
  const positions = doc.layout.units.get(sourceId);
  if (positions) {
    const units = new Map(doc.layout.units);
    units.set(id, new Map(positions));
    layout = { ...layout, units };
  }
  return { ok: true, doc: { ...withStructure(doc, copy), alignments, layout }, id };
}

export interface StructurePatch {
  readonly name?: string;
  readonly role?: StructureRole;
  /** "" or undefined removes the basis. */
  readonly basis?: string;
}

export function updateStructure(doc: PlanDocument, structureId: Id, patch: StructurePatch): OperationResult {
  const structure = getStructure(doc, structureId);
  if (isFailure(structure)) return structure;
  const patched = applyFieldPatch(structure, patch, STRUCTURE_FIELD_SPECS);
  if (!patched.ok) return patched;
  if (!patched.changed) return { ok: true, doc };
  return { ok: true, doc: withStructure(doc, patched.value) };
}

/** Delete a structure with its alignments and its unit layout. */
export function deleteStructure(
  doc: PlanDocument,
  structureId: Id,
): OperationResult<{ readonly removedAlignments: number }> {
  const structure = getStructure(doc, structureId);
  if (isFailure(structure)) return structure;
  const structures = new Map(doc.structures);
  structures.delete(structureId);
  const alignments = new Map(doc.alignments);
  let removedAlignments = 0;
  for (const alignment of doc.alignments.values()) {
    if (alignment.structureId !== structureId) continue;
    alignments.delete(alignment.id);
    removedAlignments++;
  }
  return {
    ok: true,
    doc: {
      ...doc,
      structures,
      alignments: removedAlignments > 0 ? alignments : doc.alignments,
      layout: withoutUnitPositions(doc.layout, structureId),
    },
    removedAlignments,
  };
}

function chooseId(doc: PlanDocument, requested: Id | undefined, base: string): Id | ReturnType<typeof fail> {
  if (requested === undefined) return freeStructureId(doc, base);
  if (!isValidId(requested)) return fail("invalid-id", { id: String(requested) });
  if (doc.structures.has(requested)) return fail("duplicate-id", { id: requested });
  return requested;
}
