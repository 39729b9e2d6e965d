import { describe, expect, it } from "vitest";
import { childrenIndex } from "../../../src/domain/tree";
import type { Id } from "../../../src/domain/types";
import { DEFAULT_TREE_OPTIONS, layoutTree, TRUNK_OFFSET } from "../../../src/layout/tidyTree";
import { balancedTree, docWith, node } from "../../helpers/build";

const fixed = () => ({ width: 100, height: 40 });

function boxes(
  positions: Map<Id, { x: number; y: number }>,
  size: (id: Id) => { width: number; height: number },
) {
  return [...positions].map(([id, p]) => ({ id, x: p.x, y: p.y, ...size(id) }));
}

function overlaps(all: ReturnType<typeof boxes>): string[] {
  // Sweep by x so the check itself stays fast on large trees.
  const sorted = [...all].sort((a, b) => a.x - b.x);
  const found: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.x < a.x + a.width; j++) {
      const b = sorted[j]!;
      if (a.y < b.y + b.height && b.y < a.y + a.height) found.push(`${a.id}/${b.id}`);
    }
  }
  return found;
}

describe("layoutTree", () => {
  it("places every node once, with no two boxes overlapping", () => {
    const doc = docWith(balancedTree([3, 3, 4, 5, 6]));
    const children = childrenIndex(doc.nodes);
    const size = (id: Id) => ({ width: 120, height: 40 + (id.length % 3) * 17 });
    const layout = layoutTree({ children, size });
    expect(layout.positions.size).toBe(doc.nodes.size);
    expect(overlaps(boxes(layout.positions, size))).toEqual([]);
  });

  it("centres a parent over its children and puts each level in one row", () => {
    const doc = docWith([node("a", null), node("b", "a"), node("c", "a"), node("b1", "b"), node("c1", "c")]);
    const layout = layoutTree({ children: childrenIndex(doc.nodes), size: fixed });
    const p = (id: string) => layout.positions.get(id)!;
    expect(p("a").x + 50).toBeCloseTo((p("b").x + p("c").x) / 2 + 50);
    expect(p("b").y).toBe(p("c").y);
    expect(p("b").y).toBeGreaterThan(p("a").y + 40);
    expect(p("b").x + 100).toBeLessThan(p("c").x);
  });

  it("stacks leaf children in an indented column under their parent", () => {
    const doc = docWith([
      node("act", null, "activity"),
      node("o1", "act", "output"),
      node("o2", "act", "output"),
      node("o3", "act", "output"),
    ]);
    const layout = layoutTree({ children: childrenIndex(doc.nodes), size: fixed });
    const [o1, o2, o3] = ["o1", "o2", "o3"].map((id) => layout.positions.get(id)!);
    expect(o1!.x).toBe(o2!.x);
    expect(o2!.x).toBe(o3!.x);
    expect(o1!.x).toBeGreaterThan(layout.positions.get("act")!.x);
    expect(o2!.y).toBeGreaterThan(o1!.y + 40);
    for (const id of ["o1", "o2", "o3"]) expect(layout.hangs.get(id)).toEqual({ kind: "stacked" });
  });

  it("keeps a stacked column clear of the neighbouring subtree", () => {
    const nodes = [node("root", null, "goal"), node("a", "root"), node("b", "root")];
    for (let i = 0; i < 30; i++) nodes.push(node(`a${i}`, "a", "output"), node(`b${i}`, "b", "output"));
    const doc = docWith(nodes);
    const layout = layoutTree({ children: childrenIndex(doc.nodes), size: fixed });
    expect(overlaps(boxes(layout.positions, fixed))).toEqual([]);
  });

  it("wraps many children into rows hung from a trunk, each row below the previous row's subtrees", () => {
    const nodes = [node("p", null, "program")];
    for (let i = 0; i < 13; i++)
      nodes.push(node(`a${i}`, "p", "activity"), node(`a${i}o`, `a${i}`, "output"));
    const doc = docWith(nodes);
    const layout = layoutTree(
      { children: childrenIndex(doc.nodes), size: fixed },
      { ...DEFAULT_TREE_OPTIONS, maxColumns: 6 },
    );
    const y = (id: string) => layout.positions.get(id)!.y;
    // 13 children in at most 6 columns: three balanced rows of 5, 5 and 3.
    expect(new Set(["a0", "a1", "a2", "a3", "a4"].map(y)).size).toBe(1);
    expect(y("a5")).toBeGreaterThan(y("a4o") + 40);
    expect(y("a10")).toBeGreaterThan(y("a9o") + 40);
    expect(y("a12")).toBe(y("a10"));
    expect(layout.hangs.get("a7")).toMatchObject({ kind: "trunk" });
    // The trunk runs down the parent's left edge, clear of every child block.
    const trunkX = layout.positions.get("p")!.x + TRUNK_OFFSET;
    for (let i = 0; i < 13; i++) expect(layout.positions.get(`a${i}`)!.x).toBeGreaterThan(trunkX);
    expect(overlaps(boxes(layout.positions, fixed))).toEqual([]);
  });

  it("lays out a 100,000-deep chain without overflowing the stack", () => {
    const nodes = [node("c0", null)];
    for (let i = 1; i < 100_000; i++) nodes.push(node(`c${i}`, `c${i - 1}`));
    const layout = layoutTree({ children: childrenIndex(docWith(nodes).nodes), size: fixed });
    expect(layout.positions.size).toBe(100_000);
    expect(layout.positions.get("c99999")!.y).toBeGreaterThan(layout.positions.get("c99998")!.y);
  });

  it("leaves out the descendants of a node that has no children entry (collapsed)", () => {
    const doc = docWith([node("a", null), node("b", "a"), node("c", "b")]);
    const children = new Map(childrenIndex(doc.nodes));
    children.delete("a");
    const layout = layoutTree({ children, size: fixed });
    expect([...layout.positions.keys()]).toEqual(["a"]);
  });
});
