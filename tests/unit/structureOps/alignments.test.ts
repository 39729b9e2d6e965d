import { describe, expect, it } from "vitest";
import { diagnose } from "../../../src/domain/diagnostics";
import { addAlignment, removeAlignment, updateAlignment } from "../../../src/domain/structureOps";
import { expectOk, expectRefused } from "../operations/helpers";
import { runOp, structuresDoc } from "./helpers";

describe("addAlignment", () => {
  it("makes a unit the primary owner of a node by default, and the A1 finding goes", () => {
    const doc = structuresDoc();
    const before = diagnose(doc, "asis").findings.filter((f) => f.rule === "A1" && f.nodeId === "a1");
    expect(before).toHaveLength(1);
    const result = expectOk(
      runOp(doc, (d) => addAlignment(d, { structureId: "asis", unitId: "dir", nodeId: "a1" })),
    );
    expect(result.id).toBe("al-1");
    expect(result.doc.alignments.get("al-1")).toEqual({
      id: "al-1",
      structureId: "asis",
      unitId: "dir",
      nodeId: "a1",
      role: "primary",
    });
    expect(diagnose(result.doc, "asis").findings.filter((f) => f.rule === "A1" && f.nodeId === "a1")).toEqual(
      [],
    );
  });

  it("aligns a unit to one indicator of a node, with a role and notes", () => {
    const result = expectOk(
      runOp(structuresDoc(), (d) =>
        addAlignment(d, {
          structureId: "asis",
          unitId: "m",
          nodeId: "s1",
          indicatorId: "s1-i2",
          role: "data_provider",
          notes: "BPK",
        }),
      ),
    );
    expect(result.doc.alignments.get(result.id)).toMatchObject({
      indicatorId: "s1-i2",
      role: "data_provider",
      notes: "BPK",
    });
  });

  it("refuses a duplicate of the same structure, unit, node, indicator and role, but not another role", () => {
    const doc = structuresDoc();
    expect(runOp(doc, (d) => addAlignment(d, { structureId: "asis", unitId: "m", nodeId: "s1" }))).toEqual({
      ok: false,
      reason: { code: "duplicate-alignment", params: { alignmentId: "al1" } },
    });
    expectOk(
      runOp(doc, (d) =>
        addAlignment(d, { structureId: "asis", unitId: "m", nodeId: "s1", role: "contributor" }),
      ),
    );
    // The same pair, but to one indicator, is a different alignment.
    expectOk(
      runOp(doc, (d) =>
        addAlignment(d, { structureId: "asis", unitId: "m", nodeId: "s1", indicatorId: "s1-i1" }),
      ),
    );
  });

  it("refuses a unit of another structure, an unknown node or an indicator of another node", () => {
    const doc = structuresDoc();
    expectRefused(
      runOp(doc, (d) => addAlignment(d, { structureId: "to-be", unitId: "dj1", nodeId: "p1" })),
      "not-found",
    );
    expectRefused(
      runOp(doc, (d) => addAlignment(d, { structureId: "asis", unitId: "m", nodeId: "zz" })),
      "not-found",
    );
    expectRefused(
      runOp(doc, (d) =>
        addAlignment(d, { structureId: "asis", unitId: "m", nodeId: "p1", indicatorId: "s1-i1" }),
      ),
      "not-found",
    );
  });
});

describe("updateAlignment / removeAlignment", () => {
  it("changes the role, refusing one that duplicates another alignment", () => {
    const doc = structuresDoc();
    const result = expectOk(runOp(doc, (d) => updateAlignment(d, "al2", { role: "contributor" })));
    expect(result.doc.alignments.get("al2")?.role).toBe("contributor");
    const withBoth = expectOk(
      runOp(doc, (d) =>
        addAlignment(d, { structureId: "asis", unitId: "dj1", nodeId: "p1", role: "contributor" }),
      ),
    );
    expectRefused(
      runOp(withBoth.doc, (d) => updateAlignment(d, "al2", { role: "contributor" })),
      "duplicate-alignment",
    );
    expect(expectOk(runOp(doc, (d) => updateAlignment(d, "al2", { role: "primary" }))).doc).toBe(doc);
  });

  it("removes an alignment", () => {
    const result = expectOk(runOp(structuresDoc(), (d) => removeAlignment(d, "al2")));
    expect(result.doc.alignments.has("al2")).toBe(false);
    expectRefused(
      runOp(result.doc, (d) => removeAlignment(d, "al2")),
      "not-found",
    );
  });
});
