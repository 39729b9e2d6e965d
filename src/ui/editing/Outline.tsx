import { useEffect, useMemo, useRef, useState } from "react";
import type { Id } from "../../domain/types";
import { useApp, useAppStoreApi } from "../../store/context";
import { useT } from "../../store/useT";
import { useTreeActions } from "./context";

// The tree as an indented list: the non-visual way to read and edit it, kept in
// step with the canvas (one selection, one set of folds). Only the rows in view
// are in the DOM, so a 10,000-box plan scrolls as lightly as a short one.
//
// Keys: Up/Down move; Right opens or goes to the first child; Left folds or goes
// to the parent; Enter adds a sibling; Tab indents; Shift+Tab outdents; F2
// renames in place; Alt+Up/Down reorders; Delete deletes; Escape leaves.

const ROW_HEIGHT = 28;
const OVERSCAN = 10;

interface Row {
  readonly id: Id;
  readonly depth: number;
}

export function Outline() {
  const t = useT();
  const store = useAppStoreApi();
  const actions = useTreeActions();
  const doc = useApp((s) => s.doc);
  const children = useApp((s) => s.children);
  const collapsed = useApp((s) => s.collapsed);
  const selectedId = useApp((s) => s.selectedId);
  const selectedIds = useApp((s) => s.selectedIds);
  const rename = useApp((s) => (s.renameRequest?.where === "outline" ? s.renameRequest : null));
  const list = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const [editing, setEditing] = useState<Id | null>(null);

  // Visible rows in reading order: folded branches are left out.
  const rows = useMemo(() => {
    const result: Row[] = [];
    const stack: Row[] = [...(children.get(null) ?? [])].reverse().map((id) => ({ id, depth: 0 }));
    while (stack.length > 0) {
      const row = stack.pop()!;
      result.push(row);
      if (collapsed.has(row.id)) continue;
      const kids = children.get(row.id) ?? [];
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ id: kids[i]!, depth: row.depth + 1 });
    }
    return result;
  }, [children, collapsed]);
  const indexOf = useMemo(() => new Map(rows.map((row, i) => [row.id, i])), [rows]);

  useEffect(() => {
    const element = list.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Keep the selected row in view, and focused when the outline has the focus.
  useEffect(() => {
    const element = list.current;
    const index = selectedId ? indexOf.get(selectedId) : undefined;
    if (!element || index === undefined) return;
    const top = index * ROW_HEIGHT;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + ROW_HEIGHT > element.scrollTop + element.clientHeight)
      element.scrollTop = top + ROW_HEIGHT - element.clientHeight;
    if (element.contains(document.activeElement)) {
      requestAnimationFrame(() => {
        // Never take the focus from a name being typed in place.
        if (document.activeElement instanceof HTMLInputElement) return;
        element.querySelector<HTMLElement>(`[data-row="${CSS.escape(selectedId!)}"]`)?.focus();
      });
    }
  }, [selectedId, indexOf]);

  useEffect(() => {
    if (rename) setEditing(rename.id);
  }, [rename]);

  if (!doc) return null;
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);

  const select = (id: Id) => store.getState().selectNodes([id]);
  const onKeyDown = (event: React.KeyboardEvent, row: Row) => {
    if (editing) return;
    const state = store.getState();
    const index = indexOf.get(row.id) ?? 0;
    const kids = children.get(row.id) ?? [];
    const node = doc.nodes.get(row.id);
    if (event.altKey && (event.key === "ArrowUp" || event.key === "ArrowDown")) {
      actions.reorder(row.id, event.key === "ArrowUp" ? -1 : 1);
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    switch (event.key) {
      case "ArrowDown":
        if (rows[index + 1]) select(rows[index + 1]!.id);
        break;
      case "ArrowUp":
        if (rows[index - 1]) select(rows[index - 1]!.id);
        break;
      case "ArrowRight":
        if (kids.length > 0 && collapsed.has(row.id)) state.toggleCollapsed(row.id);
        else if (kids.length > 0) select(kids[0]!);
        break;
      case "ArrowLeft":
        if (kids.length > 0 && !collapsed.has(row.id)) state.toggleCollapsed(row.id);
        else if (node?.parentId) select(node.parentId);
        break;
      case "Home":
        if (rows[0]) select(rows[0].id);
        break;
      case "End":
        if (rows.length > 0) select(rows[rows.length - 1]!.id);
        break;
      case "Enter":
        actions.addSibling(row.id);
        break;
      case "Tab":
        if (event.shiftKey) actions.outdent(row.id);
        else actions.indent(row.id);
        break;
      case "F2":
        setEditing(row.id);
        break;
      case "Delete":
      case "Backspace":
        actions.deleteSelection();
        break;
      case "Escape":
        // Tab indents here, so Escape is the way out of the outline for the keyboard.
        document.querySelector<HTMLElement>("[data-outline-toggle]")?.focus();
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <nav className="outline" aria-label={t("outline.label")} data-outline>
      <p className="outline__hint" id="outline-hint">
        {t("outline.hint")}
      </p>
      <div
        className="outline__list"
        ref={list}
        role="tree"
        aria-label={t("outline.label")}
        aria-describedby="outline-hint"
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      >
        <div style={{ height: rows.length * ROW_HEIGHT, position: "relative" }}>
          {rows.slice(first, last).map((row, i) => {
            const node = doc.nodes.get(row.id);
            if (!node) return null;
            const kids = children.get(row.id)?.length ?? 0;
            const selected = selectedIds.has(row.id);
            return (
              <div
                key={row.id}
                data-row={row.id}
                role="treeitem"
                aria-level={row.depth + 1}
                aria-selected={selected}
                aria-expanded={kids > 0 ? !collapsed.has(row.id) : undefined}
                aria-setsize={-1}
                tabIndex={row.id === (selectedId ?? rows[0]?.id) ? 0 : -1}
                className={`outline__row kind-${node.kind}${selected ? " is-selected" : ""}`}
                style={{ top: (first + i) * ROW_HEIGHT, paddingLeft: 8 + row.depth * 16 }}
                onClick={(e) => (e.shiftKey ? store.getState().toggleSelected(row.id) : select(row.id))}
                onDoubleClick={() => setEditing(row.id)}
                onKeyDown={(e) => onKeyDown(e, row)}
              >
                <button
                  type="button"
                  className="outline__toggle"
                  tabIndex={-1}
                  aria-hidden="true"
                  style={{ visibility: kids > 0 ? "visible" : "hidden" }}
                  onClick={(e) => {
                    e.stopPropagation();
                    store.getState().toggleCollapsed(row.id);
                  }}
                >
                  {collapsed.has(row.id) ? "▸" : "▾"}
                </button>
                <span className="outline__kind">{t(`kind.${node.kind}`)}</span>
                {node.code && <span className="outline__code">{node.code}</span>}
                {editing === row.id ? (
                  <InlineName
                    name={node.name}
                    label={t("panel.name")}
                    onDone={(name) => {
                      setEditing(null);
                      if (name !== null && name.trim() !== "" && name !== node.name)
                        actions.updateNode(row.id, { name }, "name");
                      list.current?.querySelector<HTMLElement>(`[data-row="${CSS.escape(row.id)}"]`)?.focus();
                    }}
                  />
                ) : (
                  <span className="outline__name">{node.name}</span>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </nav>
  );
}

/** The name typed in place: Enter keeps it, Escape leaves the old one. */
function InlineName({
  name,
  label,
  onDone,
}: {
  name: string;
  label: string;
  onDone: (name: string | null) => void;
}) {
  const [value, setValue] = useState(name);
  const input = useRef<HTMLInputElement>(null);
  const finished = useRef(false);
  const finish = (result: string | null) => {
    // Enter, Escape and the blur that follows them end the edit once.
    if (finished.current) return;
    finished.current = true;
    onDone(result);
  };
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  return (
    <input
      ref={input}
      className="outline__input"
      aria-label={label}
      value={value}
      maxLength={2000}
      onChange={(e) => setValue(e.currentTarget.value)}
      onClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === "Enter") finish(value);
        else if (e.key === "Escape") finish(null);
      }}
      onBlur={() => finish(value)}
    />
  );
}
