import type { structureEn } from "./structure.en";

// Bahasa Indonesia strings of the structure features; merged into the dictionary in id.ts.
export const structureId: Record<keyof typeof structureEn, string> = {};
