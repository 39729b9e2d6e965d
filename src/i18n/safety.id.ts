import type { safetyEn } from "./safety.en";

// Indonesian strings of the safety features (two tabs, storage, backups).
export const safetyId: Record<keyof typeof safetyEn, string> = {
  "tabs.changedElsewhere":
    "Dokumen ini diubah di tab lain ketika di sini ada perubahan yang belum tersimpan. Penyuntingan di tab ini dihentikan sementara agar tidak ada tab yang menimpa tab lain.",
  "tabs.deletedElsewhere":
    "Dokumen ini dihapus di tab lain. Versi Anda di sini tidak tersimpan. Penyuntingan di tab ini dihentikan sementara.",
  "tabs.reload": "Muat ulang",
  "tabs.reloadTitle":
    "Tampilkan versi yang disimpan di tab lain; perubahan yang belum tersimpan di sini dibuang",
  "tabs.takeOver": "Ambil alih",
  "tabs.takeOverTitle": "Simpan versi tab ini; tab lain kemudian menampilkannya",
  "tabs.keepCopy": "Simpan versi saya sebagai salinan",
  "tabs.keepCopyTitle": "Simpan versi tab ini sebagai dokumen baru; versi lain tetap seperti adanya",
  "tabs.copyTitle": "{title} (dari tab lain)",
  "tabs.copied": "Versi Anda disimpan sebagai dokumen baru: “{title}”.",
  "recover.title": "{title} (dipulihkan)",
  "recover.restored":
    "Perubahan terakhir Anda pada “{title}”, yang dibuat sesaat sebelum halaman ditutup, telah dikembalikan.",
  "recover.copy":
    "Perubahan terakhir Anda, yang dibuat sesaat sebelum sebuah halaman ditutup, tidak dapat dikembalikan ke dokumennya (dokumen itu diubah di tab lain). Perubahan disimpan sebagai dokumen baru: “{title}”.",
  "recover.failed":
    "Perubahan yang diselamatkan saat sebuah halaman ditutup belum dapat dikembalikan sekarang. Perubahan itu tetap disimpan dan dicoba lagi saat Selaras dibuka berikutnya.",
  "tabs.updated": "Diperbarui dengan perubahan yang disimpan di tab lain.",
  "tabs.upgraded":
    "Selaras diperbarui di tab lain dan penyimpanannya ditingkatkan. Muat ulang halaman ini untuk melanjutkan dengan versi baru.",
  "tabs.upgradedUnsaved":
    "Selaras diperbarui di tab lain dan penyimpanannya ditingkatkan. Perubahan terakhir Anda di sini tidak dapat disimpan: ekspor salinan, lalu muat ulang halaman ini.",
  "tabs.reloadPage": "Muat ulang halaman",
  "storage.blocked":
    "Selaras menunggu penyimpanannya: Selaras versi lama masih terbuka di tab lain. Tutup atau muat ulang tab tersebut.",
  "storage.title": "Penyimpanan di peramban ini",
  "storage.usage": "{used} terpakai dari {quota} yang tersedia.",
  "storage.unknown": "Peramban ini tidak melaporkan besar penyimpanan yang terpakai.",
  "storage.persistent": "Permanen: peramban tidak akan menghapus dokumen Anda untuk mengosongkan ruang.",
  "storage.notPersistent":
    "Tidak permanen: peramban dapat menghapus dokumen Anda bila ruang disk hampir habis. Buat cadangan dengan ekspor.",
  "storage.ask": "Minta agar dokumen saya disimpan permanen",
  "storage.refused": "Peramban tidak menjadikan penyimpanan permanen. Ekspor cadangan secara berkala.",
  "storage.full":
    "Penyimpanan peramban penuh. Perubahan terakhir Anda tetap terbuka di sini tetapi belum tersimpan. Ekspor salinan untuk menyimpannya, lalu kosongkan ruang dengan menghapus dokumen yang tidak diperlukan lagi.",
  "storage.saveFailed":
    "Perubahan terakhir Anda belum tersimpan ({reason}). Perubahan tetap terbuka di sini; ekspor salinan untuk menyimpannya.",
  "storage.exportCopy": "Ekspor salinan",
  "backup.reminder":
    "Cadangan terakhir dokumen ini: {when}. Dokumen sudah berubah sejak itu. Ekspor salinan dan simpan di luar peramban.",
  "backup.never": "belum pernah",
  "backup.daysAgo": "{count} hari yang lalu",
  "backup.later": "Nanti",
};
