import { describe, expect, it } from "vitest";
import { selectionWithDescendants } from "../../../src/domain/operations";
import { childrenIndex } from "../../../src/domain/tree";
import { generateDocument } from "../../../src/generator";

describe("a selection with its descendants", () => {
  const doc = generateDocument(400, { seed: 4 });
  const nodes = [...doc.nodes.values()];
  const program = nodes.find((node) => node.kind === "program")!;
  const output = nodes.find((node) => node.kind === "output")!;

  it("takes every box below the selected ones, and the selected ones, once", () => {
    const moving = selectionWithDescendants(doc, [program.id, output.id]);
    expect(moving.has(program.id)).toBe(true);
    expect(moving.has(output.id)).toBe(true);
    // Every box whose chain of parents reaches the program is in, and no other.
    const under = (id: string | null): boolean =>
      id !== null && (id === program.id || id === output.id || under(doc.nodes.get(id)!.parentId));
    expect([...moving].sort()).toEqual(
      nodes
        .filter((node) => under(node.id))
        .map((node) => node.id)
        .sort(),
    );
    expect(moving.size).toBeGreaterThan(2);
  });

  it("gives the same with the document's children index handed in (as the canvas does on a drag)", () => {
    const roots = [program.id, output.id, "no-such-box"];
    expect(selectionWithDescendants(doc, roots, childrenIndex(doc.nodes))).toEqual(
      selectionWithDescendants(doc, roots),
    );
  });
});
