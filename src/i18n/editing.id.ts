import type { editingEn } from "./editing.en";

// Bahasa Indonesia strings of the editing features; merged into the dictionary in id.ts.
export const editingId: Record<keyof typeof editingEn, string> = {};
