import { describe, expect, it } from "vitest";
import { childrenIndex } from "../../../src/domain/tree";
import type { Id } from "../../../src/domain/types";
import { generateDocument } from "../../../src/generator";
import { layoutTree, relayoutSizes } from "../../../src/layout/tidyTree";

// A relayout for new sizes must give exactly what a layout from scratch gives,
// on a tree with every arrangement (rows, wrapped rows, stacked columns), and
// hand back the previous objects for every node it did not move.

const doc = generateDocument(1500, { seed: 4 });
const children = childrenIndex(doc.nodes);
const ids = [...doc.nodes.keys()];
const baseSize = (id: Id) => ({ width: 280, height: 60 + (id.length % 3) * 18 });

/** Sizes where the nodes `changed` are taller or shorter (and wider) by the deltas. */
function resizedOnly(changed: ReadonlySet<Id>, delta: number, widthDelta = 0) {
  return (id: Id) => {
    const size = baseSize(id);
    return changed.has(id) ? { width: size.width + widthDelta, height: size.height + delta } : size;
  };
}

const entries = <T>(map: ReadonlyMap<Id, T>) => [...map];

describe("relayoutSizes", () => {
  it("is tried on a tree with rows, wrapped rows and stacked columns", () => {
    const kinds = new Set([...layoutTree({ children, size: baseSize }).hangs.values()].map((h) => h.kind));
    expect([...kinds].sort()).toEqual(["centre", "stacked", "trunk"]);
  });

  for (const [name, stride, delta, widthDelta] of [
    ["one card a line taller", 997, 18, 0],
    ["many cards taller", 7, 36, 0],
    ["many cards shorter", 5, -18, 0],
    ["many cards wider and taller", 11, 18, 60],
  ] as const) {
    it(`gives what a layout from scratch gives: ${name}`, () => {
      const before = layoutTree({ children, size: baseSize });
      const size = resizedOnly(new Set(ids.filter((_, i) => i % stride === 0)), delta, widthDelta);
      const after = relayoutSizes(before, size);
      const fresh = layoutTree({ children, size });
      expect(entries(after.positions)).toEqual(entries(fresh.positions));
      expect(entries(after.hangs)).toEqual(entries(fresh.hangs));
      expect([after.width, after.height]).toEqual([fresh.width, fresh.height]);
      // And again from the relayout, back to the first sizes.
      const back = relayoutSizes(after, baseSize);
      expect(entries(back.positions)).toEqual(entries(before.positions));
      expect(entries(back.hangs)).toEqual(entries(before.hangs));
    });
  }

  it("keeps the objects of the nodes that stay where they were, and leaves the previous layout alone", () => {
    const before = layoutTree({ children, size: baseSize });
    const snapshot = structuredClone(entries(before.positions));
    // A leaf in the middle of a stacked column grows a line: the leaves under it move down.
    const column = [...before.hangs].filter(([, hang]) => hang.kind === "stacked").map(([id]) => id);
    const after = relayoutSizes(before, resizedOnly(new Set([column[Math.floor(column.length / 2)]!]), 18));
    let kept = 0;
    let moved = 0;
    for (const [id, point] of after.positions) {
      const old = before.positions.get(id)!;
      if (old.x === point.x && old.y === point.y) {
        expect(point).toBe(old);
        kept++;
      } else {
        expect(point).not.toBe(old);
        moved++;
      }
    }
    // Both happen: a taller card pushes some nodes down, and most stay.
    expect(moved).toBeGreaterThan(0);
    expect(kept).toBeGreaterThan(moved);
    for (const [id, hang] of after.hangs) {
      const old = before.hangs.get(id)!;
      if (JSON.stringify(old) === JSON.stringify(hang)) expect(hang).toBe(old);
    }
    expect(entries(before.positions)).toEqual(snapshot);
  });

  it("returns the previous layout itself when no size changed", () => {
    const before = layoutTree({ children, size: baseSize });
    expect(relayoutSizes(before, baseSize)).toBe(before);
  });
});
