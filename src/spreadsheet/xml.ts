// A small XML reader for the parts of an XLSX file: elements, attributes and
// text, with the five named entities and numeric character references. No
// DTDs, no external entities (a DOCTYPE is skipped, never expanded), so a
// hostile file cannot make it fetch or blow up anything. Pure: runs in the
// browser and in Node tests alike.

export interface XmlAttributes {
  get(name: string): string | undefined;
}

export interface XmlElement {
  /** The name without its namespace prefix ("worksheet" for "x:worksheet"). */
  readonly name: string;
  /** Attributes by their name without prefix ("id" for "r:id"). */
  readonly attrs: XmlAttributes;
  readonly children: readonly (XmlElement | string)[];
}

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
  attrs: XmlAttributes;
  children: (XmlElement | string)[];
}

const NO_ATTRIBUTES: XmlAttributes = { get: () => undefined };

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * The attributes of a tag, read from its text only when asked for: a sheet has
 * hundreds of thousands of cells, and building a map for each was most of the
 * time of reading a workbook.
 */
class SourceAttributes implements XmlAttributes {
  constructor(private readonly source: string) {}

  get(name: string): string | undefined {
    const text = this.source;
    let i = 0;
    let prefixedValue: string | undefined;
    while (i < text.length) {
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
      const keyStart = i;
      while (i < text.length && text[i] !== "=" && !isSpace(text.charCodeAt(i))) i++;
      const key = text.slice(keyStart, i);
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
      if (text[i] !== "=") return prefixedValue; // not an attribute list we understand: stop
      i++;
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
      const quote = text[i];
      if (quote !== '"' && quote !== "'") return prefixedValue;
      const close = text.indexOf(quote, i + 1);
      if (close < 0) return prefixedValue;
      if (key === name) return decodeEntities(text.slice(i + 1, close));
      // "r:id" answers to "id" when no unprefixed "id" comes.
      if (prefixedValue === undefined && localName(key) === name)
        prefixedValue = decodeEntities(text.slice(i + 1, close));
      i = close + 1;
    }
    return prefixedValue;
  }
}

/** Where the tag that opens at `start` ends (its `>`), skipping `>` inside quoted attribute values. */
function tagEnd(text: string, start: number): number {
  let quote = "";
  for (let i = start + 1; i < text.length; i++) {
    const char = text[i];
    if (quote !== "") {
      if (char === quote) quote = "";
    } else if (char === '"' || char === "'") quote = char;
    else if (char === ">") return i;
  }
  return -1;
}

/**
 * Parses an XML document into its root element. Throws on text that is not well
 * nested. A plain scanner (indexOf), not one big regular expression: a sheet of
 * ten thousand rows is a few hundred thousand elements.
 */
export function parseXml(text: string): XmlElement {
  const root: Building = { name: "#document", attrs: NO_ATTRIBUTES, children: [] };
  const stack: Building[] = [root];
  let top = root;
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf("<", i);
    const end = lt < 0 ? text.length : lt;
    if (end > i && stack.length > 1) top.children.push(decodeEntities(text.slice(i, end)));
    if (lt < 0) break;
    if (text.startsWith("<!--", lt)) {
      const close = text.indexOf("-->", lt + 4);
      if (close < 0) throw new Error("Unclosed XML comment");
      i = close + 3;
    } else if (text.startsWith("<![CDATA[", lt)) {
      const close = text.indexOf("]]>", lt + 9);
      if (close < 0) throw new Error("Unclosed CDATA");
      top.children.push(text.slice(lt + 9, close));
      i = close + 3;
    } else if (text.startsWith("<?", lt)) {
      const close = text.indexOf("?>", lt + 2);
      if (close < 0) throw new Error("Unclosed processing instruction");
      i = close + 2;
    } else if (text.startsWith("<!", lt)) {
      // A DOCTYPE carries no data and is never expanded.
      const close = text.indexOf(">", lt + 2);
      if (close < 0) throw new Error("Unclosed declaration");
      i = close + 1;
    } else {
      const gt = tagEnd(text, lt);
      if (gt < 0) throw new Error("Unclosed XML tag");
      i = gt + 1;
      if (text[lt + 1] === "/") {
        const name = localName(text.slice(lt + 2, gt).trim());
        if (stack.length < 2 || top.name !== name) throw new Error(`Unexpected </${name}>`);
        stack.pop();
        const parent = stack[stack.length - 1]!;
        parent.children.push(top as XmlElement);
        top = parent;
        continue;
      }
      const selfClosing = text[gt - 1] === "/";
      const inner = text.slice(lt + 1, selfClosing ? gt - 1 : gt);
      const space = inner.search(/\s/);
      const tag = space < 0 ? inner : inner.slice(0, space);
      if (!/^[A-Za-z_][\w.:-]*$/.test(tag)) throw new Error("Malformed XML tag");
      const element: Building = {
        name: localName(tag),
        attrs: space < 0 ? NO_ATTRIBUTES : new SourceAttributes(inner.slice(space)),
        children: [],
      };
      if (selfClosing) top.children.push(element as XmlElement);
      else {
        stack.push(element);
        top = element;
      }
    }
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
