import { describe, expect, it } from "vitest";
import { wrapNamesAhead } from "../../../src/canvas/overview/drawOverview";
import type { TreeFlow } from "../../../src/canvas/treeFlow";
import type { PlanNode } from "../../../src/domain/types";

// A context that measures 10 units per character and counts its measurements.
function measuringContext() {
  const context = {
    font: "",
    fonts: [] as string[],
    measured: 0,
    measureText(text: string) {
      context.measured++;
      context.fonts.push(context.font);
      return { width: text.length * 10 };
    },
  };
  return context;
}

const names = ["Penyaluran bantuan sosial", "Data terpadu kesejahteraan sosial", "Rehabilitasi sosial"];
const nodes = new Map<string, PlanNode>(
  names.map((name, i) => [`n${i}`, { id: `n${i}`, parentId: null, kind: "output", name } as PlanNode]),
);
const flow = {
  nodes: [...nodes.keys()].map((id) => ({ id })),
  boxes: new Map([...nodes.keys()].map((id) => [id, { x: 0, y: 0, width: 224, height: 80 }])),
} as unknown as TreeFlow;

describe("names wrapped ahead of the overview's first picture", () => {
  it("goes box by box until told to stop, and goes on from there", () => {
    const context = measuringContext();
    const ctx = context as unknown as CanvasRenderingContext2D;
    let budget = 2;
    expect(wrapNamesAhead(ctx, flow, nodes, "sans-serif", 0, () => budget-- <= 0)).toBe(2);
    expect(wrapNamesAhead(ctx, flow, nodes, "sans-serif", 2, () => false)).toBe(3);
    // Measured in the font the names are drawn in.
    expect(new Set(context.fonts)).toEqual(new Set(["600 20px sans-serif"]));
  });

  it("measures a name once: wrapped again at the same width, it is not measured again", () => {
    const context = measuringContext();
    const ctx = context as unknown as CanvasRenderingContext2D;
    // Boxes not wrapped before (an edit replaces a box's object).
    const fresh = new Map([...nodes].map(([id, node]) => [id, { ...node }]));
    wrapNamesAhead(ctx, flow, fresh, "sans-serif", 0, () => false);
    const first = context.measured;
    expect(first).toBeGreaterThan(0);
    wrapNamesAhead(ctx, flow, fresh, "sans-serif", 0, () => false);
    expect(context.measured).toBe(first);
  });
});
