import { describe, expect, it } from "vitest";
import { indent, moveNode, moveNodes, outdent, reorderSibling } from "../../../src/domain/operations";
import { childrenIndex } from "../../../src/domain/tree";
import type { PlanDocument } from "../../../src/domain/types";
import { docWith, node } from "../../helpers/build";
import { expectOk, expectRefused, frozen, run, sampleDoc } from "./helpers";

const kids = (doc: PlanDocument, parent: string | null) => childrenIndex(doc.nodes).get(parent) ?? [];

describe("the test harness", () => {
  it("catches an operation that mutates its input", () => {
    const doc = frozen(sampleDoc());
    expect(() => (doc.nodes as Map<string, unknown>).set("x", {})).toThrow();
    expect(() => {
      (doc.nodes.get("g") as { name: string }).name = "changed";
    }).toThrow();
  });
});

describe("moveNode", () => {
  it("re-parents a node as the last child and keeps its subtree", () => {
    const doc = sampleDoc();
    const result = expectOk(run(doc, (d) => moveNode(d, "a1", "p2")));
    expect(kids(result.doc, "p2")).toEqual(["a1"]);
    expect(kids(result.doc, "p1")).toEqual([]);
    expect(kids(result.doc, "a1")).toEqual(["o1"]);
    expect(result.doc.nodes.get("o1")).toBe(doc.nodes.get("o1"));
    expect(result.doc.links).toBe(doc.links);
    expect(result.doc.layout).toBe(doc.layout);
  });

  it("moves to a parent of an unexpected kind", () => {
    const result = expectOk(run(sampleDoc(), (d) => moveNode(d, "o1", "g")));
    expect(kids(result.doc, "g")).toEqual(["s1", "s2", "o1"]);
  });

  it("moves to the root, and to an index in the new sibling list", () => {
    const doc = sampleDoc();
    const root = expectOk(run(doc, (d) => moveNode(d, "p2", null, 1)));
    expect(kids(root.doc, null)).toEqual(["g", "p2", "c1"]);
    expect(root.doc.nodes.get("p2")!.parentId).toBeNull();
    // The group p2 left keeps its objects.
    expect(root.doc.nodes.get("p1")).toBe(doc.nodes.get("p1"));
    const first = expectOk(run(doc, (d) => moveNode(d, "p2", "g", 0)));
    expect(kids(first.doc, "g")).toEqual(["p2", "s1", "s2"]);
    const clamped = expectOk(run(doc, (d) => moveNode(d, "p2", "g", -5)));
    expect(kids(clamped.doc, "g")).toEqual(["p2", "s1", "s2"]);
  });

  it("reorders within the same parent", () => {
    const doc = sampleDoc();
    const result = expectOk(run(doc, (d) => moveNode(d, "p2", "s1", 0)));
    expect(kids(result.doc, "s1")).toEqual(["p2", "p1"]);
    expect(result.doc.nodes.get("p2")!.order).toBe(0);
    expect(result.doc.nodes.get("p1")!.order).toBe(1);
  });

  it("drops the order value a node had in its old group", () => {
    const doc = docWith([
      node("r1", null),
      node("r2", null),
      node("x", "r1", "program", { order: 0 }),
      node("y", "r2", "program"),
      node("z", "r2", "program"),
    ]);
    const result = expectOk(run(doc, (d) => moveNode(d, "x", "r2")));
    expect(kids(result.doc, "r2")).toEqual(["y", "z", "x"]);
    const before = expectOk(run(doc, (d) => moveNode(d, "z", "r1", 0)));
    expect(kids(before.doc, "r1")).toEqual(["z", "x"]);
  });

  it("returns the same document when the node is already there", () => {
    const doc = sampleDoc();
    expect(expectOk(moveNode(doc, "p2", "s1")).doc).toBe(doc);
    expect(expectOk(moveNode(doc, "p1", "s1", 0)).doc).toBe(doc);
  });

  it("refuses a move under itself or a descendant", () => {
    const doc = sampleDoc();
    expect(run(doc, (d) => moveNode(d, "s1", "s1"))).toEqual({
      ok: false,
      reason: { code: "cycle", params: { from: "s1", to: "s1" } },
    });
    expectRefused(
      run(doc, (d) => moveNode(d, "s1", "o1")),
      "cycle",
    );
    expectRefused(
      run(doc, (d) => moveNode(d, "g", "a1")),
      "cycle",
    );
  });

  it("refuses a move that closes a cycle with contribute links", () => {
    // l2: a1 -> p2. Moving p2 under a1 adds p2 -> a1.
    expectRefused(
      run(sampleDoc(), (d) => moveNode(d, "p2", "a1")),
      "cycle",
    );
    // l1: p2 -> s2. Moving s2 under o1 adds s2 -> o1 -> a1 -> p2 -> s2.
    expectRefused(
      run(sampleDoc(), (d) => moveNode(d, "s2", "o1")),
      "cycle",
    );
    // c1 -> g (l3): moving c1 under s2 is fine, moving g under c1 is not.
    expectOk(run(sampleDoc(), (d) => moveNode(d, "c1", "s2")));
    expectRefused(
      run(sampleDoc(), (d) => moveNode(d, "g", "c1")),
      "cycle",
    );
  });

  it("refuses unknown ids and a bad index", () => {
    expectRefused(
      run(sampleDoc(), (d) => moveNode(d, "nope", "g")),
      "not-found",
    );
    expectRefused(
      run(sampleDoc(), (d) => moveNode(d, "p1", "nope")),
      "not-found",
    );
    expectRefused(
      run(sampleDoc(), (d) => moveNode(d, "p1", "g", Number.NaN)),
      "invalid-index",
    );
  });
});

describe("reorderSibling", () => {
  it("moves a node one place up or down", () => {
    const doc = sampleDoc();
    const up = expectOk(run(doc, (d) => reorderSibling(d, "s2", -1)));
    expect(kids(up.doc, "g")).toEqual(["s2", "s1"]);
    const down = expectOk(run(up.doc, (d) => reorderSibling(d, "s2", 1)));
    expect(kids(down.doc, "g")).toEqual(["s1", "s2"]);
    expect(down.doc.nodes.get("p1")).toBe(doc.nodes.get("p1"));
  });

  it("refuses to move past either end, and an unknown node", () => {
    expectRefused(
      run(sampleDoc(), (d) => reorderSibling(d, "s1", -1)),
      "at-edge",
    );
    expectRefused(
      run(sampleDoc(), (d) => reorderSibling(d, "s2", 1)),
      "at-edge",
    );
    expectRefused(
      run(sampleDoc(), (d) => reorderSibling(d, "o1", 1)),
      "at-edge",
    );
    expectRefused(
      run(sampleDoc(), (d) => reorderSibling(d, "nope", 1)),
      "not-found",
    );
  });
});

describe("indent and outdent", () => {
  it("indent makes a node the last child of its previous sibling", () => {
    const doc = docWith([node("r", null), node("a", "r"), node("a1", "a"), node("b", "r"), node("c", "r")]);
    const result = expectOk(run(doc, (d) => indent(d, "b")));
    expect(kids(result.doc, "a")).toEqual(["a1", "b"]);
    expect(kids(result.doc, "r")).toEqual(["a", "c"]);
  });

  it("indent follows display order, not document order", () => {
    const doc = docWith([
      node("r", null),
      node("a", "r", "program", { order: 1 }),
      node("b", "r", "program", { order: 0 }),
    ]);
    const result = expectOk(run(doc, (d) => indent(d, "a")));
    expect(kids(result.doc, "b")).toEqual(["a"]);
  });

  it("indent refuses the first sibling, an unknown node, and a cycle with links", () => {
    expectRefused(
      run(sampleDoc(), (d) => indent(d, "s1")),
      "no-previous-sibling",
    );
    expectRefused(
      run(sampleDoc(), (d) => indent(d, "g")),
      "no-previous-sibling",
    );
    expectRefused(
      run(sampleDoc(), (d) => indent(d, "nope")),
      "not-found",
    );
    const linked = docWith(
      [node("r", null), node("a", "r"), node("b", "r")],
      [{ id: "l", from: "a", to: "b", type: "contributes" }],
    );
    expectRefused(
      run(linked, (d) => indent(d, "b")),
      "cycle",
    );
  });

  it("outdent makes a node the sibling right after its parent", () => {
    const doc = sampleDoc();
    const result = expectOk(run(doc, (d) => outdent(d, "p1")));
    expect(kids(result.doc, "g")).toEqual(["s1", "p1", "s2"]);
    expect(kids(result.doc, "p1")).toEqual(["a1"]);
    const toRoot = expectOk(run(doc, (d) => outdent(d, "s2")));
    expect(kids(toRoot.doc, null)).toEqual(["g", "s2", "c1"]);
  });

  it("outdent refuses a root and an unknown node", () => {
    expectRefused(
      run(sampleDoc(), (d) => outdent(d, "g")),
      "at-root",
    );
    expectRefused(
      run(sampleDoc(), (d) => outdent(d, "nope")),
      "not-found",
    );
  });

  it("indent then outdent gives back the same order", () => {
    const doc = docWith([node("r", null), node("a", "r"), node("b", "r"), node("c", "r")]);
    const back = expectOk(outdent(expectOk(indent(doc, "b")).doc, "b"));
    expect(kids(back.doc, "r")).toEqual(["a", "b", "c"]);
  });
});

describe("moveNodes", () => {
  const order = (doc: ReturnType<typeof docWith>, parent: string) =>
    [...doc.nodes.values()]
      .map((n, i) => ({ n, i }))
      .filter(({ n }) => n.parentId === parent)
      .sort(
        (a, b) =>
          (a.n.order ?? Number.POSITIVE_INFINITY) - (b.n.order ?? Number.POSITIVE_INFINITY) || a.i - b.i,
      )
      .map(({ n }) => n.id);
  const start = () =>
    docWith([
      node("p", null),
      node("a", "p"),
      node("b", "p"),
      node("c", "p"),
      node("d", "p"),
      node("q", null),
    ]);

  it("puts several siblings side by side at an index counted without them", () => {
    const result = moveNodes(start(), ["a", "b"], "p", 2);
    expect(result.ok && order(result.doc, "p")).toEqual(["c", "d", "a", "b"]);
  });

  it("moves several boxes under another parent, last by default, as one change", () => {
    const result = moveNodes(start(), ["b", "d"], "q");
    expect(result.ok && order(result.doc, "q")).toEqual(["b", "d"]);
    expect(result.ok && order(result.doc, "p")).toEqual(["a", "c"]);
  });

  it("is refused whole when one move would make a cycle", () => {
    const doc = start();
    const result = moveNodes(doc, ["b", "p"], "a");
    expect(result.ok).toBe(false);
  });
});
