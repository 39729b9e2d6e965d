import type { FormatIssue, FormatIssueCode, IssueLanguage } from "./issues.ts";

// How the problems a reader reports about a file (issues.ts) read in English
// and in Bahasa Indonesia. Kept apart from the issues themselves: loading a
// file needs the codes on every start, the sentences only when something is
// wrong, so they load then.

const TYPE_NAMES: Record<IssueLanguage, Record<string, string>> = {
  en: {
    object: "an object",
    array: "a list",
    string: "text",
    number: "a number",
    integer: "a whole number",
    boolean: "true or false",
    null: "null",
    missing: "nothing",
  },
  id: {
    object: "objek",
    array: "daftar",
    string: "teks",
    number: "angka",
    integer: "bilangan bulat",
    boolean: "true atau false",
    null: "null",
    missing: "tidak ada",
  },
};

function typeName(name: string | number | undefined, lang: IssueLanguage): string {
  const names = TYPE_NAMES[lang];
  const parts = String(name ?? "value").split("|");
  return parts.map((part) => names[part] ?? part).join(lang === "en" ? " or " : " atau ");
}

const COLLECTION_NAMES: Record<IssueLanguage, Record<string, string>> = {
  en: {
    nodes: "nodes",
    indicators: "indicators (of all nodes)",
    links: "links",
    structures: "structures",
    alignments: "alignments",
    units: "units of this structure",
  },
  id: {
    nodes: "simpul",
    indicators: "indikator (seluruh simpul)",
    links: "tautan",
    structures: "struktur",
    alignments: "penyelarasan",
    units: "unit dalam struktur ini",
  },
};

const TARGET_NAMES: Record<IssueLanguage, Record<string, string>> = {
  en: { node: "a node", unit: "a unit", structure: "a structure", indicator: "an indicator" },
  id: { node: "simpul", unit: "unit", structure: "struktur", indicator: "indikator" },
};

function quote(value: string | number | undefined): string {
  return JSON.stringify(String(value ?? ""));
}

function mb(bytes: string | number | undefined): string {
  const n = Number(bytes);
  if (!Number.isFinite(n)) return "?";
  return (n / (1024 * 1024)).toFixed(1).replace(/\.0$/, "");
}

type Params = Readonly<Record<string, string | number>>;

function sentenceEn(code: FormatIssueCode, p: Params): string {
  switch (code) {
    case "not_json":
      return p.line !== undefined
        ? `The file is not valid JSON (problem at line ${p.line}, column ${p.column}).`
        : "The file is not valid JSON.";
    case "invalid_utf8":
      return "The file is not UTF-8 text (it may be a binary file or use another encoding).";
    case "wrong_format":
      if (p.found === "strategy-map-report")
        return 'This is a Selaras alignment report, not a document: import the document file (format "strategy-map") instead.';
      return 'This is not a Selaras document: it has no "format": "strategy-map" field.';
    case "newer_version":
      return `This file was made by a newer version of Selaras (format version ${p.version}); this version reads up to ${p.supported}. Update Selaras to open it.`;
    case "unsupported_version":
      return `format version ${quote(p.version)} is not supported: this version of Selaras reads format versions 1 to ${p.supported}.`;
    case "migration_failed":
      return `could not upgrade the file from format version ${p.from}${p.detail ? `: ${p.detail}` : ""}.`;
    case "too_large":
      if (p.unit === "bytes")
        return `The file is too large (${mb(p.actual)} MB); files up to ${mb(p.limit)} MB can be opened.`;
      return `too many items (${p.actual}); at most ${p.limit} are allowed.`;
    case "wrong_type":
      return `must be ${typeName(p.expected, "en")}, not ${typeName(p.received, "en")}.`;
    case "missing_field":
      return "this required field is missing.";
    case "unknown_field":
      return "unknown field: format version 1 has no field of this name.";
    case "bad_enum":
      return `must be one of ${p.options}${p.received !== undefined ? ` (found ${quote(p.received)})` : ""}.`;
    case "too_long":
      return `is too long: at most ${p.maximum} characters.`;
    case "too_short":
      return Number(p.minimum) <= 1
        ? "must not be empty."
        : `is too short: at least ${p.minimum} characters.`;
    case "out_of_range":
      if (p.minimum !== undefined && p.maximum !== undefined)
        return `must be between ${p.minimum} and ${p.maximum}${p.received !== undefined ? ` (found ${p.received})` : ""}.`;
      if (p.minimum !== undefined) return `must be at least ${p.minimum}.`;
      return `must be at most ${p.maximum}.`;
    case "bad_id":
      return "is not a valid id: use 1 to 64 characters, only letters A-Z a-z, digits and _ . : -";
    case "bad_date_time":
      return "must be a date and time such as 2024-05-01T08:00:00Z (RFC 3339, with a time zone).";
    case "bad_year":
      return "target years must be four-digit years such as 2024.";
    case "duplicate_id":
      return `id ${quote(p.id)} is used twice among the ${COLLECTION_NAMES.en[String(p.collection)] ?? p.collection}${p.first ? ` (first at ${p.first})` : ""}.`;
    case "dangling_reference":
      if (p.target === "unit" && p.structureId !== undefined)
        return `${quote(p.id)} is not a unit of structure ${quote(p.structureId)}.`;
      return `${quote(p.id)} is not the id of ${TARGET_NAMES.en[String(p.target)] ?? p.target} in this document.`;
    case "cycle":
      if (p.kind === "link")
        return `links and parent edges form a loop (${p.cycle}); a link must not lead back to where it starts.`;
      return `following parents comes back to ${quote(p.id)} (${p.cycle}); the tree must not loop.`;
    case "self_link":
      return `a link must join two different nodes (from and to are both ${quote(p.id)}).`;
    case "duplicate_link":
      return `a link from ${quote(p.from)} to ${quote(p.to)} already exists${p.first ? ` (${p.first})` : ""}.`;
    case "duplicate_alignment":
      return `the same alignment (structure, unit, node, indicator and role) is already given${p.first ? ` at ${p.first}` : ""}.`;
    case "indicator_not_of_node":
      return `indicator ${quote(p.indicatorId)} belongs to node ${quote(p.ownerId)}, not to node ${quote(p.nodeId)}.`;
    case "period_order":
      return `the period ends (${p.end}) before it starts (${p.start}).`;
    case "period_too_long":
      return `the period is ${p.years} years long; at most ${p.maximum} years are allowed.`;
    case "invalid_value":
      return "this value is not allowed here.";
    case "internal_error":
      return `Selaras could not read this file because of an internal error${p.detail ? ` (${p.detail})` : ""}.`;
  }
}

function sentenceId(code: FormatIssueCode, p: Params): string {
  switch (code) {
    case "not_json":
      return p.line !== undefined
        ? `Berkas ini bukan JSON yang sah (masalah di baris ${p.line}, kolom ${p.column}).`
        : "Berkas ini bukan JSON yang sah.";
    case "invalid_utf8":
      return "Berkas ini bukan teks UTF-8 (mungkin berkas biner atau memakai pengodean lain).";
    case "wrong_format":
      if (p.found === "strategy-map-report")
        return 'Ini laporan penyelarasan Selaras, bukan dokumen: impor berkas dokumennya (format "strategy-map").';
      return 'Ini bukan dokumen Selaras: tidak ada kolom "format": "strategy-map".';
    case "newer_version":
      return `Berkas ini dibuat oleh versi Selaras yang lebih baru (format versi ${p.version}); versi ini hanya dapat membaca sampai format versi ${p.supported}. Perbarui Selaras untuk membukanya.`;
    case "unsupported_version":
      return `format versi ${quote(p.version)} tidak didukung: versi Selaras ini membaca format versi 1 sampai ${p.supported}.`;
    case "migration_failed":
      return `berkas tidak dapat ditingkatkan dari format versi ${p.from}${p.detail ? `: ${p.detail}` : ""}.`;
    case "too_large":
      if (p.unit === "bytes")
        return `Berkas terlalu besar (${mb(p.actual)} MB); berkas yang dapat dibuka paling besar ${mb(p.limit)} MB.`;
      return `terlalu banyak butir (${p.actual}); paling banyak ${p.limit}.`;
    case "wrong_type":
      return `harus ${typeName(p.expected, "id")}, bukan ${typeName(p.received, "id")}.`;
    case "missing_field":
      return "kolom wajib ini tidak ada.";
    case "unknown_field":
      return "kolom tidak dikenal: format versi 1 tidak memiliki kolom dengan nama ini.";
    case "bad_enum":
      return `harus salah satu dari ${p.options}${p.received !== undefined ? ` (ditemukan ${quote(p.received)})` : ""}.`;
    case "too_long":
      return `terlalu panjang: paling banyak ${p.maximum} karakter.`;
    case "too_short":
      return Number(p.minimum) <= 1
        ? "tidak boleh kosong."
        : `terlalu pendek: paling sedikit ${p.minimum} karakter.`;
    case "out_of_range":
      if (p.minimum !== undefined && p.maximum !== undefined)
        return `harus antara ${p.minimum} dan ${p.maximum}${p.received !== undefined ? ` (ditemukan ${p.received})` : ""}.`;
      if (p.minimum !== undefined) return `paling kecil ${p.minimum}.`;
      return `paling besar ${p.maximum}.`;
    case "bad_id":
      return "bukan id yang sah: gunakan 1 sampai 64 karakter, hanya huruf A-Z a-z, angka, dan _ . : -";
    case "bad_date_time":
      return "harus berupa tanggal dan waktu seperti 2024-05-01T08:00:00Z (RFC 3339, dengan zona waktu).";
    case "bad_year":
      return "tahun target harus tahun empat angka seperti 2024.";
    case "duplicate_id":
      return `id ${quote(p.id)} dipakai dua kali di antara ${COLLECTION_NAMES.id[String(p.collection)] ?? p.collection}${p.first ? ` (pertama di ${p.first})` : ""}.`;
    case "dangling_reference":
      if (p.target === "unit" && p.structureId !== undefined)
        return `${quote(p.id)} bukan unit dari struktur ${quote(p.structureId)}.`;
      return `${quote(p.id)} bukan id ${TARGET_NAMES.id[String(p.target)] ?? p.target} dalam dokumen ini.`;
    case "cycle":
      if (p.kind === "link")
        return `tautan dan garis induk membentuk lingkaran (${p.cycle}); tautan tidak boleh kembali ke titik awalnya.`;
      return `menelusuri induk kembali ke ${quote(p.id)} (${p.cycle}); pohon tidak boleh melingkar.`;
    case "self_link":
      return `tautan harus menghubungkan dua simpul yang berbeda (dari dan ke sama-sama ${quote(p.id)}).`;
    case "duplicate_link":
      return `tautan dari ${quote(p.from)} ke ${quote(p.to)} sudah ada${p.first ? ` (${p.first})` : ""}.`;
    case "duplicate_alignment":
      return `penyelarasan yang sama (struktur, unit, simpul, indikator, dan peran) sudah ada${p.first ? ` di ${p.first}` : ""}.`;
    case "indicator_not_of_node":
      return `indikator ${quote(p.indicatorId)} milik simpul ${quote(p.ownerId)}, bukan simpul ${quote(p.nodeId)}.`;
    case "period_order":
      return `periode berakhir (${p.end}) sebelum dimulai (${p.start}).`;
    case "period_too_long":
      return `periode ini ${p.years} tahun; paling lama ${p.maximum} tahun.`;
    case "invalid_value":
      return "nilai ini tidak diperbolehkan di sini.";
    case "internal_error":
      return `Selaras tidak dapat membaca berkas ini karena kesalahan internal${p.detail ? ` (${p.detail})` : ""}.`;
  }
}

/** One sentence for an issue: `path: what is wrong`, or just the sentence for the whole file. */
export function describeIssue(item: FormatIssue, lang: IssueLanguage = "en"): string {
  const params = item.params ?? {};
  const sentence = lang === "id" ? sentenceId(item.code, params) : sentenceEn(item.code, params);
  return item.path === "" ? sentence : `${item.path}: ${sentence}`;
}
