import { useState } from "react";
import { AlignmentCanvas } from "../../canvas/structure/AlignmentCanvas";
import { useApp } from "../../store/context";
import { useT } from "../../store/useT";
import { StructureToolbar } from "./StructureToolbar";
import "../../i18n/structureViews";

// The `Alignment` view: the performance tree and the structure in view side by
// side, with the alignment lines of the selection and a legend.

/** Above this many lines, "show all lines" would draw a hairball: it is offered for small documents only. */
const SHOW_ALL_LIMIT = 400;

export function AlignmentView() {
  const t = useT();
  const structure = useApp((s) =>
    s.structureId !== null ? s.doc?.structures.get(s.structureId) : undefined,
  );
  const lineCount = useApp((s) => {
    if (!s.doc || s.structureId === null) return 0;
    let n = 0;
    for (const a of s.doc.alignments.values()) if (a.structureId === s.structureId) n++;
    return n;
  });
  const [showAll, setShowAll] = useState(false);
  const [hidden, setHidden] = useState(0);
  return (
    <div className="structure-view">
      <StructureToolbar />
      <div className="align-bar">
        <Legend />
        <label className="align-bar__toggle">
          <input
            type="checkbox"
            checked={showAll && lineCount <= SHOW_ALL_LIMIT}
            disabled={lineCount > SHOW_ALL_LIMIT}
            onChange={(e) => setShowAll(e.currentTarget.checked)}
          />
          {t("align.showAll")}
        </label>
        <span className="align-bar__hint">
          {hidden > 0 ? t("align.tooMany", { count: hidden }) : t("align.hint")}
        </span>
      </div>
      <div className="structure-view__canvas">
        {structure ? (
          <AlignmentCanvas
            structure={structure}
            showAll={showAll && lineCount <= SHOW_ALL_LIMIT}
            onHiddenLines={setHidden}
            label={t("align.canvas")}
          />
        ) : (
          <p className="canvas__empty">{t("structure.noStructures")}</p>
        )}
      </div>
    </div>
  );
}

function Legend() {
  const t = useT();
  const items = [
    ["primary", t("align.legendPrimary")],
    ["contributor", t("align.legendContributor")],
    ["data_provider", t("align.legendDataProvider")],
  ] as const;
  return (
    <ul className="align-legend" aria-label={t("legend.label")}>
      {items.map(([role, text]) => (
        <li key={role} className="legend__item">
          <svg width="34" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="34" y2="5" className={`align-legend__line align-legend__line--${role}`} />
          </svg>
          {text}
        </li>
      ))}
    </ul>
  );
}
