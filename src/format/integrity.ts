// The rules of format.md that a schema cannot state (rules 2-7): unique ids,
// references, no cycles, the period. Rule 8 (layout keys naming nothing) is not
// an error: load.ts drops such keys. Everything here is linear in the size of the
// file and iterative (no recursion), so a 100,000-deep chain is fine.

import { type FormatIssue, IssueList, joinPath } from "./issues.ts";
import { type FileDocument, MAX_PERIOD_YEARS } from "./schema.ts";

/** At most this many ids are listed when a cycle is described. */
const CYCLE_IDS_SHOWN = 8;

function describeCycle(ids: readonly string[]): string {
  const shown = ids.length > CYCLE_IDS_SHOWN ? [...ids.slice(0, CYCLE_IDS_SHOWN - 1), "…"] : [...ids];
  return [...shown, ids[0]].join(" → ");
}

/** Index of the first item with each id; later duplicates are reported. */
function indexIds(
  items: readonly { readonly id: string }[],
  path: string,
  collection: string,
  out: IssueList,
  extra?: Record<string, string>,
): Map<string, number> {
  const index = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const id = items[i]!.id;
    const first = index.get(id);
    if (first === undefined) index.set(id, i);
    else
      out.add(`${path}[${i}].id`, "duplicate_id", { collection, id, first: `${path}[${first}]`, ...extra });
  }
  return index;
}

/**
 * Parent references and parent cycles of one tree (nodes, or the units of one
 * structure). Returns each item's parent index (-1 for a root or a dangling
 * reference) and whether a cycle was found. Each parent chain is walked once:
 * a walk stops at an item already settled, so the whole check is linear.
 */
function checkParents(
  items: readonly { readonly id: string; readonly parentId: string | null }[],
  index: ReadonlyMap<string, number>,
  path: string,
  target: "node" | "unit",
  out: IssueList,
  structureId?: string,
): { parents: Int32Array; cyclic: boolean } {
  const n = items.length;
  const parents = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const item = items[i]!;
    if (item.parentId === null) continue;
    const parent = index.get(item.parentId);
    if (parent === undefined) {
      const params: Record<string, string> = { target, id: item.parentId };
      if (structureId !== undefined) params.structureId = structureId;
      out.add(`${path}[${i}].parentId`, "dangling_reference", params);
    } else if (index.get(item.id) === i) {
      // Only the first item with an id takes part in the tree; duplicates are reported already.
      parents[i] = parent;
    }
  }

  // state: 0 = not seen, -1 = settled (no cycle above it), k > 0 = on the walk started at k - 1.
  const state = new Int32Array(n);
  let cyclic = false;
  const walk: number[] = [];
  for (let start = 0; start < n && !out.full; start++) {
    if (state[start] !== 0) continue;
    walk.length = 0;
    let at = start;
    while (at !== -1 && state[at] === 0) {
      state[at] = start + 1;
      walk.push(at);
      at = parents[at]!;
    }
    if (at !== -1 && state[at] === start + 1) {
      cyclic = true;
      const cycle = walk.slice(walk.indexOf(at));
      // Report at the cycle's member that comes first in the file.
      let first = cycle[0]!;
      for (const i of cycle) if (i < first) first = i;
      const rotated = [...cycle.slice(cycle.indexOf(first)), ...cycle.slice(0, cycle.indexOf(first))];
      out.add(`${path}[${first}].parentId`, "cycle", {
        kind: target === "node" ? "node_parent" : "unit_parent",
        id: items[first]!.id,
        cycle: describeCycle(rotated.map((i) => items[i]!.id)),
      });
    }
    for (const i of walk) state[i] = -1;
  }
  return { parents, cyclic };
}

/**
 * Rule 5, second half: parent edges (child → parent) and links (from → to) form
 * no cycle. Kahn's algorithm over a compact adjacency list; when some nodes are
 * left, one cycle among them is found by walking back along incoming edges
 * (every node left has an incoming edge from another node left).
 */
function checkLinkCycles(
  doc: FileDocument,
  parents: Int32Array,
  nodeIndex: ReadonlyMap<string, number>,
  linkEdges: readonly { readonly link: number; readonly from: number; readonly to: number }[],
  out: IssueList,
): void {
  const n = doc.nodes.length;
  const edgeCount = linkEdges.length + parents.length;
  const fromOf = new Int32Array(edgeCount);
  const toOf = new Int32Array(edgeCount);
  const linkOf = new Int32Array(edgeCount);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const parent = parents[i]!;
    if (parent === -1) continue;
    fromOf[m] = i;
    toOf[m] = parent;
    linkOf[m] = -1;
    m++;
  }
  for (const edge of linkEdges) {
    fromOf[m] = edge.from;
    toOf[m] = edge.to;
    linkOf[m] = edge.link;
    m++;
  }

  // Outgoing edges, grouped by source (CSR).
  const start = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) start[fromOf[e]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const outgoing = new Int32Array(m);
  for (let e = 0; e < m; e++) outgoing[fill[fromOf[e]!]!++] = e;

  const indegree = new Int32Array(n);
  for (let e = 0; e < m; e++) indegree[toOf[e]!]!++;
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) if (indegree[i] === 0) queue[tail++] = i;
  while (head < tail) {
    const v = queue[head++]!;
    for (let k = start[v]!; k < start[v + 1]!; k++) {
      const w = toOf[outgoing[k]!]!;
      if (--indegree[w]! === 0) queue[tail++] = w;
    }
  }
  if (tail === n) return;

  // One incoming edge from a node that is left, for every node that is left.
  const incoming = new Int32Array(n).fill(-1);
  for (let e = 0; e < m; e++) {
    const from = fromOf[e]!;
    const to = toOf[e]!;
    if (indegree[from]! > 0 && indegree[to]! > 0 && incoming[to] === -1) incoming[to] = e;
  }
  let at = -1;
  for (let i = 0; i < n && at === -1; i++) if (indegree[i]! > 0) at = i;
  const order = new Int32Array(n).fill(-1);
  const walk: number[] = [];
  while (order[at] === -1) {
    order[at] = walk.length;
    walk.push(at);
    at = fromOf[incoming[at]!]!;
  }
  // walk[order[at]..] visits the cycle backwards; reverse it to follow the edges.
  const cycle = walk.slice(order[at]!).reverse();
  let link = -1;
  for (let k = 0; k < cycle.length; k++) {
    const e = incoming[cycle[(k + 1) % cycle.length]!]!;
    const l = linkOf[e]!;
    if (l !== -1 && (link === -1 || l < link)) link = l;
  }
  const ids = cycle.map((i) => doc.nodes[i]!.id);
  if (link === -1) {
    // Cannot happen when parent cycles were reported first, but say something useful.
    out.add(`nodes[${cycle[0]}].parentId`, "cycle", {
      kind: "node_parent",
      id: ids[0]!,
      cycle: describeCycle(ids),
    });
    return;
  }
  const closing = doc.links[link]!;
  const startAt = cycle.indexOf(nodeIndex.get(closing.to)!);
  const rotated = startAt > 0 ? [...ids.slice(startAt), ...ids.slice(0, startAt)] : ids;
  out.add(`links[${link}]`, "cycle", { kind: "link", id: closing.id, cycle: describeCycle(rotated) });
}

/** Rules 2-7 of format.md on a file that passed the schema; the first MAX_ISSUES issues. */
export function checkIntegrity(doc: FileDocument): FormatIssue[] {
  const out = new IssueList();

  // Rule 7: the period.
  const { start, end } = doc.meta.period;
  if (end < start) out.add("meta.period.end", "period_order", { start, end });
  else if (end - start + 1 > MAX_PERIOD_YEARS) {
    out.add("meta.period.end", "period_too_long", { years: end - start + 1, maximum: MAX_PERIOD_YEARS });
  }

  // Rule 2 for nodes and indicators; rule 3.
  const nodeIndex = indexIds(doc.nodes, "nodes", "nodes", out);
  // Indicator id → where it is, packed as node index × 256 + indicator index (≤ 200).
  const indicatorAt = new Map<string, number>();
  for (let i = 0; i < doc.nodes.length && !out.full; i++) {
    const indicators = doc.nodes[i]!.indicators;
    if (indicators === undefined) continue;
    for (let k = 0; k < indicators.length; k++) {
      const id = indicators[k]!.id;
      const first = indicatorAt.get(id);
      if (first === undefined) indicatorAt.set(id, i * 256 + k);
      else {
        out.add(`nodes[${i}].indicators[${k}].id`, "duplicate_id", {
          collection: "indicators",
          id,
          first: `nodes[${Math.floor(first / 256)}].indicators[${first % 256}]`,
        });
      }
    }
  }
  if (out.full) return out.items;
  const nodeTree = checkParents(doc.nodes, nodeIndex, "nodes", "node", out);
  if (out.full) return out.items;

  // Rule 2 for links; rule 5.
  indexIds(doc.links, "links", "links", out);
  const pairs = new Map<string, number>();
  const linkEdges: { link: number; from: number; to: number }[] = [];
  for (let i = 0; i < doc.links.length && !out.full; i++) {
    const link = doc.links[i]!;
    const from = nodeIndex.get(link.from);
    const to = nodeIndex.get(link.to);
    if (from === undefined)
      out.add(`links[${i}].from`, "dangling_reference", { target: "node", id: link.from });
    if (to === undefined) out.add(`links[${i}].to`, "dangling_reference", { target: "node", id: link.to });
    if (from === undefined || to === undefined) continue;
    if (link.from === link.to) {
      out.add(`links[${i}]`, "self_link", { id: link.from });
      continue;
    }
    const pair = `${link.from}\n${link.to}`;
    const first = pairs.get(pair);
    if (first !== undefined) {
      out.add(`links[${i}]`, "duplicate_link", { from: link.from, to: link.to, first: `links[${first}]` });
      continue;
    }
    pairs.set(pair, i);
    linkEdges.push({ link: i, from, to });
  }
  if (out.full) return out.items;

  // Rule 2 for structures and units; rule 4.
  const structureIndex = indexIds(doc.structures, "structures", "structures", out);
  const unitIndexes = new Map<string, ReadonlyMap<string, number>>();
  for (let s = 0; s < doc.structures.length && !out.full; s++) {
    const structure = doc.structures[s]!;
    const path = `structures[${s}].units`;
    const unitIndex = indexIds(structure.units, path, "units", out, { structureId: structure.id });
    if (structureIndex.get(structure.id) === s) unitIndexes.set(structure.id, unitIndex);
    if (!out.full) checkParents(structure.units, unitIndex, path, "unit", out, structure.id);
  }
  if (out.full) return out.items;

  // Rule 2 for alignments; rule 6.
  indexIds(doc.alignments, "alignments", "alignments", out);
  const alignmentKeys = new Map<string, number>();
  for (let i = 0; i < doc.alignments.length && !out.full; i++) {
    const a = doc.alignments[i]!;
    const path = `alignments[${i}]`;
    const units = unitIndexes.get(a.structureId);
    if (units === undefined) {
      out.add(joinPath(path, "structureId"), "dangling_reference", {
        target: "structure",
        id: a.structureId,
      });
    } else if (!units.has(a.unitId)) {
      out.add(joinPath(path, "unitId"), "dangling_reference", {
        target: "unit",
        id: a.unitId,
        structureId: a.structureId,
      });
    }
    if (!nodeIndex.has(a.nodeId)) {
      out.add(joinPath(path, "nodeId"), "dangling_reference", { target: "node", id: a.nodeId });
    }
    if (a.indicatorId !== undefined) {
      const at = indicatorAt.get(a.indicatorId);
      const owner = at === undefined ? undefined : doc.nodes[Math.floor(at / 256)]!.id;
      if (owner === undefined) {
        out.add(joinPath(path, "indicatorId"), "dangling_reference", {
          target: "indicator",
          id: a.indicatorId,
        });
      } else if (owner !== a.nodeId) {
        out.add(joinPath(path, "indicatorId"), "indicator_not_of_node", {
          indicatorId: a.indicatorId,
          nodeId: a.nodeId,
          ownerId: owner,
        });
      }
    }
    const key = `${a.structureId}\n${a.unitId}\n${a.nodeId}\n${a.indicatorId ?? ""}\n${a.role}`;
    const first = alignmentKeys.get(key);
    if (first === undefined) alignmentKeys.set(key, i);
    else out.add(path, "duplicate_alignment", { first: `alignments[${first}]` });
  }
  if (out.full) return out.items;

  // Rule 5: parents and links together form no cycle. Only meaningful once the
  // parent tree itself has no cycle; dangling or self links were left out above.
  if (!nodeTree.cyclic && linkEdges.length > 0) {
    checkLinkCycles(doc, nodeTree.parents, nodeIndex, linkEdges, out);
  }
  return out.items;
}
