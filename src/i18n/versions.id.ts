import type { versionsEn } from "./versions.en";

// Bahasa Indonesia strings of saved versions that the first download needs; merged into the dictionary in id.ts.
export const versionsId: Record<keyof typeof versionsEn, string> = {
  "toolbar.versions": "Versi",
  "versions.saved": "Versi disimpan.",
  "versions.restored":
    "Versi {date} dipulihkan. Keadaan sebelumnya disimpan sebagai versi; Urungkan juga mengembalikannya.",
  "versions.restoreStep": "pemulihan versi",
  "versions.deleted": "Versi dihapus.",
  "versions.unavailable":
    "Versi memerlukan penyimpanan peramban, yang tidak dapat dibuka. Ekspor dokumen untuk menyimpan salinannya.",
  "versions.failed": "Versi tidak dapat disimpan atau dibaca. Tidak ada yang diubah.",
  "versions.unreadable": "Versi ini tidak dapat dibaca. Versi dibiarkan apa adanya; masalah yang ditemukan:",
  "mark.added": "Baru",
  "mark.renamed": "Ganti nama",
  "mark.moved": "Pindah",
  "mark.rekinded": "Ganti jenis",
  "mark.indicators": "Indikator",
};
