import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { drawOverview, type OverviewMarks } from "../../../src/canvas/overview/drawOverview";
import type { TreeFlow } from "../../../src/canvas/treeFlow";
import { spatialIndex } from "../../../src/canvas/viewportWindow";
import type { PlanNode } from "../../../src/domain/types";

// A 2D context that records the text it is asked to draw and accepts every other call.
function recordingContext() {
  const texts: string[] = [];
  const context = new Proxy(
    { texts, canvas: { width: 800, height: 600 } } as Record<string | symbol, unknown>,
    {
      get(target, key) {
        if (key in target) return target[key];
        if (key === "fillText") return (text: string) => texts.push(text);
        if (key === "measureText") return (text: string) => ({ width: text.length * 10 });
        return () => {};
      },
      set(target, key, value) {
        target[key] = value;
        return true;
      },
    },
  );
  return { context: context as unknown as CanvasRenderingContext2D, texts };
}

const node = {
  id: "p",
  parentId: null,
  kind: "program",
  code: "P1",
  name: "Program Perlindungan Sosial",
} as PlanNode;
const flow = {
  nodes: [{ id: "p", data: { kind: "program" } }],
  edges: [],
  boxes: new Map([["p", { x: 0, y: 0, width: 280, height: 121 }]]),
} as unknown as TreeFlow;
const marks: OverviewMarks = {
  held: new Set(),
  match: null,
  drop: null,
  moving: new Set(),
  versionMarks: null,
  collapsed: new Set(),
  childCount: () => 0,
};

function draw(text: boolean): string[] {
  const { context, texts } = recordingContext();
  drawOverview(context, flow, spatialIndex(flow, flow.boxes), new Map([["p", node]]), marks, {
    transform: [0, 0, 0.42],
    width: 800,
    height: 600,
    ratio: 1,
    font: "sans-serif",
    text,
  });
  return texts;
}

describe("the overview's text", () => {
  // The test environment has no canvas: lines are built as Path2D, which is stood in for.
  beforeAll(() =>
    vi.stubGlobal(
      "Path2D",
      class {
        addPath() {}
      },
    ),
  );
  afterAll(() => vi.unstubAllGlobals());

  it("draws a box's code and name", () => {
    const texts = draw(true);
    expect(texts).toContain("P1");
    expect(texts.join(" ")).toContain("Perlindungan");
  });

  it("leaves them out while the zoom changes", () => {
    expect(draw(false)).toEqual([]);
  });
});
