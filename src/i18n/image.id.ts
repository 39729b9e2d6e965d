import type { imageEn } from "./image.en";

// Bahasa Indonesia strings of image export and printing needed before the image
// code loads; merged into the dictionary in id.ts.
export const imageId: Record<keyof typeof imageEn, string> = {
  "image.exportPng": "Ekspor PNG",
  "image.exportSvg": "Ekspor SVG",
  "image.print": "Cetak",
  "import.noEmbedded":
    "“{file}” tidak diimpor: gambar ini tidak memuat dokumen Selaras (hanya gambar hasil Ekspor PNG atau Ekspor SVG yang memuatnya). Tidak ada yang diubah.",
  "import.imageDamaged": "“{file}” tidak diimpor: dokumen di dalam gambar rusak. Tidak ada yang diubah.",
};
