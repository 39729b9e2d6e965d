// The problems a reader reports about a file, and how they read in English and
// in Bahasa Indonesia. An issue is data (a path, a code and a few parameters) so
// the UI, the tests and other tools can act on it; `describeIssue` turns it into
// a sentence.

/** At most this many issues are reported for one file ("the first ten"). */
export const MAX_ISSUES = 10;

export const FORMAT_ISSUE_CODES = [
  /** The text is not JSON. params: line, column (1-based) when known. */
  "not_json",
  /** The bytes are not UTF-8 text. */
  "invalid_utf8",
  /** The JSON is not a Selaras document (no `"format": "strategy-map"`). params: found. */
  "wrong_format",
  /** Made by a newer version of Selaras. params: version, supported. */
  "newer_version",
  /** A version this reader cannot read (below 1, not whole, or no migration step). params: version, supported. */
  "unsupported_version",
  /** A migration step failed. params: from, detail. */
  "migration_failed",
  /** The file, or a list in it, is over the limit. params: limit, actual, unit ("bytes" | "items"). */
  "too_large",
  /** A value of the wrong JSON type. params: expected ("object", "array", "string", "number", "integer", "boolean", "null", or several joined by "|"), received. */
  "wrong_type",
  /** A required field is absent. */
  "missing_field",
  /** A field that format version 1 does not have. The path ends with the field name. */
  "unknown_field",
  /** A value outside its list. params: options (comma separated), received. */
  "bad_enum",
  /** A text over its length. params: maximum. */
  "too_long",
  /** A text under its length (an empty required text). params: minimum. */
  "too_short",
  /** A number outside its range. params: minimum and/or maximum. */
  "out_of_range",
  /** An id that is not 1-64 of the characters A-Z a-z 0-9 _ . : - */
  "bad_id",
  /** A date-time that is not RFC 3339 (e.g. 2024-05-01T08:00:00Z). */
  "bad_date_time",
  /** A target key that is not a four-digit year. */
  "bad_year",
  /** The same id twice in one collection. params: collection, id, first (path of the first one), structureId for units. */
  "duplicate_id",
  /** A reference to something that does not exist. params: target ("node" | "unit" | "structure" | "indicator"), id, structureId for units. */
  "dangling_reference",
  /** Following parents (or parents and links) comes back to the start. params: kind ("node_parent" | "unit_parent" | "link"), id, cycle. */
  "cycle",
  /** A link from a node to itself. params: id. */
  "self_link",
  /** Two links with the same from and to. params: from, to, first. */
  "duplicate_link",
  /** Two alignments with the same structure, unit, node, indicator and role. params: first. */
  "duplicate_alignment",
  /** An alignment's indicator belongs to another node. params: indicatorId, nodeId, ownerId. */
  "indicator_not_of_node",
  /** meta.period.end before meta.period.start. params: start, end. */
  "period_order",
  /** The period is over 25 years. params: years, maximum. */
  "period_too_long",
  /** Any other value the schema refuses. */
  "invalid_value",
  /** The reader itself failed; should never happen. params: detail. */
  "internal_error",
] as const;

export type FormatIssueCode = (typeof FORMAT_ISSUE_CODES)[number];

export interface FormatIssue {
  /** Where, e.g. `nodes[3].indicators[0].targets.2024` or `meta.period.end`; "" for the whole file. */
  readonly path: string;
  readonly code: FormatIssueCode;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type IssueLanguage = "en" | "id";

export type PathSegment = string | number;

const PLAIN_KEY = /^[A-Za-z0-9_$]+$/;

/**
 * Writes a path as `a.b[3].c`. A key with other characters (dots, dashes, spaces)
 * is written as `["key"]` so the path stays unambiguous: `layout.nodes["ss1-i1"]`.
 */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = "";
  for (const segment of segments) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Appends segments to an already formatted path. */
export function joinPath(base: string, ...segments: readonly PathSegment[]): string {
  const tail = formatPath(segments);
  if (base === "" || tail === "") return base + tail;
  return tail.startsWith("[") ? base + tail : `${base}.${tail}`;
}

export function issue(
  path: string,
  code: FormatIssueCode,
  params?: Record<string, string | number>,
): FormatIssue {
  return params === undefined ? { path, code } : { path, code, params };
}

/** Collects issues up to MAX_ISSUES; `full` tells a checker it may stop. */
export class IssueList {
  readonly items: FormatIssue[] = [];
  readonly limit: number;
  constructor(limit: number = MAX_ISSUES) {
    this.limit = limit;
  }
  get full(): boolean {
    return this.items.length >= this.limit;
  }
  add(path: string, code: FormatIssueCode, params?: Record<string, string | number>): void {
    if (!this.full) this.items.push(issue(path, code, params));
  }
}

// ---------------------------------------------------------------------------
// Sentences

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
