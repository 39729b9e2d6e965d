import type { UnitTier } from "../../domain/types";

// One colour per tier, for unit cards and the minimap. Never the only carrier:
// every card also names its tier in words.
export const TIER_COLOUR: Record<UnitTier, string> = {
  minister: "#7a1f3d",
  echelon_1: "#0f4c81",
  echelon_2: "#0b7a70",
  echelon_3: "#6a3d9a",
  echelon_4: "#8a5a00",
  technical_unit: "#2f6b3a",
  functional_group: "#4a5a6e",
  expert_staff: "#6e6e6e",
};
