import { describe, expect, it } from "vitest";
import { History } from "../../../src/domain/history";
import {
  addLink,
  deleteSubtree,
  duplicateSubtrees,
  extractSubtrees,
  moveNode,
  pasteSubtrees,
  updateNode,
} from "../../../src/domain/operations";
import type { PlanDocument, PlanNode } from "../../../src/domain/types";
import { docWith, node } from "../../helpers/build";
import { expectOk, expectRefused } from "./helpers";

// A 100,000-deep chain: every walk must be iterative.

const DEPTH = 100_000;

function chain(): PlanDocument {
  const nodes: PlanNode[] = [];
  for (let i = 0; i < DEPTH; i++) nodes.push(node(`n${i}`, i === 0 ? null : `n${i - 1}`, "condition"));
  return docWith(nodes);
}

// Generous timeouts: these machines are shared and noisy; timings are for the benchmark, not tests.
describe("a 100,000-deep chain", { timeout: 60_000 }, () => {
  const doc = chain();
  const last = `n${DEPTH - 1}`;

  it("refuses moving the root under the deepest node, without overflowing", () => {
    expectRefused(moveNode(doc, "n0", last), "cycle");
    expectRefused(moveNode(doc, "n1", last), "cycle");
  });

  it("checks link cycles through the chain", () => {
    expectRefused(addLink(doc, "n0", last), "cycle");
    const linked = expectOk(addLink(doc, last, "n0"));
    // With a link, the check follows links as well as parents.
    expectRefused(moveNode(linked.doc, "n0", "n50000"), "cycle");
    const side = expectOk(moveNode(linked.doc, "n50000", null));
    expect(side.doc.nodes.get("n50000")!.parentId).toBeNull();
  });

  it("deletes the whole chain, and undo brings it back", () => {
    const result = expectOk(deleteSubtree(doc, "n0"));
    expect(result.doc.nodes.size).toBe(0);
    expect(result.removed.nodes).toBe(DEPTH);
    const h = History.create(doc).push(result.doc).undo();
    expect(h.doc).toBe(doc);
  });

  it("copies and pastes a deep chain, within the node limit", () => {
    const payload = extractSubtrees(doc, ["n0"]);
    expect(payload.nodes).toHaveLength(DEPTH);
    const pasted = expectOk(pasteSubtrees(docWith([]), JSON.stringify(payload), null));
    expect(pasted.doc.nodes.size).toBe(DEPTH);
    expect(pasted.doc.nodes.get(`condition-${DEPTH}`)!.parentId).toBe(`condition-${DEPTH - 1}`);
    const tail = extractSubtrees(doc, ["n99000"]);
    expectRefused(pasteSubtrees(doc, tail, "n0"), "too-many-nodes");
    const trimmed = expectOk(deleteSubtree(doc, "n99000")).doc;
    expect(expectOk(pasteSubtrees(trimmed, tail, "n0")).doc.nodes.size).toBe(DEPTH);
    expectRefused(duplicateSubtrees(doc, ["n99999"]), "too-many-nodes");
  });

  it("keeps every other node object on an edit", () => {
    const result = expectOk(updateNode(doc, "n500", { name: "Edited" }));
    let shared = 0;
    for (const [id, n] of doc.nodes) if (result.doc.nodes.get(id) === n) shared++;
    expect(shared).toBe(DEPTH - 1);
  });
});
