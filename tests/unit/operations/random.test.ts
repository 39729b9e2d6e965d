import { describe, expect, it } from "vitest";
import { History } from "../../../src/domain/history";
import {
  addIndicator,
  addLink,
  addNode,
  addSibling,
  deleteSubtree,
  duplicateSubtrees,
  extractSubtrees,
  indent,
  moveNode,
  type OperationResult,
  outdent,
  pasteSubtrees,
  removeIndicator,
  removeLink,
  reorderSibling,
  setNodePositions,
  updateNode,
} from "../../../src/domain/operations";
import { childrenIndex } from "../../../src/domain/tree";
import { NODE_KINDS, type PlanDocument } from "../../../src/domain/types";
import { run, sampleDoc, snapshot } from "./helpers";

// Random sequences of operations: after every step the input is unchanged and
// the result is a valid document (format rules 2-8); undoing every step gives
// back the starting document.

function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("random editing sessions", () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`stay valid and undo back to the start (seed ${seed})`, () => {
      const random = prng(seed);
      const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(random() * list.length)];
      const start = sampleDoc();
      const before = snapshot(start);
      let history = History.create(start, { capacity: 1000 });
      let applied = 0;
      for (let step = 0; step < 300; step++) {
        const doc: PlanDocument = history.doc;
        const ids = [...doc.nodes.keys()];
        const id = pick(ids);
        const other = pick(ids);
        const kind = pick(NODE_KINDS)!;
        let result: OperationResult<object>;
        switch (Math.floor(random() * 14)) {
          case 0:
            result = run(doc, (d) => addNode(d, { parentId: random() < 0.2 ? null : (id ?? null), kind }));
            break;
          case 1:
            result = id
              ? run(doc, (d) => addSibling(d, id, kind))
              : run(doc, (d) => addNode(d, { parentId: null, kind }));
            break;
          case 2: {
            if (!id) continue;
            const parent = random() < 0.2 ? null : (other ?? null);
            const index = Math.floor(random() * 4) - 1;
            result = run(doc, (d) => moveNode(d, id, parent, index));
            if (result.ok) {
              const siblings = childrenIndex(result.doc.nodes).get(parent) ?? [];
              expect(siblings[Math.max(0, Math.min(siblings.length - 1, index))]).toBe(id);
            }
            break;
          }
          case 3:
            if (!id) continue;
            result = run(doc, (d) => reorderSibling(d, id, random() < 0.5 ? -1 : 1));
            break;
          case 4:
            if (!id) continue;
            result = run(doc, (d) => indent(d, id));
            break;
          case 5:
            if (!id) continue;
            result = run(doc, (d) => outdent(d, id));
            break;
          case 6:
            if (!id || !other) continue;
            result = run(doc, (d) => addLink(d, id, other));
            break;
          case 7: {
            const link = pick([...doc.links.keys()]);
            if (!link) continue;
            result = run(doc, (d) => removeLink(d, link));
            break;
          }
          case 8:
            if (!id || random() < 0.5) continue;
            result = run(doc, (d) => deleteSubtree(d, id));
            break;
          case 9:
            if (!id || !other || doc.nodes.size > 300) continue;
            result = run(doc, (d) => duplicateSubtrees(d, [id, other]));
            break;
          case 10: {
            if (!id || doc.nodes.size > 300) continue;
            const payload = JSON.stringify(extractSubtrees(doc, [id]));
            result = run(doc, (d) => pasteSubtrees(d, payload, other ?? null));
            break;
          }
          case 11:
            if (!id) continue;
            result = run(doc, (d) => addIndicator(d, id, { targets: { "2024": step } }));
            break;
          case 12: {
            const holder = [...doc.nodes.values()].find((n) => n.indicators?.length);
            if (!holder) continue;
            result = run(doc, (d) => removeIndicator(d, holder.id, holder.indicators![0]!.id));
            break;
          }
          default:
            if (!id) continue;
            result =
              random() < 0.5
                ? run(doc, (d) => setNodePositions(d, new Map([[id, { x: step, y: -step }]])))
                : run(doc, (d) =>
                    updateNode(d, id, { name: `Name ${step}`, notes: random() < 0.5 ? "" : "n" }),
                  );
        }
        if (result.ok && result.doc !== doc) {
          history = history.push(result.doc);
          applied++;
        }
      }
      expect(applied).toBeGreaterThan(100);
      while (history.canUndo) history = history.undo();
      expect(history.doc).toBe(start);
      expect(snapshot(history.doc)).toBe(before);
    });
  }
});
