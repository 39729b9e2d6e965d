// Indonesian-looking words for generated plans. Synthetic: the names read like a
// Renstra and a SOTK, but no sentence here is an official target or unit.

export interface Sector {
  readonly key: string;
  /** Program names without the leading "Program ". */
  readonly programs: readonly string[];
  /** What a Direktorat Jenderal / Badan of the sector is called after its "Direktorat Jenderal". */
  readonly ditjen: readonly string[];
  /** Objects of activities and outputs (lower case). */
  readonly objects: readonly string[];
  /** Who or what an output reaches, with its indicator unit. */
  readonly reach: readonly { readonly noun: string; readonly unit: string }[];
  /** The outcome a goal or strategic target of the sector names (lower case). */
  readonly outcome: readonly string[];
  /** Outcome indicators of strategic targets and programs. */
  readonly outcomeIndicators: readonly OutcomeIndicator[];
  /** Jabatan fungsional of the sector's functional groups. */
  readonly functional: string;
  /** Technical units (UPT) of the sector, before a city name. */
  readonly technicalUnit: string;
  /** A generic sector (management support): its programs are `generic`, its units `support`. */
  readonly generic?: boolean;
}

export interface OutcomeIndicator {
  readonly name: string;
  readonly unit: string;
  readonly polarity: "maximize" | "minimize" | "stabilize";
  /** Baseline and yearly step; a text baseline is a qualitative target kept every year. */
  readonly base: number | string;
  readonly step: number;
}

export const SECTORS: readonly Sector[] = [
  {
    key: "sosial",
    programs: [
      "Perlindungan Sosial",
      "Rehabilitasi Sosial",
      "Pemberdayaan Sosial",
      "Penanganan Fakir Miskin",
    ],
    ditjen: ["Perlindungan dan Jaminan Sosial", "Rehabilitasi Sosial", "Pemberdayaan Sosial"],
    objects: [
      "bantuan sosial pangan",
      "Program Keluarga Harapan",
      "jaminan sosial keluarga",
      "perlindungan sosial korban bencana",
      "rehabilitasi sosial anak",
      "rehabilitasi sosial penyandang disabilitas",
      "rehabilitasi sosial lanjut usia",
      "pemberdayaan komunitas adat terpencil",
      "kelompok usaha bersama",
      "data terpadu kesejahteraan sosial",
    ],
    reach: [
      { noun: "keluarga penerima manfaat", unit: "KPM" },
      { noun: "penyandang disabilitas", unit: "orang" },
      { noun: "lanjut usia terlantar", unit: "orang" },
      { noun: "korban bencana", unit: "jiwa" },
    ],
    outcome: ["kesejahteraan sosial penduduk miskin dan rentan", "keberfungsian sosial masyarakat"],
    outcomeIndicators: [
      { name: "Indeks Kesejahteraan Sosial", unit: "indeks", polarity: "maximize", base: 56.2, step: 1.1 },
      { name: "Persentase penduduk miskin", unit: "persen", polarity: "minimize", base: 9.4, step: -0.4 },
    ],
    functional: "Pekerja Sosial",
    technicalUnit: "Balai Besar Rehabilitasi Sosial",
  },
  {
    key: "kesehatan",
    programs: ["Pelayanan Kesehatan dan JKN", "Pencegahan dan Pengendalian Penyakit", "Kesehatan Masyarakat"],
    ditjen: ["Pelayanan Kesehatan", "Pencegahan dan Pengendalian Penyakit", "Kesehatan Masyarakat"],
    objects: [
      "imunisasi dasar lengkap",
      "pelayanan kesehatan primer",
      "percepatan penurunan stunting",
      "kesehatan ibu dan anak",
      "pengendalian tuberkulosis",
      "surveilans penyakit menular",
      "gizi masyarakat",
      "kefarmasian dan alat kesehatan",
      "rumah sakit rujukan nasional",
      "tenaga kesehatan di daerah terpencil",
    ],
    reach: [
      { noun: "balita", unit: "anak" },
      { noun: "ibu hamil", unit: "orang" },
      { noun: "puskesmas", unit: "puskesmas" },
      { noun: "kabupaten/kota", unit: "kab/kota" },
    ],
    outcome: ["derajat kesehatan masyarakat", "akses layanan kesehatan yang bermutu"],
    outcomeIndicators: [
      { name: "Angka harapan hidup", unit: "tahun", polarity: "maximize", base: 71.8, step: 0.2 },
      {
        name: "Prevalensi stunting pada balita",
        unit: "persen",
        polarity: "minimize",
        base: 21.5,
        step: -1.3,
      },
    ],
    functional: "Epidemiolog Kesehatan",
    technicalUnit: "Balai Besar Laboratorium Kesehatan",
  },
  {
    key: "pendidikan",
    programs: [
      "Pendidikan Anak Usia Dini dan Wajib Belajar",
      "Kualitas Pengajaran dan Pembelajaran",
      "Pendidikan Vokasi",
    ],
    ditjen: ["Pendidikan Dasar dan Menengah", "Guru dan Tenaga Kependidikan", "Pendidikan Vokasi"],
    objects: [
      "pendidikan anak usia dini",
      "sekolah dasar",
      "sekolah menengah pertama",
      "guru dan tenaga kependidikan",
      "Program Indonesia Pintar",
      "sarana prasarana sekolah",
      "kurikulum dan asesmen",
      "literasi dan numerasi",
      "sekolah menengah kejuruan",
      "revitalisasi satuan pendidikan",
    ],
    reach: [
      { noun: "peserta didik", unit: "siswa" },
      { noun: "satuan pendidikan", unit: "sekolah" },
      { noun: "guru", unit: "orang" },
    ],
    outcome: ["mutu dan pemerataan pendidikan", "daya saing sumber daya manusia"],
    outcomeIndicators: [
      {
        name: "Rata-rata lama sekolah penduduk usia 15 tahun ke atas",
        unit: "tahun",
        polarity: "maximize",
        base: 9.1,
        step: 0.15,
      },
      { name: "Angka partisipasi kasar PAUD", unit: "persen", polarity: "maximize", base: 37.5, step: 2.5 },
    ],
    functional: "Pengembang Teknologi Pembelajaran",
    technicalUnit: "Balai Penjaminan Mutu Pendidikan",
  },
  {
    key: "pertanian",
    programs: [
      "Ketersediaan, Akses dan Konsumsi Pangan Berkualitas",
      "Nilai Tambah dan Daya Saing Industri Pertanian",
    ],
    ditjen: [
      "Tanaman Pangan",
      "Hortikultura",
      "Peternakan dan Kesehatan Hewan",
      "Prasarana dan Sarana Pertanian",
    ],
    objects: [
      "benih unggul padi",
      "jaringan irigasi tersier",
      "penyuluhan pertanian",
      "pupuk bersubsidi",
      "cadangan pangan pemerintah",
      "kawasan hortikultura",
      "peternakan rakyat",
      "alat dan mesin pertanian",
      "perlindungan tanaman pangan",
    ],
    reach: [
      { noun: "petani", unit: "orang" },
      { noun: "kelompok tani", unit: "kelompok" },
      { noun: "lahan sawah", unit: "hektare" },
    ],
    outcome: ["ketahanan pangan nasional", "kesejahteraan petani"],
    outcomeIndicators: [
      { name: "Skor Pola Pangan Harapan", unit: "skor", polarity: "maximize", base: 92.9, step: 0.8 },
      { name: "Nilai Tukar Petani", unit: "indeks", polarity: "maximize", base: 116, step: 1 },
    ],
    functional: "Penyuluh Pertanian",
    technicalUnit: "Balai Besar Pengujian Standar Instrumen Pertanian",
  },
  {
    key: "infrastruktur",
    programs: ["Infrastruktur Konektivitas", "Ketahanan Sumber Daya Air", "Perumahan dan Kawasan Permukiman"],
    ditjen: ["Bina Marga", "Sumber Daya Air", "Cipta Karya", "Perumahan"],
    objects: [
      "jalan nasional",
      "jembatan",
      "preservasi jalan",
      "bendungan",
      "jaringan irigasi",
      "sistem penyediaan air minum",
      "sanitasi permukiman",
      "rumah susun",
      "penanganan kawasan kumuh",
    ],
    reach: [
      { noun: "ruas jalan", unit: "km" },
      { noun: "rumah tangga", unit: "SR" },
      { noun: "kawasan permukiman", unit: "hektare" },
    ],
    outcome: ["konektivitas dan layanan dasar infrastruktur", "ketahanan air dan pangan"],
    outcomeIndicators: [
      {
        name: "Tingkat kemantapan jalan nasional",
        unit: "persen",
        polarity: "maximize",
        base: 93,
        step: 0.8,
      },
      {
        name: "Akses rumah tangga terhadap air minum layak",
        unit: "persen",
        polarity: "maximize",
        base: 91,
        step: 1.5,
      },
    ],
    functional: "Teknik Jalan dan Jembatan",
    technicalUnit: "Balai Besar Pelaksanaan Jalan Nasional",
  },
  {
    key: "perhubungan",
    programs: ["Konektivitas Transportasi Antarwilayah", "Keselamatan dan Keamanan Transportasi"],
    ditjen: ["Perhubungan Laut", "Perhubungan Udara", "Perkeretaapian", "Perhubungan Darat"],
    objects: [
      "angkutan laut perintis",
      "keselamatan pelayaran",
      "bandar udara daerah terpencil",
      "prasarana perkeretaapian",
      "angkutan jalan perkotaan",
      "pelabuhan penyeberangan",
      "navigasi penerbangan",
    ],
    reach: [
      { noun: "penumpang", unit: "orang" },
      { noun: "trayek perintis", unit: "trayek" },
      { noun: "pelabuhan", unit: "lokasi" },
    ],
    outcome: ["konektivitas transportasi antarwilayah", "keselamatan transportasi"],
    outcomeIndicators: [
      { name: "Indeks konektivitas nasional", unit: "indeks", polarity: "maximize", base: 0.54, step: 0.02 },
      {
        name: "Angka kecelakaan transportasi per 10.000 perjalanan",
        unit: "rasio",
        polarity: "minimize",
        base: 3.2,
        step: -0.1,
      },
    ],
    functional: "Penguji Kendaraan Bermotor",
    technicalUnit: "Kantor Unit Penyelenggara Pelabuhan",
  },
  {
    key: "kelautan",
    programs: ["Pengelolaan Perikanan dan Kelautan", "Riset dan Inovasi Kelautan"],
    ditjen: ["Perikanan Tangkap", "Perikanan Budi Daya", "Pengelolaan Kelautan dan Ruang Laut"],
    objects: [
      "perikanan tangkap",
      "perikanan budi daya",
      "pengolahan hasil perikanan",
      "konservasi kawasan perairan",
      "pengawasan sumber daya kelautan",
      "usaha garam rakyat",
    ],
    reach: [
      { noun: "nelayan", unit: "orang" },
      { noun: "pembudidaya ikan", unit: "orang" },
      { noun: "kawasan konservasi", unit: "hektare" },
    ],
    outcome: ["kesejahteraan nelayan dan pembudidaya ikan", "kelestarian sumber daya kelautan"],
    outcomeIndicators: [
      { name: "Nilai Tukar Nelayan", unit: "indeks", polarity: "maximize", base: 104, step: 0.8 },
      { name: "Produksi perikanan", unit: "juta ton", polarity: "maximize", base: 24.9, step: 0.9 },
    ],
    functional: "Penyuluh Perikanan",
    technicalUnit: "Balai Besar Perikanan Budidaya",
  },
  {
    key: "lingkungan",
    programs: ["Kualitas Lingkungan Hidup", "Pengelolaan Hutan Berkelanjutan"],
    ditjen: ["Pengendalian Pencemaran dan Kerusakan Lingkungan", "Pengelolaan Hutan Lestari"],
    objects: [
      "rehabilitasi hutan dan lahan",
      "pengendalian kebakaran hutan",
      "pengelolaan sampah",
      "pengendalian pencemaran air",
      "perhutanan sosial",
      "konservasi keanekaragaman hayati",
      "mitigasi perubahan iklim",
    ],
    reach: [
      { noun: "lahan kritis", unit: "hektare" },
      { noun: "desa", unit: "desa" },
      { noun: "kabupaten/kota", unit: "kab/kota" },
    ],
    outcome: ["kualitas lingkungan hidup", "ketahanan bencana dan iklim"],
    outcomeIndicators: [
      {
        name: "Indeks Kualitas Lingkungan Hidup",
        unit: "indeks",
        polarity: "maximize",
        base: 70.3,
        step: 0.6,
      },
      { name: "Penurunan emisi gas rumah kaca", unit: "persen", polarity: "maximize", base: 20, step: 1.5 },
    ],
    functional: "Pengendali Ekosistem Hutan",
    technicalUnit: "Balai Pengelolaan Daerah Aliran Sungai",
  },
  {
    key: "energi",
    programs: ["Ketahanan Energi", "Pengelolaan Mineral dan Batubara"],
    ditjen: ["Ketenagalistrikan", "Energi Baru, Terbarukan dan Konservasi Energi", "Mineral dan Batubara"],
    objects: [
      "elektrifikasi desa",
      "energi baru terbarukan",
      "jaringan gas kota",
      "konservasi energi",
      "pengawasan pertambangan",
      "penerangan jalan umum tenaga surya",
    ],
    reach: [
      { noun: "rumah tangga", unit: "SR" },
      { noun: "desa", unit: "desa" },
      { noun: "pembangkit", unit: "MW" },
    ],
    outcome: ["ketahanan energi nasional"],
    outcomeIndicators: [
      { name: "Rasio elektrifikasi", unit: "persen", polarity: "maximize", base: 99.2, step: 0.15 },
      { name: "Bauran energi baru terbarukan", unit: "persen", polarity: "maximize", base: 13, step: 1.6 },
    ],
    functional: "Inspektur Ketenagalistrikan",
    technicalUnit: "Balai Besar Pengujian Minyak dan Gas Bumi",
  },
  {
    key: "umkm",
    programs: ["Kewirausahaan, UMKM dan Koperasi"],
    ditjen: ["Usaha Mikro", "Kelembagaan Koperasi", "Kewirausahaan"],
    objects: [
      "pembiayaan usaha mikro",
      "kemitraan usaha",
      "kewirausahaan pemuda",
      "koperasi modern",
      "sertifikasi halal usaha mikro",
      "digitalisasi UMKM",
    ],
    reach: [
      { noun: "pelaku usaha mikro", unit: "unit usaha" },
      { noun: "koperasi", unit: "koperasi" },
      { noun: "wirausaha baru", unit: "orang" },
    ],
    outcome: ["daya saing usaha mikro, kecil dan koperasi"],
    outcomeIndicators: [
      { name: "Kontribusi UMKM terhadap PDB", unit: "persen", polarity: "maximize", base: 60.5, step: 0.5 },
      { name: "Rasio kewirausahaan nasional", unit: "persen", polarity: "maximize", base: 3.2, step: 0.15 },
    ],
    functional: "Pengawas Koperasi",
    technicalUnit: "Balai Layanan Usaha Terpadu",
  },
  {
    key: "ketenagakerjaan",
    programs: ["Pengembangan Kompetensi Tenaga Kerja", "Penempatan dan Perlindungan Tenaga Kerja"],
    ditjen: [
      "Pembinaan Pelatihan Vokasi dan Produktivitas",
      "Pembinaan Penempatan Tenaga Kerja",
      "Pembinaan Pengawasan Ketenagakerjaan",
    ],
    objects: [
      "pelatihan vokasi",
      "penempatan tenaga kerja",
      "perlindungan pekerja migran",
      "pengawasan ketenagakerjaan",
      "hubungan industrial",
      "produktivitas tenaga kerja",
    ],
    reach: [
      { noun: "pencari kerja", unit: "orang" },
      { noun: "pekerja migran", unit: "orang" },
      { noun: "perusahaan", unit: "perusahaan" },
    ],
    outcome: ["kualitas dan kesempatan kerja"],
    outcomeIndicators: [
      { name: "Tingkat pengangguran terbuka", unit: "persen", polarity: "minimize", base: 5.3, step: -0.2 },
      {
        name: "Persentase tenaga kerja berkeahlian menengah dan tinggi",
        unit: "persen",
        polarity: "maximize",
        base: 39,
        step: 1.2,
      },
    ],
    functional: "Instruktur",
    technicalUnit: "Balai Besar Pelatihan Vokasi dan Produktivitas",
  },
  {
    key: "desa",
    programs: ["Pembangunan Desa dan Kawasan Perdesaan", "Pembangunan Daerah Tertinggal dan Transmigrasi"],
    ditjen: [
      "Pembangunan Desa dan Perdesaan",
      "Pembangunan Daerah Tertinggal",
      "Pengembangan Kawasan Transmigrasi",
    ],
    objects: [
      "dana desa",
      "badan usaha milik desa",
      "pembangunan daerah tertinggal",
      "kawasan transmigrasi",
      "pemberdayaan masyarakat desa",
      "sarana prasarana desa",
    ],
    reach: [
      { noun: "desa", unit: "desa" },
      { noun: "BUMDes", unit: "BUMDes" },
      { noun: "kawasan transmigrasi", unit: "kawasan" },
    ],
    outcome: ["kemandirian desa dan pemerataan antarwilayah"],
    outcomeIndicators: [
      { name: "Jumlah desa mandiri", unit: "desa", polarity: "maximize", base: 11456, step: 1800 },
      {
        name: "Jumlah daerah tertinggal yang terentaskan",
        unit: "kab",
        polarity: "maximize",
        base: 25,
        step: 5,
      },
    ],
    functional: "Penggerak Swadaya Masyarakat",
    technicalUnit: "Balai Besar Pelatihan Masyarakat",
  },
  {
    key: "hukum",
    programs: ["Penegakan dan Pelayanan Hukum", "Pembentukan Regulasi"],
    ditjen: ["Administrasi Hukum Umum", "Pemasyarakatan", "Imigrasi", "Peraturan Perundang-undangan"],
    objects: [
      "pelayanan keimigrasian",
      "pembinaan warga binaan pemasyarakatan",
      "bantuan hukum bagi masyarakat miskin",
      "harmonisasi peraturan",
      "pelindungan kekayaan intelektual",
      "administrasi hukum umum",
    ],
    reach: [
      { noun: "warga binaan", unit: "orang" },
      { noun: "pemohon layanan", unit: "permohonan" },
      { noun: "rancangan peraturan", unit: "rancangan" },
    ],
    outcome: ["kepastian hukum dan pelayanan publik yang berkeadilan"],
    outcomeIndicators: [
      { name: "Indeks Pembangunan Hukum", unit: "indeks", polarity: "maximize", base: 0.61, step: 0.02 },
      { name: "Indeks kepuasan layanan hukum", unit: "indeks", polarity: "maximize", base: 3.4, step: 0.05 },
    ],
    functional: "Perancang Peraturan Perundang-undangan",
    technicalUnit: "Lembaga Pemasyarakatan",
  },
  {
    key: "tatakelola",
    generic: true,
    programs: ["Dukungan Manajemen"],
    ditjen: ["Sekretariat Jenderal"],
    objects: [
      "perencanaan dan penganggaran",
      "pengelolaan keuangan dan barang milik negara",
      "organisasi dan tata laksana",
      "pengelolaan sumber daya manusia aparatur",
      "hubungan masyarakat",
      "layanan hukum dan kerja sama",
      "pengadaan barang dan jasa",
      "sistem informasi dan data",
      "pengawasan internal",
      "reformasi birokrasi",
    ],
    reach: [
      { noun: "dokumen", unit: "dokumen" },
      { noun: "laporan", unit: "laporan" },
      { noun: "pegawai", unit: "orang" },
    ],
    outcome: ["tata kelola pemerintahan yang baik dan akuntabel"],
    outcomeIndicators: [
      { name: "Indeks Reformasi Birokrasi", unit: "nilai", polarity: "maximize", base: 72.5, step: 1.5 },
      { name: "Opini BPK atas Laporan Keuangan", unit: "opini", polarity: "stabilize", base: "WTP", step: 0 },
      { name: "Nilai SAKIP", unit: "nilai", polarity: "maximize", base: 74, step: 1 },
    ],
    functional: "Analis Kebijakan",
    technicalUnit: "Pusat Pendidikan dan Pelatihan",
  },
];

export const GOAL_OPENINGS = ["Meningkatnya", "Terwujudnya", "Menguatnya"] as const;
export const TARGET_OPENINGS = [
  "Meningkatnya",
  "Terwujudnya",
  "Menguatnya",
  "Meratanya",
  "Terjaminnya",
] as const;
export const TARGET_QUALIFIERS = [
  "yang inklusif",
  "yang berkelanjutan",
  "di seluruh wilayah",
  "bagi kelompok rentan",
  "berbasis data",
] as const;

export const ACTIVITY_VERBS = [
  "Penyelenggaraan",
  "Pengelolaan",
  "Peningkatan",
  "Pengembangan",
  "Penyediaan",
  "Pembinaan",
  "Fasilitasi",
  "Penguatan",
  "Pelaksanaan",
  "Pengendalian",
  "Percepatan",
] as const;

export const STATEMENT_OPENINGS = [
  "Meningkatnya kualitas",
  "Meningkatnya cakupan",
  "Meningkatnya akses",
  "Meningkatnya efektivitas",
  "Terwujudnya pemerataan",
  "Tercapainya sasaran",
] as const;

export const OUTPUT_HEADS = [
  "Layanan",
  "Bantuan",
  "Sarana dan prasarana",
  "Dokumen perencanaan",
  "Rekomendasi kebijakan",
  "Fasilitasi",
  "Pelatihan",
  "Sertifikasi",
  "Data dan informasi",
  "Norma, standar, prosedur dan kriteria",
] as const;

export const OUTPUT_ENDINGS = [
  "tersalurkan",
  "terlaksana",
  "terbangun",
  "tersusun",
  "terfasilitasi",
  "termutakhirkan",
  "terverifikasi",
  "tersedia",
] as const;

export const REGIONS = [
  "Sumatera",
  "Jawa",
  "Kalimantan",
  "Sulawesi",
  "Bali dan Nusa Tenggara",
  "Maluku",
  "Papua",
] as const;

export const CITIES = [
  "Banda Aceh",
  "Medan",
  "Padang",
  "Pekanbaru",
  "Jambi",
  "Palembang",
  "Bengkulu",
  "Bandar Lampung",
  "Serang",
  "Bandung",
  "Semarang",
  "Yogyakarta",
  "Surabaya",
  "Denpasar",
  "Mataram",
  "Kupang",
  "Pontianak",
  "Palangka Raya",
  "Banjarmasin",
  "Samarinda",
  "Makassar",
  "Manado",
  "Palu",
  "Kendari",
  "Gorontalo",
  "Mamuju",
  "Ambon",
  "Ternate",
  "Jayapura",
  "Merauke",
] as const;

export const CONDITION_PATTERNS = [
  (object: string) => `Data ${object} akurat, mutakhir dan dipakai bersama`,
  (object: string) => `Koordinasi lintas sektor dalam ${object} berjalan efektif`,
  (object: string) => `Pemerintah daerah berkomitmen mendukung ${object}`,
  (object: string) => `Masyarakat memahami dan memanfaatkan ${object}`,
  (object: string) => `Regulasi ${object} selaras antara pusat dan daerah`,
] as const;

export const EXPERT_STAFF_FIELDS = [
  "Ekonomi dan Investasi",
  "Sosial dan Budaya",
  "Hukum dan Reformasi Birokrasi",
  "Teknologi dan Inovasi",
  "Hubungan Antarlembaga",
] as const;

export const BUREAUS = [
  "Biro Perencanaan",
  "Biro Keuangan dan Barang Milik Negara",
  "Biro Organisasi dan Sumber Daya Manusia",
  "Biro Hukum dan Kerja Sama",
  "Biro Umum dan Pengadaan",
  "Biro Hubungan Masyarakat",
] as const;

export const KRO_CODES = [
  "QEA",
  "QAH",
  "QDB",
  "RBS",
  "SCM",
  "PBJ",
  "QIB",
  "RAB",
  "BDB",
  "UAB",
  "QMA",
  "SAB",
] as const;

export const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"] as const;

export const DATA_SOURCES = [
  "BPS, Susenas",
  "Pusdatin, DTKS",
  "Laporan kinerja unit",
  "Aplikasi KRISNA",
  "BPS, Sakernas",
] as const;
