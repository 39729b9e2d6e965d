import type { Node, NodeChange } from "@xyflow/react";
import { useCallback, useMemo, useState } from "react";
import type { Id, Point } from "../domain/types";
import { useApp, useAppStoreApi } from "../store/context";
import { sameIds } from "./selection";

// What every editable canvas lays over the nodes it derives from the document:
// the store's selection, and the positions of boxes while they are dragged.
// Untouched nodes keep their identity, so React Flow redoes nothing for them.
// React Flow's own selection changes (click, Shift+click, box selection) are
// written back to the store, which stays the one source of the selection.

export interface SelectionOverlay<N extends Node> {
  readonly nodes: N[];
  readonly onNodesChange: (changes: NodeChange<N>[]) => void;
  /** Where dragged boxes are now, until the drop is applied; null when nothing is dragged. */
  readonly dragged: ReadonlyMap<Id, Point> | null;
  readonly endDrag: () => void;
}

export function useSelectionOverlay<N extends Node>(
  base: readonly N[] | undefined,
  selectable: (id: Id) => boolean = () => true,
): SelectionOverlay<N> {
  const store = useAppStoreApi();
  const selectedIds = useApp((s) => s.selectedIds);
  const [dragged, setDragged] = useState<ReadonlyMap<Id, Point> | null>(null);

  const nodes = useMemo((): N[] => {
    if (!base) return [];
    if (selectedIds.size === 0 && !dragged) return base as N[];
    return base.map((n) => {
      const position = dragged?.get(n.id);
      const selected = selectedIds.has(n.id);
      return position || selected ? { ...n, ...(position ? { position } : {}), selected } : n;
    });
  }, [base, selectedIds, dragged]);

  const onNodesChange = useCallback(
    (changes: NodeChange<N>[]) => {
      let selection: Set<Id> | null = null;
      let moved: Map<Id, Point> | null = null;
      for (const change of changes) {
        if (change.type === "select" && selectable(change.id)) {
          selection ??= new Set(store.getState().selectedIds);
          if (change.selected) selection.add(change.id);
          else selection.delete(change.id);
        } else if (change.type === "position" && change.position && change.dragging) {
          moved ??= new Map(dragged ?? []);
          moved.set(change.id, change.position);
        }
      }
      // Only a real change of selection: React Flow also reports "deselect" for boxes not selected.
      if (selection && !sameIds(selection, store.getState().selectedIds))
        store.getState().selectNodes([...selection]);
      if (moved) setDragged(moved);
    },
    [store, dragged, selectable],
  );

  const endDrag = useCallback(() => setDragged(null), []);
  return { nodes, onNodesChange, dragged, endDrag };
}
