import type { Id, PlanDocument } from "../domain/types";
import { layoutLanes } from "../layout/lanes";
import { arrowMarker, type Box, bezierPath, contributeEnds } from "./lines";
import { LANE_FILL, LINE } from "./palette";
import { type CardContext, type CardModel, cardModel, cardSvg } from "./planCard";
import type { ImageScene } from "./svgDocument";
import { CONTRIBUTES_MARKER, framed } from "./treeImage";
import { wrapText } from "./wrap";
import { escapeXml, num } from "./xml";

// The strategy map as an image: the four Balanced Scorecard lanes (and the
// unassigned lane when something is in it) with their titles, the boxes that
// belong on the map laid out by the screen's lane layout (src/layout/lanes.ts),
// cause-and-effect arrows up to each box's parent, and contribute links.

export interface MapImageInput {
  readonly doc: Pick<PlanDocument, "nodes" | "links">;
  /** Boxes in the tree's reading order. */
  readonly order: readonly Id[];
  /** Only these boxes; null for every box on the map. */
  readonly only: ReadonlySet<Id> | null;
  readonly card: CardContext;
}

/** Which boxes a strategy map shows (the same rule as src/canvas/strategy/mapFlow.ts). */
export function onMap(node: { kind: string; perspective?: string }): boolean {
  return node.perspective !== undefined || node.kind === "goal" || node.kind === "strategic_target";
}

const LANE_TITLE = { left: 16, top: 24, width: 160, size: 20, lineHeight: 25 } as const;

export function mapImage(input: MapImageInput): ImageScene {
  const { doc, card } = input;
  const { t } = card;
  const ids = input.order.filter((id) => {
    const node = doc.nodes.get(id);
    return node !== undefined && onMap(node) && (input.only === null || input.only.has(id));
  });
  const cards = new Map<Id, CardModel>(ids.map((id) => [id, cardModel(doc.nodes.get(id)!, card)]));
  const layout = layoutLanes({
    ids,
    laneOf: (id) => doc.nodes.get(id)?.perspective ?? "unassigned",
    size: (id) => cards.get(id)!,
  });

  const parts: string[] = [];
  for (const lane of layout.lanes) {
    const fill = LANE_FILL[lane.id];
    const background = fill
      ? `fill="${fill.colour}" fill-opacity="${fill.opacity}"`
      : `fill="url(#lane-unassigned)"`;
    parts.push(
      `<g data-lane="${lane.id}"><rect x="0" y="${num(lane.y)}" width="${num(layout.width)}" height="${num(lane.height)}" ${background}/>`,
      `<path d="M0,${num(lane.y + 0.5)} H${num(layout.width)}" stroke="#c9d1db"/>`,
    );
    const title = lane.id === "unassigned" ? t("map.lane.unassigned") : t(`perspective.${lane.id}`);
    wrapText(title, LANE_TITLE.width, LANE_TITLE.size, true).forEach((line, i) => {
      const y =
        lane.y +
        LANE_TITLE.top +
        i * LANE_TITLE.lineHeight +
        LANE_TITLE.lineHeight / 2 +
        LANE_TITLE.size * 0.35;
      parts.push(
        `<text x="${LANE_TITLE.left}" y="${num(y)}" font-size="${LANE_TITLE.size}" font-weight="700" fill="#3b4654">${escapeXml(line)}</text>`,
      );
    });
    parts.push("</g>");
  }

  const boxes = new Map<Id, Box>();
  for (const id of ids) {
    const at = layout.positions.get(id)!;
    const model = cards.get(id)!;
    boxes.set(id, { x: at.x, y: at.y, width: model.width, height: model.height });
  }
  const lines: string[] = [];
  for (const id of ids) {
    const parentId = doc.nodes.get(id)!.parentId;
    const to = parentId === null ? undefined : boxes.get(parentId);
    if (!to) continue;
    const [s, e] = contributeEnds(boxes.get(id)!, to);
    lines.push(
      `<path d="${bezierPath(s, e)}" fill="none" stroke="${LINE.parent}" stroke-width="1.6" marker-end="url(#arrow-parent)"/>`,
    );
  }
  parts.push(`<g class="parent-lines">${lines.join("")}</g>`);
  parts.push(
    `<g class="cards">${ids.map((id) => cardSvg(cards.get(id)!, boxes.get(id)!.x, boxes.get(id)!.y, 0, t)).join("")}</g>`,
  );
  const links: string[] = [];
  for (const link of doc.links.values()) {
    const from = boxes.get(link.from);
    const to = boxes.get(link.to);
    if (!from || !to) continue;
    const [s, e] = contributeEnds(from, to);
    links.push(
      `<path d="${bezierPath(s, e)}" fill="none" stroke="${LINE.contributes}" stroke-width="2.4" marker-end="url(#arrow-contributes)"/>`,
    );
  }
  parts.push(`<g class="links">${links.join("")}</g>`);

  const height = layout.lanes.reduce((max, lane) => Math.max(max, lane.y + lane.height), 0);
  const defs = [
    CONTRIBUTES_MARKER,
    arrowMarker("arrow-parent", LINE.parent, 16),
    `<pattern id="lane-unassigned" width="24" height="24" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="24" height="24" fill="#f4f6f8"/><rect x="12" width="12" height="24" fill="#eceff3"/></pattern>`,
  ];
  return framed(parts, { minX: 0, minY: 0, maxX: layout.width, maxY: height }, defs);
}
