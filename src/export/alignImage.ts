import type { AlignmentRole, Id, PlanDocument, Structure } from "../domain/types";
import { UNIT_ROW, unitChildrenOf } from "../layout/unitTree";
import { anchor, type Box, bezierPath } from "./lines";
import { LINE } from "./palette";
import type { ImageScene } from "./svgDocument";
import { bounds, CONTRIBUTES_MARKER, framed, placeTree, type TreeImageInput } from "./treeImage";
import { type UnitCardContext, unitModel, unitSvg } from "./unitCard";

// The Alignment view as an image: the performance tree on the left (as the
// tree image), the structure as an indented column on the right (as the
// canvas, src/canvas/structure/alignFlow.ts), and the alignment lines between
// them in the screen's styles: primary solid, contributor dashed, data
// provider dotted. With a box or unit selected, its lines only (as on screen);
// with nothing selected, every line of the structure, drawn under the cards.

const COLUMN_GAP = 180;

export interface AlignImageInput {
  readonly tree: TreeImageInput;
  readonly doc: Pick<PlanDocument, "alignments">;
  readonly structure: Structure;
  readonly unit: UnitCardContext;
  readonly selectedNode: Id | null;
  readonly selectedUnit: Id | null;
}

const ROLE_STYLE: Record<AlignmentRole, string> = {
  primary: `stroke="${LINE.primary}" stroke-width="2"`,
  contributor: `stroke="${LINE.contributor}" stroke-width="2" stroke-dasharray="8 5"`,
  data_provider: `stroke="${LINE.dataProvider}" stroke-width="2" stroke-dasharray="2 4" stroke-linecap="round"`,
};

export function alignImage(input: AlignImageInput): ImageScene {
  const tree = placeTree(input.tree);
  const treeBounds = bounds(tree.boxes.values());
  const top = tree.boxes.size > 0 ? treeBounds.minY : 0;
  const x0 = (tree.boxes.size > 0 ? treeBounds.maxX : 0) + COLUMN_GAP;

  const kids = unitChildrenOf(input.structure.units);
  const unitBoxes = new Map<Id, Box>();
  const units: string[] = [];
  const stack: { id: Id; depth: number }[] = [];
  const roots = kids.get(null) ?? [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push({ id: roots[i]!, depth: 0 });
  let y = top;
  while (stack.length > 0) {
    const { id, depth } = stack.pop()!;
    const model = unitModel(input.structure.units.get(id)!, "row", input.unit);
    const box = { x: x0 + depth * UNIT_ROW.indent, y, width: model.width, height: model.height };
    unitBoxes.set(id, box);
    units.push(unitSvg(model, box.x, box.y, input.unit.t));
    y += model.height + UNIT_ROW.gap;
    const own = kids.get(id) ?? [];
    for (let i = own.length - 1; i >= 0; i--) stack.push({ id: own[i]!, depth: depth + 1 });
  }

  const anySelected = input.selectedNode !== null || input.selectedUnit !== null;
  const lines: string[] = [];
  for (const alignment of input.doc.alignments.values()) {
    if (alignment.structureId !== input.structure.id) continue;
    if (anySelected && alignment.unitId !== input.selectedUnit && alignment.nodeId !== input.selectedNode)
      continue;
    const from = unitBoxes.get(alignment.unitId);
    const to = tree.boxes.get(alignment.nodeId);
    if (!from || !to) continue;
    const d = bezierPath(anchor(from, "left", from.height / 2), anchor(to, "right", to.height / 2 + 6));
    lines.push(`<path d="${d}" fill="none" ${ROLE_STYLE[alignment.role]}/>`);
  }

  // Alignment lines under the cards: with every line drawn they would hide the
  // names they connect (on screen only the selection's few lines are shown).
  const [parentLines, ...cards] = tree.body;
  const parts = [
    parentLines!,
    `<g class="alignment-lines">${lines.join("")}</g>`,
    ...cards,
    `<g class="units">${units.join("")}</g>`,
    `<g class="links">${tree.links.join("")}</g>`,
  ];
  return framed(parts, bounds([...tree.boxes.values(), ...unitBoxes.values()]), [CONTRIBUTES_MARKER]);
}
