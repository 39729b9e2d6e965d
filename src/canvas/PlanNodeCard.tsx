import { Handle, type NodeProps, useStore as useFlowStore, useStoreApi } from "@xyflow/react";
import { memo, useContext, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { isIllustrative } from "../domain/document";
import type { Indicator, PlanNode } from "../domain/types";
import { formatNumber, type Language } from "../i18n/translate";
import { CARD, type CardLines, cardLines, cardSize, linesWithin } from "../layout/cardMetrics";
import { useApp } from "../store/context";
import { useT } from "../store/useT";
import { HANDLE_SPECS, LINK_SOURCE_HANDLE } from "./handles";
import { KIND_COLOUR } from "./kindStyle";
import { NodeFindingBadge } from "./structure/FindingBadge";
import type { PlanFlowNode } from "./treeFlow";
import { VersionMarks } from "./VersionMarks";
import { DETAIL_ZOOM, OverviewTakesOver } from "./zoomLevels";

// One box of the performance tree. It subscribes to its own node only, so an
// edit elsewhere, a selection change or a pan re-renders nothing here unless it
// concerns this box. Below a zoom threshold it draws a simple block instead of
// the full card: far fewer DOM elements when thousands are on screen.

const zoomedOutSelector = (s: { transform: [number, number, number] }) => s.transform[2] < DETAIL_ZOOM;
const neverZoomedOut = () => false;

function PlanNodeCardImpl({ id, width, height, data }: NodeProps<PlanFlowNode>) {
  // One subscription per card, not one per value: a zoom that mounts hundreds of
  // cards, and every change of the store, then do one selector call per card.
  const { node, selected, childCount, collapsed, match, dropMode, moving, versionMarks } = useApp(
    useShallow((s) => ({
      node: s.doc?.nodes.get(id),
      selected: s.selectedIds.has(id),
      childCount: s.children.get(id)?.length ?? 0,
      collapsed: s.collapsed.has(id),
      match: s.search.matches.length > 0 && s.search.matches[s.search.index] === id,
      dropMode: s.drag?.target?.id === id ? s.drag.target.mode : null,
      moving: s.drag?.moving.has(id) ?? false,
      versionMarks: s.versionCompare?.marks.get(id),
    })),
  );
  const overviewTakesOver = useContext(OverviewTakesOver);
  // Zooming out past DETAIL_ZOOM, React Flow mounts the cards the wider view
  // reveals in one render before it learns that the overview draws them, and
  // unmounts them in the next: such a card draws nothing (a full card was
  // 0.5-1 ms each, in the frame the overview takes over). Only it follows the
  // zoom, to draw itself should the zoom come back first.
  const flowStore = useStoreApi();
  const [mountedFar] = useState(
    () => overviewTakesOver && !selected && flowStore.getState().transform[2] < DETAIL_ZOOM,
  );
  const zoomedOut = useFlowStore(
    overviewTakesOver && !selected && !mountedFar ? neverZoomedOut : zoomedOutSelector,
  );
  if (!node || (mountedFar && zoomedOut && !selected)) return null;

  const colour = KIND_COLOUR[node.kind];
  const className = [
    "plan-card",
    `kind-${node.kind}`,
    selected ? "is-selected" : "",
    match ? "is-match" : "",
    zoomedOut ? "is-simple" : "",
    dropMode ? (moving ? "drop-invalid" : `drop-${dropMode}`) : "",
    moving ? "is-moving" : "",
    versionMarks ? `has-version-mark version-${versionMarks[0]}` : "",
  ].join(" ");
  return (
    <div className={className} style={{ height, ["--kind" as string]: colour }} data-node-id={id}>
      <CardHandles width={width ?? CARD.width} height={height ?? 60} linkable={!zoomedOut} />
      {versionMarks && <VersionMarks marks={versionMarks} />}
      {zoomedOut ? (
        <SimpleCard node={node} height={height ?? 60} />
      ) : (
        <FullCard
          node={node}
          lines={linesWithin(cardLines(node), height ?? cardSize(node).height, data.laidOut)}
        />
      )}
      {childCount > 0 && !data.fixedFolds && (
        <CollapseToggle id={id} count={childCount} collapsed={collapsed} />
      )}
    </div>
  );
}

export const PlanNodeCard = memo(PlanNodeCardImpl);

/**
 * The card's connection points. React Flow measures them from the page when a
 * card is not at its declared size (see trustDeclaredSizes.ts), so each must be
 * an element with its handle's id, type and side. Only the one a user drags to draw a
 * contribute link is React Flow's <Handle>, which subscribes to the flow's
 * store; the others are plain elements carrying the same attributes: a pan or
 * zoom that mounts hundreds of cards then mounts one subscriber per card, not
 * eight. Zoomed out, no link is started, so that one is plain too.
 */
function CardHandles({ width, height, linkable }: { width: number; height: number; linkable: boolean }) {
  const t = useT();
  return (
    <>
      {HANDLE_SPECS.map((spec) => {
        const { x, y } = spec.centre(width, height);
        const style = { left: x, top: y, right: "auto", bottom: "auto", transform: "translate(-50%, -50%)" };
        if (linkable && spec.id === LINK_SOURCE_HANDLE) {
          return (
            <Handle
              key={spec.id}
              id={spec.id}
              type={spec.type}
              position={spec.position}
              className="link-handle"
              title={t("canvas.linkHandle")}
              style={style}
            />
          );
        }
        return (
          <div
            key={spec.id}
            className={`react-flow__handle react-flow__handle-${spec.position} ${spec.type}`}
            data-handleid={spec.id}
            data-handlepos={spec.position}
            style={style}
          />
        );
      })}
    </>
  );
}

/** Seen from afar: the code and as much of the name as fits, in large type. */
function SimpleCard({ node, height }: { node: PlanNode; height: number }) {
  const lines = Math.max(1, Math.floor((height - 16 - (node.code ? 26 : 0)) / 23));
  return (
    <div className="plan-card__simple">
      {node.code && <span className="plan-card__simple-code">{node.code}</span>}
      <span className="plan-card__simple-name" style={{ WebkitLineClamp: lines }}>
        {node.name}
      </span>
    </div>
  );
}

function FullCard({ node, lines }: { node: PlanNode; lines: CardLines }) {
  const t = useT();
  const language = useApp((s) => s.language);
  const finalYear = useApp((s) => s.doc?.meta.period.end ?? 0);
  const indicators = node.indicators ?? [];
  return (
    <>
      <div className="plan-card__header" style={{ height: CARD.headerHeight }}>
        <span className="plan-card__kind" title={t(`kind.${node.kind}`)}>
          {t(`kindShort.${node.kind}`)}
        </span>
        {node.code && <span className="plan-card__code">{node.code}</span>}
        {isIllustrative(node) && <span className="plan-card__tag">{t("illustrative.tag")}</span>}
        <NodeFindingBadge id={node.id} />
      </div>
      <div
        className="plan-card__name"
        style={{ WebkitLineClamp: lines.name, maxHeight: lines.name * CARD.nameLineHeight }}
        title={node.name}
      >
        {node.name}
      </div>
      {lines.statement > 0 && (
        <div
          className="plan-card__statement"
          style={{ WebkitLineClamp: lines.statement, maxHeight: lines.statement * CARD.statementLineHeight }}
          title={node.statement}
        >
          {node.statement}
        </div>
      )}
      {lines.indicatorRows > 0 && (
        <ul className="plan-card__indicators">
          {indicators.slice(0, lines.indicatorRows).map((indicator) => (
            <IndicatorRow key={indicator.id} indicator={indicator} year={finalYear} language={language} />
          ))}
          {lines.moreIndicators && (
            <li className="plan-card__more">
              {t("node.indicatorsMore", { count: indicators.length - lines.indicatorRows })}
            </li>
          )}
        </ul>
      )}
    </>
  );
}

function IndicatorRow({
  indicator,
  year,
  language,
}: {
  indicator: Indicator;
  year: number;
  language: Language;
}) {
  const target = indicator.targets?.[String(year)];
  const shown =
    target === undefined ? "" : typeof target === "number" ? formatNumber(language, target) : target;
  return (
    <li className="plan-card__indicator" title={indicator.name}>
      <span className="plan-card__indicator-name">{indicator.name}</span>
      {shown !== "" && (
        <span className="plan-card__indicator-target">
          {shown}
          {indicator.unit && typeof target === "number" ? ` ${indicator.unit}` : ""}
        </span>
      )}
    </li>
  );
}

function CollapseToggle({ id, count, collapsed }: { id: string; count: number; collapsed: boolean }) {
  const t = useT();
  const toggle = useApp((s) => s.toggleCollapsed);
  const label = collapsed ? t("node.expand", { count }) : t("node.collapse", { count });
  return (
    <button
      type="button"
      className={`plan-card__toggle nodrag nopan${collapsed ? " is-collapsed" : ""}`}
      aria-label={label}
      aria-expanded={!collapsed}
      title={label}
      onClick={(event) => {
        event.stopPropagation();
        toggle(id);
      }}
    >
      {collapsed ? `+${count}` : "−"}
    </button>
  );
}
