import { useMemo, useState } from "react";
import { OrgChartCanvas } from "../../canvas/structure/OrgChartCanvas";
import { requestUnitFocus } from "../../canvas/structure/unitFocus";
import { useApp } from "../../store/context";
import { useT } from "../../store/useT";
import { StructureToolbar } from "./StructureToolbar";
import { searchUnits } from "./unitDefaults";
import "../../i18n/structureViews";

// The `Structure` view: the structure in view as an org chart, with its toolbar
// and a unit search. Units are edited in the side panel.

export function StructureView() {
  const t = useT();
  const structure = useApp((s) =>
    s.structureId !== null ? s.doc?.structures.get(s.structureId) : undefined,
  );
  const hasStructures = useApp((s) => (s.doc?.structures.size ?? 0) > 0);
  const [query, setQuery] = useState("");
  const [index, setIndex] = useState(-1);
  const matches = useMemo(() => searchUnits(structure, query), [structure, query]);
  const highlighted = useMemo(() => new Set(matches), [matches]);

  const step = () => {
    if (matches.length === 0) return;
    const next = (index + 1) % matches.length;
    setIndex(next);
    requestUnitFocus(matches[next]!);
  };

  return (
    <div className="structure-view">
      <StructureToolbar unitTools />
      {structure && (
        <div className="structure-view__search">
          <input
            type="search"
            aria-label={t("structure.searchUnits")}
            placeholder={t("structure.searchPlaceholder")}
            value={query}
            onChange={(e) => {
              setQuery(e.currentTarget.value);
              setIndex(-1);
            }}
            onKeyDown={(e) => {
              if (e.key === "Enter") step();
            }}
          />
          {query.trim() !== "" && (
            <span className="structure-view__count" role="status">
              {t("structure.searchCount", { count: matches.length })}
            </span>
          )}
          <span className="structure-view__hint">{t("structure.dragHint")}</span>
        </div>
      )}
      <div className="structure-view__canvas">
        {structure ? (
          <OrgChartCanvas
            structure={structure}
            editable
            highlighted={highlighted}
            label={`${t("structure.canvas")}: ${structure.name}`}
          />
        ) : (
          <p className="canvas__empty">{hasStructures ? t("structure.none") : t("structure.noStructures")}</p>
        )}
      </div>
    </div>
  );
}
