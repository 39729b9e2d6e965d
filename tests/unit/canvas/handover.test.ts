import { describe, expect, it } from "vitest";
import { handOver } from "../../../src/canvas/handover";

const boxes = (...ids: string[]) => ids.map((id) => ({ id }));
const ids = (nodes: readonly { id: string }[]) => nodes.map((node) => node.id);

describe("handing boxes to React Flow a few per frame", () => {
  // Boxes a1..a9 are on screen; o1..o3 are off it.
  const onScreen = (id: string) => id.startsWith("a");
  const target = boxes("o1", "a1", "a2", "a3", "a4", "a5", "o2", "a6", "o3");
  const limit = { onScreen: 2, offScreen: 10 };

  it("hands over boxes off screen first, then those on screen `onScreen` per frame, in the target's order", () => {
    // The first frame takes the boxes off screen alone: none on screen come with them.
    const first = handOver(target, [], onScreen, limit);
    expect(ids(first.nodes)).toEqual(["o1", "o2", "o3"]);
    expect(first.done).toBe(false);
    const second = handOver(target, first.nodes, onScreen, limit);
    expect(ids(second.nodes)).toEqual(["o1", "a1", "a2", "o2", "o3"]);
    const third = handOver(target, second.nodes, onScreen, limit);
    expect(ids(third.nodes)).toEqual(["o1", "a1", "a2", "a3", "a4", "o2", "o3"]);
    const fourth = handOver(target, third.nodes, onScreen, limit);
    expect(ids(fourth.nodes)).toEqual(["o1", "a1", "a2", "a3", "a4", "a5", "o2", "a6", "o3"]);
    expect(fourth.done).toBe(true);
    expect(fourth.hidden).toEqual([]);
  });

  it("hands over boxes off screen `offScreen` per frame, and those on screen only once none off screen is left", () => {
    const sliced = { onScreen: 2, offScreen: 2 };
    const first = handOver(target, [], onScreen, sliced);
    expect(ids(first.nodes)).toEqual(["o1", "o2"]);
    expect(first.done).toBe(false);
    const second = handOver(target, first.nodes, onScreen, sliced);
    expect(ids(second.nodes)).toEqual(["o1", "o2", "o3"]);
    expect(second.done).toBe(false);
    const third = handOver(target, second.nodes, onScreen, sliced);
    expect(ids(third.nodes)).toEqual(["o1", "a1", "a2", "o2", "o3"]);
  });

  it("takes boxes off screen back at once, and those on screen after one frame hidden", () => {
    const step = handOver(boxes("a1"), boxes("a1", "a2", "a3", "o1", "o2"), onScreen, limit);
    expect(ids(step.nodes)).toEqual(["a1"]);
    expect(ids(step.hidden)).toEqual(["a2", "a3"]);
    expect(step.done).toBe(false);
    const next = handOver(boxes("a1"), step.nodes, onScreen, limit);
    expect(ids(next.nodes)).toEqual(["a1"]);
    expect(next.hidden).toEqual([]);
    expect(next.done).toBe(true);
  });

  it("keeps the target's objects for boxes already held, since an edit may have replaced them", () => {
    const old = { id: "a1", name: "old" };
    const renamed = { id: "a1", name: "new" };
    expect(handOver([renamed], [old], onScreen, limit).nodes[0]).toBe(renamed);
  });

  it("is done at once when no more than `limit` boxes on screen are new and none off screen", () => {
    const step = handOver(boxes("a1", "a2", "o1"), boxes("o1"), onScreen, limit);
    expect(step.done).toBe(true);
    expect(ids(step.nodes)).toEqual(["a1", "a2", "o1"]);
  });
});
