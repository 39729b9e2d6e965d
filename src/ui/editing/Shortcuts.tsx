import { useEffect } from "react";
import { useAppStoreApi } from "../../store/context";
import { useTreeActions } from "./context";

// Keyboard shortcuts of the editor. Undo and redo work anywhere but in a text
// field (where the field's own undo applies); the tree keys work when the focus
// is on the canvas or the page, not in a field or on a button.

function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

function onTreeSurface(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return true;
  if (target === document.body) return true;
  // A button keeps its own keys (Enter presses it, Tab moves on), even inside the canvas.
  if (target.closest("button, a, [role=button], .react-flow__controls, .react-flow__minimap")) return false;
  return target.closest(".react-flow") !== null;
}

export function Shortcuts() {
  const store = useAppStoreApi();
  const actions = useTreeActions();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || inTextField(event.target)) return;
      const state = store.getState();
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && key === "z") {
        event.preventDefault();
        if (event.shiftKey) state.redo();
        else state.undo();
        return;
      }
      if (mod && key === "y") {
        event.preventDefault();
        state.redo();
        return;
      }
      if (state.documentsOpen || !onTreeSurface(event.target)) return;
      const selected = state.selectedId;
      if (mod && key === "c") void actions.copy();
      else if (mod && key === "x") void actions.copy(true);
      else if (mod && key === "v") void actions.paste();
      else if (mod && key === "d") actions.duplicate();
      else if (mod && key === "a") state.selectNodes([...(state.doc?.nodes.keys() ?? [])]);
      else if (event.key === "Delete" || event.key === "Backspace") actions.deleteSelection();
      else if (event.key === "Escape") state.selectNodes([]);
      else if (event.key === "Enter" && selected) actions.addSibling(selected);
      else if (event.key === "Tab" && selected && !event.shiftKey) actions.addChild(selected);
      else if (event.key === "F2" && selected) state.requestRename(selected);
      else if (event.altKey && event.key === "ArrowUp" && selected) actions.reorder(selected, -1);
      else if (event.altKey && event.key === "ArrowDown" && selected) actions.reorder(selected, 1);
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [store, actions]);

  return null;
}
