import { useState } from "react";
import { NODE_KINDS, type NodeKind } from "../../domain/types";
import { useApp } from "../../store/context";
import { useT } from "../../store/useT";
import { useTreeActions } from "./context";
import { CHILD_KIND } from "./treeActions";

/** Add, delete and tidy: the tree's editing toolbar. */
export function EditTools() {
  const t = useT();
  const actions = useTreeActions();
  const selectedId = useApp((s) => s.selectedId);
  const selectedKind = useApp((s) => (s.selectedId ? s.doc?.nodes.get(s.selectedId)?.kind : undefined));
  const hasSelection = useApp((s) => s.selectedIds.size > 0 || s.selectedLinkId !== null);
  const hasPlaced = useApp((s) => (s.doc?.layout.nodes.size ?? 0) > 0);
  const selectedIds = useApp((s) => s.selectedIds);
  const [chosen, setChosen] = useState<NodeKind | "auto">("auto");
  const kind = chosen === "auto" ? undefined : chosen;

  return (
    <div className="edit-tools" role="toolbar" aria-label={t("shortcuts.title")}>
      <button
        type="button"
        onClick={() => actions.addChild(selectedId, kind)}
        title={selectedId ? "Tab" : undefined}
        aria-keyshortcuts={selectedId ? "Tab" : undefined}
      >
        {selectedId ? t("edit.addChild") : t("edit.addRoot")}
      </button>
      <button
        type="button"
        onClick={() => selectedId && actions.addSibling(selectedId, kind)}
        disabled={!selectedId}
        title="Enter"
        aria-keyshortcuts="Enter"
      >
        {t("edit.addSibling")}
      </button>
      <label className="edit-tools__kind">
        <span className="visually-hidden">{t("edit.newKind")}</span>
        <select
          value={chosen}
          onChange={(e) => setChosen(e.currentTarget.value as NodeKind | "auto")}
          title={t("edit.newKind")}
        >
          <option value="auto">
            {t("edit.newKind")}: {t(`kind.${selectedKind ? CHILD_KIND[selectedKind] : "goal"}`)}
          </option>
          {NODE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        onClick={() => actions.deleteSelection()}
        disabled={!hasSelection}
        aria-keyshortcuts="Delete"
      >
        {t("edit.delete")}
      </button>
      <button
        type="button"
        onClick={() => actions.tidy(selectedIds.size > 0 ? [...selectedIds] : "all")}
        disabled={!hasPlaced}
        title={t("edit.tidyTitle")}
      >
        {t("edit.tidy")}
      </button>
    </div>
  );
}
