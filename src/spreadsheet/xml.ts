// A small XML reader for the parts of an XLSX file: elements, attributes and
// text, with the five named entities and numeric character references. No
// DTDs, no external entities (a DOCTYPE is skipped, never expanded), so a
// hostile file cannot make it fetch or blow up anything. Pure: runs in the
// browser and in Node tests alike.

export interface XmlElement {
  /** The name without its namespace prefix ("worksheet" for "x:worksheet"). */
  readonly name: string;
  /** Attributes by their name without prefix ("id" for "r:id"). */
  readonly attrs: ReadonlyMap<string, string>;
  readonly children: readonly (XmlElement | string)[];
}

const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|(<)/g;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Replaces entity and character references in text or an attribute value. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (ref[0] !== "#") return NAMED[ref] ?? whole;
    const code = ref[1] === "x" ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

interface Building {
  name: string;
  attrs: Map<string, string>;
  children: (XmlElement | string)[];
}

/** Parses an XML document into its root element. Throws on text that is not well nested. */
export function parseXml(text: string): XmlElement {
  const root: Building = { name: "#document", attrs: new Map(), children: [] };
  const stack: Building[] = [root];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const [, cdata, closing, tag, attributes, selfClosing, chars, stray] = match;
    const top = stack.at(-1)!;
    if (stray !== undefined) throw new Error("Malformed XML");
    if (chars !== undefined) {
      if (stack.length > 1) top.children.push(decodeEntities(chars));
    } else if (cdata !== undefined) {
      top.children.push(cdata);
    } else if (tag !== undefined) {
      const name = localName(tag);
      if (closing) {
        if (stack.length < 2 || top.name !== name) throw new Error(`Unexpected </${tag}>`);
        stack.pop();
        stack.at(-1)!.children.push(top as XmlElement);
        continue;
      }
      const attrs = new Map<string, string>();
      ATTRIBUTE.lastIndex = 0;
      for (let a = ATTRIBUTE.exec(attributes ?? ""); a !== null; a = ATTRIBUTE.exec(attributes ?? "")) {
        const key = localName(a[1]!);
        if (!attrs.has(key) || a[1] === key) attrs.set(key, decodeEntities(a[2] ?? a[3] ?? ""));
      }
      const element: Building = { name, attrs, children: [] };
      if (selfClosing) top.children.push(element as XmlElement);
      else stack.push(element);
    }
    // Anything else (a comment, a processing instruction, the DOCTYPE) carries no data.
  }
  if (stack.length !== 1) throw new Error("Unclosed XML element");
  const first = root.children.find((child): child is XmlElement => typeof child !== "string");
  if (!first) throw new Error("No XML element");
  return first;
}

/** The child elements named `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement => typeof child !== "string" && child.name === name,
  );
}

export function firstChild(element: XmlElement, name: string): XmlElement | undefined {
  for (const child of element.children) if (typeof child !== "string" && child.name === name) return child;
  return undefined;
}

/** All text inside an element, in order. */
export function textOf(element: XmlElement): string {
  let text = "";
  for (const child of element.children) text += typeof child === "string" ? child : textOf(child);
  return text;
}

/** Text safe inside an XML element or a double-quoted attribute. Characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
