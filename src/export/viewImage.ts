import { compareStructures } from "../domain/compare";
import type { Id, PlanDocument } from "../domain/types";
import { serializeDocument } from "../format/serialize";
import { measureSync, PERF } from "../perf/marks";
import { alignImage } from "./alignImage";
import { mapImage } from "./mapImage";
import { compareImage, orgImage } from "./orgImage";
import type { Badge, CardContext } from "./planCard";
import { type ImageScene, svgDocument } from "./svgDocument";
import { treeImage } from "./treeImage";
import type { UnitCardContext, UnitMarkKind } from "./unitCard";
import "../i18n/structureViews";

// One entry for every view: the view in front, as an SVG document with the
// open document embedded. Pure: the caller gathers the state (store, folds,
// diagnostics) and this turns it into text.

export type ImageView = "tree" | "map" | "structure" | "alignment" | "compare";

export interface ViewImageInput {
  readonly view: ImageView;
  readonly doc: PlanDocument;
  readonly children: ReadonlyMap<Id | null, readonly Id[]>;
  readonly collapsed: ReadonlySet<Id>;
  readonly structureId: Id | null;
  /** The two structures of Compare, when that view is in front. */
  readonly comparePair: readonly [Id, Id] | null;
  readonly selectedNodes: ReadonlySet<Id>;
  readonly selectedUnit: Id | null;
  readonly card: CardContext;
  /** Diagnostics badges of the units of the structure in view (only that structure is diagnosed). */
  readonly unitBadges?: ReadonlyMap<Id, Badge>;
  /** How many boxes each unit of a structure owns, as the unit cards show. */
  readonly ownedCount?: (structureId: Id) => ReadonlyMap<Id, number> | undefined;
}

export interface ImageOptions {
  readonly background: "white" | "transparent";
  /** The selection only (boxes and what hangs below them; a unit and its sub-units). */
  readonly selectionOnly: boolean;
  /** Draw folded boxes unfolded. */
  readonly unfold: boolean;
}

/** Tree order: the reading order of the strategy map. */
function treeOrder(children: ReadonlyMap<Id | null, readonly Id[]>): Id[] {
  const order: Id[] = [];
  const stack = [...(children.get(null) ?? [])].reverse();
  while (stack.length > 0) {
    const id = stack.pop()!;
    order.push(id);
    const kids = children.get(id) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return order;
}

/** Whether the view has something to draw at all. */
export function viewScene(input: ViewImageInput, options: ImageOptions): ImageScene | null {
  const { doc } = input;
  const only = options.selectionOnly && input.selectedNodes.size > 0 ? input.selectedNodes : null;
  const collapsed = options.unfold ? new Set<Id>() : input.collapsed;
  const structure = input.structureId !== null ? doc.structures.get(input.structureId) : undefined;
  const unitContext = (
    structureId: Id,
    marks?: ReadonlyMap<Id, readonly UnitMarkKind[]>,
  ): UnitCardContext => {
    const owned = input.ownedCount?.(structureId);
    return {
      t: input.card.t,
      ...(input.unitBadges && structureId === input.structureId ? { badges: input.unitBadges } : {}),
      ...(owned ? { ownedCount: owned } : {}),
      ...(marks ? { marks } : {}),
    };
  };
  const tree = { doc, children: input.children, collapsed, only, card: input.card };
  switch (input.view) {
    case "tree":
      return treeImage(tree);
    case "map":
      return mapImage({ doc, order: treeOrder(input.children), only, card: input.card });
    case "structure":
      if (!structure) return null;
      return orgImage({
        structure,
        root: options.selectionOnly ? input.selectedUnit : null,
        unit: unitContext(structure.id),
      });
    case "alignment":
      if (!structure) return null;
      return alignImage({
        tree,
        doc,
        structure,
        unit: unitContext(structure.id),
        selectedNode: input.selectedNodes.size === 1 ? [...input.selectedNodes][0]! : null,
        selectedUnit: input.selectedUnit,
      });
    case "compare": {
      if (!input.comparePair) return null;
      const [idA, idB] = input.comparePair;
      const a = doc.structures.get(idA);
      const b = doc.structures.get(idB);
      if (!a || !b) return null;
      const comparison = compareStructures(doc, idA, idB);
      const marksA = new Map<Id, UnitMarkKind[]>();
      const marksB = new Map<Id, UnitMarkKind[]>();
      const add = (map: Map<Id, UnitMarkKind[]>, id: Id, mark: UnitMarkKind) =>
        map.set(id, [...(map.get(id) ?? []), mark]);
      for (const id of comparison.units.removed) add(marksA, id, "removed");
      for (const id of comparison.units.added) add(marksB, id, "added");
      for (const kind of ["renamed", "moved", "retiered"] as const)
        for (const change of comparison.units[kind]) {
          add(marksA, change.unitId, kind);
          add(marksB, change.unitId, kind);
        }
      const t = input.card.t;
      return compareImage(
        { structure: a, root: null, unit: unitContext(a.id, marksA) },
        { structure: b, root: null, unit: unitContext(b.id, marksB) },
        [t("compare.chartA", { name: a.name }), t("compare.chartA", { name: b.name })],
      );
    }
  }
}

export interface BuiltSvg {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

/** The SVG of the view, timed as `selaras:export-svg` for the benchmark. */
export function buildViewSvg(input: ViewImageInput, options: ImageOptions): BuiltSvg | null {
  return measureSync(PERF.exportSvg, () => {
    const scene = viewScene(input, options);
    if (!scene) return null;
    const svg = svgDocument(scene, {
      background: options.background,
      title: input.doc.meta.title,
      documentJson: serializeDocument(input.doc),
    });
    return { svg, width: Math.ceil(scene.width), height: Math.ceil(scene.height) };
  });
}
