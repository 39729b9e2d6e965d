// PNG text chunks, written and read without a library: the exported document
// travels inside the image as a `tEXt` chunk, so that Import of the PNG reopens
// it. tEXt holds Latin-1 only; the JSON is written with every character beyond
// ASCII as a \u escape, which is the same JSON data, so any PNG tool keeps it
// intact and any JSON reader gets the same document back. iTXt (UTF-8,
// uncompressed) is read too, for images that other tools rewrote.

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The keyword of the chunk that carries the document. */
export const PNG_KEYWORD = "selaras-document";

let table: Uint32Array | null = null;

/** CRC-32 (ISO 3309, the polynomial PNG uses) of the bytes. */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = start; i < end; i++) crc = table[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && SIGNATURE.every((b, i) => bytes[i] === b);
}

/** JSON text with every non-ASCII character escaped: pure ASCII, and the same JSON value. */
export function asciiJson(json: string): string {
  return json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

/** The PNG with a tEXt chunk `keyword` = `text` (ASCII) inserted before IEND. */
export function addTextChunk(png: Uint8Array, keyword: string, text: string): Uint8Array<ArrayBuffer> {
  if (!isPng(png)) throw new Error("not a PNG image");
  if (!/^[\x20-\x7e]{1,79}$/.test(keyword)) throw new Error("bad PNG keyword");
  // biome-ignore lint/suspicious/noControlCharactersInRegex: any ASCII character, controls included
  if (!/^[\x00-\x7f]*$/.test(text)) throw new Error("tEXt text must be ASCII here");
  const data = new Uint8Array(keyword.length + 1 + text.length);
  for (let i = 0; i < keyword.length; i++) data[i] = keyword.charCodeAt(i);
  data[keyword.length] = 0;
  for (let i = 0; i < text.length; i++) data[keyword.length + 1 + i] = text.charCodeAt(i);
  const iend = findChunk(png, "IEND");
  if (iend < 0) throw new Error("PNG without IEND");
  const added = chunk("tEXt", data);
  const out = new Uint8Array(png.length + added.length);
  out.set(png.subarray(0, iend), 0);
  out.set(added, iend);
  out.set(png.subarray(iend), iend + added.length);
  return out;
}

function findChunk(png: Uint8Array, type: string): number {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let at = 8;
  while (at + 12 <= png.length) {
    const length = view.getUint32(at);
    const name = String.fromCharCode(png[at + 4]!, png[at + 5]!, png[at + 6]!, png[at + 7]!);
    if (name === type) return at;
    at += 12 + length;
  }
  return -1;
}

export type PngTextResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: "not_png" | "no_text" | "bad_crc" | "truncated" };

/** The text of the chunk named `keyword` (tEXt, or uncompressed iTXt); its CRC is checked. */
export function readTextChunk(png: Uint8Array, keyword: string): PngTextResult {
  if (!isPng(png)) return { ok: false, reason: "not_png" };
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let at = 8;
  while (at + 12 <= png.length) {
    const length = view.getUint32(at);
    const end = at + 8 + length;
    if (end + 4 > png.length) return { ok: false, reason: "truncated" };
    const type = String.fromCharCode(png[at + 4]!, png[at + 5]!, png[at + 6]!, png[at + 7]!);
    if (type === "tEXt" || type === "iTXt") {
      const data = png.subarray(at + 8, end);
      const zero = data.indexOf(0);
      const name = zero < 0 ? "" : String.fromCharCode(...data.subarray(0, zero));
      if (name === keyword) {
        if (view.getUint32(end) !== crc32(png, at + 4, end)) return { ok: false, reason: "bad_crc" };
        if (type === "tEXt") return { ok: true, text: latin1(data.subarray(zero + 1)) };
        // iTXt: keyword\0 compression-flag compression-method language\0 translated\0 text
        const flag = data[zero + 1];
        if (flag !== 0) return { ok: false, reason: "no_text" };
        let p = zero + 3;
        p = data.indexOf(0, p) + 1; // language tag
        p = data.indexOf(0, p) + 1; // translated keyword
        if (p <= 0) return { ok: false, reason: "truncated" };
        return { ok: true, text: new TextDecoder().decode(data.subarray(p)) };
      }
    }
    if (type === "IEND") break;
    at = end + 4;
  }
  return { ok: false, reason: "no_text" };
}

function latin1(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return text;
}
