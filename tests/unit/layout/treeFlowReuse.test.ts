import { describe, expect, it } from "vitest";
import { updateTreeFlow } from "../../../src/canvas/treeFlow";
import { spatialIndex } from "../../../src/canvas/viewportWindow";
import {
  addIndicator,
  clearNodePositions,
  moveNode,
  setNodePositions,
  updateNode,
} from "../../../src/domain/operations";
import { childrenIndex, sameTreeShape } from "../../../src/domain/tree";
import type { PlanDocument } from "../../../src/domain/types";
import { generateDocument } from "../../../src/generator";
import { cardLines } from "../../../src/layout/cardMetrics";

// An edit that moves and resizes no box keeps the drawn flow; any other edit
// gives exactly the flow a fresh build gives.

function ok(outcome: { ok: true; doc: PlanDocument } | { ok: false }): PlanDocument {
  if (!outcome.ok) throw new Error("edit refused");
  return outcome.doc;
}

const NONE: ReadonlySet<string> = new Set();

/** A name that takes more lines on its card than any generated one. */
const long = "Layanan rehabilitasi sosial bagi penyandang disabilitas di balai dan loka di seluruh provinsi";

function flows(before: PlanDocument, after: PlanDocument) {
  const children = childrenIndex(before.nodes);
  const first = updateTreeFlow(null, before, children, NONE);
  const nextChildren = sameTreeShape(before.nodes, after.nodes) ? children : childrenIndex(after.nodes);
  const next = updateTreeFlow(first, after, nextChildren, NONE);
  const fresh = updateTreeFlow(null, after, childrenIndex(after.nodes), NONE);
  return { first: first.flow, next: next.flow, fresh: fresh.flow, renewed: next.fresh };
}

describe("re-using the tree's flow after an edit", () => {
  const doc = generateDocument(120, { seed: 2 });
  const ids = [...doc.nodes.keys()];
  const leaf = [...doc.nodes.values()].find((n) => n.kind === "output")!;

  it("keeps the layout when a rename keeps the card's height, renewing only that box and its line", () => {
    const { first, next, fresh, renewed } = flows(
      doc,
      ok(updateNode(doc, leaf.id, { name: `${leaf.name}.` })),
    );
    expect(next.boxes).toBe(first.boxes);
    expect(next.nodes).toEqual(fresh.nodes);
    expect(next.edges).toEqual(fresh.edges);
    expect(renewed!.nodes.map((n) => n.id)).toEqual([leaf.id]);
    expect(renewed!.edges.map((e) => e.id)).toEqual([`p:${leaf.id}`]);
    const kept = next.nodes.filter((n, i) => n === first.nodes[i]);
    expect(kept).toHaveLength(first.nodes.length - 1);
  });

  it("keeps the flow itself when the edit touches only a folded-away box", () => {
    const children = childrenIndex(doc.nodes);
    const parent = leaf.parentId!;
    const folded = new Set([parent]);
    const first = updateTreeFlow(null, doc, children, folded);
    const after = ok(
      updateNode(doc, leaf.id, { name: "A much longer name that takes more lines on its card, surely more" }),
    );
    const next = updateTreeFlow(first, after, children, folded);
    expect(next.flow).toBe(first.flow);
    expect(next.fresh).toEqual({ nodes: [], edges: [] });
  });

  it("lays out again when a rename makes the card taller", () => {
    const { first, next, fresh } = flows(doc, ok(updateNode(doc, leaf.id, { name: long })));
    expect(next).not.toBe(first);
    expect(next.nodes).toEqual(fresh.nodes);
    expect(next.boxes.get(leaf.id)!.height).toBeGreaterThan(first.boxes.get(leaf.id)!.height);
  });

  it("while sizes are kept (typing), a taller card keeps its box until a settling update lays out", () => {
    const children = childrenIndex(doc.nodes);
    const first = updateTreeFlow(null, doc, children, NONE);
    const typed = ok(updateNode(doc, leaf.id, { name: long }));
    const kept = updateTreeFlow(first, typed, children, NONE, { keepSizes: true });
    expect(kept.unsettled).toBe(true);
    expect(kept.flow.boxes).toBe(first.flow.boxes);
    expect(kept.fresh!.nodes.map((n) => n.id)).toEqual([leaf.id]);
    // The card is told the lines its box was laid out for: those before the typing began.
    const laidOutOf = (built: typeof kept) => built.flow.nodes.find((n) => n.id === leaf.id)!.data.laidOut;
    expect(laidOutOf(kept)).toEqual(cardLines(leaf));
    // Still unsettled after a further keystroke that fits, and after a box placed by hand.
    const more = ok(updateNode(typed, leaf.id, { name: `${long}.` }));
    const again = updateTreeFlow(kept, more, children, NONE, { keepSizes: true });
    expect(again.unsettled).toBe(true);
    expect(laidOutOf(again)).toEqual(cardLines(leaf));
    const placed = ok(setNodePositions(more, new Map([[ids[2]!, { x: 1, y: 1 }]])));
    expect(updateTreeFlow(again, placed, children, NONE, { keepSizes: true }).unsettled).toBe(true);
    // The settling update: exactly what a fresh build draws.
    const settled = updateTreeFlow(again, more, children, NONE);
    const fresh = updateTreeFlow(null, more, children, NONE);
    expect(settled.unsettled).toBe(false);
    expect(settled.flow.nodes).toEqual(fresh.flow.nodes);
    expect(settled.flow.edges).toEqual(fresh.flow.edges);
    expect(settled.flow.boxes.get(leaf.id)!.height).toBeGreaterThan(first.flow.boxes.get(leaf.id)!.height);
  });

  it("settles by laying out the sizes alone: the boxes that stay keep their flow objects and the index is carried", () => {
    const children = childrenIndex(doc.nodes);
    const first = updateTreeFlow(null, doc, children, NONE);
    const before = spatialIndex(first.flow, first.flow.boxes);
    const typed = ok(updateNode(doc, leaf.id, { name: long }));
    const kept = updateTreeFlow(first, typed, children, NONE, { keepSizes: true });
    for (const n of kept.flow.nodes) n.ariaLabel = `spoken ${n.id}`; // as the canvas labels them
    const settled = updateTreeFlow(kept, typed, children, NONE);
    const fresh = updateTreeFlow(null, typed, children, NONE).flow;
    for (const n of fresh.nodes) n.ariaLabel = `spoken ${n.id}`;
    expect(settled.flow.nodes).toEqual(fresh.nodes);
    expect(settled.flow.edges).toEqual(fresh.edges);
    expect([...settled.flow.boxes]).toEqual([...fresh.boxes]);
    // The grown card no longer carries the lines it was laid out for.
    expect(settled.flow.nodes.find((n) => n.id === leaf.id)!.data.laidOut).toBeUndefined();
    // Every box the taller card did not push keeps its object; those it pushed, and it, get new ones.
    const stayed = settled.flow.nodes.filter((n, i) => n === kept.flow.nodes[i]);
    const shifted = settled.flow.nodes.filter((n, i) => n !== kept.flow.nodes[i]);
    expect(shifted.map((n) => n.id)).toContain(leaf.id);
    for (const n of shifted) {
      const old = first.flow.boxes.get(n.id)!;
      const box = settled.flow.boxes.get(n.id)!;
      expect(n.id === leaf.id || old.y !== box.y || old.x !== box.x).toBe(true);
    }
    expect(stayed.length).toBeGreaterThan(0);
    for (const n of stayed) expect(settled.flow.boxes.get(n.id)).toEqual(first.flow.boxes.get(n.id));
    // Nothing new to label: the pushed boxes' spoken labels still hold.
    expect(settled.fresh).toEqual({ nodes: [], edges: [] });
    for (const n of shifted) expect(n.ariaLabel).toBe(`spoken ${n.id}`);
    // The windowing index is carried over, and equals one built afresh.
    const carried = spatialIndex(settled.flow, settled.flow.boxes);
    const rebuilt = spatialIndex({ nodes: [...fresh.nodes], edges: [...fresh.edges] }, new Map(fresh.boxes));
    expect(carried.indexOf).toBe(before.indexOf);
    expect([...carried.boxes]).toEqual([...rebuilt.boxes]);
    expect([...carried.lines]).toEqual([...rebuilt.lines]);
  });

  it("settles to exactly what a fresh build draws, with boxes placed by hand, links, a fold, and a rename arriving with the settle", () => {
    for (const seed of [3, 5, 8]) {
      const generated = generateDocument(300, { seed });
      expect(generated.links.size).toBeGreaterThan(0);
      const all = [...generated.nodes.values()];
      const outputs = all.filter((n) => n.kind === "output");
      const grow = outputs[Math.floor(outputs.length / 2)]!;
      const ancestors = new Set<string>();
      for (let at = grow.parentId; at !== null; at = generated.nodes.get(at)!.parentId) ancestors.add(at);
      const placedDoc = ok(
        setNodePositions(
          generated,
          new Map([
            [all[3]!.id, { x: -500, y: 900 }],
            [grow.parentId!, { x: 40, y: 4000 }],
          ]),
        ),
      );
      const children = childrenIndex(placedDoc.nodes);
      const fold = all.find((n) => n.kind === "program" && !ancestors.has(n.id) && children.has(n.id))!;
      const folded = new Set([fold.id]);
      const first = updateTreeFlow(null, placedDoc, children, folded);
      const typed = ok(updateNode(placedDoc, grow.id, { name: long }));
      const kept = updateTreeFlow(first, typed, children, folded, { keepSizes: true });
      expect(kept.unsettled).toBe(true);
      const other = first.flow.nodes.find((n) => n.id !== grow.id && !ancestors.has(n.id))!;
      const renamed = ok(updateNode(typed, other.id, { name: `${typed.nodes.get(other.id)!.name}!` }));
      const settled = updateTreeFlow(kept, renamed, children, folded);
      const fresh = updateTreeFlow(null, renamed, children, folded).flow;
      expect(settled.unsettled).toBe(false);
      expect(settled.flow.nodes).toEqual(fresh.nodes);
      expect(settled.flow.edges).toEqual(fresh.edges);
      expect([...settled.flow.boxes]).toEqual([...fresh.boxes]);
      expect(settled.flow.stacked).toEqual(fresh.stacked);
      // Settled on the last flow, not built afresh: boxes left in place keep their objects.
      expect(settled.flow.nodes.filter((n, i) => n === kept.flow.nodes[i]).length).toBeGreaterThan(0);
      // The renamed box is the one to be spoken anew.
      expect(settled.fresh!.nodes.map((n) => n.id)).toEqual([other.id]);
    }
  });

  it("gives the new kind to the card's flow node, and nothing else changes", () => {
    const { first, next, fresh } = flows(doc, ok(updateNode(doc, leaf.id, { kind: "activity" })));
    expect(next.boxes).toBe(first.boxes);
    expect(next.nodes.find((n) => n.id === leaf.id)!.data.kind).toBe("activity");
    expect(next.nodes).toEqual(fresh.nodes);
    expect(next.edges).toEqual(first.edges);
  });

  it("keeps the layout when a box is placed by hand, renewing only that box and the lines touching it", () => {
    // A parent with children and a contribute link, so that every kind of line is redrawn.
    const link = [...doc.links.values()][0]!;
    const parent = doc.nodes.get(link.from)!.parentId!;
    const placedOnce = ok(setNodePositions(doc, new Map([[parent, { x: 5, y: 5 }]])));
    const { first, next, fresh, renewed } = flows(doc, placedOnce);
    expect(next.nodes).toEqual(fresh.nodes);
    expect(next.edges).toEqual(fresh.edges);
    expect(next.boxes).toEqual(fresh.boxes);
    expect(renewed!.nodes.map((n) => n.id)).toEqual([parent]);
    const touching = fresh.edges.filter((e) => e.source === parent || e.target === parent).map((e) => e.id);
    expect(renewed!.edges.map((e) => e.id).sort()).toEqual(touching.sort());
    expect(next.nodes.filter((n, i) => n !== first.nodes[i])).toHaveLength(1);
    // Another box placed, then both given back to the layout (Tidy up): still what a fresh build draws.
    const movedAgain = ok(setNodePositions(placedOnce, new Map([[link.from, { x: 900, y: 40 }]])));
    for (const [before, after] of [
      [placedOnce, movedAgain],
      [movedAgain, ok(clearNodePositions(movedAgain, "all"))],
    ] as const) {
      const step = flows(before, after);
      expect(step.next.edges).toEqual(step.fresh.edges);
      expect(step.next.nodes).toEqual(step.fresh.nodes);
      expect(step.next.boxes).toEqual(step.fresh.boxes);
    }
  });

  it("carries the windowing index over a box placed by hand: the same as one built afresh", () => {
    const placed = [...doc.nodes.values()].find((n) => n.parentId !== null)!;
    const children = childrenIndex(doc.nodes);
    const first = updateTreeFlow(null, doc, children, NONE);
    const before = spatialIndex(first.flow, first.flow.boxes);
    const after = ok(setNodePositions(doc, new Map([[placed.id, { x: -4000, y: 7000 }]])));
    const next = updateTreeFlow(first, after, children, NONE).flow;
    const carried = spatialIndex(next, next.boxes);
    const fresh = spatialIndex({ nodes: [...next.nodes], edges: [...next.edges] }, new Map(next.boxes));
    // Carried over, not built again: the id lookup is the one from before the drop.
    expect(carried.indexOf).toBe(before.indexOf);
    expect(carried).not.toBe(fresh);
    expect([...carried.boxes]).toEqual([...fresh.boxes]);
    expect([...carried.lines]).toEqual([...fresh.lines]);
    expect([...carried.ends]).toEqual([...fresh.ends]);
    const at = carried.indexOf.get(placed.id)! * 4;
    expect([...carried.boxes.slice(at, at + 2)]).toEqual([-4000, 7000]);
  });

  it("lays out again after a move or an indicator added", () => {
    const edits = [
      ok(moveNode(doc, leaf.id, ids[1]!)),
      ok(addIndicator(doc, leaf.id, { name: "Persentase" })),
    ];
    for (const after of edits) {
      const { first, next, fresh, renewed } = flows(doc, after);
      expect(next.boxes).not.toBe(first.boxes);
      expect(renewed).toBeNull();
      expect(next.nodes).toEqual(fresh.nodes);
      expect(next.edges).toEqual(fresh.edges);
    }
  });
});

describe("sameTreeShape", () => {
  const doc = generateDocument(60, { seed: 3 });
  const node = [...doc.nodes.values()][10]!;
  it("holds for a rename and fails for a move, a reorder, an addition", () => {
    expect(sameTreeShape(doc.nodes, ok(updateNode(doc, node.id, { name: "x" })).nodes)).toBe(true);
    expect(sameTreeShape(doc.nodes, ok(moveNode(doc, node.id, [...doc.nodes.keys()][0]!)).nodes)).toBe(false);
    const reordered = new Map(doc.nodes);
    reordered.set(node.id, { ...node, order: 99 });
    expect(sameTreeShape(doc.nodes, reordered)).toBe(false);
    const grown = new Map(doc.nodes);
    grown.set("extra", { ...node, id: "extra" });
    expect(sameTreeShape(doc.nodes, grown)).toBe(false);
  });
});
