import { accessId } from "./access.id";
import { editingId } from "./editing.id";
import type { FirstKey } from "./en";
import type { imageEn } from "./image.en";
import { imageId } from "./image.id";
import { safetyId } from "./safety.id";
import { sheetsId } from "./sheets.id";
import { structureId } from "./structure.id";
import { versionsId } from "./versions.id";

// Bahasa Indonesia, with the planners' own vocabulary (Tujuan, Sasaran Strategis,
// IKSS, IKP, IKK, Eselon I / JPT Madya...). The type makes a missing key a compile error.

const core: Record<
  Exclude<
    FirstKey,
    | keyof typeof structureId
    | keyof typeof editingId
    | keyof typeof versionsId
    | keyof typeof sheetsId
    | keyof typeof accessId
    | keyof typeof safetyId
    | keyof typeof imageEn
  >,
  string
> = {
  "app.name": "Selaras",
  "app.tagline": "Pohon kinerja dan keselarasan organisasi",

  "toolbar.newDocument": "Dokumen baru",
  "toolbar.documents": "Dokumen",
  "toolbar.import": "Impor",
  "toolbar.exportJson": "Ekspor JSON",
  "toolbar.language": "Bahasa",
  "toolbar.fitView": "Tampilkan semua",
  "toolbar.expandAll": "Buka semua",
  "toolbar.collapseAll": "Ciutkan sampai program",

  "views.label": "Tampilan",
  "views.tree": "Pohon kinerja",
  "views.loading": "Memuat…",

  "search.label": "Cari berdasarkan kode atau nama",
  "search.placeholder": "Cari kode atau nama…",
  "search.count": "{current} dari {total}",
  "search.none": "Tidak ditemukan",
  "search.next": "Hasil berikutnya",
  "search.previous": "Hasil sebelumnya",

  "save.saved": "Tersimpan",
  "save.saving": "Menyimpan…",
  "save.pending": "Ada perubahan belum tersimpan",
  "save.error": "Belum tersimpan: {reason}. Mencoba lagi…",
  "save.retryNow": "Coba sekarang",

  "docs.title": "Dokumen",
  "docs.close": "Tutup",
  "docs.open": "Buka",
  "docs.rename": "Ganti nama",
  "docs.duplicate": "Gandakan",
  "docs.delete": "Hapus",
  "docs.current": "terbuka",
  "docs.nodes": "{count} kotak",
  "docs.updated": "Diubah {date}",
  "docs.renamePrompt": "Judul baru",
  "docs.save": "Simpan",
  "docs.cancel": "Batal",
  "docs.confirmDelete":
    "Hapus “{title}” dari peramban ini? Versi tersimpannya ikut terhapus. Tindakan ini tidak dapat dibatalkan. Ekspor dahulu bila mungkin masih diperlukan.",
  "docs.confirmDeleteButton": "Hapus permanen",
  "docs.copyOf": "{title} (salinan)",
  "docs.empty": "Belum ada dokumen.",
  "docs.newTitle": "Rencana tanpa judul",
  "docs.loadFailed":
    "Dokumen tersimpan tidak dapat dibuka. Dokumen dibiarkan apa adanya; masalah yang ditemukan:",
  "docs.storageError":
    "Penyimpanan peramban menolak perubahan. Tidak ada yang hilang dari dokumen yang terbuka.",
  "docs.unsavedStays":
    "Dokumen yang terbuka belum dapat disimpan, jadi tetap terbuka: ekspor dahulu (Ekspor JSON) sebelum berpindah dokumen.",
  "docs.sample": "Buka contoh Kemensos",

  "import.success": "“{title}” berhasil diimpor ({count} kotak).",
  "import.failed": "“{file}” tidak diimpor. Tidak ada yang berubah.",
  "import.moreIssues": "…dan masalah lainnya.",
  "import.dropped": "{count} posisi tata letak yang tidak merujuk apa pun dibuang.",
  "import.dropHint": "Lepaskan berkas JSON Selaras, atau PNG/SVG hasil ekspor Selaras, untuk mengimpornya",
  "import.readError": "Berkas tidak dapat dibaca.",
  "export.done": "{file} telah diekspor.",

  "message.dismiss": "Tutup",
  "message.storageUnavailable":
    "Penyimpanan peramban tidak tersedia ({reason}). Pekerjaan Anda hanya ada di tab ini: ekspor sebelum menutupnya.",

  "illustrative.banner":
    "Nilai bertanda “Ilustratif” adalah contoh, bukan angka resmi: sumber hanya menyebut yang terdokumentasi.",
  "illustrative.tag": "Ilustratif",

  "node.collapse": "Ciutkan {count} turunan",
  "node.expand": "Buka {count} turunan tersembunyi",
  "node.indicatorsMore": "+{count} indikator lainnya",
  "node.finalTarget": "Target {year}",

  "panel.title": "Rincian",
  "panel.empty": "Pilih kotak pada pohon untuk melihat rinciannya.",
  "panel.documentTitle": "Dokumen",
  "panel.organization": "Organisasi",
  "panel.period": "Periode",
  "panel.counts": "{nodes} kotak, {indicators} indikator, {structures} struktur",
  "panel.kind": "Jenis",
  "panel.code": "Kode",
  "panel.name": "Nama",
  "panel.statement": "Rumusan sasaran",
  "panel.perspective": "Perspektif",
  "panel.programType": "Jenis program",
  "panel.status": "Status",
  "panel.source": "Sumber",
  "panel.notes": "Catatan",
  "panel.parent": "Induk",
  "panel.children": "Turunan",
  "panel.contributesTo": "Berkontribusi pada",
  "panel.contributedBy": "Didukung oleh",
  "panel.owners": "Penanggung jawab",
  "panel.ownersNone": "Belum ada unit yang diselaraskan pada “{structure}”.",
  "panel.indicators": "Indikator",
  "panel.noIndicators": "Tidak ada indikator.",
  "panel.indicator.unit": "Satuan",
  "panel.indicator.polarity": "Polaritas",
  "panel.indicator.key": "Indikator kinerja utama (IKU)",
  "panel.indicator.baseline": "Baseline",
  "panel.indicator.targets": "Target",
  "panel.indicator.definition": "Definisi operasional",
  "panel.indicator.formula": "Formula",
  "panel.indicator.dataSource": "Sumber data",
  "panel.indicator.frequency": "Frekuensi pelaporan",
  "panel.none": "—",
  "panel.root": "(tingkat teratas)",

  "kind.goal": "Tujuan",
  "kind.strategic_target": "Sasaran Strategis",
  "kind.program": "Program",
  "kind.activity": "Kegiatan",
  "kind.output": "Rincian Output",
  "kind.condition": "Kondisi antara",

  "kindShort.goal": "Tujuan",
  "kindShort.strategic_target": "Sasaran",
  "kindShort.program": "Program",
  "kindShort.activity": "Kegiatan",
  "kindShort.output": "Output",
  "kindShort.condition": "Kondisi",

  "indicatorName.goal": "Indikator Tujuan",
  "indicatorName.strategic_target": "IKSS",
  "indicatorName.program": "IKP",
  "indicatorName.activity": "IKK",
  "indicatorName.output": "Indikator RO",
  "indicatorName.condition": "Indikator",

  "perspective.stakeholder": "Pemangku kepentingan",
  "perspective.customer": "Pelanggan",
  "perspective.internal_process": "Proses internal",
  "perspective.learning_growth": "Pembelajaran dan pertumbuhan",

  "programType.technical": "Teknis",
  "programType.generic": "Generik",

  "status.documented": "Terdokumentasi",
  "status.derived": "Turunan",
  "status.proposed": "Usulan",
  "status.unresolved": "Belum terselesaikan",

  "polarity.maximize": "Maksimal",
  "polarity.minimize": "Minimal",
  "polarity.stabilize": "Stabil",

  "frequency.quarterly": "Triwulanan",
  "frequency.semester": "Semesteran",
  "frequency.annual": "Tahunan",

  "tier.minister": "Menteri",
  "tier.echelon_1": "Eselon I / JPT Madya",
  "tier.echelon_2": "Eselon II / JPT Pratama",
  "tier.echelon_3": "Eselon III / Administrator",
  "tier.echelon_4": "Eselon IV / Pengawas",
  "tier.technical_unit": "UPT / Balai",
  "tier.functional_group": "Kelompok Jabatan Fungsional",
  "tier.expert_staff": "Staf Ahli Menteri",

  "role.primary": "pemilik",
  "role.contributor": "kontributor",
  "role.data_provider": "penyedia data",

  "structureRole.existing": "saat ini",
  "structureRole.proposed": "usulan",

  "canvas.label": "Kanvas pohon kinerja",
  "canvas.empty": "Dokumen ini belum memiliki kotak.",
  "canvas.legendParent": "bagian dari",
  "canvas.legendContributes": "berkontribusi pada",
  "canvas.linkHandle": "Seret ke kotak lain: kotak ini berkontribusi padanya",
  "canvas.nodeAria": "{kind} {code} {name}",
};

export const id: Record<FirstKey, string> = {
  ...core,
  ...structureId,
  ...editingId,
  ...versionsId,
  ...sheetsId,
  ...accessId,
  ...safetyId,
  ...imageId,
};
