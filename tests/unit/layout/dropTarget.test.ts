import { describe, expect, it } from "vitest";
import { findDropTarget } from "../../../src/canvas/dropTarget";

describe("drop target", () => {
  const boxes = new Map([
    ["a", { x: 0, y: 0, width: 100, height: 40 }],
    ["b", { x: 200, y: 0, width: 100, height: 40 }],
  ]);
  const row = () => false;

  it("drops into the middle of a box as its child, at its edges before or after it", () => {
    expect(findDropTarget({ x: 50, y: 20 }, boxes, new Set(), row)).toEqual({ id: "a", mode: "child" });
    expect(findDropTarget({ x: 5, y: 20 }, boxes, new Set(), row)).toEqual({ id: "a", mode: "before" });
    expect(findDropTarget({ x: 295, y: 20 }, boxes, new Set(), row)).toEqual({ id: "b", mode: "after" });
  });

  it("uses top and bottom edges for a stacked column", () => {
    expect(findDropTarget({ x: 50, y: 2 }, boxes, new Set(), () => true)).toEqual({
      id: "a",
      mode: "before",
    });
    expect(findDropTarget({ x: 2, y: 20 }, boxes, new Set(), () => true)).toEqual({ id: "a", mode: "child" });
  });

  it("never offers the dragged boxes themselves, and nothing over empty canvas", () => {
    expect(findDropTarget({ x: 50, y: 20 }, boxes, new Set(["a"]), row)).toBeNull();
    expect(findDropTarget({ x: 150, y: 20 }, boxes, new Set(), row)).toBeNull();
  });
});
