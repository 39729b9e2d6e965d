import type { helpDialogEn } from "./helpDialog.en";

// Bahasa Indonesia words of the shortcut sheet and the tour.
export const helpDialogId: Record<keyof typeof helpDialogEn, string> = {
  "help.close": "Tutup",
  "help.startTour": "Ikuti tur",
  "help.intro":
    "Semua dapat dikerjakan dengan papan ketik. Kerangka (tombol Kerangka di Pohon kinerja) memuat kotak sebagai daftar berjenjang, untuk menyunting tanpa tetikus atau dengan pembaca layar.",
  "help.group.general": "Di mana saja",
  "help.group.views": "Tab tampilan",
  "help.group.canvas": "Kanvas pohon kinerja (kotak terpilih)",
  "help.group.outline": "Kerangka",
  "help.group.search": "Pencarian",
  "help.group.dialogs": "Menu dan dialog",
  "help.keys": "Tombol",
  "help.does": "Fungsinya",
  "help.key.help": "Buka bantuan ini",
  "help.key.undo": "Urungkan",
  "help.key.redo": "Ulangi",
  "help.key.tabFocus": "Kontrol berikutnya atau sebelumnya (di luar kanvas dan kerangka)",
  "help.key.tabsMove": "Tampilan sebelum atau berikutnya",
  "help.key.tabsEnds": "Tampilan pertama atau terakhir",
  "help.key.selectBox": "Pilih kotak yang difokuskan",
  "help.key.addSibling": "Tambah saudara",
  "help.key.addChild": "Tambah anak",
  "help.key.rename": "Ganti nama (di panel rincian)",
  "help.key.menu": "Buka menu kotak",
  "help.key.delete": "Hapus pilihan, beserta cabang, tautan dan keselarasannya",
  "help.key.reorder": "Geser di antara saudara",
  "help.key.clipboard": "Salin, potong, tempel, gandakan",
  "help.key.selectAll": "Pilih semua kotak",
  "help.key.clear": "Kosongkan pilihan",
  "help.key.multi": "Pilih beberapa kotak (Shift+klik, Shift+seret)",
  "help.key.outlineMove": "Kotak sebelum atau berikutnya",
  "help.key.outlineFold": "Ciutkan, buka, ke induk atau anak pertama",
  "help.key.outlineAdd": "Tambah saudara, langsung diberi nama",
  "help.key.outlineIndent": "Jorokkan (jadikan anak kotak di atasnya)",
  "help.key.outlineOutdent": "Kembalikan jorokan",
  "help.key.outlineRename": "Ganti nama di tempat",
  "help.key.outlineLeave": "Keluar dari kerangka",
  "help.key.searchNext": "Hasil berikutnya (Shift+Enter: sebelumnya)",
  "help.key.menuMove": "Bergerak di dalam menu",
  "help.key.close": "Tutup menu atau dialog",
  "help.basis":
    "Diagnostik: setiap aturan (A1-A10) menyebut dasar hukumnya, misalnya PermenPAN-RB 89/2021, pada keterangannya dan dalam laporan.",

  "tour.step": "Langkah {current} dari {total}",
  "tour.next": "Lanjut",
  "tour.back": "Kembali",
  "tour.skip": "Lewati tur",
  "tour.done": "Selesai",
  "tour.views.title": "Lima tampilan satu rencana",
  "tour.views.text":
    "Pohon kinerja, peta strategi (lajur Balanced Scorecard), struktur organisasi, keselarasan unit dengan kotak, dan perbandingan dua struktur.",
  "tour.tree.title": "Pohon kinerja",
  "tour.tree.text":
    "Tujuan, Sasaran Strategis, program, kegiatan dan keluaran, masing-masing dengan indikatornya (IKSS, IKP, IKK). Klik kotak untuk memilih, seret untuk memindahkan, klik kanan untuk tindakannya. Peta ringkas di kanan bawah menunjukkan posisi Anda: klik atau seret di atasnya untuk berpindah.",
  "tour.panel.title": "Rincian",
  "tour.panel.text":
    "Semua isian kotak terpilih: nama, pernyataan sasaran, indikator dan targetnya per tahun, serta unit pemiliknya.",
  "tour.diagnostics.title": "Diagnostik",
  "tour.diagnostics.text":
    "Aturan A1-A10 memeriksa keselarasan struktur dengan pohon: kotak tanpa pemilik, unit menganggur, eselon tidak sesuai… Masing-masing menyebut dasar hukumnya. Klik temuan untuk menuju ke sana.",
  "tour.exports.title": "Dokumen Anda",
  "tour.exports.text":
    "Dokumen tersimpan di peramban ini sambil Anda bekerja, juga tanpa jaringan. Impor dan Ekspor JSON menukarnya sebagai berkas; Ekspor laporan menulis hasil diagnostik.",
  "tour.help.title": "Bantuan",
  "tour.help.text": "Pintasan papan ketik (tekan ?) dan tur ini lagi, kapan pun diperlukan.",
  "empty.title": "Rencana masih kosong",
  "empty.text":
    "Mulailah dengan menambahkan Tujuan rencana, lalu Sasaran Strategis, program dan kegiatannya.",
  "empty.addGoal": "Tambahkan Tujuan",
  "empty.import": "Impor berkas",
  "empty.sample": "Buka contoh Kemensos",
  "empty.hint":
    "Lalu pilih kotak: Enter menambah saudara, Tab menambah anak. Tekan ? untuk melihat semua tombol.",
};
