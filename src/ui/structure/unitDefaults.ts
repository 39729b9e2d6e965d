import type { Id, Structure, UnitTier } from "../../domain/types";

/** The tier a new sub-unit most likely has, one level below its parent. */
export function childTier(parent: UnitTier | undefined): UnitTier {
  switch (parent) {
    case undefined:
      return "minister";
    case "minister":
      return "echelon_1";
    case "echelon_1":
      return "echelon_2";
    case "echelon_2":
      return "echelon_3";
    case "echelon_3":
      return "echelon_4";
    default:
      return "functional_group";
  }
}

/** Where "Add unit" puts a new unit: under the selected unit, else under the (first) top unit, else at the top. */
export function newUnitParent(structure: Structure, selectedUnitId: Id | null): Id | null {
  if (selectedUnitId !== null && structure.units.has(selectedUnitId)) return selectedUnitId;
  for (const unit of structure.units.values()) if (unit.parentId === null) return unit.id;
  return null;
}

/** Units whose name or short name contains the query (case-insensitive), in file order. */
export function searchUnits(structure: Structure | undefined, query: string): Id[] {
  const needle = query.trim().toLocaleLowerCase();
  if (!structure || needle === "") return [];
  const result: Id[] = [];
  for (const unit of structure.units.values()) {
    if (
      unit.name.toLocaleLowerCase().includes(needle) ||
      unit.shortName?.toLocaleLowerCase().includes(needle)
    )
      result.push(unit.id);
  }
  return result;
}
