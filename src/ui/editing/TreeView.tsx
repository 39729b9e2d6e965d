import { Suspense, useMemo, useState } from "react";
import { TreeCanvas, type TreeCanvasHandlers } from "../../canvas/TreeCanvas";
import { canLink } from "../../domain/operations";
import type { Id } from "../../domain/types";
import { useApp, useAppStoreApi } from "../../store/context";
import { useT } from "../../store/useT";
import { lazyNamed, OnceShown } from "../lazyNamed";
import { TreeTools } from "../TreeTools";
import { useTreeActions } from "./context";
import { EditTools } from "./EditTools";

// The outline and a box's menu load with their own chunks the first time they are opened.
const Outline = lazyNamed(() => import("./Outline"), "Outline");
const NodeContextMenu = lazyNamed(() => import("./NodeContextMenu"), "NodeContextMenu");
const EmptyGuide = lazyNamed(() => import("../help/EmptyGuide"), "EmptyGuide");

/** The performance tree view: its toolbar, the canvas, and the context menu of a box. */
export function TreeView() {
  const actions = useTreeActions();
  const store = useAppStoreApi();
  const t = useT();
  const [menu, setMenu] = useState<{ id: Id; x: number; y: number } | null>(null);
  const [outline, setOutline] = useState(false);
  // The guide for a blank document loads the first time one is open.
  const empty = useApp((s) => s.doc !== null && s.doc.nodes.size === 0);
  const handlers = useMemo<TreeCanvasHandlers>(
    () => ({
      move: (ids, target) => actions.moveMany(ids, target),
      place: (positions) => actions.place(positions),
      link: (from, to) => actions.link(from, to),
      canLink: (from, to) => {
        const doc = store.getState().doc;
        return doc !== null && canLink(doc, from, to);
      },
      contextMenu: (id, x, y) => setMenu({ id, x, y }),
    }),
    [actions, store],
  );
  return (
    <>
      <div className="view-toolbar">
        <button type="button" aria-pressed={outline} onClick={() => setOutline(!outline)} data-outline-toggle>
          {t("outline.show")}
        </button>
        <EditTools />
        <TreeTools />
      </div>
      <div className="view-split">
        {outline && (
          <Suspense fallback={null}>
            <Outline />
          </Suspense>
        )}
        {/* biome-ignore lint/a11y/noStaticElementInteractions: keys bubble up from the focused box inside; the div itself is not a control */}
        <div
          className="view-body"
          onKeyDown={(event) => {
            // The keyboard's way to a box's menu: the Menu key or Shift+F10, as elsewhere on the desktop.
            const id = store.getState().selectedId;
            if (!id || !(event.key === "ContextMenu" || (event.shiftKey && event.key === "F10"))) return;
            const box = document
              .querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`)
              ?.getBoundingClientRect();
            if (!box) return;
            event.preventDefault();
            setMenu({ id, x: box.left + 24, y: box.top + 24 });
          }}
        >
          <TreeCanvas handlers={handlers} />
          <OnceShown when={empty}>
            <EmptyGuide />
          </OnceShown>
          {menu && (
            <Suspense fallback={null}>
              <NodeContextMenu {...menu} onClose={() => setMenu(null)} />
            </Suspense>
          )}
        </div>
      </div>
    </>
  );
}
