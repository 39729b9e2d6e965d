import { isPng, PNG_KEYWORD, readTextChunk } from "./pngText";
import { EMBED_ELEMENT } from "./svgDocument";
import { unescapeXml } from "./xml";

// Finds the document embedded in an exported image (PNG tEXt chunk, SVG
// metadata). The text found goes through the one load path (loadDocument)
// like any JSON file; this module only takes it out of the image.

export type EmbeddedResult =
  | { readonly ok: true; readonly json: string }
  | { readonly ok: false; readonly reason: "no_document" | "damaged" };

export type ImageKind = "png" | "svg";

/** Whether the bytes (or the file name) look like a PNG or an SVG image, or neither. */
export function imageKind(bytes: Uint8Array, fileName: string): ImageKind | null {
  if (isPng(bytes)) return "png";
  if (/\.svgz?$/i.test(fileName)) return "svg";
  // An SVG starts with an XML declaration, a comment or <svg, after optional whitespace or a BOM.
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head)) return "svg";
  return null;
}

export function readEmbeddedDocument(bytes: Uint8Array, kind: ImageKind): EmbeddedResult {
  if (kind === "png") {
    const result = readTextChunk(bytes, PNG_KEYWORD);
    if (result.ok) return { ok: true, json: result.text };
    return { ok: false, reason: result.reason === "no_text" ? "no_document" : "damaged" };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: "damaged" };
  }
  return readEmbeddedSvg(text);
}

const ELEMENT = new RegExp(`<${EMBED_ELEMENT}(?:\\s[^>]*)?>([\\s\\S]*?)</${EMBED_ELEMENT}\\s*>`);

/** The embedded JSON of an SVG: escaped text, or CDATA sections if another tool rewrote it so. */
export function readEmbeddedSvg(svg: string): EmbeddedResult {
  const match = ELEMENT.exec(svg);
  if (!match) return { ok: false, reason: "no_document" };
  let json = "";
  const content = match[1]!;
  let at = 0;
  const cdata = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
  for (let m = cdata.exec(content); m; m = cdata.exec(content)) {
    json += unescapeXml(content.slice(at, m.index)) + m[1]!;
    at = m.index + m[0].length;
  }
  json += unescapeXml(content.slice(at));
  return { ok: true, json };
}
