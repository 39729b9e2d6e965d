import { describe, expect, it } from "vitest";
import { linkSides } from "../../../src/layout/linkSides";

const box = (x: number, y = 0) => ({ x, y, width: 280, height: 100 });

describe("linkSides", () => {
  it("leaves and enters by the sides that face each other", () => {
    expect(linkSides(box(0), box(400))).toEqual(["right", "left"]);
    expect(linkSides(box(400), box(0))).toEqual(["left", "right"]);
  });
  it("one above the other: out and in on the right, beside the column", () => {
    expect(linkSides(box(0, 0), box(100, 300))).toEqual(["right", "right"]);
  });
});
