import type { imageEn } from "./image.en";

// Bahasa Indonesia strings of image export and printing needed before the image
// code loads; merged into the dictionary in id.ts.
export const imageId: Record<keyof typeof imageEn, string> = {
  "image.exportPng": "Ekspor PNG",
  "image.exportSvg": "Ekspor SVG",
  "image.print": "Cetak",
};
