import { parentsOfKind } from "../domain/tree";
import { useApp, useAppStoreApi } from "../store/context";
import { useT } from "../store/useT";

/** Show the whole tree, or fold it to the strategic level (goals, strategic targets, programs). */
export function TreeTools() {
  const t = useT();
  const store = useAppStoreApi();
  const hasCollapsed = useApp((s) => s.collapsed.size > 0);
  const collapseToPrograms = () => {
    const { doc, children, setCollapsed } = store.getState();
    if (doc) setCollapsed(parentsOfKind(doc.nodes, children, "program"));
  };
  return (
    <div className="tree-tools">
      <button type="button" onClick={() => store.getState().setCollapsed([])} disabled={!hasCollapsed}>
        {t("toolbar.expandAll")}
      </button>
      <button type="button" onClick={collapseToPrograms}>
        {t("toolbar.collapseAll")}
      </button>
    </div>
  );
}
