import { escapeJsonText, escapeXml, num } from "./xml";

// The outer SVG of every exported image: size, background, title, the shared
// definitions (arrowheads, patterns) and the document itself embedded as
// metadata, so that importing the image reopens the document.

/** A drawn view: its size in CSS pixels and its SVG content, placed from (0, 0). */
export interface ImageScene {
  readonly width: number;
  readonly height: number;
  readonly defs: readonly string[];
  readonly body: string;
}

export interface SvgOptions {
  readonly background: "white" | "transparent";
  readonly title: string;
  /** The document as its JSON file (the Export JSON serialisation), or null to embed nothing. */
  readonly documentJson: string | null;
}

/** The element that carries the embedded document; read back by readEmbeddedSvg. */
export const EMBED_ELEMENT = "selaras:document";
export const EMBED_NAMESPACE = "urn:x-selaras:document";

export const FONT_FAMILY = "Inter, 'Segoe UI', 'Noto Sans', 'DejaVu Sans', system-ui, sans-serif";

export function svgDocument(scene: ImageScene, options: SvgOptions): string {
  const width = Math.ceil(scene.width);
  const height = Math.ceil(scene.height);
  const parts = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_FAMILY)}">`,
    `<title>${escapeXml(options.title)}</title>`,
  ];
  if (options.documentJson !== null)
    parts.push(
      `<metadata><${EMBED_ELEMENT} xmlns:selaras="${EMBED_NAMESPACE}">${escapeJsonText(options.documentJson)}</${EMBED_ELEMENT}></metadata>`,
    );
  if (scene.defs.length > 0) parts.push(`<defs>${scene.defs.join("")}</defs>`);
  if (options.background === "white")
    parts.push(`<rect width="${num(width)}" height="${num(height)}" fill="#ffffff"/>`);
  parts.push(scene.body, "</svg>");
  return parts.join("\n");
}
