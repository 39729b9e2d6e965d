import { useRef } from "react";
import { useApp } from "../store/context";
import { useT } from "../store/useT";
import { VIEWS } from "./views";

/** The view tabs, keyboard-operable as a WAI-ARIA tab list (arrows, Home, End). */
export function ViewTabs() {
  const t = useT();
  const view = useApp((s) => s.view);
  const setView = useApp((s) => s.setView);
  const list = useRef<HTMLDivElement>(null);

  const move = (index: number) => {
    const next = VIEWS[(index + VIEWS.length) % VIEWS.length]!;
    setView(next.id);
    list.current?.querySelector<HTMLButtonElement>(`#tab-${next.id}`)?.focus();
  };

  return (
    <div role="tablist" aria-label={t("views.label")} className="tabs" ref={list}>
      {VIEWS.map((definition, index) => (
        <button
          key={definition.id}
          type="button"
          role="tab"
          id={`tab-${definition.id}`}
          aria-selected={view === definition.id}
          aria-controls={`view-${definition.id}`}
          tabIndex={view === definition.id ? 0 : -1}
          className="tab"
          onClick={() => setView(definition.id)}
          onKeyDown={(event) => {
            if (event.key === "ArrowRight") move(index + 1);
            else if (event.key === "ArrowLeft") move(index - 1);
            else if (event.key === "Home") move(0);
            else if (event.key === "End") move(VIEWS.length - 1);
            else return;
            event.preventDefault();
          }}
        >
          {t(definition.label)}
        </button>
      ))}
    </div>
  );
}
