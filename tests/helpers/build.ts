import { createBlankDocument } from "../../src/domain/document";
import type { ContributeLink, NodeKind, PlanDocument, PlanNode } from "../../src/domain/types";

// A small vocabulary for building documents in tests.

export function node(
  id: string,
  parentId: string | null,
  kind: NodeKind = "program",
  extra: Partial<PlanNode> = {},
): PlanNode {
  return { id, kind, parentId, name: extra.name ?? `Node ${id}`, ...extra };
}

export function docWith(nodes: readonly PlanNode[], links: readonly ContributeLink[] = []): PlanDocument {
  const blank = createBlankDocument({ title: "Test plan", language: "en", now: "2026-01-02T03:04:05.000Z" });
  return {
    ...blank,
    meta: { ...blank.meta, period: { start: 2020, end: 2024 } },
    nodes: new Map(nodes.map((n) => [n.id, n])),
    links: new Map(links.map((l) => [l.id, l])),
  };
}

/** A balanced tree: `fanOut[d]` children under every node of depth d. */
export function balancedTree(fanOut: readonly number[]): PlanNode[] {
  const kinds: NodeKind[] = ["goal", "strategic_target", "program", "activity", "output"];
  const result: PlanNode[] = [];
  let level: string[] = [];
  for (let i = 0; i < (fanOut[0] ?? 1); i++) {
    const id = `n${result.length}`;
    result.push(node(id, null, kinds[0]));
    level.push(id);
  }
  for (let d = 1; d < fanOut.length; d++) {
    const next: string[] = [];
    for (const parent of level) {
      for (let i = 0; i < fanOut[d]!; i++) {
        const id = `n${result.length}`;
        result.push(node(id, parent, kinds[Math.min(d, kinds.length - 1)]));
        next.push(id);
      }
    }
    level = next;
  }
  return result;
}
