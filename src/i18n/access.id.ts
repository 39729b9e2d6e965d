import type { accessEn } from "./access.en";

// Bahasa Indonesia strings of offline use, accessibility and help; merged into the dictionary in id.ts.
export const accessId: Record<keyof typeof accessEn, string> = {
  "update.available": "Versi baru Selaras tersedia.",
  "update.reload": "Muat ulang",
  "update.saving": "Menyimpan pekerjaan Anda sebelum memuat ulang…",
  "update.unsaved":
    "Perubahan Anda tidak dapat disimpan di peramban ini, jadi halaman tidak dimuat ulang. Ekspor dahulu (Ekspor JSON), lalu muat ulang.",

  "flow.nodeDescription":
    "Tekan Enter atau Spasi untuk memilih kotak. Setelah kotak dipilih: Enter menambah saudara, Tab menambah anak, F2 mengganti nama, Delete menghapus. Kerangka memuat kotak yang sama.",
  "flow.nodeDescriptionMove":
    "Tekan Enter atau Spasi untuk memilih kotak, lalu tombol panah untuk memindahkannya. Delete menghapus, Escape membatalkan.",
  "flow.nodeMoved": "Kotak terpilih dipindah ke {direction}. Posisi baru: x {x}, y {y}.",
  "flow.edgeDescription": "Tekan Enter atau Spasi untuk memilih tautan, lalu Delete untuk menghapusnya.",
  "flow.controls": "Kontrol zum",
  "flow.zoomIn": "Perbesar",
  "flow.zoomOut": "Perkecil",
  "flow.fitView": "Tampilkan semua",
  "flow.interactive": "Kunci atau buka kanvas",
  "flow.minimap": "Peta ringkas",
  "flow.handle": "Titik sambung",
  "flow.edgeParent": "{child} bagian dari {parent}",
  "flow.edgeContributes": "{from} berkontribusi pada {to}",
  "flow.edgeUnit": "{child} berada di bawah {parent}",
  "flow.edgeAlignment": "{unit} adalah {role} {node}",

  "legend.label": "Keterangan",
  "boot.failed": "Selaras tidak dapat dimulai.",

  "report.file": "{title} {structure} laporan",
  "reportCsv.rule": "aturan",
  "reportCsv.severity": "tingkat",
  "reportCsv.nodeId": "id kotak",
  "reportCsv.indicatorId": "id indikator",
  "reportCsv.unitId": "id unit",
  "reportCsv.message": "pesan",
  "reportCsv.nodeName": "nama kotak",
  "reportCsv.indicatorName": "nama indikator",
  "reportCsv.unitName": "nama unit",

  "help.button": "Bantuan",
  "help.title": "Bantuan dan pintasan papan ketik",
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

  "empty.title": "Rencana masih kosong",
  "empty.text":
    "Mulailah dengan menambahkan Tujuan rencana, lalu Sasaran Strategis, program dan kegiatannya.",
  "empty.addGoal": "Tambahkan Tujuan",
  "empty.import": "Impor berkas",
  "empty.sample": "Buka contoh Kemensos",
  "empty.hint":
    "Lalu pilih kotak: Enter menambah saudara, Tab menambah anak. Tekan ? untuk melihat semua tombol.",

  "tour.label": "Tur",
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
    "Tujuan, Sasaran Strategis, program, kegiatan dan keluaran, masing-masing dengan indikatornya (IKSS, IKP, IKK). Klik kotak untuk memilih, seret untuk memindahkan, klik kanan untuk tindakannya.",
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
};
