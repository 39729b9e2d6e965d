import { derivedFor } from "../../canvas/structure/derived";
import { type Finding, worstSeverity } from "../../domain/diagnostics";
import type { Id } from "../../domain/types";
import type { Badge, CardContext } from "../../export/planCard";
import type { ImageView, ViewImageInput } from "../../export/viewImage";
import { translator } from "../../i18n/translate";
import type { AppState } from "../../store/appStore";
import { comparePair } from "./comparePair";

// What an image of the view in front is made from, read once from the app's
// state when the user exports: the document, folds, selection, structure in
// view and its diagnostics (the badges the cards show).

function badges(findings: ReadonlyMap<Id, readonly Finding[]>): Map<Id, Badge> {
  const out = new Map<Id, Badge>();
  for (const [id, list] of findings) {
    const severity = worstSeverity(list);
    if (severity) out.set(id, { severity, count: list.length });
  }
  return out;
}

export function gatherInput(state: AppState, indicators: boolean): ViewImageInput | null {
  const { doc } = state;
  if (!doc) return null;
  const derived = state.structureId !== null ? derivedFor(doc, state.structureId) : null;
  const card: CardContext = {
    t: translator(state.language),
    language: state.language,
    finalYear: doc.meta.period.end,
    indicators,
    ...(derived ? { badges: badges(derived.byNode) } : {}),
  };
  return {
    view: state.view as ImageView,
    doc,
    children: state.children,
    collapsed: state.collapsed,
    structureId: state.structureId,
    comparePair: comparePair(),
    selectedNodes: state.selectedIds,
    selectedUnit: state.selectedUnitId,
    card,
    ownedCount: (structureId) => derivedFor(doc, structureId)?.ownedCount,
    ...(derived ? { unitBadges: badges(derived.byUnit) } : {}),
  };
}

/** Whether "selection only" means anything in this view now. */
export function hasSelection(state: AppState): boolean {
  if (state.view === "structure") return state.selectedUnitId !== null;
  if (state.view === "compare") return false;
  return state.selectedIds.size > 0;
}
