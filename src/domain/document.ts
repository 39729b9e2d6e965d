import type { DocumentMeta, Id, Layout, PlanDocument, PlanNode } from "./types";

// Whole-document operations. Each returns a new document; none mutates.

const EMPTY_LAYOUT: Layout = { nodes: new Map(), units: new Map() };

export interface NewDocumentOptions {
  readonly title: string;
  readonly language: "id" | "en";
  /** ISO time of creation; passed in so that the function stays pure. */
  readonly now: string;
  readonly period?: { readonly start: number; readonly end: number };
}

/** A blank plan for the five-year period that contains `now` (RPJMN periods start in 2020, 2025, 2030…). */
export function createBlankDocument(options: NewDocumentOptions): PlanDocument {
  const year = Number.parseInt(options.now.slice(0, 4), 10) || 2025;
  const start = options.period?.start ?? 2020 + Math.floor((year - 2020) / 5) * 5;
  const end = options.period?.end ?? start + 4;
  return {
    meta: {
      title: options.title,
      period: { start, end },
      language: options.language,
      createdAt: options.now,
      updatedAt: options.now,
    },
    nodes: new Map(),
    links: new Map(),
    structures: new Map(),
    alignments: new Map(),
    layout: EMPTY_LAYOUT,
  };
}

export function updateMeta(doc: PlanDocument, patch: Partial<DocumentMeta>): PlanDocument {
  return { ...doc, meta: { ...doc.meta, ...patch } };
}

export function setTitle(doc: PlanDocument, title: string): PlanDocument {
  const trimmed = title.trim();
  if (trimmed.length === 0 || trimmed === doc.meta.title) return doc;
  return updateMeta(doc, { title: trimmed.slice(0, 300) });
}

/** Stamp the time of the last change (meta.updatedAt), which the format allows a writer to refresh. */
export function touch(doc: PlanDocument, now: string): PlanDocument {
  return updateMeta(doc, { updatedAt: now });
}

export function countIndicators(nodes: ReadonlyMap<Id, PlanNode>): number {
  let count = 0;
  for (const node of nodes.values()) count += node.indicators?.length ?? 0;
  return count;
}

/**
 * Whether a node carries values that no source backs: a proposed node, or any
 * node not marked documented whose notes say "illustrative" (a node derived from
 * a real programme may still have invented codes and targets).
 */
export function isIllustrative(node: Pick<PlanNode, "status" | "notes">): boolean {
  if (node.status === "documented") return false;
  return /illustrative|ilustratif/i.test(node.notes ?? "");
}

/**
 * The id of a node shown as illustrative, or null if none is. Given what was
 * found for an earlier version of the nodes, it looks again only where it must:
 * the same node if it still is, else (when none was) only the nodes that
 * changed, which spares a text search of every node's notes after each edit.
 */
export function findIllustrative(
  nodes: ReadonlyMap<Id, PlanNode>,
  before?: { readonly nodes: ReadonlyMap<Id, PlanNode>; readonly found: Id | null },
): Id | null {
  if (before?.found != null) {
    const node = nodes.get(before.found);
    if (node && isIllustrative(node)) return before.found;
  } else if (before) {
    // Both maps in step (an edit keeps the order of the nodes it keeps): an identity
    // check per node, and a lookup only where the two orders part.
    const old = before.nodes.values();
    for (const [id, node] of nodes) {
      const twin = old.next().value;
      if (twin === node) continue;
      if ((twin?.id === id || before.nodes.get(id) !== node) && isIllustrative(node)) return id;
    }
    return null;
  }
  for (const [id, node] of nodes) if (isIllustrative(node)) return id;
  return null;
}
