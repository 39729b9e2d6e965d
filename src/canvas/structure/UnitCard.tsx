import { Handle, type Node, type NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { Id } from "../../domain/types";
import { useApp } from "../../store/context";
import { useT } from "../../store/useT";
import { derivedFor } from "./derived";
import { UnitFindingBadge } from "./FindingBadge";
import { TIER_COLOUR } from "./tierStyle";
import { unitHandles } from "./unitMetrics";
import "../../i18n/structureViews";

// One unit of a structure. It reads its unit from the store itself (so an edit
// elsewhere re-renders nothing here) and shows the tier in words (Indonesian
// and English naming: "Eselon I / JPT Madya"), the name, short name and kind,
// and how many boxes of the performance tree it owns.

/** A compare mark: what changed for this unit, in words as well as colour. */
export type UnitMark = "added" | "removed" | "renamed" | "moved" | "retiered";

export interface UnitNodeData extends Record<string, unknown> {
  readonly unitId: Id;
  readonly structureId: Id;
  readonly variant: "chart" | "row";
  readonly childCount: number;
  readonly collapsed: boolean;
  readonly marks?: readonly UnitMark[];
  readonly onToggle?: (unitId: Id) => void;
}

export type UnitFlowNode = Node<UnitNodeData, "unit">;

function UnitCardImpl({ data, width, height }: NodeProps<UnitFlowNode>) {
  const t = useT();
  const { unitId, structureId, variant, childCount, collapsed, marks, onToggle } = data;
  const unit = useApp((s) => s.doc?.structures.get(structureId)?.units.get(unitId));
  const selected = useApp((s) => s.selectedUnitId === unitId && s.structureId === structureId);
  const owned = useApp((s) => (s.doc ? (derivedFor(s.doc, structureId)?.ownedCount.get(unitId) ?? 0) : 0));
  if (!unit) return null;
  const w = width ?? 232;
  const h = height ?? 112;
  const className = [
    "unit-card",
    `unit-card--${variant}`,
    `tier-${unit.tier}`,
    selected ? "is-selected" : "",
  ].join(" ");
  return (
    <div
      className={className}
      style={{ height: h, ["--tier" as string]: TIER_COLOUR[unit.tier] }}
      data-unit-id={unitId}
    >
      {unitHandles(w, h).map((spec) => (
        <Handle
          key={spec.id}
          id={spec.id ?? undefined}
          type={spec.type}
          position={spec.position}
          isConnectable={false}
          style={{
            left: spec.x + 4,
            top: spec.y + 4,
            right: "auto",
            bottom: "auto",
            transform: "translate(-50%, -50%)",
          }}
        />
      ))}
      <div className="unit-card__header">
        <span className="unit-card__tier">{t(`tierShort.${unit.tier}`)}</span>
        <UnitFindingBadge id={unitId} structureId={structureId} />
      </div>
      <div className="unit-card__name" title={unit.name}>
        {unit.name}
      </div>
      {variant === "chart" && (
        <div className="unit-card__meta">
          <span className="unit-card__short">
            {[unit.shortName, unit.kind ? t(`unitKind.${unit.kind}`) : undefined].filter(Boolean).join(" · ")}
          </span>
          {owned > 0 && (
            <span className="unit-card__owns" title={t("unit.ownsTitle", { count: owned })}>
              {t("unit.owns", { count: owned })}
            </span>
          )}
        </div>
      )}
      {marks && marks.length > 0 && (
        <div className="unit-card__marks">
          {marks.map((mark) => (
            <span key={mark} className={`unit-mark unit-mark--${mark}`}>
              {t(`compare.mark${mark[0]!.toUpperCase()}${mark.slice(1)}` as "compare.markAdded")}
            </span>
          ))}
        </div>
      )}
      {childCount > 0 && onToggle && (
        <button
          type="button"
          className={`unit-card__toggle nodrag nopan${collapsed ? " is-collapsed" : ""}`}
          aria-expanded={!collapsed}
          aria-label={
            collapsed ? t("unit.expand", { count: childCount }) : t("unit.collapse", { count: childCount })
          }
          title={
            collapsed ? t("unit.expand", { count: childCount }) : t("unit.collapse", { count: childCount })
          }
          onClick={(event) => {
            event.stopPropagation();
            onToggle(unitId);
          }}
        >
          {collapsed ? `+${childCount}` : "−"}
        </button>
      )}
    </div>
  );
}

export const UnitCard = memo(UnitCardImpl);
