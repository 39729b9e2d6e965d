import { describe, expect, it } from "vitest";
import {
  addChild,
  addNode,
  addSibling,
  deleteSubtree,
  deleteSubtrees,
  setPerspective,
  updateNode,
} from "../../../src/domain/operations";
import { childrenIndex } from "../../../src/domain/tree";
import { docWith, node } from "../../helpers/build";
import { expectOk, expectRefused, expectValid, run, sampleDoc } from "./helpers";

describe("sample document", () => {
  it("is valid to begin with", () => {
    expectValid(sampleDoc());
  });
});

describe("addNode", () => {
  it("adds a last child with a fresh kind-n id and a default name in the document's language", () => {
    const doc = sampleDoc();
    const result = expectOk(run(doc, (d) => addNode(d, { parentId: "s1", kind: "program" })));
    expect(result.id).toBe("program-1");
    const added = result.doc.nodes.get("program-1")!;
    expect(added).toEqual({ id: "program-1", kind: "program", parentId: "s1", name: "New program" });
    expect(childrenIndex(result.doc.nodes).get("s1")).toEqual(["p1", "p2", "program-1"]);
    const indonesian = { ...doc, meta: { ...doc.meta, language: "id" as const } };
    expect(
      expectOk(addNode(indonesian, { parentId: null, kind: "goal" })).doc.nodes.get("goal-1")!.name,
    ).toBe("Tujuan baru");
  });

  it("keeps every other node object and the other Maps", () => {
    const doc = sampleDoc();
    const result = expectOk(
      run(doc, (d) => addNode(d, { parentId: "s1", kind: "program", name: "Program X" })),
    );
    for (const [id, n] of doc.nodes) expect(result.doc.nodes.get(id)).toBe(n);
    expect(result.doc.links).toBe(doc.links);
    expect(result.doc.alignments).toBe(doc.alignments);
    expect(result.doc.layout).toBe(doc.layout);
    expect(result.doc.nodes).not.toBe(doc.nodes);
  });

  it("takes the smallest free number", () => {
    const doc = docWith([node("program-1", null), node("program-3", null)]);
    expect(expectOk(addNode(doc, { parentId: null, kind: "program" })).id).toBe("program-2");
  });

  it("places a node after a given sibling, renumbering only that sibling group", () => {
    const doc = sampleDoc();
    const result = expectOk(
      run(doc, (d) => addNode(d, { parentId: "g", kind: "strategic_target", afterSiblingId: "s1" })),
    );
    const children = childrenIndex(result.doc.nodes);
    expect(children.get("g")).toEqual(["s1", "strategic_target-1", "s2"]);
    expect(result.doc.nodes.get("s1")!.order).toBe(0);
    expect(result.doc.nodes.get("strategic_target-1")!.order).toBe(1);
    expect(result.doc.nodes.get("s2")!.order).toBe(2);
    // Another group is untouched.
    expect(result.doc.nodes.get("p1")).toBe(doc.nodes.get("p1"));
  });

  it("does not renumber when the node lands last anyway", () => {
    const doc = sampleDoc();
    const result = expectOk(addNode(doc, { parentId: "g", kind: "strategic_target", afterSiblingId: "s2" }));
    expect(result.doc.nodes.get("s1")).toBe(doc.nodes.get("s1"));
    expect(result.doc.nodes.get(result.id)!.order).toBeUndefined();
    expect(childrenIndex(result.doc.nodes).get("g")).toEqual(["s1", "s2", result.id]);
  });

  it("places a node at an index, clamped", () => {
    const doc = sampleDoc();
    const first = expectOk(addNode(doc, { parentId: "g", kind: "condition", index: 0 }));
    expect(childrenIndex(first.doc.nodes).get("g")).toEqual([first.id, "s1", "s2"]);
    const far = expectOk(addNode(doc, { parentId: "g", kind: "condition", index: 99 }));
    expect(childrenIndex(far.doc.nodes).get("g")).toEqual(["s1", "s2", far.id]);
  });

  it("respects existing order values when appending", () => {
    const doc = docWith([
      node("r", null),
      node("b", "r", "program", { order: 1 }),
      node("a", "r", "program", { order: 0 }),
    ]);
    const result = expectOk(run(doc, (d) => addChild(d, "r", "activity")));
    expect(childrenIndex(result.doc.nodes).get("r")).toEqual(["a", "b", result.id]);
  });

  it("accepts a given id and further fields", () => {
    const doc = sampleDoc();
    const result = expectOk(
      run(doc, (d) =>
        addNode(d, {
          parentId: null,
          kind: "goal",
          id: "g2",
          name: "Goal two",
          fields: { code: "T2", perspective: "customer", notes: "" },
        }),
      ),
    );
    expect(result.doc.nodes.get("g2")).toEqual({
      id: "g2",
      kind: "goal",
      parentId: null,
      name: "Goal two",
      code: "T2",
      perspective: "customer",
    });
  });

  it("refuses a missing parent or sibling, a bad or taken id, a bad kind, name or index", () => {
    const doc = sampleDoc();
    expectRefused(
      run(doc, (d) => addNode(d, { parentId: "nope", kind: "goal" })),
      "not-found",
    );
    expectRefused(
      run(doc, (d) => addNode(d, { parentId: "g", kind: "goal", afterSiblingId: "nope" })),
      "not-found",
    );
    expectRefused(
      run(doc, (d) => addNode(d, { parentId: "g", kind: "goal", afterSiblingId: "p1" })),
      "invalid-position",
    );
    expectRefused(
      run(doc, (d) => addNode(d, { parentId: "g", kind: "goal", id: "has space" })),
      "invalid-id",
    );
    expectRefused(
      run(doc, (d) => addNode(d, { parentId: "g", kind: "goal", id: "x".repeat(65) })),
      "invalid-id",
    );
    expectRefused(
      run(doc, (d) => addNode(d, { parentId: "g", kind: "goal", id: "s1" })),
      "duplicate-id",
    );
    expectRefused(
      run(doc, (d) => addNode(d, { parentId: "g", kind: "nonsense" as "goal" })),
      "invalid-value",
    );
    expectRefused(
      run(doc, (d) => addNode(d, { parentId: "g", kind: "goal", name: "   " })),
      "invalid-name",
    );
    expectRefused(
      run(doc, (d) => addNode(d, { parentId: "g", kind: "goal", name: "x".repeat(2001) })),
      "invalid-name",
    );
    expectRefused(
      run(doc, (d) => addNode(d, { parentId: "g", kind: "goal", index: 1.5 })),
      "invalid-index",
    );
  });
});

describe("addSibling and addChild", () => {
  it("adds a sibling right after the given node, under the same parent", () => {
    const doc = sampleDoc();
    const result = expectOk(run(doc, (d) => addSibling(d, "p1", "program", "Program Z")));
    expect(childrenIndex(result.doc.nodes).get("s1")).toEqual(["p1", result.id, "p2"]);
    expect(result.doc.nodes.get(result.id)!.name).toBe("Program Z");
  });

  it("adds a sibling of a root as a root", () => {
    const doc = sampleDoc();
    const result = expectOk(run(doc, (d) => addSibling(d, "g", "goal")));
    expect(childrenIndex(result.doc.nodes).get(null)).toEqual(["g", result.id, "c1"]);
  });

  it("adds a last child, or a root with a null parent", () => {
    const doc = sampleDoc();
    const child = expectOk(run(doc, (d) => addChild(d, "a1", "output")));
    expect(childrenIndex(child.doc.nodes).get("a1")).toEqual(["o1", child.id]);
    const root = expectOk(run(doc, (d) => addChild(d, null, "condition")));
    expect(childrenIndex(root.doc.nodes).get(null)).toEqual(["g", "c1", root.id]);
  });

  it("refuses an unknown node", () => {
    expectRefused(
      run(sampleDoc(), (d) => addSibling(d, "nope", "goal")),
      "not-found",
    );
    expectRefused(
      run(sampleDoc(), (d) => addChild(d, "nope", "goal")),
      "not-found",
    );
  });
});

describe("updateNode", () => {
  it("sets fields and keeps the other nodes", () => {
    const doc = sampleDoc();
    const result = expectOk(
      run(doc, (d) =>
        updateNode(d, "p2", {
          name: "Program Dukungan Manajemen",
          code: "DM",
          statement: "Meningkatnya tata kelola",
          kind: "program",
          perspective: "internal_process",
          programType: "generic",
          status: "documented",
          source: "Renstra 2020-2024",
          notes: "Catatan",
        }),
      ),
    );
    expect(result.doc.nodes.get("p2")).toEqual({
      id: "p2",
      kind: "program",
      parentId: "s1",
      name: "Program Dukungan Manajemen",
      code: "DM",
      statement: "Meningkatnya tata kelola",
      perspective: "internal_process",
      programType: "generic",
      status: "documented",
      source: "Renstra 2020-2024",
      notes: "Catatan",
    });
    for (const [id, n] of doc.nodes) if (id !== "p2") expect(result.doc.nodes.get(id)).toBe(n);
  });

  it("removes optional fields set to an empty string or undefined", () => {
    const doc = sampleDoc();
    const result = expectOk(
      run(doc, (d) => updateNode(d, "p1", { statement: "", programType: undefined, code: undefined })),
    );
    const p1 = result.doc.nodes.get("p1")!;
    expect("statement" in p1).toBe(false);
    expect("programType" in p1).toBe(false);
    const cleared = expectOk(run(doc, (d) => updateNode(d, "s1", { perspective: undefined, code: "" })));
    expect(cleared.doc.nodes.get("s1")!.perspective).toBeUndefined();
    expect("code" in cleared.doc.nodes.get("s1")!).toBe(false);
    expect(cleared.doc.nodes.get("s1")!.indicators).toBe(doc.nodes.get("s1")!.indicators);
  });

  it("changes the kind (any parent is allowed; diagnostics flag it)", () => {
    const result = expectOk(run(sampleDoc(), (d) => updateNode(d, "o1", { kind: "condition" })));
    expect(result.doc.nodes.get("o1")!.kind).toBe("condition");
  });

  it("returns the same document when nothing changes", () => {
    const doc = sampleDoc();
    expect(expectOk(updateNode(doc, "s1", { code: "SS1", perspective: "stakeholder" })).doc).toBe(doc);
    expect(expectOk(updateNode(doc, "p2", { notes: "" })).doc).toBe(doc);
    expect(expectOk(updateNode(doc, "p2", {})).doc).toBe(doc);
  });

  it("refuses an unknown node, a bad name, a too long text and unknown enum values", () => {
    const doc = sampleDoc();
    expectRefused(
      run(doc, (d) => updateNode(d, "nope", { name: "x" })),
      "not-found",
    );
    expectRefused(
      run(doc, (d) => updateNode(d, "p1", { name: "" })),
      "invalid-name",
    );
    expectRefused(
      run(doc, (d) => updateNode(d, "p1", { name: " \n " })),
      "invalid-name",
    );
    expectRefused(
      run(doc, (d) => updateNode(d, "p1", { name: "n".repeat(2001) })),
      "invalid-name",
    );
    expect(
      expectOk(run(doc, (d) => updateNode(d, "p1", { name: "n".repeat(2000) }))).doc.nodes.get("p1")!.name,
    ).toHaveLength(2000);
    expectRefused(
      run(doc, (d) => updateNode(d, "p1", { code: "c".repeat(65) })),
      "too-long",
    );
    expectRefused(
      run(doc, (d) => updateNode(d, "p1", { notes: "c".repeat(2001) })),
      "too-long",
    );
    expectRefused(
      run(doc, (d) => updateNode(d, "p1", { kind: undefined })),
      "invalid-value",
    );
    expectRefused(
      run(doc, (d) => updateNode(d, "p1", { perspective: "finance" as "customer" })),
      "invalid-value",
    );
    expectRefused(
      run(doc, (d) => updateNode(d, "p1", { status: "done" as "derived" })),
      "invalid-value",
    );
    expectRefused(
      run(doc, (d) => updateNode(d, "p1", { notes: 42 as unknown as string })),
      "invalid-value",
    );
    const refused = updateNode(doc, "p1", { code: "c".repeat(65) });
    expect(refused).toEqual({ ok: false, reason: { code: "too-long", params: { field: "code", max: 64 } } });
  });
});

describe("setPerspective", () => {
  it("sets and clears the lane of several nodes, replacing only those that change", () => {
    const doc = sampleDoc();
    const result = expectOk(run(doc, (d) => setPerspective(d, ["s1", "s2"], "stakeholder")));
    expect(result.doc.nodes.get("s1")).toBe(doc.nodes.get("s1"));
    expect(result.doc.nodes.get("s2")!.perspective).toBe("stakeholder");
    const cleared = expectOk(run(result.doc, (d) => setPerspective(d, ["s1", "s2"], undefined)));
    expect("perspective" in cleared.doc.nodes.get("s1")!).toBe(false);
    expect("perspective" in cleared.doc.nodes.get("s2")!).toBe(false);
    expect(expectOk(setPerspective(doc, ["s1"], "stakeholder")).doc).toBe(doc);
  });

  it("refuses an unknown node (changing nothing) or lane", () => {
    expectRefused(
      run(sampleDoc(), (d) => setPerspective(d, ["s2", "nope"], "customer")),
      "not-found",
    );
    expectRefused(
      run(sampleDoc(), (d) => setPerspective(d, ["s2"], "finance" as "customer")),
      "invalid-value",
    );
  });
});

describe("deleteSubtree", () => {
  it("removes the node, its descendants, their links, alignments and positions", () => {
    const doc = sampleDoc();
    const result = expectOk(run(doc, (d) => deleteSubtree(d, "p1")));
    expect([...result.doc.nodes.keys()]).toEqual(["g", "s1", "s2", "p2", "c1"]);
    expect([...result.doc.links.keys()]).toEqual(["l1", "l3"]);
    expect([...result.doc.alignments.keys()]).toEqual(["al1", "al3"]);
    expect([...result.doc.layout.nodes.keys()]).toEqual(["g"]);
    expect(result.doc.layout.units).toBe(doc.layout.units);
    expect(result.removed).toEqual({
      nodeIds: ["p1", "a1", "o1"],
      nodes: 3,
      indicators: 0,
      links: 1,
      alignments: 2,
      positions: 2,
    });
    for (const id of result.doc.nodes.keys()) expect(result.doc.nodes.get(id)).toBe(doc.nodes.get(id));
  });

  it("keeps the Maps it does not need to change", () => {
    const doc = sampleDoc();
    const result = expectOk(run(doc, (d) => deleteSubtree(d, "o1")));
    expect(result.doc.links).toBe(doc.links);
    expect(result.doc.alignments).toBe(doc.alignments);
    expect(result.removed.positions).toBe(1);
    const leaf = expectOk(run(doc, (d) => deleteSubtree(d, "s2")));
    expect(leaf.doc.layout).toBe(doc.layout);
  });

  it("deletes several subtrees, overlapping or not, and counts indicators", () => {
    const doc = sampleDoc();
    const result = expectOk(run(doc, (d) => deleteSubtrees(d, ["s1", "a1", "c1"])));
    expect([...result.doc.nodes.keys()]).toEqual(["g", "s2"]);
    expect(result.removed.nodes).toBe(6);
    expect(result.removed.indicators).toBe(2);
    expect(result.doc.links.size).toBe(0);
    expect(result.doc.alignments.size).toBe(0);
    expect(expectOk(deleteSubtrees(doc, [])).doc).toBe(doc);
  });

  it("deletes everything from the root", () => {
    const result = expectOk(run(sampleDoc(), (d) => deleteSubtrees(d, ["g", "c1"])));
    expect(result.doc.nodes.size).toBe(0);
    expect(result.doc.layout.nodes.size).toBe(0);
  });

  it("refuses an unknown node", () => {
    expectRefused(
      run(sampleDoc(), (d) => deleteSubtree(d, "nope")),
      "not-found",
    );
    expectRefused(
      run(sampleDoc(), (d) => deleteSubtrees(d, ["p1", "nope"])),
      "not-found",
    );
  });
});
