import { KIND_COLOURS } from "../export/palette";

// One colour per node kind, used by the cards, the minimap and the legend: the
// same table as exported images (src/export/palette.ts). Colour is never the
// only carrier of the kind: each card also names it.
export const KIND_COLOUR = KIND_COLOURS;

/** A kind's colour; the condition's grey for a kind the table does not know (a newer file's kind). */
export function kindColour(kind: string): string {
  return KIND_COLOUR[kind as keyof typeof KIND_COLOUR] ?? KIND_COLOUR.condition;
}
