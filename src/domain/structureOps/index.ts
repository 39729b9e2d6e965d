// Pure operations on organisation structures, their units and alignments. Each
// returns a new document (or a refusal with a code) and never mutates its input.
export type { AlignmentInit, AlignmentPatch } from "./alignments";
export { addAlignment, findAlignment, removeAlignment, updateAlignment } from "./alignments";
export {
  MAX_ALIGNMENTS,
  MAX_HEADCOUNT,
  MAX_SHORT_NAME,
  MAX_STRUCTURES,
  MAX_UNITS_PER_STRUCTURE,
} from "./common";
export type { DuplicateStructureOptions, NewStructureInit, StructurePatch } from "./structures";
export { createStructure, deleteStructure, duplicateStructure, updateStructure } from "./structures";
export type { UnitFields, UnitInit, UnitPatch } from "./units";
export {
  addUnit,
  canMoveUnit,
  deleteUnit,
  deleteUnitSubtree,
  isUnitAncestor,
  moveUnit,
  updateUnit,
} from "./units";
