import { describe, expect, it } from "vitest";
import { findIllustrative, isIllustrative } from "../../../src/domain/document";
import { ancestorsOf, childrenIndex, preorder, subtreeIds } from "../../../src/domain/tree";
import { docWith, node } from "../../helpers/build";

describe("tree helpers", () => {
  const doc = docWith([
    node("g", null, "goal"),
    node("s2", "g", "strategic_target", { order: 2 }),
    node("s1", "g", "strategic_target", { order: 1 }),
    node("s3", "g", "strategic_target"),
    node("p", "s1"),
    node("orphan", "missing"),
  ]);

  it("sorts siblings by order, then document order; a missing parent puts a node at the root", () => {
    const children = childrenIndex(doc.nodes);
    expect(children.get("g")).toEqual(["s1", "s2", "s3"]);
    expect(children.get(null)).toEqual(["g", "orphan"]);
  });

  it("walks ancestors nearest first and stops on a cycle", () => {
    expect(ancestorsOf(doc.nodes, "p")).toEqual(["s1", "g"]);
    const cyclic = docWith([node("a", "b"), node("b", "a")]);
    expect(ancestorsOf(cyclic.nodes, "a")).toEqual(["b"]);
  });

  it("lists a subtree and the whole forest in pre-order", () => {
    const children = childrenIndex(doc.nodes);
    expect(subtreeIds(children, "g")).toEqual(["g", "s1", "p", "s2", "s3"]);
    expect(preorder(children)).toEqual(["g", "s1", "p", "s2", "s3", "orphan"]);
  });

  it("keeps ids such as __proto__ and constructor as ordinary keys", () => {
    const odd = docWith([
      node("__proto__", null),
      node("constructor", "__proto__"),
      node("toString", "constructor"),
    ]);
    const children = childrenIndex(odd.nodes);
    expect(children.get("__proto__")).toEqual(["constructor"]);
    expect(ancestorsOf(odd.nodes, "toString")).toEqual(["constructor", "__proto__"]);
  });
});

describe("isIllustrative", () => {
  it("marks proposed and derived boxes whose notes say illustrative, never documented ones", () => {
    expect(isIllustrative({ status: "proposed", notes: "illustrative" })).toBe(true);
    expect(isIllustrative({ status: "derived", notes: "Kode dan target ilustratif" })).toBe(true);
    expect(isIllustrative({ status: "documented", notes: "illustrative" })).toBe(false);
    expect(isIllustrative({ status: "proposed" })).toBe(false);
  });
});

describe("findIllustrative", () => {
  const plain = new Map([
    ["a", node("a", null, "goal")],
    ["b", node("b", "a", "strategic_target")],
  ]);
  const marked = (id: string) =>
    node(id, "a", "strategic_target", { status: "proposed", notes: "illustrative" });

  it("finds an illustrative node, or none", () => {
    expect(findIllustrative(plain)).toBeNull();
    expect(findIllustrative(new Map([...plain, ["c", marked("c")]]))).toBe("c");
  });

  it("after an edit: keeps the node found if it still is, finds one the edit made, and none once it is gone", () => {
    const withC = new Map([...plain, ["c", marked("c")]]);
    expect(findIllustrative(withC, { nodes: plain, found: null })).toBe("c");
    // A rename elsewhere: the same node.
    const renamed = new Map(withC).set("a", { ...withC.get("a")!, name: "Renamed" });
    expect(findIllustrative(renamed, { nodes: withC, found: "c" })).toBe("c");
    // c documented now, b marked: looked for again over every node.
    const swapped = new Map(renamed)
      .set("c", { ...withC.get("c")!, status: "documented" as const })
      .set("b", marked("b"));
    expect(findIllustrative(swapped, { nodes: renamed, found: "c" })).toBe("b");
    // None before, an edit that marks no node: none.
    expect(
      findIllustrative(new Map(plain).set("b", { ...plain.get("b")!, name: "x" }), {
        nodes: plain,
        found: null,
      }),
    ).toBeNull();
    // None before, so only changed nodes are looked at: an unchanged node is not searched again.
    const stale = new Map([...plain, ["c", marked("c")]]);
    expect(findIllustrative(stale, { nodes: stale, found: null })).toBeNull();
    // The same nodes in another order: still none; one of them marked meanwhile: that one.
    const reordered = new Map([...stale].reverse());
    expect(findIllustrative(reordered, { nodes: stale, found: null })).toBeNull();
    const remarked = new Map(reordered).set("b", marked("b"));
    expect(findIllustrative(remarked, { nodes: stale, found: null })).toBe("b");
  });
});
