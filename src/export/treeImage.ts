import type { Id, PlanDocument } from "../domain/types";
import { boundsOf } from "../layout/bounds";
import { layoutTree } from "../layout/tidyTree";
import { arrowMarker, type Box, bezierPath, contributeEnds, parentLinePath } from "./lines";
import { LINE } from "./palette";
import { type CardContext, type CardModel, cardModel, cardSvg } from "./planCard";
import type { ImageScene } from "./svgDocument";

// The performance tree as an image: the whole tree (not the viewport), laid
// out by the screen's own tidy layout (src/layout/tidyTree.ts) from the cards'
// sizes, with the screen's parent lines and contribute arrows. Boxes the user
// placed by hand stay where they were placed, as on screen.

export const MARGIN = 24;

export interface TreeImageInput {
  readonly doc: Pick<PlanDocument, "nodes" | "links" | "layout">;
  /** Children by parent (`null` for the roots), siblings in order: the store's index. */
  readonly children: ReadonlyMap<Id | null, readonly Id[]>;
  /** Folded boxes: their children are left out and a "+N" pill says how many. */
  readonly collapsed: ReadonlySet<Id>;
  /** Only these boxes and what hangs below them; null for the whole tree. */
  readonly only: ReadonlySet<Id> | null;
  readonly card: CardContext;
}

/** What the tree image and the alignment image share: positions and cards of the drawn boxes. */
export interface PlacedTree {
  readonly boxes: Map<Id, Box>;
  readonly cards: Map<Id, CardModel>;
  readonly body: string[];
  readonly links: string[];
}

/** The children index limited to the chosen boxes (the tops of the selection) and everything below them. */
export function selectionChildren(
  children: ReadonlyMap<Id | null, readonly Id[]>,
  only: ReadonlySet<Id>,
  parentOf: (id: Id) => Id | null,
): Map<Id | null, readonly Id[]> {
  const tops: Id[] = [];
  const order = new Map<Id, number>();
  // Reading order of the whole tree, so the chosen subtrees come out left to right as on screen.
  const stack = [...(children.get(null) ?? [])].reverse();
  while (stack.length > 0) {
    const id = stack.pop()!;
    order.set(id, order.size);
    const kids = children.get(id) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  for (const id of only) {
    let above = parentOf(id);
    let covered = false;
    const seen = new Set<Id>();
    while (above !== null && !seen.has(above)) {
      if (only.has(above)) {
        covered = true;
        break;
      }
      seen.add(above);
      above = parentOf(above);
    }
    if (!covered && order.has(id)) tops.push(id);
  }
  tops.sort((a, b) => order.get(a)! - order.get(b)!);
  const result = new Map<Id | null, readonly Id[]>(children);
  result.set(null, tops);
  return result;
}

/** Lays out and draws the tree's cards and parent lines; contribute links are drawn by the caller. */
export function placeTree(input: TreeImageInput): PlacedTree {
  const { doc, collapsed, card } = input;
  const all = input.only
    ? selectionChildren(input.children, input.only, (id) => doc.nodes.get(id)?.parentId ?? null)
    : input.children;
  const visible = new Map(all);
  for (const id of collapsed) visible.delete(id);

  const cards = new Map<Id, CardModel>();
  const modelOf = (id: Id) => {
    let model = cards.get(id);
    if (!model) {
      model = cardModel(doc.nodes.get(id)!, card);
      cards.set(id, model);
    }
    return model;
  };
  const layout = layoutTree({ children: visible, size: modelOf });
  // A selection is laid out afresh; the whole tree keeps the boxes placed by hand.
  const placed = input.only ? null : doc.layout.nodes;

  const boxes = new Map<Id, Box>();
  for (const [id, auto] of layout.positions) {
    const at = placed?.get(id) ?? auto;
    const model = modelOf(id);
    boxes.set(id, { x: at.x, y: at.y, width: model.width, height: model.height });
  }

  const body: string[] = [];
  const lines: string[] = [];
  for (const [parentId, kids] of visible) {
    if (parentId === null) continue;
    const from = boxes.get(parentId);
    if (!from) continue;
    for (const kid of kids) {
      const to = boxes.get(kid);
      const hang = layout.hangs.get(kid);
      if (!to || !hang) continue;
      const d = parentLinePath(from, to, hang, placed?.has(kid) || placed?.has(parentId));
      lines.push(`<path d="${d}" fill="none" stroke="${LINE.parent}" stroke-width="1.6"/>`);
    }
  }
  body.push(`<g class="parent-lines">${lines.join("")}</g>`);

  const cardParts: string[] = [];
  for (const [id, box] of boxes) {
    const folded = collapsed.has(id) ? (all.get(id)?.length ?? 0) : 0;
    cardParts.push(cardSvg(cards.get(id)!, box.x, box.y, folded, card.t));
  }
  body.push(`<g class="cards">${cardParts.join("")}</g>`);

  const links: string[] = [];
  for (const link of doc.links.values()) {
    const from = boxes.get(link.from);
    const to = boxes.get(link.to);
    if (!from || !to) continue;
    const [s, t] = contributeEnds(from, to);
    links.push(
      `<path d="${bezierPath(s, t)}" fill="none" stroke="${LINE.contributes}" stroke-width="2.4" marker-end="url(#arrow-contributes)"/>`,
    );
  }
  return { boxes, cards, body, links };
}

/** The bounding box of boxes, with room under each for a fold pill or a mark. */
export function bounds(boxes: Iterable<Box>): { minX: number; minY: number; maxX: number; maxY: number } {
  const around = boundsOf(boxes);
  if (!around) return { minX: 0, minY: 0, maxX: 0, maxY: 0 };
  return {
    minX: around.x,
    minY: around.y,
    maxX: around.x + around.width,
    maxY: around.y + around.height + 12,
  };
}

/** Moves drawn content so that its bounds start at the margin. */
export function framed(
  parts: readonly string[],
  box: { minX: number; minY: number; maxX: number; maxY: number },
  defs: readonly string[],
): ImageScene {
  const dx = MARGIN - box.minX;
  const dy = MARGIN - box.minY;
  return {
    width: Math.max(1, box.maxX - box.minX + MARGIN * 2),
    height: Math.max(1, box.maxY - box.minY + MARGIN * 2),
    defs,
    body: `<g transform="translate(${Math.round(dx * 100) / 100} ${Math.round(dy * 100) / 100})">${parts.join("")}</g>`,
  };
}

export const CONTRIBUTES_MARKER = arrowMarker("arrow-contributes", LINE.contributes, 18);

export function treeImage(input: TreeImageInput): ImageScene {
  const tree = placeTree(input);
  // Contribute links over the cards, as on screen (they run between boxes).
  const parts = [...tree.body, `<g class="links">${tree.links.join("")}</g>`];
  return framed(parts, bounds(tree.boxes.values()), [CONTRIBUTES_MARKER]);
}
