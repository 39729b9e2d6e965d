// English strings of the structure features; merged into the dictionary in en.ts.
export const structureEn = {} as const;
