// @vitest-environment jsdom
// The SVG builders, checked the way a reader of the file would: parsed back
// with DOMParser, every name found as text, nothing run, lanes present, every
// line of text inside its card, and the document embedded so it reopens.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { childrenIndex } from "../../../src/domain/tree";
import type { PlanDocument } from "../../../src/domain/types";
import { readEmbeddedSvg } from "../../../src/export/embedded";
import { type CardContext, cardModel } from "../../../src/export/planCard";
import { svgDocument } from "../../../src/export/svgDocument";
import { buildViewSvg, type ImageView, type ViewImageInput } from "../../../src/export/viewImage";
import { textWidth } from "../../../src/export/wrap";
import { loadDocument } from "../../../src/format/load";
import { serializeDocument } from "../../../src/format/serialize";
import { formatNumber, translator } from "../../../src/i18n/translate";

function sample(): PlanDocument {
  const result = loadDocument(readFileSync("src/sample/kemensos-2020-2024.json", "utf8"));
  if (!result.ok) throw new Error("sample does not load");
  return result.document;
}

function card(doc: PlanDocument, indicators = true): CardContext {
  return { t: translator("en"), language: "en", finalYear: doc.meta.period.end, indicators };
}

function input(doc: PlanDocument, view: ImageView, extra: Partial<ViewImageInput> = {}): ViewImageInput {
  const structureId = doc.structures.keys().next().value ?? null;
  const ids = [...doc.structures.keys()];
  return {
    view,
    doc,
    children: childrenIndex(doc.nodes),
    collapsed: new Set(),
    structureId,
    comparePair: ids.length >= 2 ? [ids[0]!, ids[1]!] : null,
    selectedNodes: new Set(),
    selectedUnit: null,
    card: card(doc),
    ...extra,
  };
}

const OPTIONS = { background: "white", selectionOnly: false, unfold: false } as const;

function parse(svg: string): Document {
  const xml = new DOMParser().parseFromString(svg, "image/svg+xml");
  expect(xml.getElementsByTagName("parsererror")).toHaveLength(0);
  return xml;
}

/** The text of a card: its lines joined by spaces, as a reader reads them. */
function cardText(xml: Document, id: string): string {
  const group = [...xml.querySelectorAll("g[data-node-id]")].find(
    (g) => g.getAttribute("data-node-id") === id,
  );
  if (!group) return "";
  return [...group.querySelectorAll("text")].map((t) => t.textContent).join(" ");
}

const squash = (text: string) => text.replace(/\s+/g, "");

describe("SVG of the performance tree", () => {
  it("draws every box of the sample with its whole name, as text", () => {
    const doc = sample();
    const built = buildViewSvg(input(doc, "tree"), OPTIONS)!;
    const xml = parse(built.svg);
    for (const node of doc.nodes.values()) {
      // Long words may break across lines: compare without the spaces between lines.
      expect(squash(cardText(xml, node.id))).toContain(squash(node.name));
    }
    expect(xml.querySelectorAll("g[data-node-id]")).toHaveLength(doc.nodes.size);
  });

  it("keeps a name that looks like markup as characters, and nothing in it runs", () => {
    const doc = sample();
    const [first] = doc.nodes.values();
    const evil = { ...first!, name: `<script>alert(1)</script> & "quotes" <img src=x onerror=alert(2)>` };
    const nodes = new Map(doc.nodes);
    nodes.set(first!.id, evil);
    const changed = { ...doc, nodes };
    const built = buildViewSvg(input(changed, "tree"), OPTIONS)!;
    expect(built.svg).not.toContain("<script");
    expect(built.svg).not.toContain("<img");
    expect(built.svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    const xml = parse(built.svg);
    expect(xml.getElementsByTagName("script")).toHaveLength(0);
    expect(xml.getElementsByTagName("img")).toHaveLength(0);
    expect(squash(cardText(xml, first!.id))).toContain(squash(evil.name));
  });

  it("has a sane size, and every line of text fits inside its card", () => {
    const doc = sample();
    const built = buildViewSvg(input(doc, "tree"), OPTIONS)!;
    const xml = parse(built.svg);
    const svg = xml.documentElement;
    expect(Number(svg.getAttribute("width"))).toBe(built.width);
    expect(built.width).toBeGreaterThan(280);
    expect(built.width).toBeLessThan(100_000);
    expect(built.height).toBeGreaterThan(100);
    const children = childrenIndex(doc.nodes);
    for (const node of doc.nodes.values()) {
      const model = cardModel(node, card(doc));
      const content = model.width - 18 - 13;
      for (const line of model.name) expect(textWidth(line, 14, true), line).toBeLessThanOrEqual(content);
      for (const line of model.statement) expect(textWidth(line, 12), line).toBeLessThanOrEqual(content);
      for (const row of model.indicators)
        for (const line of row.name) expect(textWidth(line, 11.5)).toBeLessThanOrEqual(content);
    }
    expect(children.size).toBeGreaterThan(1);
  });

  it("wraps a very long name in full: the card grows, nothing is cut", () => {
    const doc = sample();
    const [first] = doc.nodes.values();
    const name = `${"Pembangunan ".repeat(20)}Supercalifragilisticexpialidocious${"x".repeat(80)}`;
    const model = cardModel({ ...first!, name }, card(doc));
    expect(model.name.join("").replace(/\s/g, "")).toBe(name.replace(/\s/g, ""));
    expect(model.name.length).toBeGreaterThan(4);
    for (const line of model.name) expect(textWidth(line, 14, true)).toBeLessThanOrEqual(model.width - 31);
  });

  it("follows the folds: a folded box shows how many children are hidden, and they are not drawn", () => {
    const doc = sample();
    const children = childrenIndex(doc.nodes);
    const [root] = children.get(null)!;
    const below = children.get(root!)!;
    const built = buildViewSvg(input(doc, "tree", { collapsed: new Set([root!]) }), OPTIONS)!;
    const xml = parse(built.svg);
    expect(xml.querySelector(`g[data-node-id="${below[0]}"]`)).toBeNull();
    expect(cardText(xml, root!)).toContain(`+${below.length}`);
    const unfolded = parse(
      buildViewSvg(input(doc, "tree", { collapsed: new Set([root!]) }), { ...OPTIONS, unfold: true })!.svg,
    );
    expect(unfolded.querySelector(`g[data-node-id="${below[0]}"]`)).not.toBeNull();
  });

  it("draws the selection only: the chosen box and what hangs below it", () => {
    const doc = sample();
    const children = childrenIndex(doc.nodes);
    const [root] = children.get(null)!;
    const built = buildViewSvg(input(doc, "tree", { selectedNodes: new Set([root!]) }), {
      ...OPTIONS,
      selectionOnly: true,
    })!;
    const xml = parse(built.svg);
    const drawn = new Set(
      [...xml.querySelectorAll("g[data-node-id]")].map((g) => g.getAttribute("data-node-id")),
    );
    let expected = 0;
    const stack = [root!];
    while (stack.length > 0) {
      const id = stack.pop()!;
      expected++;
      expect(drawn.has(id)).toBe(true);
      stack.push(...(children.get(id) ?? []));
    }
    expect(drawn.size).toBe(expected);
  });

  it("writes each indicator's final-year target as the screen does, in the UI language", () => {
    const doc = sample();
    const node = [...doc.nodes.values()].find((n) =>
      n.indicators?.some((i) => typeof i.targets?.["2024"] === "number"),
    )!;
    const indicator = node.indicators!.find((i) => typeof i.targets?.["2024"] === "number")!;
    const value = indicator.targets!["2024"] as number;
    for (const language of ["en", "id"] as const) {
      const model = cardModel(node, { ...card(doc), t: translator(language), language });
      const row = model.indicators[node.indicators!.indexOf(indicator)]!;
      expect(row.target).toBe(
        `${formatNumber(language, value)}${indicator.unit ? ` ${indicator.unit}` : ""}`,
      );
    }
  });

  it("leaves indicators out when asked", () => {
    const doc = sample();
    const withIndicators = buildViewSvg(input(doc, "tree"), OPTIONS)!;
    const without = buildViewSvg(input(doc, "tree", { card: card(doc, false) }), OPTIONS)!;
    const indicator = [...doc.nodes.values()].find((n) => n.indicators?.length)!.indicators![0]!;
    const firstWords = indicator.name.split(" ").slice(0, 2).join(" ");
    expect(withIndicators.svg).toContain(firstWords);
    expect(without.height).toBeLessThan(withIndicators.height);
  });

  it("carries the document: read back from the metadata, it loads as the same document", () => {
    const doc = sample();
    const built = buildViewSvg(input(doc, "tree"), OPTIONS)!;
    const embedded = readEmbeddedSvg(built.svg);
    expect(embedded.ok).toBe(true);
    if (!embedded.ok) return;
    const loaded = loadDocument(embedded.json);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(serializeDocument(loaded.document)).toBe(serializeDocument(doc));
  });

  it("reads embedded JSON that another tool rewrote as CDATA, with ]]> split", () => {
    const json = JSON.stringify({ text: "a ]]> b < c & d" });
    const cdata = json.replace(/]]>/g, "]]]]><![CDATA[>");
    const svg = `<svg xmlns="http://www.w3.org/2000/svg"><metadata><selaras:document xmlns:selaras="urn:x-selaras:document"><![CDATA[${cdata}]]></selaras:document></metadata></svg>`;
    const result = readEmbeddedSvg(svg);
    expect(result).toEqual({ ok: true, json });
  });

  it("reports an SVG without a document", () => {
    const svg = svgDocument(
      { width: 10, height: 10, defs: [], body: "" },
      { background: "transparent", title: "x", documentJson: null },
    );
    expect(readEmbeddedSvg(svg)).toEqual({ ok: false, reason: "no_document" });
    expect(svg).not.toContain("<rect");
  });
});

describe("SVG of the other views", () => {
  it("strategy map: the four lanes with their titles, and the boxes on the map", () => {
    const doc = sample();
    const xml = parse(buildViewSvg(input(doc, "map"), OPTIONS)!.svg);
    const lanes = [...xml.querySelectorAll("g[data-lane]")].map((g) => g.getAttribute("data-lane"));
    expect(lanes.slice(0, 4)).toEqual(["stakeholder", "customer", "internal_process", "learning_growth"]);
    // A lane's title may wrap onto two lines: read its lines joined.
    const titles = [...xml.querySelectorAll("g[data-lane]")].map((g) =>
      [...g.querySelectorAll("text")].map((t) => t.textContent).join(" "),
    );
    expect(titles.slice(0, 4)).toEqual([
      "Stakeholder",
      "Customer",
      "Internal process",
      "Learning and growth",
    ]);
    const onMap = [...doc.nodes.values()].filter(
      (n) => n.perspective || n.kind === "goal" || n.kind === "strategic_target",
    );
    expect(xml.querySelectorAll("g[data-node-id]")).toHaveLength(onMap.length);
    for (const node of onMap) expect(squash(cardText(xml, node.id))).toContain(squash(node.name));
  });

  it("structure: every unit of the structure in view, with its name", () => {
    const doc = sample();
    const structure = [...doc.structures.values()][0]!;
    const xml = parse(buildViewSvg(input(doc, "structure"), OPTIONS)!.svg);
    expect(xml.querySelectorAll("g[data-unit-id]")).toHaveLength(structure.units.size);
    const text = squash(xml.documentElement.textContent ?? "");
    for (const unit of structure.units.values()) expect(text).toContain(squash(unit.name));
  });

  it("structure: units show how many boxes they own, and the badges of the structure in view", () => {
    const doc = sample();
    const structure = [...doc.structures.values()][0]!;
    const [unitId] = structure.units.keys();
    const xml = parse(
      buildViewSvg(
        input(doc, "structure", {
          ownedCount: (id) => (id === structure.id ? new Map([[unitId!, 7]]) : undefined),
          unitBadges: new Map([[unitId!, { severity: "error", count: 3 }]]),
        }),
        OPTIONS,
      )!.svg,
    );
    const group = [...xml.querySelectorAll("g[data-unit-id]")].find(
      (g) => g.getAttribute("data-unit-id") === unitId,
    )!;
    const text = [...group.querySelectorAll("text")].map((t) => t.textContent).join(" ");
    expect(text).toContain("owns 7");
    expect(text).toContain("E 3");
  });

  it("alignment: the tree, the units, and one line per alignment in its role's style", () => {
    const doc = sample();
    const structureId = [...doc.structures.keys()][0]!;
    const xml = parse(buildViewSvg(input(doc, "alignment"), OPTIONS)!.svg);
    const lines = xml.querySelectorAll("g.alignment-lines path");
    const count = [...doc.alignments.values()].filter((a) => a.structureId === structureId).length;
    expect(lines.length).toBe(count);
    const dashed = [...lines].filter((l) => l.getAttribute("stroke-dasharray") === "8 5").length;
    const contributors = [...doc.alignments.values()].filter(
      (a) => a.structureId === structureId && a.role === "contributor",
    ).length;
    expect(dashed).toBe(contributors);
    expect(xml.querySelectorAll("g[data-node-id]").length).toBeGreaterThan(0);
    expect(xml.querySelectorAll("g[data-unit-id]").length).toBeGreaterThan(0);
  });

  it("compare: both structures, each under its name", () => {
    const doc = sample();
    const [a, b] = [...doc.structures.values()];
    const xml = parse(buildViewSvg(input(doc, "compare"), OPTIONS)!.svg);
    const text = xml.documentElement.textContent ?? "";
    expect(text).toContain(a!.name);
    expect(text).toContain(b!.name);
    expect(xml.querySelectorAll("g[data-unit-id]")).toHaveLength(a!.units.size + b!.units.size);
  });
});
