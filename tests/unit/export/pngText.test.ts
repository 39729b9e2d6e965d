// The PNG text chunk that carries the document: written, read back with its
// CRC checked, and refused when damaged.
import { describe, expect, it } from "vitest";
import { imageKind, readEmbeddedDocument } from "../../../src/export/embedded";
import { addTextChunk, asciiJson, crc32, PNG_KEYWORD, readTextChunk } from "../../../src/export/pngText";

function chunk(type: string, data: number[]): number[] {
  const bytes = new Uint8Array(12 + data.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) bytes[4 + i] = type.charCodeAt(i);
  bytes.set(data, 8);
  view.setUint32(8 + data.length, crc32(bytes, 4, 8 + data.length));
  return [...bytes];
}

/** A 1 × 1 PNG: signature, IHDR, one IDAT, IEND. */
function tinyPng(): Uint8Array {
  const ihdr = [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];
  const idat = [0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0x00, 0x00, 0x03, 0x01, 0x01, 0x00];
  return new Uint8Array([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...chunk("IHDR", ihdr),
    ...chunk("IDAT", idat),
    ...chunk("IEND", []),
  ]);
}

describe("CRC-32", () => {
  it("matches the standard check value", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe("PNG text chunk", () => {
  const json = JSON.stringify({
    title: "Renstra “Kemensos” – 2020",
    name: "<script>alert(1)</script>",
    emoji: "🌾",
  });

  it("writes the document before IEND and reads the same JSON back", () => {
    const png = addTextChunk(tinyPng(), PNG_KEYWORD, asciiJson(json));
    const iend = png.length - 12;
    expect(String.fromCharCode(...png.subarray(iend + 4, iend + 8))).toBe("IEND");
    const read = readTextChunk(png, PNG_KEYWORD);
    expect(read.ok).toBe(true);
    if (read.ok) expect(JSON.parse(read.text)).toEqual(JSON.parse(json));
    expect(readEmbeddedDocument(png, "png")).toEqual({ ok: true, json: asciiJson(json) });
  });

  it("writes only ASCII, as tEXt requires", () => {
    const png = addTextChunk(tinyPng(), PNG_KEYWORD, asciiJson(json));
    const text = readTextChunk(png, PNG_KEYWORD);
    expect(text.ok && /^[\x20-\x7e]*$/.test(text.text)).toBe(true);
  });

  it("refuses a chunk whose CRC does not match (a damaged file)", () => {
    const png = addTextChunk(tinyPng(), PNG_KEYWORD, asciiJson(json));
    const damaged = png.slice();
    const at = damaged.length - 12 - 10; // inside the text, before its CRC
    damaged[at] = damaged[at]! ^ 0x01;
    expect(readTextChunk(damaged, PNG_KEYWORD)).toEqual({ ok: false, reason: "bad_crc" });
    expect(readEmbeddedDocument(damaged, "png")).toEqual({ ok: false, reason: "damaged" });
  });

  it("says so when a PNG has no document", () => {
    expect(readTextChunk(tinyPng(), PNG_KEYWORD)).toEqual({ ok: false, reason: "no_text" });
    expect(readEmbeddedDocument(tinyPng(), "png")).toEqual({ ok: false, reason: "no_document" });
    const other = addTextChunk(tinyPng(), "Comment", "made elsewhere");
    expect(readEmbeddedDocument(other, "png")).toEqual({ ok: false, reason: "no_document" });
  });

  it("reads an uncompressed iTXt chunk in UTF-8", () => {
    const keyword = [...new TextEncoder().encode(PNG_KEYWORD)];
    const text = [...new TextEncoder().encode(json)];
    const itxt = chunk("iTXt", [...keyword, 0, 0, 0, 0, 0, ...text]);
    const base = tinyPng();
    const png = new Uint8Array([
      ...base.subarray(0, base.length - 12),
      ...itxt,
      ...base.subarray(base.length - 12),
    ]);
    expect(readTextChunk(png, PNG_KEYWORD)).toEqual({ ok: true, text: json });
  });

  it("tells images from other files", () => {
    expect(imageKind(tinyPng(), "x.bin")).toBe("png");
    const svg = new TextEncoder().encode('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(imageKind(svg, "drawing")).toBe("svg");
    expect(imageKind(new TextEncoder().encode('{"format":"strategy-map"}'), "doc.json")).toBeNull();
  });
});
