import type { imageDialogEn } from "./imageDialog.en";

// Bahasa Indonesia strings of the image export dialog and the print layout; loaded with them.
export const imageDialogId: Record<keyof typeof imageDialogEn, string> = {
  "image.titlePng": "Ekspor tampilan sebagai gambar PNG",
  "image.titleSvg": "Ekspor tampilan sebagai gambar SVG",
  "image.titlePrint": "Cetak tampilan",
  "image.intro":
    "{view}: seluruh diagram, bukan hanya yang tampak di layar. Dokumen ikut tersimpan di dalam gambar: Impor membukanya kembali.",
  "image.introPrint":
    "{view}: seluruh diagram, bukan hanya yang tampak di layar, di bawah blok judul bertanggal.",
  "image.scale": "Skala",
  "image.background": "Latar",
  "image.white": "Putih",
  "image.transparent": "Transparan",
  "image.content": "Isi",
  "image.indicators": "Indikator pada kotak",
  "image.selectionOnly": "Hanya yang dipilih",
  "image.selectionNone": "Belum ada yang dipilih",
  "image.unfold": "Buka kotak yang dilipat",
  "image.size": "Ukuran gambar: {width} × {height} px",
  "image.tooLarge": "Terlalu besar bagi peramban pada {scale}×: akan digambar pada {fitted}×.",
  "image.cancel": "Batal",
  "image.downloadPng": "Unduh PNG",
  "image.downloadSvg": "Unduh SVG",
  "image.printNow": "Cetak sekarang",
  "image.working": "Sedang menggambar…",
  "image.measuring": "Mengukur diagram…",
  "image.nothing": "Tampilan ini belum berisi apa pun.",
  "image.failed": "Gambar tidak dapat dibuat.",
  "image.reduced":
    "PNG digambar pada {fitted}×, bukan {scale}×: lebih besar melampaui batas kanvas peramban ({width} × {height} px).",
  "image.paper": "Kertas (lanskap)",
  "image.layout": "Tata letak",
  "image.fit": "Muat dalam satu halaman",
  "image.tile": "Bagi ke beberapa halaman pada",
  "image.pages": "{count} halaman, saling bertumpang {overlap} mm agar mudah disambung.",
  "image.onePage": "Satu halaman.",
  "image.tooManyPages": "{count} halaman: pilih ukuran lebih kecil atau muat dalam satu halaman.",
  "image.pageOf": "Halaman {page} dari {count}",
  "image.pageCell": "baris {row}, kolom {column}",
  "image.printedOn": "Dicetak {date}",
  "import.noEmbedded":
    "“{file}” tidak diimpor: gambar ini tidak memuat dokumen Selaras (hanya gambar hasil Ekspor PNG atau Ekspor SVG yang memuatnya). Tidak ada yang diubah.",
  "import.imageDamaged": "“{file}” tidak diimpor: dokumen di dalam gambar rusak. Tidak ada yang diubah.",
};
