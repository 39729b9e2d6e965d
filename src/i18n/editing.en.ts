// English strings of the editing features; merged into the dictionary in en.ts.
export const editingEn = {} as const;
