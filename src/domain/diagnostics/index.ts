// Diagnostics of domain.md section 5: rules A1-A10 and the coverage figures.
export { type Coverage, computeCoverage, coverageFromIndex, median, type OwnedCount } from "./coverage";
export {
  type Diagnosis,
  type DiagnosisCounts,
  diagnose,
  findingsByNode,
  findingsByUnit,
  worstSeverity,
} from "./diagnose";
export * from "./findings";
export * from "./rules";
export {
  buildStructureIndex,
  buildUnitAncestry,
  type StructureIndex,
  type UnitAncestry,
  unitParentId,
} from "./structureIndex";
