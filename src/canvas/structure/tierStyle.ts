import { TIER_COLOURS } from "../../export/palette";

// One colour per tier, for unit cards and the minimap: the same table as
// exported images (src/export/palette.ts). Never the only carrier: every card
// also names its tier in words.
export const TIER_COLOUR = TIER_COLOURS;
