import type { AlignmentRole, Id, Indicator, NodeKind, PlanDocument, TargetValue } from "./types";
import { NODE_KINDS } from "./types";

// What changed between two versions of one document: a saved version ("before")
// and the open document ("after"). Everything is matched by id, the one thing
// that survives a rename, a move or a change of kind, so that a box that was
// renamed shows as renamed, not as one removed and one added.
//
//   nodes       added, removed, renamed (name or code), moved (parent changed),
//               re-kinded;
//   indicators  added, removed, changed (name, code, unit, polarity, key,
//               baseline), targets changed per year, and moved to another box;
//   alignments  added, removed, role changed;
//   levels      how many boxes of each kind before and after, with the added and
//               removed ones: "seven programs became two" is
//               { kind: "program", before: 7, after: 2, added: 0, removed: 5 }.
//
// Lists keep document order: the "after" document's for what exists after, the
// "before" document's for what was removed.

export interface NodeRef {
  readonly id: Id;
  readonly kind: NodeKind;
  readonly code?: string;
  readonly name: string;
}

export interface NodeRename {
  readonly node: NodeRef;
  readonly from: { readonly code?: string; readonly name: string };
}

export interface NodeMove {
  readonly node: NodeRef;
  /** The parents before and after; null for a root or a parent that no longer exists. */
  readonly from: NodeRef | null;
  readonly to: NodeRef | null;
}

export interface NodeRekind {
  readonly node: NodeRef;
  readonly from: NodeKind;
}

export interface IndicatorRef {
  readonly id: Id;
  readonly code?: string;
  readonly name: string;
  /** The box it belongs to (after, or before for a removed indicator). */
  readonly node: NodeRef;
}

export const INDICATOR_FIELDS = ["name", "code", "unit", "polarity", "key", "baseline"] as const;
export type IndicatorField = (typeof INDICATOR_FIELDS)[number];

export interface TargetChange {
  readonly year: string;
  /** Undefined where the year had no target. */
  readonly from?: TargetValue;
  readonly to?: TargetValue;
}

export interface IndicatorChange {
  readonly indicator: IndicatorRef;
  /** Fields whose value differs (targets are listed apart). */
  readonly fields: readonly IndicatorField[];
  readonly targets: readonly TargetChange[];
  /** The box it belonged to before, when it now belongs to another one. */
  readonly movedFrom?: NodeRef;
}

export interface AlignmentRef {
  readonly id: Id;
  readonly structureId: Id;
  readonly unitId: Id;
  /** The structure's and unit's names, where they exist in the document that holds the alignment. */
  readonly structureName: string;
  readonly unitName: string;
  readonly node: NodeRef;
  readonly indicator?: IndicatorRef;
  readonly role: AlignmentRole;
}

export interface AlignmentRoleChange {
  readonly alignment: AlignmentRef;
  readonly from: AlignmentRole;
}

export interface LevelCount {
  readonly kind: NodeKind;
  readonly before: number;
  readonly after: number;
  /** Boxes of this kind that appeared (new ones, and ones re-kinded to it). */
  readonly added: number;
  /** Boxes of this kind that went away (removed ones, and ones re-kinded from it). */
  readonly removed: number;
}

export interface VersionDiff {
  readonly nodes: {
    readonly added: readonly NodeRef[];
    readonly removed: readonly NodeRef[];
    readonly renamed: readonly NodeRename[];
    readonly moved: readonly NodeMove[];
    readonly rekinded: readonly NodeRekind[];
  };
  readonly indicators: {
    readonly added: readonly IndicatorRef[];
    readonly removed: readonly IndicatorRef[];
    readonly changed: readonly IndicatorChange[];
  };
  readonly alignments: {
    readonly added: readonly AlignmentRef[];
    readonly removed: readonly AlignmentRef[];
    readonly roleChanged: readonly AlignmentRoleChange[];
  };
  /** Every kind, in planning order, whether or not it changed. */
  readonly levels: readonly LevelCount[];
  /** The total number of changes listed above. */
  readonly changeCount: number;
}

/** How a box of the "after" document is marked on the tree while a comparison is shown. */
export const NODE_MARKS = ["added", "renamed", "moved", "rekinded", "indicators"] as const;
export type NodeMark = (typeof NODE_MARKS)[number];

function refOf(node: { id: Id; kind: NodeKind; code?: string; name: string }): NodeRef {
  return node.code === undefined
    ? { id: node.id, kind: node.kind, name: node.name }
    : { id: node.id, kind: node.kind, code: node.code, name: node.name };
}

function indicatorRef(indicator: Indicator, node: NodeRef): IndicatorRef {
  return indicator.code === undefined
    ? { id: indicator.id, name: indicator.name, node }
    : { id: indicator.id, code: indicator.code, name: indicator.name, node };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Targets compared year by year; years in ascending order. */
function targetChanges(before: Indicator, after: Indicator): TargetChange[] {
  const a = before.targets ?? {};
  const b = after.targets ?? {};
  const years = new Set([...Object.keys(a), ...Object.keys(b)]);
  const changes: TargetChange[] = [];
  for (const year of [...years].sort()) {
    const from = Object.hasOwn(a, year) ? a[year] : undefined;
    const to = Object.hasOwn(b, year) ? b[year] : undefined;
    if (from === to) continue;
    const change: { year: string; from?: TargetValue; to?: TargetValue } = { year };
    if (from !== undefined) change.from = from;
    if (to !== undefined) change.to = to;
    changes.push(change);
  }
  return changes;
}

/** Every indicator of a document by id, with the box that carries it. */
function indicatorsById(doc: PlanDocument): Map<Id, { indicator: Indicator; node: NodeRef }> {
  const result = new Map<Id, { indicator: Indicator; node: NodeRef }>();
  for (const node of doc.nodes.values()) {
    if (!node.indicators?.length) continue;
    const ref = refOf(node);
    for (const indicator of node.indicators) result.set(indicator.id, { indicator, node: ref });
  }
  return result;
}

function alignmentRefs(doc: PlanDocument): Map<Id, AlignmentRef> {
  const indicators = indicatorsById(doc);
  const result = new Map<Id, AlignmentRef>();
  for (const alignment of doc.alignments.values()) {
    const node = doc.nodes.get(alignment.nodeId);
    const structure = doc.structures.get(alignment.structureId);
    const unit = structure?.units.get(alignment.unitId);
    const entry = alignment.indicatorId !== undefined ? indicators.get(alignment.indicatorId) : undefined;
    const nodeRef = node ? refOf(node) : { id: alignment.nodeId, kind: "program" as NodeKind, name: "" };
    const ref: AlignmentRef = {
      id: alignment.id,
      structureId: alignment.structureId,
      unitId: alignment.unitId,
      structureName: structure?.name ?? alignment.structureId,
      unitName: unit?.name ?? alignment.unitId,
      node: nodeRef,
      role: alignment.role,
      ...(entry ? { indicator: indicatorRef(entry.indicator, nodeRef) } : {}),
    };
    result.set(alignment.id, ref);
  }
  return result;
}

export function diffVersions(before: PlanDocument, after: PlanDocument): VersionDiff {
  const added: NodeRef[] = [];
  const removed: NodeRef[] = [];
  const renamed: NodeRename[] = [];
  const moved: NodeMove[] = [];
  const rekinded: NodeRekind[] = [];
  const parentRef = (doc: PlanDocument, id: Id | null): NodeRef | null => {
    const parent = id === null ? undefined : doc.nodes.get(id);
    return parent ? refOf(parent) : null;
  };

  for (const node of after.nodes.values()) {
    const old = before.nodes.get(node.id);
    const ref = refOf(node);
    if (!old) {
      added.push(ref);
      continue;
    }
    if (old.name !== node.name || old.code !== node.code) {
      renamed.push({
        node: ref,
        from: old.code === undefined ? { name: old.name } : { code: old.code, name: old.name },
      });
    }
    // A parent that is gone in either version counts as no parent.
    const fromParent = old.parentId !== null && before.nodes.has(old.parentId) ? old.parentId : null;
    const toParent = node.parentId !== null && after.nodes.has(node.parentId) ? node.parentId : null;
    if (fromParent !== toParent) {
      moved.push({ node: ref, from: parentRef(before, fromParent), to: parentRef(after, toParent) });
    }
    if (old.kind !== node.kind) rekinded.push({ node: ref, from: old.kind });
  }
  for (const node of before.nodes.values()) if (!after.nodes.has(node.id)) removed.push(refOf(node));

  const indicatorsBefore = indicatorsById(before);
  const indicatorsAfter = indicatorsById(after);
  const indicatorsAdded: IndicatorRef[] = [];
  const indicatorsRemoved: IndicatorRef[] = [];
  const indicatorsChanged: IndicatorChange[] = [];
  for (const [id, now] of indicatorsAfter) {
    const old = indicatorsBefore.get(id);
    if (!old) {
      indicatorsAdded.push(indicatorRef(now.indicator, now.node));
      continue;
    }
    const fields = INDICATOR_FIELDS.filter((field) => !sameValue(old.indicator[field], now.indicator[field]));
    const targets = targetChanges(old.indicator, now.indicator);
    const movedFrom = old.node.id !== now.node.id ? old.node : undefined;
    if (fields.length > 0 || targets.length > 0 || movedFrom) {
      indicatorsChanged.push({
        indicator: indicatorRef(now.indicator, now.node),
        fields,
        targets,
        ...(movedFrom ? { movedFrom } : {}),
      });
    }
  }
  for (const [id, old] of indicatorsBefore) {
    if (!indicatorsAfter.has(id)) indicatorsRemoved.push(indicatorRef(old.indicator, old.node));
  }

  const alignmentsBefore = alignmentRefs(before);
  const alignmentsAfter = alignmentRefs(after);
  const alignmentsAdded: AlignmentRef[] = [];
  const alignmentsRemoved: AlignmentRef[] = [];
  const roleChanged: AlignmentRoleChange[] = [];
  for (const [id, now] of alignmentsAfter) {
    const old = alignmentsBefore.get(id);
    if (!old) alignmentsAdded.push(now);
    else if (
      old.structureId !== now.structureId ||
      old.unitId !== now.unitId ||
      old.node.id !== now.node.id ||
      old.indicator?.id !== now.indicator?.id
    ) {
      // The same id now joins something else: for a reader, one went and another came.
      alignmentsRemoved.push(old);
      alignmentsAdded.push(now);
    } else if (old.role !== now.role) roleChanged.push({ alignment: now, from: old.role });
  }
  for (const [id, old] of alignmentsBefore) if (!alignmentsAfter.has(id)) alignmentsRemoved.push(old);

  const levels = NODE_KINDS.map((kind) => {
    let countBefore = 0;
    let countAfter = 0;
    for (const node of before.nodes.values()) if (node.kind === kind) countBefore++;
    for (const node of after.nodes.values()) if (node.kind === kind) countAfter++;
    const gained =
      added.filter((n) => n.kind === kind).length + rekinded.filter((r) => r.node.kind === kind).length;
    const lost =
      removed.filter((n) => n.kind === kind).length + rekinded.filter((r) => r.from === kind).length;
    return { kind, before: countBefore, after: countAfter, added: gained, removed: lost };
  });

  const changeCount =
    added.length +
    removed.length +
    renamed.length +
    moved.length +
    rekinded.length +
    indicatorsAdded.length +
    indicatorsRemoved.length +
    indicatorsChanged.length +
    alignmentsAdded.length +
    alignmentsRemoved.length +
    roleChanged.length;

  return {
    nodes: { added, removed, renamed, moved, rekinded },
    indicators: { added: indicatorsAdded, removed: indicatorsRemoved, changed: indicatorsChanged },
    alignments: { added: alignmentsAdded, removed: alignmentsRemoved, roleChanged },
    levels,
    changeCount,
  };
}

/**
 * The marks of each box of the "after" document, for drawing the comparison on
 * the tree. Removed boxes are not in the tree; the comparison lists them.
 */
export function nodeMarks(diff: VersionDiff): ReadonlyMap<Id, readonly NodeMark[]> {
  const marks = new Map<Id, NodeMark[]>();
  const mark = (id: Id, what: NodeMark) => {
    const list = marks.get(id);
    if (!list) marks.set(id, [what]);
    else if (!list.includes(what)) list.push(what);
  };
  for (const node of diff.nodes.added) mark(node.id, "added");
  for (const { node } of diff.nodes.renamed) mark(node.id, "renamed");
  for (const { node } of diff.nodes.moved) mark(node.id, "moved");
  for (const { node } of diff.nodes.rekinded) mark(node.id, "rekinded");
  // A new box is new with its indicators; a removed indicator's box may itself
  // be gone, and marking an id that is not drawn is harmless.
  const isNew = new Set(diff.nodes.added.map((n) => n.id));
  const indicatorBoxes = [
    ...diff.indicators.added.map((i) => i.node.id),
    ...diff.indicators.changed.map((c) => c.indicator.node.id),
    ...diff.indicators.changed.flatMap((c) => (c.movedFrom ? [c.movedFrom.id] : [])),
    ...diff.indicators.removed.map((i) => i.node.id),
  ];
  for (const id of indicatorBoxes) if (!isNew.has(id)) mark(id, "indicators");
  // Marks follow NODE_MARKS order, so a card shows them the same way every time.
  for (const list of marks.values()) list.sort((a, b) => NODE_MARKS.indexOf(a) - NODE_MARKS.indexOf(b));
  return marks;
}
