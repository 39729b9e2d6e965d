import { describe, expect, it } from "vitest";
import { labelFlow } from "../../../src/canvas/flowAria";
import { buildMapFlow } from "../../../src/canvas/strategy/mapFlow";
import { buildTreeFlow } from "../../../src/canvas/treeFlow";
import { childrenIndex, preorder } from "../../../src/domain/tree";
import { translator } from "../../../src/i18n/translate";
import { docWith, node } from "../../helpers/build";

// What a screen reader says for the boxes and lines of the canvases.

const doc = docWith(
  [
    node("g", null, "goal", { code: "T1", name: "Meningkatnya kesejahteraan sosial" }),
    node("s", "g", "strategic_target", {
      code: "SS1",
      name: "Terpenuhinya kebutuhan dasar",
      perspective: "stakeholder",
    }),
    node("p", "s", "program", {
      code: "027.DK",
      name: "Program Perlindungan Sosial",
      perspective: "customer",
    }),
    node("q", "s", "program", { name: "Program tanpa kode", perspective: "customer" }),
  ],
  [{ id: "l1", from: "q", to: "p", type: "contributes" }],
);

function labelled(language: "en" | "id") {
  const children = childrenIndex(doc.nodes);
  const flow = buildTreeFlow(doc, children, new Set());
  labelFlow(flow.nodes, flow.edges, { nodes: doc.nodes }, translator(language));
  const nodes = new Map(flow.nodes.map((n) => [n.id, n.ariaLabel]));
  const edges = new Map(flow.edges.map((e) => [e.id, e.ariaLabel]));
  return { nodes, edges };
}

describe("canvas labels", () => {
  it("name each box by kind, code and name, in Indonesian", () => {
    const { nodes } = labelled("id");
    expect(nodes.get("g")).toBe("Tujuan T1 Meningkatnya kesejahteraan sosial");
    expect(nodes.get("s")).toBe("Sasaran Strategis SS1 Terpenuhinya kebutuhan dasar");
    // No code: no double space.
    expect(nodes.get("q")).toBe("Program Program tanpa kode");
  });

  it("say what each line means instead of naming ids", () => {
    const { edges } = labelled("en");
    expect(edges.get("p:p")).toBe(
      "Program 027.DK Program Perlindungan Sosial is part of Strategic target SS1 Terpenuhinya kebutuhan dasar",
    );
    expect(edges.get("c:l1")).toBe(
      "Program Program tanpa kode contributes to Program 027.DK Program Perlindungan Sosial",
    );
  });

  it("read the strategy map's upward lines the right way round", () => {
    const flow = buildMapFlow(doc, preorder(childrenIndex(doc.nodes)));
    labelFlow(flow.nodes, flow.edges, { nodes: doc.nodes }, translator("id"));
    const edge = flow.edges.find((e) => e.id === "p:p");
    expect(edge?.ariaLabel).toBe(
      "Program 027.DK Program Perlindungan Sosial bagian dari Sasaran Strategis SS1 Terpenuhinya kebutuhan dasar",
    );
  });
});
