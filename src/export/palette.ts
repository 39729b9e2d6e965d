import type { NodeKind, UnitTier } from "../domain/types";

// The colours of kinds and tiers, for the screen (src/canvas reads these
// tables) and for exported images alike. styles.css repeats the kind colours
// as --kind-* variables; a unit test keeps it equal to this table.

export const KIND_COLOURS: Record<NodeKind, string> = {
  goal: "#0f4c81",
  strategic_target: "#0b7a70",
  program: "#6a3d9a",
  activity: "#b35900",
  output: "#2f7d32",
  condition: "#5b6675",
};

export const TIER_COLOURS: Record<UnitTier, string> = {
  minister: "#7a1f3d",
  echelon_1: "#0f4c81",
  echelon_2: "#0b7a70",
  echelon_3: "#6a3d9a",
  echelon_4: "#8a5a00",
  technical_unit: "#2f6b3a",
  functional_group: "#4a5a6e",
  expert_staff: "#6e6e6e",
};

export const LINE = {
  parent: "#8593a3",
  contributes: "#c2410c",
  primary: "#e08a00",
  contributor: "#3b6ea5",
  dataProvider: "#5b6675",
} as const;

/** Lane backgrounds of the strategy map, as in .lane--* in styles.css. */
export const LANE_FILL: Record<string, { readonly colour: string; readonly opacity: number }> = {
  stakeholder: { colour: "#0f4c81", opacity: 0.07 },
  customer: { colour: "#0b7a70", opacity: 0.07 },
  internal_process: { colour: "#6a3d9a", opacity: 0.06 },
  learning_growth: { colour: "#b35900", opacity: 0.07 },
};
