import { describe, expect, it } from "vitest";
import {
  addChild,
  addIndicator,
  addLink,
  addNode,
  deleteSubtree,
  duplicateSubtrees,
  extractSubtrees,
  indent,
  moveNode,
  outdent,
  pasteSubtrees,
  reorderSibling,
  setNodePositions,
  updateNode,
} from "../../../src/domain/operations";
import { childrenIndex } from "../../../src/domain/tree";
import { docWith, node } from "../../helpers/build";
import { expectOk, expectRefused, run } from "./helpers";

// Ids are data: "__proto__", "constructor" and "toString" are ordinary ids.

const odd = () =>
  docWith(
    [
      node("__proto__", null, "goal"),
      node("constructor", "__proto__", "strategic_target"),
      node("toString", "__proto__", "strategic_target"),
      node("hasOwnProperty", "constructor", "program"),
    ],
    [{ id: "__proto__", from: "hasOwnProperty", to: "toString", type: "contributes" }],
  );

describe("odd ids", () => {
  it("add under them and with them", () => {
    const doc = odd();
    const child = expectOk(run(doc, (d) => addChild(d, "__proto__", "strategic_target")));
    expect(childrenIndex(child.doc.nodes).get("__proto__")).toEqual(["constructor", "toString", child.id]);
    const named = expectOk(
      run(docWith([]), (d) => addNode(d, { parentId: null, kind: "goal", id: "valueOf" })),
    );
    expect(named.doc.nodes.get("valueOf")!.id).toBe("valueOf");
    expectRefused(
      run(doc, (d) => addNode(d, { parentId: null, kind: "goal", id: "constructor" })),
      "duplicate-id",
    );
    const ind = expectOk(run(doc, (d) => addIndicator(d, "constructor")));
    expect(ind.id).toBe("constructor-i1");
  });

  it("move, reorder, indent and outdent them", () => {
    const doc = odd();
    const moved = expectOk(run(doc, (d) => moveNode(d, "toString", "constructor", 0)));
    expect(childrenIndex(moved.doc.nodes).get("constructor")).toEqual(["toString", "hasOwnProperty"]);
    // The link hasOwnProperty -> toString forbids toString under hasOwnProperty.
    expectRefused(
      run(doc, (d) => moveNode(d, "toString", "hasOwnProperty")),
      "cycle",
    );
    expectRefused(
      run(doc, (d) => moveNode(d, "__proto__", "constructor")),
      "cycle",
    );
    const up = expectOk(run(doc, (d) => reorderSibling(d, "toString", -1)));
    expect(childrenIndex(up.doc.nodes).get("__proto__")).toEqual(["toString", "constructor"]);
    const indented = expectOk(run(doc, (d) => indent(d, "toString")));
    expect(childrenIndex(indented.doc.nodes).get("constructor")).toEqual(["hasOwnProperty", "toString"]);
    const outdented = expectOk(run(doc, (d) => outdent(d, "hasOwnProperty")));
    expect(childrenIndex(outdented.doc.nodes).get("__proto__")).toEqual([
      "constructor",
      "hasOwnProperty",
      "toString",
    ]);
  });

  it("link, update, place and delete them", () => {
    const doc = odd();
    const linked = expectOk(run(doc, (d) => addLink(d, "toString", "constructor")));
    expect(linked.doc.links.get(linked.id)!.to).toBe("constructor");
    expectRefused(
      run(doc, (d) => addLink(d, "hasOwnProperty", "toString")),
      "duplicate-link",
    );
    const renamed = expectOk(run(doc, (d) => updateNode(d, "constructor", { name: "Renamed" })));
    expect(renamed.doc.nodes.get("constructor")!.name).toBe("Renamed");
    const placed = expectOk(run(doc, (d) => setNodePositions(d, new Map([["__proto__", { x: 1, y: 2 }]]))));
    expect(placed.doc.layout.nodes.get("__proto__")).toEqual({ x: 1, y: 2 });
    const deleted = expectOk(run(placed.doc, (d) => deleteSubtree(d, "constructor")));
    expect([...deleted.doc.nodes.keys()]).toEqual(["__proto__", "toString"]);
    expect(deleted.doc.links.size).toBe(0);
    const all = expectOk(run(placed.doc, (d) => deleteSubtree(d, "__proto__")));
    expect(all.doc.nodes.size).toBe(0);
    expect(all.doc.layout.nodes.size).toBe(0);
  });

  it("copy, paste and duplicate them", () => {
    const doc = odd();
    const payload = JSON.parse(JSON.stringify(extractSubtrees(doc, ["__proto__"])));
    expect(payload.nodes.map((n: { id: string }) => n.id)).toEqual([
      "__proto__",
      "constructor",
      "hasOwnProperty",
      "toString",
    ]);
    const pasted = expectOk(run(doc, (d) => pasteSubtrees(d, payload, "toString")));
    expect(pasted.idMap.get("__proto__")).toBe("goal-1");
    expect(childrenIndex(pasted.doc.nodes).get("goal-1")).toEqual([
      "strategic_target-1",
      "strategic_target-2",
    ]);
    expect(pasted.doc.links.size).toBe(2);
    const dup = expectOk(run(doc, (d) => duplicateSubtrees(d, ["constructor"])));
    expect(childrenIndex(dup.doc.nodes).get("__proto__")).toEqual([
      "constructor",
      dup.rootIds[0],
      "toString",
    ]);
    // Nothing leaked onto Object.prototype.
    expect(Object.hasOwn(Object.prototype, "goal-1")).toBe(false);
  });
});
