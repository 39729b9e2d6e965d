import type { sheetsEn } from "./sheets.en";

// Bahasa Indonesia strings of the spreadsheet button; merged into the dictionary in id.ts.
export const sheetsId: Record<keyof typeof sheetsEn, string> = {
  "sheets.button": "Lembar kerja…",
  "sheets.loading": "Memuat…",
  "sheets.loadFailed": "Alat lembar kerja tidak dapat dimuat. Periksa koneksi lalu coba lagi.",
};
