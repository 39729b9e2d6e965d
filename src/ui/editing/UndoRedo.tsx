import { useApp } from "../../store/context";
import { useT } from "../../store/useT";

export function UndoRedo() {
  const t = useT();
  const canUndo = useApp((s) => s.history?.canUndo ?? false);
  const canRedo = useApp((s) => s.history?.canRedo ?? false);
  const undoLabel = useApp((s) => s.history?.undoLabel);
  const redoLabel = useApp((s) => s.history?.redoLabel);
  const undo = useApp((s) => s.undo);
  const redo = useApp((s) => s.redo);
  return (
    <div className="undo-redo">
      <button
        type="button"
        onClick={undo}
        disabled={!canUndo}
        title={t("edit.undoLabel", { action: undoLabel ?? "" })}
        aria-keyshortcuts="Control+Z"
      >
        {t("edit.undo")}
      </button>
      <button
        type="button"
        onClick={redo}
        disabled={!canRedo}
        title={t("edit.redoLabel", { action: redoLabel ?? "" })}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
      >
        {t("edit.redo")}
      </button>
    </div>
  );
}
