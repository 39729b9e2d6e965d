import { createIdAllocator } from "../operations/ids";
import { isValidId } from "../operations/limits";
import { fail, type OperationResult } from "../operations/result";
import type { Alignment, AlignmentRole, Id, PlanDocument } from "../types";
import { ALIGNMENT_FIELD_SPECS, applyFieldPatch, getStructure, isFailure, MAX_ALIGNMENTS } from "./common";

// Alignments: in one structure, a unit is responsible for a node (or one
// indicator of it) with a role. Format rule 6: no two alignments share
// structure, unit, node, indicator and role.

export interface AlignmentInit {
  readonly structureId: Id;
  readonly unitId: Id;
  readonly nodeId: Id;
  readonly indicatorId?: Id;
  /** Default "primary": dragging a unit onto a node makes it the owner. */
  readonly role?: AlignmentRole;
  readonly notes?: string;
  /** By default `al-${n}` with the smallest free n. */
  readonly id?: Id;
}

type AlignmentKey = Pick<Alignment, "structureId" | "unitId" | "nodeId" | "indicatorId" | "role">;

/** The alignment with the same structure, unit, node, indicator and role, if any. */
export function findAlignment(doc: PlanDocument, key: AlignmentKey, exceptId?: Id): Alignment | undefined {
  for (const alignment of doc.alignments.values()) {
    if (
      alignment.id !== exceptId &&
      alignment.structureId === key.structureId &&
      alignment.unitId === key.unitId &&
      alignment.nodeId === key.nodeId &&
      alignment.indicatorId === key.indicatorId &&
      alignment.role === key.role
    )
      return alignment;
  }
  return undefined;
}

export function addAlignment(doc: PlanDocument, init: AlignmentInit): OperationResult<{ readonly id: Id }> {
  const structure = getStructure(doc, init.structureId);
  if (isFailure(structure)) return structure;
  if (!structure.units.has(init.unitId)) return fail("not-found", { what: "unit", id: init.unitId });
  const node = doc.nodes.get(init.nodeId);
  if (!node) return fail("not-found", { what: "node", id: init.nodeId });
  if (init.indicatorId !== undefined && !node.indicators?.some((i) => i.id === init.indicatorId))
    return fail("not-found", { what: "indicator", id: init.indicatorId });
  const role = init.role ?? "primary";
  const key: AlignmentKey = {
    structureId: init.structureId,
    unitId: init.unitId,
    nodeId: init.nodeId,
    ...(init.indicatorId !== undefined ? { indicatorId: init.indicatorId } : {}),
    role,
  };
  const existing = findAlignment(doc, key);
  if (existing) return fail("duplicate-alignment", { alignmentId: existing.id });
  if (doc.alignments.size >= MAX_ALIGNMENTS)
    return fail("too-many-items", { what: "alignment", max: MAX_ALIGNMENTS });
  let id: Id;
  if (init.id !== undefined) {
    if (!isValidId(init.id)) return fail("invalid-id", { id: String(init.id) });
    if (doc.alignments.has(init.id)) return fail("duplicate-id", { id: init.id });
    id = init.id;
  } else {
    id = createIdAllocator((candidate) => doc.alignments.has(candidate))("al-");
  }
  const patched = applyFieldPatch<Alignment>(
    { id, ...key },
    init.notes !== undefined ? { notes: init.notes } : {},
    ALIGNMENT_FIELD_SPECS,
  );
  if (!patched.ok) return patched;
  const alignments = new Map(doc.alignments);
  alignments.set(id, patched.value);
  return { ok: true, doc: { ...doc, alignments }, id };
}

export interface AlignmentPatch {
  readonly role?: AlignmentRole;
  readonly notes?: string;
}

/** Change an alignment's role or notes; refused when the new role would duplicate another alignment. */
export function updateAlignment(doc: PlanDocument, alignmentId: Id, patch: AlignmentPatch): OperationResult {
  const alignment = doc.alignments.get(alignmentId);
  if (!alignment) return fail("not-found", { what: "alignment", id: alignmentId });
  const patched = applyFieldPatch(alignment, patch, ALIGNMENT_FIELD_SPECS);
  if (!patched.ok) return patched;
  if (!patched.changed) return { ok: true, doc };
  const clash = findAlignment(doc, patched.value, alignmentId);
  if (clash) return fail("duplicate-alignment", { alignmentId: clash.id });
  const alignments = new Map(doc.alignments);
  alignments.set(alignmentId, patched.value);
  return { ok: true, doc: { ...doc, alignments } };
}

export function removeAlignment(doc: PlanDocument, alignmentId: Id): OperationResult {
  if (!doc.alignments.has(alignmentId)) return fail("not-found", { what: "alignment", id: alignmentId });
  const alignments = new Map(doc.alignments);
  alignments.delete(alignmentId);
  return { ok: true, doc: { ...doc, alignments } };
}
