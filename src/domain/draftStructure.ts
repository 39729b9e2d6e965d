import { touch } from "./document";
import { childrenIndex, preorder } from "./tree";
import type { Alignment, Id, PlanDocument, PlanNode, Structure, Unit, UnitKind } from "./types";

// "Structure follows strategy" (domain.md section 5): draft a proposed structure
// from the performance tree. A starting point the user then edits:
//   - a minister, primary owner of every goal and strategic target;
//   - one echelon-1 unit per program, under the minister;
//   - one echelon-2 unit per activity, under the unit of its nearest program
//     ancestor (conditions in between are looked through); an activity with no
//     program above it goes under the minister;
//   - one functional group per output, under the unit of its nearest activity
//     ancestor, else of its nearest program ancestor, else under the minister;
//   - each of those units the primary owner of its node. Conditions get nothing.
// Units come in the reading order of the tree. Echelon-1 and echelon-2 units take
// their kind from the program type (technical → substantive, generic → support).

const ID_PATTERN = /^[A-Za-z0-9_.:-]+$/;
const MAX_ID = 64;
const MAX_NAME = 300;

export interface DraftNames {
  /** The minister's name; default "Menteri" (or "Minister" for an English document). */
  readonly minister?: string;
  /** Put before a program's or activity's name; default "Unit". */
  readonly unitPrefix?: string;
  /** Put before an output's name; default "Kelompok Fungsional" (or "Functional group"). */
  readonly functionalGroupPrefix?: string;
}

export interface DraftOptions {
  /** The new structure's id: a valid id not used by another structure (see `freeStructureId`). */
  readonly structureId: Id;
  readonly name: string;
  /** Put in front of every new unit and alignment id (default none). At most 40 id characters. */
  readonly idPrefix?: string;
  /** ISO time: when given, stamped as meta.updatedAt. */
  readonly now?: string;
  /** Unit names, e.g. translated by the UI. */
  readonly names?: DraftNames;
}

export function isValidId(id: string): boolean {
  return id.length > 0 && id.length <= MAX_ID && ID_PATTERN.test(id);
}

/** `base`, or `base-2`, `base-3`… : the first that names no structure of the document. */
export function freeStructureId(doc: PlanDocument, base = "draft"): Id {
  const stem = isValidId(base) ? base.slice(0, MAX_ID - 6) : "draft";
  if (!doc.structures.has(stem)) return stem;
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}`;
    if (!doc.structures.has(candidate)) return candidate;
  }
}

function clip(text: string): string {
  return text.length <= MAX_NAME ? text : text.slice(0, MAX_NAME);
}

/** Allocates unique valid ids: the preferred one when free, else `base` + a counter. */
function idAllocator(used: Set<Id>, base: string): (preferred?: string) => Id {
  let counter = 0;
  return (preferred) => {
    if (preferred !== undefined && isValidId(preferred) && !used.has(preferred)) {
      used.add(preferred);
      return preferred;
    }
    for (;;) {
      const candidate = `${base}${++counter}`;
      if (!used.has(candidate)) {
        used.add(candidate);
        return candidate;
      }
    }
  };
}

/**
 * A new document: `doc` plus a proposed structure drafted from its performance
 * tree, and the primary alignments that follow. `doc` is not changed. Throws a
 * RangeError when `structureId` is not a valid id or is taken, or `idPrefix` is
 * not valid.
 */
export function draftStructureFromTree(doc: PlanDocument, options: DraftOptions): PlanDocument {
  const { structureId, idPrefix = "" } = options;
  if (!isValidId(structureId))
    throw new RangeError(`Not a valid structure id: ${JSON.stringify(structureId)}`);
  if (doc.structures.has(structureId)) throw new RangeError(`Structure id already used: ${structureId}`);
  if (idPrefix !== "" && (idPrefix.length > 40 || !ID_PATTERN.test(idPrefix))) {
    throw new RangeError(`Not a valid id prefix: ${JSON.stringify(idPrefix)}`);
  }

  const english = doc.meta.language === "en";
  const ministerName = options.names?.minister ?? (english ? "Minister" : "Menteri");
  const unitPrefix = options.names?.unitPrefix ?? "Unit";
  const groupPrefix =
    options.names?.functionalGroupPrefix ?? (english ? "Functional group" : "Kelompok Fungsional");

  const unitId = idAllocator(new Set(), `${idPrefix}u`);
  const alignmentBase = `${idPrefix}${structureId}.a`;
  const alignmentId = idAllocator(
    new Set(doc.alignments.keys()),
    alignmentBase.length <= MAX_ID - 6 ? alignmentBase : `${idPrefix}a`,
  );

  // The tree's reading order; nodes caught in a parent cycle (not in a valid file) come last.
  const order = preorder(childrenIndex(doc.nodes));
  if (order.length < doc.nodes.size) {
    const seen = new Set(order);
    for (const id of doc.nodes.keys()) if (!seen.has(id)) order.push(id);
  }

  const units = new Map<Id, Unit>();
  const alignments = new Map(doc.alignments);
  const addAlignment = (unit: Id, nodeId: Id): void => {
    const alignment: Alignment = { id: alignmentId(), structureId, unitId: unit, nodeId, role: "primary" };
    alignments.set(alignment.id, alignment);
  };

  const ministerId = unitId(`${idPrefix}minister`);
  units.set(ministerId, { id: ministerId, parentId: null, name: clip(ministerName), tier: "minister" });

  // Per node: the nearest program and activity strictly above it, and the unit drafted for it.
  const nearestProgram = new Map<Id, PlanNode>();
  const nearestActivity = new Map<Id, PlanNode>();
  const unitOfNode = new Map<Id, Id>();

  for (const id of order) {
    const node = doc.nodes.get(id)!;
    const parent = node.parentId !== null ? doc.nodes.get(node.parentId) : undefined;
    if (parent) {
      const program = parent.kind === "program" ? parent : nearestProgram.get(parent.id);
      if (program) nearestProgram.set(id, program);
      const activity = parent.kind === "activity" ? parent : nearestActivity.get(parent.id);
      if (activity) nearestActivity.set(id, activity);
    }

    if (node.kind === "goal" || node.kind === "strategic_target") {
      addAlignment(ministerId, id);
      continue;
    }
    if (node.kind !== "program" && node.kind !== "activity" && node.kind !== "output") continue;

    const program = nearestProgram.get(id);
    let parentUnit: Id = ministerId;
    if (node.kind === "activity" && program) parentUnit = unitOfNode.get(program.id) ?? ministerId;
    if (node.kind === "output") {
      const above = nearestActivity.get(id) ?? program;
      if (above) parentUnit = unitOfNode.get(above.id) ?? ministerId;
    }
    const programType = node.kind === "program" ? node.programType : program?.programType;
    const kind: UnitKind | undefined =
      node.kind === "output" || programType === undefined
        ? undefined
        : programType === "generic"
          ? "support"
          : "substantive";

    const newId = unitId(`${idPrefix}u-${id}`);
    const unit: Unit = {
      id: newId,
      parentId: parentUnit,
      name: clip(`${node.kind === "output" ? groupPrefix : unitPrefix} ${node.name}`),
      tier:
        node.kind === "program" ? "echelon_1" : node.kind === "activity" ? "echelon_2" : "functional_group",
      ...(kind !== undefined ? { kind } : {}),
    };
    units.set(newId, unit);
    unitOfNode.set(id, newId);
    addAlignment(newId, id);
  }

  const structure: Structure = { id: structureId, name: clip(options.name), role: "proposed", units };
  const structures = new Map(doc.structures);
  structures.set(structureId, structure);
  const drafted: PlanDocument = { ...doc, structures, alignments };
  return options.now !== undefined ? touch(drafted, options.now) : drafted;
}
