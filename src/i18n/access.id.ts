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
  "flow.minimapHide": "Sembunyikan peta",
  "flow.minimapShow": "Peta",
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

  "links.title": "Tautan kontribusi",
  "links.add": "Tambah tautan: kotak ini berkontribusi pada…",
  "links.placeholder": "Kode atau nama kotak lain",
  "links.matches": "Kotak yang dapat diberi kontribusi",
  "links.none": "Tidak ada kotak yang dapat diberi kontribusi oleh kotak ini.",
  "links.remove": "Hapus tautan ke {name}",

  "help.button": "Bantuan",
  "help.title": "Bantuan dan pintasan papan ketik",
  "tour.label": "Tur",
};
