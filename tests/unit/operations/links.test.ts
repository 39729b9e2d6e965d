import { describe, expect, it } from "vitest";
import {
  addLink,
  canLink,
  clearNodePositions,
  removeLink,
  setNodePositions,
  updateLink,
} from "../../../src/domain/operations";
import { expectOk, expectRefused, run, sampleDoc } from "./helpers";

describe("addLink", () => {
  it("adds a contribute link with a fresh id, sharing the nodes", () => {
    const doc = sampleDoc();
    const result = expectOk(run(doc, (d) => addLink(d, "o1", "s2")));
    expect(result.id).toBe("link-1");
    expect(result.doc.links.get("link-1")).toEqual({
      id: "link-1",
      from: "o1",
      to: "s2",
      type: "contributes",
    });
    expect(result.doc.nodes).toBe(doc.nodes);
    for (const [id, link] of doc.links) expect(result.doc.links.get(id)).toBe(link);
  });

  it("accepts an id and notes", () => {
    const result = expectOk(
      run(sampleDoc(), (d) => addLink(d, "p1", "s2", { id: "x", notes: "lintas unit" })),
    );
    expect(result.doc.links.get("x")).toEqual({
      id: "x",
      from: "p1",
      to: "s2",
      type: "contributes",
      notes: "lintas unit",
    });
  });

  it("allows a link along the parent direction (child to its own ancestor)", () => {
    expectOk(run(sampleDoc(), (d) => addLink(d, "o1", "g")));
  });

  it("refuses a self link, a duplicate, and a link that closes a cycle", () => {
    const doc = sampleDoc();
    expect(run(doc, (d) => addLink(d, "p1", "p1"))).toEqual({
      ok: false,
      reason: { code: "self-link", params: { id: "p1" } },
    });
    expect(run(doc, (d) => addLink(d, "p2", "s2"))).toEqual({
      ok: false,
      reason: { code: "duplicate-link", params: { from: "p2", to: "s2", linkId: "l1" } },
    });
    // A link from an ancestor to its descendant: parent edges lead back.
    expectRefused(
      run(doc, (d) => addLink(d, "g", "o1")),
      "cycle",
    );
    // p2 -> s2 (l1); s2 -> a1 -> p2 (l2) closes a cycle through links only partly.
    expectRefused(
      run(doc, (d) => addLink(d, "s2", "a1")),
      "cycle",
    );
    // g <- c1 (l3): g -> c1 closes it.
    expectRefused(
      run(doc, (d) => addLink(d, "g", "c1")),
      "cycle",
    );
    expect(canLink(doc, "g", "c1")).toBe(false);
    expect(canLink(doc, "o1", "s2")).toBe(true);
  });

  it("refuses unknown nodes and a bad id", () => {
    expectRefused(
      run(sampleDoc(), (d) => addLink(d, "nope", "g")),
      "not-found",
    );
    expectRefused(
      run(sampleDoc(), (d) => addLink(d, "g", "nope")),
      "not-found",
    );
    expectRefused(
      run(sampleDoc(), (d) => addLink(d, "o1", "s2", { id: "l1" })),
      "duplicate-id",
    );
    expectRefused(
      run(sampleDoc(), (d) => addLink(d, "o1", "s2", { id: "" })),
      "invalid-id",
    );
    expectRefused(
      run(sampleDoc(), (d) => addLink(d, "o1", "s2", { notes: "n".repeat(2001) })),
      "too-long",
    );
  });
});

describe("removeLink and updateLink", () => {
  it("removes a link", () => {
    const doc = sampleDoc();
    const result = expectOk(run(doc, (d) => removeLink(d, "l2")));
    expect([...result.doc.links.keys()]).toEqual(["l1", "l3"]);
    expect(result.doc.nodes).toBe(doc.nodes);
    expectRefused(
      run(doc, (d) => removeLink(d, "nope")),
      "not-found",
    );
  });

  it("edits a link's notes", () => {
    const doc = sampleDoc();
    const noted = expectOk(run(doc, (d) => updateLink(d, "l1", { notes: "catatan" })));
    expect(noted.doc.links.get("l1")!.notes).toBe("catatan");
    const cleared = expectOk(run(noted.doc, (d) => updateLink(d, "l1", { notes: "" })));
    expect("notes" in cleared.doc.links.get("l1")!).toBe(false);
    expect(expectOk(updateLink(doc, "l1", { notes: "" })).doc).toBe(doc);
    expectRefused(
      run(doc, (d) => updateLink(d, "nope", { notes: "x" })),
      "not-found",
    );
  });
});

describe("node positions", () => {
  it("sets positions of existing nodes and skips unknown ids", () => {
    const doc = sampleDoc();
    const result = expectOk(
      run(doc, (d) =>
        setNodePositions(
          d,
          new Map([
            ["p1", { x: 5, y: 6 }],
            ["g", { x: 0, y: 0 }],
            ["ghost", { x: 1, y: 1 }],
          ]),
        ),
      ),
    );
    expect(result.doc.layout.nodes.get("p1")).toEqual({ x: 5, y: 6 });
    expect(result.doc.layout.nodes.get("g")).toBe(doc.layout.nodes.get("g"));
    expect(result.doc.layout.nodes.has("ghost")).toBe(false);
    expect(result.doc.layout.units).toBe(doc.layout.units);
    expect(result.doc.nodes).toBe(doc.nodes);
    expect(expectOk(setNodePositions(doc, new Map([["g", { x: 0, y: 0 }]]))).doc).toBe(doc);
  });

  it("refuses a position that is not finite", () => {
    expectRefused(
      run(sampleDoc(), (d) => setNodePositions(d, new Map([["g", { x: Number.NaN, y: 0 }]]))),
      "invalid-value",
    );
    expectRefused(
      run(sampleDoc(), (d) => setNodePositions(d, new Map([["g", { x: 0, y: Infinity }]]))),
      "invalid-value",
    );
  });

  it("clears some positions or all (Tidy up)", () => {
    const doc = sampleDoc();
    const some = expectOk(run(doc, (d) => clearNodePositions(d, ["a1", "p1"])));
    expect([...some.doc.layout.nodes.keys()]).toEqual(["g", "o1"]);
    const all = expectOk(run(doc, (d) => clearNodePositions(d, "all")));
    expect(all.doc.layout.nodes.size).toBe(0);
    expect(all.doc.layout.units).toBe(doc.layout.units);
    expect(expectOk(clearNodePositions(all.doc, "all")).doc).toBe(all.doc);
    expect(expectOk(clearNodePositions(doc, ["p1"])).doc).toBe(doc);
  });
});
