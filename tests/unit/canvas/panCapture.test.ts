import type React from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { capturePanPress, releasePanPress } from "../../../src/canvas/panCapture";

// Just enough of an element for pointer capture (the unit tests run without a DOM).
class FakeElement {
  readonly captured = new Set<number>();
  constructor(
    private readonly className: string,
    private readonly knownPointers: readonly number[] = [1],
  ) {}
  readonly classList = { contains: (name: string) => this.className.split(" ").includes(name) };
  setPointerCapture(id: number) {
    if (!this.knownPointers.includes(id)) throw new DOMException("no active pointer", "NotFoundError");
    this.captured.add(id);
  }
  hasPointerCapture(id: number) {
    return this.captured.has(id);
  }
  releasePointerCapture(id: number) {
    this.captured.delete(id);
  }
}

const press = (target: FakeElement, over: Partial<React.PointerEvent> = {}) =>
  ({ target, pointerId: 1, pointerType: "mouse", button: 0, ...over }) as unknown as React.PointerEvent;

describe("a press on the empty canvas is captured by it", () => {
  beforeEach(() => vi.stubGlobal("Element", FakeElement));
  afterEach(() => vi.unstubAllGlobals());

  it("captures a left or middle press of a mouse or pen on the pane", () => {
    for (const over of [{}, { button: 1 }, { pointerType: "pen" as const }]) {
      const pane = new FakeElement("react-flow__pane draggable");
      capturePanPress(press(pane, over));
      expect(pane.hasPointerCapture(1)).toBe(true);
    }
  });

  it("leaves alone a press elsewhere, a right press, and touch (the browser captures touch itself)", () => {
    const card = new FakeElement("react-flow__node");
    capturePanPress(press(card));
    expect(card.captured.size).toBe(0);
    for (const over of [{ button: 2 }, { pointerType: "touch" as const }]) {
      const pane = new FakeElement("react-flow__pane");
      capturePanPress(press(pane, over));
      expect(pane.captured.size).toBe(0);
    }
  });

  it("gives the press back when asked (the overview hands it to a card)", () => {
    const pane = new FakeElement("react-flow__pane");
    capturePanPress(press(pane));
    releasePanPress(pane as unknown as Element);
    expect(pane.hasPointerCapture(1)).toBe(false);
    // Nothing captured: nothing to give back, and no error.
    releasePanPress(new FakeElement("react-flow__pane") as unknown as Element);
  });

  it("lets a press of a pointer the browser does not know (made by a script) through, without an error", () => {
    const pane = new FakeElement("react-flow__pane", []);
    expect(() => capturePanPress(press(pane, { pointerId: 7 }))).not.toThrow();
    expect(pane.captured.size).toBe(0);
  });
});
