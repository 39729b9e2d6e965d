// The compact text that autosave writes is joined from remembered pieces; it
// must be exactly the text of the file object, before and after edits.

import { describe, expect, it } from "vitest";
import { updateMeta } from "../../../src/domain/document";
import {
  addIndicator,
  deleteSubtree,
  moveNode,
  setNodePositions,
  updateNode,
} from "../../../src/domain/operations";
import { addAlignment, updateUnit } from "../../../src/domain/structureOps";
import type { PlanDocument } from "../../../src/domain/types";
import { serializeDocument, toFileObject } from "../../../src/format/serialize";
import { GENERATED_STRUCTURES, generateDocument } from "../../../src/generator";
import { expectLoaded, loadFixture } from "./helpers";

const plain = (doc: PlanDocument) => JSON.stringify(toFileObject(doc));

function ok(outcome: { ok: true; doc: PlanDocument } | { ok: false }): PlanDocument {
  if (!outcome.ok) throw new Error("edit refused");
  return outcome.doc;
}

describe("compact serialisation", () => {
  it.each(["example.json", "valid/full.json", "valid/special-ids.json"])(
    "writes %s as the file object",
    (name) => {
      const doc = expectLoaded(loadFixture(name)).document;
      expect(serializeDocument(doc)).toBe(plain(doc));
      // Twice: the second time every piece comes from memory.
      expect(serializeDocument(doc)).toBe(plain(doc));
    },
  );

  it("follows every kind of edit", () => {
    let doc = generateDocument(200, { seed: 4 });
    const structureId = GENERATED_STRUCTURES.existing;
    expect(serializeDocument(doc)).toBe(plain(doc));
    const ids = [...doc.nodes.keys()];
    const unitId = [...doc.structures.get(structureId)!.units.keys()][3]!;
    const edits: ((d: PlanDocument) => PlanDocument)[] = [
      (d) => ok(updateNode(d, ids[10]!, { name: 'Renamed <b>"quoted"</b>' })),
      (d) => ok(addIndicator(d, ids[20]!, { name: "New indicator" })),
      (d) => ok(moveNode(d, ids[150]!, ids[5]!)),
      (d) => ok(deleteSubtree(d, ids[30]!)),
      (d) => ok(addAlignment(d, { structureId, unitId, nodeId: ids[40]!, role: "contributor" })),
      (d) => ok(updateUnit(d, structureId, unitId, { name: "Biro Perencanaan" })),
      (d) => ok(setNodePositions(d, new Map([[ids[50]!, { x: 10, y: 20 }]]))),
      (d) => updateMeta(d, { title: "Renstra 2025-2029" }),
    ];
    for (const edit of edits) {
      const before = serializeDocument(doc);
      doc = edit(doc);
      const after = serializeDocument(doc);
      expect(after).toBe(plain(doc));
      expect(after).not.toBe(before);
    }
  });
});
