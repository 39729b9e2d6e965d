import { useEffect, useRef } from "react";
import type { Id } from "../../domain/types";
import { useApp } from "../../store/context";
import { useT } from "../../store/useT";
import { useTreeActions } from "./context";

/** The menu of a box (right click): the same actions as the toolbar and the keys. */
export function NodeContextMenu({
  id,
  x,
  y,
  onClose,
}: {
  id: Id;
  x: number;
  y: number;
  onClose: () => void;
}) {
  const t = useT();
  const actions = useTreeActions();
  const name = useApp((s) => s.doc?.nodes.get(id)?.name ?? "");
  const requestRename = useApp((s) => s.requestRename);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>("button")?.focus();
    const close = (event: Event) => {
      if (!(event.target instanceof Node) || !menu.current?.contains(event.target)) onClose();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") onClose();
    };
    document.addEventListener("pointerdown", close, true);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", close, true);
      document.removeEventListener("keydown", onKey);
    };
  }, [onClose]);

  const item = (label: string, run: () => void, shortcut?: string) => (
    <button
      type="button"
      role="menuitem"
      onClick={() => {
        onClose();
        run();
      }}
    >
      <span>{label}</span>
      {shortcut && <kbd>{shortcut}</kbd>}
    </button>
  );

  return (
    <div
      ref={menu}
      className="context-menu"
      role="menu"
      aria-label={t("edit.contextMenu", { name })}
      style={{ left: x, top: y }}
      onKeyDown={(event) => {
        if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
        event.preventDefault();
        const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>("button") ?? [])];
        const at = items.indexOf(document.activeElement as HTMLButtonElement);
        items[(at + (event.key === "ArrowDown" ? 1 : -1) + items.length) % items.length]?.focus();
      }}
    >
      {item(t("edit.addChild"), () => actions.addChild(id), "Tab")}
      {item(t("edit.addSibling"), () => actions.addSibling(id), "Enter")}
      {item(t("edit.rename"), () => requestRename(id), "F2")}
      {item(t("edit.duplicate"), () => actions.duplicate(), "Ctrl+D")}
      {item(t("edit.copy"), () => void actions.copy(), "Ctrl+C")}
      {item(t("edit.cut"), () => void actions.copy(true), "Ctrl+X")}
      {item(t("edit.paste"), () => void actions.paste(), "Ctrl+V")}
      {item(t("edit.delete"), () => actions.deleteSelection(), "Del")}
    </div>
  );
}
