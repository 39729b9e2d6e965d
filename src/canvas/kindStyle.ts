import type { NodeKind } from "../domain/types";

// One colour per node kind, used by the cards, the minimap and the legend.
// Colour is never the only carrier of the kind: each card also names it.
export const KIND_COLOUR: Record<NodeKind, string> = {
  goal: "#0f4c81",
  strategic_target: "#0b7a70",
  program: "#6a3d9a",
  activity: "#b35900",
  output: "#2f7d32",
  condition: "#5b6675",
};
