import { useApp } from "../store/context";
import { useT } from "../store/useT";

export function SearchBox() {
  const t = useT();
  const search = useApp((s) => s.search);
  const setSearch = useApp((s) => s.setSearch);
  const stepSearch = useApp((s) => s.stepSearch);
  const total = search.matches.length;
  const status =
    search.query.trim() === ""
      ? ""
      : total === 0
        ? t("search.none")
        : t("search.count", {
            current: search.index < 0 ? "–" : String(search.index + 1),
            total: String(total),
          });

  return (
    <search className="search">
      <input
        type="search"
        aria-label={t("search.label")}
        placeholder={t("search.placeholder")}
        value={search.query}
        onChange={(event) => setSearch(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            stepSearch(event.shiftKey ? -1 : 1);
          }
        }}
      />
      <output className="search__status" aria-live="polite">
        {status}
      </output>
      <button
        type="button"
        aria-label={t("search.previous")}
        disabled={total === 0}
        onClick={() => stepSearch(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        aria-label={t("search.next")}
        disabled={total === 0}
        onClick={() => stepSearch(1)}
      >
        ↓
      </button>
    </search>
  );
}
