// Text from documents is text: every name, code or label that goes into an
// exported SVG passes through here, so `<script>` stays the characters
// "<script>" and never becomes markup.

const XML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

// Characters XML 1.0 does not allow at all (C0 controls other than tab, LF, CR;
// lone surrogates; U+FFFE/U+FFFF): dropped, or the SVG would not parse.
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters XML forbids
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

// Anything that needs work at all: most names need none, and are returned as they are.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML forbids are among those looked for
const NEEDS_WORK = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/** Escapes text for an XML text node or a quoted attribute value. */
export function escapeXml(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(NOT_XML, "").replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/**
 * Escapes JSON text (JSON.stringify output) for an XML text node. JSON text
 * never holds a raw control character or a lone surrogate (they are written as
 * \u escapes), so only the markup characters need escaping: fast on megabytes.
 */
export function escapeJsonText(json: string): string {
  return json.replace(/[&<>]/g, (c) => XML_ESCAPES[c]!);
}

/** Reverses escapeXml and the other XML character references (for reading embedded data back). */
export function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (whole, name: string) => {
    switch (name) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
    }
    const code = name.startsWith("#x")
      ? Number.parseInt(name.slice(2), 16)
      : Number.parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** A number as an SVG coordinate: at most two decimals, no "-0". */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? "0" : String(rounded);
}
