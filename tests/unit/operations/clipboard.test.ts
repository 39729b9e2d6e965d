import { describe, expect, it } from "vitest";
import {
  CLIPBOARD_FORMAT,
  type ClipboardPayload,
  duplicateSubtrees,
  extractSubtrees,
  isClipboardPayload,
  pasteSubtrees,
} from "../../../src/domain/operations";
import { childrenIndex } from "../../../src/domain/tree";
import { docWith, node } from "../../helpers/build";
import { expectOk, expectRefused, run, sampleDoc } from "./helpers";

describe("extractSubtrees", () => {
  it("copies the selected subtrees in display pre-order, roots without a parent, links among them", () => {
    const doc = sampleDoc();
    const payload = extractSubtrees(doc, ["p1", "s1", "ghost"]);
    expect(payload.format).toBe(CLIPBOARD_FORMAT);
    expect(payload.version).toBe(1);
    // p1 is inside s1: s1 is the only root.
    expect(payload.nodes.map((n) => [n.id, n.parentId])).toEqual([
      ["s1", null],
      ["p1", "s1"],
      ["a1", "p1"],
      ["o1", "a1"],
      ["p2", "s1"],
    ]);
    expect(payload.links.map((l) => l.id)).toEqual(["l2"]);
    expect(payload.nodes[0]!.indicators).toEqual(doc.nodes.get("s1")!.indicators);
    // Plain JSON: it survives the system clipboard.
    expect(JSON.parse(JSON.stringify(payload))).toEqual(payload);
  });

  it("keeps sibling order without order values, and several roots in display order", () => {
    const doc = docWith([
      node("r", null),
      node("b", "r", "program", { order: 1 }),
      node("a", "r", "program", { order: 0 }),
      node("a1", "a", "activity"),
    ]);
    const payload = extractSubtrees(doc, ["b", "a"]);
    expect(payload.nodes.map((n) => n.id)).toEqual(["a", "a1", "b"]);
    expect(payload.nodes.every((n) => n.order === undefined)).toBe(true);
    expect(extractSubtrees(doc, []).nodes).toEqual([]);
  });

  it("does not share objects with the document", () => {
    const doc = sampleDoc();
    const payload = extractSubtrees(doc, ["s1"]);
    expect(payload.nodes[0]!.indicators![0]).not.toBe(doc.nodes.get("s1")!.indicators![0]);
  });
});

describe("pasteSubtrees", () => {
  it("pastes with fresh ids, remapped parents and links, under the given parent", () => {
    const doc = sampleDoc();
    const payload = extractSubtrees(doc, ["p1"]);
    const result = expectOk(run(doc, (d) => pasteSubtrees(d, payload, "s2")));
    expect(result.rootIds).toEqual(["program-1"]);
    expect([...result.idMap]).toEqual([
      ["p1", "program-1"],
      ["a1", "activity-1"],
      ["o1", "output-1"],
    ]);
    const children = childrenIndex(result.doc.nodes);
    expect(children.get("s2")).toEqual(["program-1"]);
    expect(children.get("program-1")).toEqual(["activity-1"]);
    expect(children.get("activity-1")).toEqual(["output-1"]);
    expect(result.doc.nodes.get("program-1")).toEqual({
      ...doc.nodes.get("p1"),
      id: "program-1",
      parentId: "s2",
    });
    for (const [id, n] of doc.nodes) expect(result.doc.nodes.get(id)).toBe(n);
  });

  it("gives pasted indicators and links fresh ids", () => {
    const doc = sampleDoc();
    const result = expectOk(run(doc, (d) => pasteSubtrees(d, extractSubtrees(d, ["s1"]), null)));
    const copy = result.doc.nodes.get(result.rootIds[0]!)!;
    expect(copy.indicators!.map((i) => i.id)).toEqual(["strategic_target-1-i1", "strategic_target-1-i2"]);
    expect(copy.indicators![0]!.targets).toEqual({ "2020": 51, "2021": 52 });
    const newLinks = [...result.doc.links.values()].filter((l) => !doc.links.has(l.id));
    expect(newLinks).toEqual([
      { id: "link-1", from: result.idMap.get("a1"), to: result.idMap.get("p2"), type: "contributes" },
    ]);
    // Alignments and positions are not copied.
    expect(result.doc.alignments).toBe(doc.alignments);
    expect(result.doc.layout).toBe(doc.layout);
  });

  it("pastes the same payload twice, and JSON text as well as an object", () => {
    const doc = sampleDoc();
    const payload = extractSubtrees(doc, ["a1"]);
    const once = expectOk(run(doc, (d) => pasteSubtrees(d, payload, "p2")));
    const twice = expectOk(run(once.doc, (d) => pasteSubtrees(d, JSON.stringify(payload), "p2")));
    expect(childrenIndex(twice.doc.nodes).get("p2")).toEqual(["activity-1", "activity-2"]);
  });

  it("pastes at an index among the parent's children", () => {
    const doc = sampleDoc();
    const result = expectOk(run(doc, (d) => pasteSubtrees(d, extractSubtrees(d, ["c1", "o1"]), "g", 1)));
    expect(childrenIndex(result.doc.nodes).get("g")).toEqual(["s1", "output-1", "condition-1", "s2"]);
  });

  it("pastes into another document", () => {
    const payload = extractSubtrees(sampleDoc(), ["g"]);
    const other = docWith([node("g", null, "goal")]);
    const result = expectOk(run(other, (d) => pasteSubtrees(d, payload, null)));
    expect(result.doc.nodes.size).toBe(1 + 7);
    expect(result.rootIds).toEqual(["goal-1"]);
  });

  it("sorts payload siblings by order, then payload order", () => {
    const payload = {
      format: CLIPBOARD_FORMAT,
      version: 1,
      nodes: [
        { id: "r", kind: "goal", parentId: null, name: "R" },
        { id: "b", kind: "program", parentId: "r", name: "B", order: 1 },
        { id: "a", kind: "program", parentId: "r", name: "A", order: 0 },
      ],
      links: [],
    };
    const result = expectOk(run(docWith([]), (d) => pasteSubtrees(d, payload, null)));
    const children = childrenIndex(result.doc.nodes);
    expect(children.get("goal-1")!.map((id) => result.doc.nodes.get(id)!.name)).toEqual(["A", "B"]);
    expect([...result.doc.nodes.values()].every((n) => n.order === undefined)).toBe(true);
  });

  it("drops unknown fields of a payload node", () => {
    const payload = {
      format: CLIPBOARD_FORMAT,
      version: 1,
      nodes: [{ id: "x", kind: "goal", parentId: null, name: "X", onclick: "alert(1)", notes: "" }],
      links: [],
    };
    const result = expectOk(run(docWith([]), (d) => pasteSubtrees(d, payload, null)));
    expect(result.doc.nodes.get("goal-1")).toEqual({ id: "goal-1", kind: "goal", parentId: null, name: "X" });
  });

  it("accepts an empty payload and changes nothing", () => {
    const doc = sampleDoc();
    const result = expectOk(
      pasteSubtrees(doc, { format: CLIPBOARD_FORMAT, version: 1, nodes: [], links: [] }, null),
    );
    expect(result.doc).toBe(doc);
    expect(result.rootIds).toEqual([]);
  });

  const valid = (): ClipboardPayload => extractSubtrees(sampleDoc(), ["p1"]);
  const garbage: Array<[string, unknown]> = [
    ["undefined", undefined],
    ["null", null],
    ["a number", 42],
    ["an array", []],
    ["text that is not JSON", "{not json"],
    ["JSON of something else", JSON.stringify({ hello: "world" })],
    ["a format-v1 document", { format: "strategy-map", version: 1, nodes: [], links: [] }],
    ["a newer version", { ...valid(), version: 2 }],
    ["nodes not an array", { ...valid(), nodes: {} }],
    ["a node that is null", { ...valid(), nodes: [null] }],
    ["a node without a name", { ...valid(), nodes: [{ id: "a", kind: "goal", parentId: null }] }],
    ["an empty name", { ...valid(), nodes: [{ id: "a", kind: "goal", parentId: null, name: "" }] }],
    ["a bad kind", { ...valid(), nodes: [{ id: "a", kind: "box", parentId: null, name: "A" }] }],
    ["a bad id", { ...valid(), nodes: [{ id: "a b", kind: "goal", parentId: null, name: "A" }] }],
    ["a missing parentId", { ...valid(), nodes: [{ id: "a", kind: "goal", name: "A" }] }],
    ["an unknown parent", { ...valid(), nodes: [{ id: "a", kind: "goal", parentId: "zz", name: "A" }] }],
    [
      "a negative order",
      { ...valid(), nodes: [{ id: "a", kind: "goal", parentId: null, name: "A", order: -1 }] },
    ],
    [
      "a text field of the wrong type",
      { ...valid(), nodes: [{ id: "a", kind: "goal", parentId: null, name: "A", notes: 5 }] },
    ],
    [
      "duplicate node ids",
      {
        ...valid(),
        nodes: [
          { id: "a", kind: "goal", parentId: null, name: "A" },
          { id: "a", kind: "goal", parentId: null, name: "B" },
        ],
      },
    ],
    [
      "a parent cycle",
      {
        ...valid(),
        nodes: [
          { id: "r", kind: "goal", parentId: null, name: "R" },
          { id: "a", kind: "goal", parentId: "b", name: "A" },
          { id: "b", kind: "goal", parentId: "a", name: "B" },
        ],
        links: [],
      },
    ],
    [
      "indicators not an array",
      { ...valid(), nodes: [{ id: "a", kind: "goal", parentId: null, name: "A", indicators: 1 }] },
    ],
    [
      "a bad target year",
      {
        ...valid(),
        nodes: [
          {
            id: "a",
            kind: "goal",
            parentId: null,
            name: "A",
            indicators: [{ id: "i", name: "I", targets: { "1": 1 } }],
          },
        ],
      },
    ],
    [
      "a target that is an object",
      {
        ...valid(),
        nodes: [
          {
            id: "a",
            kind: "goal",
            parentId: null,
            name: "A",
            indicators: [{ id: "i", name: "I", targets: { "2020": {} } }],
          },
        ],
      },
    ],
    [
      "an indicator without a name",
      {
        ...valid(),
        nodes: [{ id: "a", kind: "goal", parentId: null, name: "A", indicators: [{ id: "i" }] }],
      },
    ],
    ["links not an array", { ...valid(), links: "l" }],
    [
      "a link to outside the payload",
      { ...valid(), links: [{ id: "l", from: "p1", to: "g", type: "contributes" }] },
    ],
    ["a self link", { ...valid(), links: [{ id: "l", from: "p1", to: "p1", type: "contributes" }] }],
    ["a link of another type", { ...valid(), links: [{ id: "l", from: "a1", to: "p1", type: "blocks" }] }],
    [
      "duplicate links",
      {
        ...valid(),
        links: [
          { id: "l", from: "o1", to: "p1", type: "contributes" },
          { id: "m", from: "o1", to: "p1", type: "contributes" },
        ],
      },
    ],
    [
      "a link closing a cycle",
      { ...valid(), links: [{ id: "l", from: "p1", to: "o1", type: "contributes" }] },
    ],
    [
      "a throwing getter",
      Object.defineProperty({ format: CLIPBOARD_FORMAT, version: 1, links: [] }, "nodes", {
        get() {
          throw new Error("boom");
        },
      }),
    ],
  ];

  for (const [what, payload] of garbage) {
    it(`refuses ${what} with invalid-clipboard and never throws`, () => {
      const doc = sampleDoc();
      const result = run(doc, (d) => pasteSubtrees(d, payload, "g"));
      expectRefused(result, "invalid-clipboard");
      expect(isClipboardPayload(payload)).toBe(false);
    });
  }

  it("names where a payload is wrong", () => {
    const result = pasteSubtrees(
      sampleDoc(),
      { ...valid(), nodes: [{ id: "a", kind: "goal", parentId: null, name: "" }] },
      null,
    );
    expect(result).toEqual({
      ok: false,
      reason: { code: "invalid-clipboard", params: { path: "nodes[0].name" } },
    });
  });

  it("accepts a valid payload in isClipboardPayload", () => {
    expect(isClipboardPayload(valid())).toBe(true);
    expect(isClipboardPayload(JSON.stringify(valid()))).toBe(true);
  });

  it("refuses an unknown parent or a bad index", () => {
    expectRefused(
      run(sampleDoc(), (d) => pasteSubtrees(d, valid(), "nope")),
      "not-found",
    );
    expectRefused(
      run(sampleDoc(), (d) => pasteSubtrees(d, valid(), "g", 0.5)),
      "invalid-index",
    );
  });
});

describe("duplicateSubtrees", () => {
  it("places each copy right after its original, under the same parent", () => {
    const doc = sampleDoc();
    const result = expectOk(run(doc, (d) => duplicateSubtrees(d, ["p1", "s2", "c1"])));
    const children = childrenIndex(result.doc.nodes);
    expect(result.rootIds).toEqual(["program-1", "strategic_target-1", "condition-1"]);
    expect(children.get("s1")).toEqual(["p1", "program-1", "p2"]);
    expect(children.get("g")).toEqual(["s1", "s2", "strategic_target-1"]);
    expect(children.get(null)).toEqual(["g", "c1", "condition-1"]);
    expect(children.get("program-1")).toEqual(["activity-1"]);
    expect(result.doc.nodes.get("activity-1")!.name).toBe(doc.nodes.get("a1")!.name);
  });

  it("copies the links among the duplicated nodes only", () => {
    const doc = sampleDoc();
    const result = expectOk(run(doc, (d) => duplicateSubtrees(d, ["p1", "p2"])));
    const added = [...result.doc.links.values()].filter((l) => !doc.links.has(l.id));
    expect(added.map((l) => [l.from, l.to])).toEqual([["activity-1", "program-2"]]);
    expect(childrenIndex(result.doc.nodes).get("s1")).toEqual(["p1", "program-1", "p2", "program-2"]);
  });

  it("refuses an unknown node and does nothing for an empty selection", () => {
    expectRefused(
      run(sampleDoc(), (d) => duplicateSubtrees(d, ["nope"])),
      "not-found",
    );
    const doc = sampleDoc();
    expect(expectOk(duplicateSubtrees(doc, [])).doc).toBe(doc);
  });
});
