import { describe, expect, it } from "vitest";
import { alignmentsOfNode } from "../../../src/domain/alignmentsByNode";
import type { Alignment } from "../../../src/domain/types";

const align = (id: string, nodeId: string, unitId: string): Alignment => ({
  id,
  structureId: "s1",
  unitId,
  nodeId,
  role: "primary",
});

describe("the alignments of one box", () => {
  const alignments = new Map(
    [align("a1", "p1", "u1"), align("a2", "k1", "u2"), align("a3", "p1", "u3")].map((a) => [a.id, a]),
  );

  it("are that box's alignments, in the document's order", () => {
    expect(alignmentsOfNode(alignments, "p1").map((a) => a.id)).toEqual(["a1", "a3"]);
    expect(alignmentsOfNode(alignments, "k1").map((a) => a.id)).toEqual(["a2"]);
  });

  it("are none for a box without owners", () => {
    expect(alignmentsOfNode(alignments, "o9")).toEqual([]);
  });

  it("follow an edit, which replaces the map", () => {
    expect(alignmentsOfNode(alignments, "p1")).toHaveLength(2);
    const edited = new Map(alignments);
    edited.delete("a1");
    edited.set("a4", align("a4", "k1", "u4"));
    expect(alignmentsOfNode(edited, "p1").map((a) => a.id)).toEqual(["a3"]);
    expect(alignmentsOfNode(edited, "k1").map((a) => a.id)).toEqual(["a2", "a4"]);
  });
});
