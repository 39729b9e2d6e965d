import type { Id, Structure } from "../domain/types";
import { layoutTree } from "../layout/tidyTree";
import { unitChildrenOf } from "../layout/unitTree";
import { type Box, parentLinePath } from "./lines";
import { LINE } from "./palette";
import type { ImageScene } from "./svgDocument";
import { bounds, framed } from "./treeImage";
import { type UnitCardContext, type UnitModel, unitModel, unitSvg } from "./unitCard";
import { escapeXml, num } from "./xml";

// The org chart of one structure as an image, laid out by the same tidy layout
// as the screen's org chart (src/canvas/structure/orgFlow.ts). Every unit is
// drawn: the chart's folds are a browsing aid kept by the canvas alone, and an
// org chart on paper shows the whole organisation.

export interface OrgImageInput {
  readonly structure: Structure;
  /** Only this unit and the units under it; null for the whole structure. */
  readonly root: Id | null;
  readonly unit: UnitCardContext;
}

export interface PlacedOrg {
  readonly boxes: Map<Id, Box>;
  readonly parts: string[];
}

export function placeOrg(input: OrgImageInput, dx = 0, dy = 0): PlacedOrg {
  const { structure } = input;
  const children = unitChildrenOf(structure.units);
  if (input.root !== null && structure.units.has(input.root)) children.set(null, [input.root]);
  const models = new Map<Id, UnitModel>();
  const modelOf = (id: Id) => {
    let model = models.get(id);
    if (!model) {
      model = unitModel(structure.units.get(id)!, "chart", input.unit);
      models.set(id, model);
    }
    return model;
  };
  const layout = layoutTree({ children, size: modelOf });
  const boxes = new Map<Id, Box>();
  for (const [id, at] of layout.positions) {
    const model = modelOf(id);
    boxes.set(id, { x: at.x + dx, y: at.y + dy, width: model.width, height: model.height });
  }
  const lines: string[] = [];
  for (const [parentId, kids] of children) {
    const from = parentId === null ? undefined : boxes.get(parentId);
    if (!from) continue;
    for (const kid of kids) {
      const to = boxes.get(kid);
      const hang = layout.hangs.get(kid);
      if (!to || !hang) continue;
      const d = parentLinePath(from, to, hang, false, dy);
      lines.push(`<path d="${d}" fill="none" stroke="${LINE.parent}" stroke-width="1.6"/>`);
    }
  }
  const cards = [...boxes].map(([id, box]) =>
    unitSvg(models.get(id)!, box.x, box.y, input.unit.t, input.unit.marks?.get(id) ?? []),
  );
  return {
    boxes,
    parts: [`<g class="parent-lines">${lines.join("")}</g>`, `<g class="units">${cards.join("")}</g>`],
  };
}

export function orgImage(input: OrgImageInput): ImageScene {
  const org = placeOrg(input);
  return framed(org.parts, bounds(org.boxes.values()), []);
}

/** Two org charts side by side under their names, with each unit's changes marked in words (Compare). */
export function compareImage(
  a: OrgImageInput,
  b: OrgImageInput,
  titles: readonly [string, string],
): ImageScene {
  const TITLE = 40;
  const left = placeOrg(a, 0, TITLE);
  const leftBounds = bounds(left.boxes.values());
  const gap = 120;
  const right = placeOrg(b, leftBounds.maxX + gap, TITLE);
  const rightBounds = bounds(right.boxes.values());
  const heading = (x: number, title: string) =>
    `<text x="${num(x)}" y="22" font-size="20" font-weight="700" fill="#1b2430">${escapeXml(title)}</text>`;
  const divider = `<path d="M${num(leftBounds.maxX + gap / 2)},0 V${num(Math.max(leftBounds.maxY, rightBounds.maxY))}" stroke="#d5dbe3" stroke-width="2"/>`;
  const parts = [
    heading(leftBounds.minX, titles[0]),
    heading(leftBounds.maxX + gap, titles[1]),
    divider,
    ...left.parts,
    ...right.parts,
  ];
  return framed(
    parts,
    {
      minX: Math.min(leftBounds.minX, 0),
      minY: 0,
      maxX: Math.max(rightBounds.maxX, leftBounds.maxX + gap + 400),
      maxY: Math.max(leftBounds.maxY, rightBounds.maxY),
    },
    [],
  );
}
