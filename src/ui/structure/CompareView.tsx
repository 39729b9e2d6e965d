import { useEffect, useMemo, useState } from "react";
import { OrgChartCanvas } from "../../canvas/structure/OrgChartCanvas";
import type { UnitMark } from "../../canvas/structure/UnitCard";
import {
  compareStructures,
  OWNER_STATUSES,
  type OwnerStatus,
  type StructureComparison,
} from "../../domain/compare";
import type { Coverage } from "../../domain/diagnostics";
import { type Id, LINE_KINDS, type PlanDocument, type Structure } from "../../domain/types";
import { downloadBlob, fileNameFor } from "../../export/download";
import { useApp } from "../../store/context";
import { useT } from "../../store/useT";
import { setComparePair } from "../imageExport/comparePair";
import { comparisonToCsv } from "./compareCsv";
import "../../i18n/structureViews";

// The `Compare` view: two structures of the document side by side. Unit changes
// (added, removed, renamed, moved, re-tiered) as a table and as marks in words
// on the two org charts; the primary owner of every line node in each; the
// coverage figures of both; and the whole comparison as CSV.

function defaultPair(structures: readonly Structure[]): [Id, Id] | null {
  if (structures.length < 2) return null;
  const existing = structures.find((s) => s.role === "existing") ?? structures[0]!;
  const other =
    structures.find((s) => s.id !== existing.id && s.role === "proposed") ??
    structures.find((s) => s.id !== existing.id)!;
  return [existing.id, other.id];
}

export function CompareView() {
  const t = useT();
  const doc = useApp((s) => s.doc);
  const structures = useMemo(() => [...(doc?.structures.values() ?? [])], [doc]);
  const [pick, setPick] = useState<[Id, Id] | null>(null);
  const pair =
    pick && doc?.structures.has(pick[0]) && doc.structures.has(pick[1]) ? pick : defaultPair(structures);
  // Export PNG / SVG of this view draws the pair on screen.
  useEffect(() => {
    setComparePair(pair);
    return () => setComparePair(null);
  }, [pair?.[0], pair?.[1]]);
  const comparison = useMemo(
    () => (doc && pair ? compareStructures(doc, pair[0], pair[1]) : null),
    [doc, pair?.[0], pair?.[1]],
  );

  if (!doc || !pair || !comparison) return <p className="canvas__empty">{t("compare.needTwo")}</p>;
  const a = doc.structures.get(pair[0])!;
  const b = doc.structures.get(pair[1])!;
  return (
    <div className="compare-view">
      <div className="structure-toolbar" role="toolbar" aria-label={t("compare.title")}>
        <Picker
          label={t("compare.a")}
          value={a.id}
          structures={structures}
          onChange={(id) => setPick([id, b.id])}
        />
        <Picker
          label={t("compare.b")}
          value={b.id}
          structures={structures}
          onChange={(id) => setPick([a.id, id])}
        />
        <button
          type="button"
          onClick={() =>
            downloadBlob(
              new Blob([comparisonToCsv(doc, comparison, t)], { type: "text/csv;charset=utf-8" }),
              fileNameFor(`${doc.meta.title} ${a.id} vs ${b.id}`, "csv"),
            )
          }
        >
          {t("compare.exportCsv")}
        </button>
        <span className="compare-view__counts">
          {t("compare.statusCounts", { ...comparison.statusCounts })}
        </span>
      </div>
      <Charts a={a} b={b} comparison={comparison} />
      <div className="compare-view__tables">
        <CoverageTable a={a} b={b} comparison={comparison} />
        <UnitChanges doc={doc} a={a} b={b} comparison={comparison} />
        <OwnerTable doc={doc} a={a} b={b} comparison={comparison} />
      </div>
    </div>
  );
}

function Picker({
  label,
  value,
  structures,
  onChange,
}: {
  label: string;
  value: Id;
  structures: readonly Structure[];
  onChange: (id: Id) => void;
}) {
  const t = useT();
  return (
    <label className="structure-toolbar__field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {structures.map((s) => (
          <option key={s.id} value={s.id}>
            {`${s.name} (${t(`structureRole.${s.role}`)})`}
          </option>
        ))}
      </select>
    </label>
  );
}

function Charts({ a, b, comparison }: { a: Structure; b: Structure; comparison: StructureComparison }) {
  const t = useT();
  const [marksA, marksB] = useMemo(() => {
    const ma = new Map<Id, UnitMark[]>();
    const mb = new Map<Id, UnitMark[]>();
    const add = (map: Map<Id, UnitMark[]>, id: Id, mark: UnitMark) =>
      map.set(id, [...(map.get(id) ?? []), mark]);
    for (const id of comparison.units.removed) add(ma, id, "removed");
    for (const id of comparison.units.added) add(mb, id, "added");
    for (const kind of ["renamed", "moved", "retiered"] as const)
      for (const change of comparison.units[kind]) {
        add(ma, change.unitId, kind);
        add(mb, change.unitId, kind);
      }
    return [ma, mb];
  }, [comparison]);
  return (
    <div className="compare-view__charts">
      <figure className="compare-chart">
        <figcaption>{t("compare.chartA", { name: a.name })}</figcaption>
        <OrgChartCanvas
          structure={a}
          editable={false}
          marks={marksA}
          label={`${t("structure.canvas")}: ${a.name}`}
        />
      </figure>
      <figure className="compare-chart">
        <figcaption>{t("compare.chartA", { name: b.name })}</figcaption>
        <OrgChartCanvas
          structure={b}
          editable={false}
          marks={marksB}
          label={`${t("structure.canvas")}: ${b.name}`}
        />
      </figure>
    </div>
  );
}

function percent(owned: number, total: number): string {
  return total === 0 ? "—" : `${Math.round((owned / total) * 100)}%`;
}

function CoverageTable({
  a,
  b,
  comparison,
}: {
  a: Structure;
  b: Structure;
  comparison: StructureComparison;
}) {
  const t = useT();
  const row = (label: string, pick: (c: Coverage) => { owned: number; total: number }) => (
    <tr key={label}>
      <th scope="row">{label}</th>
      {[comparison.coverage.a, comparison.coverage.b].map((c, i) => {
        const { owned, total } = pick(c);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: two fixed columns, A and B
          <td key={i}>{`${owned}/${total} (${percent(owned, total)})`}</td>
        );
      })}
    </tr>
  );
  return (
    <table className="compare-table">
      <caption>{t("compare.coverage")}</caption>
      <thead>
        <tr>
          <td />
          <th scope="col">{a.name}</th>
          <th scope="col">{b.name}</th>
        </tr>
      </thead>
      <tbody>
        {row(t("compare.coverageRow"), (c) => c.nodes)}
        {LINE_KINDS.map((kind) => row(t(`kind.${kind}`), (c) => c.nodes.byKind[kind]))}
        {row(t("compare.coverageUnits"), (c) => ({ owned: c.units.aligned, total: c.units.total }))}
      </tbody>
    </table>
  );
}

function UnitChanges({
  doc,
  a,
  b,
  comparison,
}: {
  doc: PlanDocument;
  a: Structure;
  b: Structure;
  comparison: StructureComparison;
}) {
  const t = useT();
  const name = (id: Id | null) =>
    id === null ? t("compare.top") : (b.units.get(id)?.name ?? a.units.get(id)?.name ?? id);
  const rows: { id: Id; change: string; mark: UnitMark; detail: string }[] = [];
  for (const id of comparison.units.added)
    rows.push({ id, change: t("compare.added"), mark: "added", detail: "" });
  for (const id of comparison.units.removed)
    rows.push({ id, change: t("compare.removed"), mark: "removed", detail: "" });
  for (const r of comparison.units.renamed)
    rows.push({
      id: r.unitId,
      change: t("compare.renamed"),
      mark: "renamed",
      detail: t("compare.renameDetail", { from: r.from, to: r.to }),
    });
  for (const m of comparison.units.moved)
    rows.push({
      id: m.unitId,
      change: t("compare.moved"),
      mark: "moved",
      detail: t("compare.moveDetail", { from: name(m.from), to: name(m.to) }),
    });
  for (const r of comparison.units.retiered)
    rows.push({
      id: r.unitId,
      change: t("compare.retiered"),
      mark: "retiered",
      detail: t("compare.retierDetail", { from: t(`tierShort.${r.from}`), to: t(`tierShort.${r.to}`) }),
    });
  void doc;
  return (
    <table className="compare-table">
      <caption>{t("compare.units")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("unit.name")}</th>
          <th scope="col">{t("compare.change")}</th>
          <th scope="col">{t("csv.detail")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={3}>{t("compare.unitsNone")}</td>
          </tr>
        )}
        {rows.map((r) => (
          <tr key={`${r.mark}:${r.id}`}>
            <td>{name(r.id)}</td>
            <td>
              <span className={`unit-mark unit-mark--${r.mark}`}>{r.change}</span>
            </td>
            <td>{r.detail}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function OwnerTable({
  doc,
  a,
  b,
  comparison,
}: {
  doc: PlanDocument;
  a: Structure;
  b: Structure;
  comparison: StructureComparison;
}) {
  const t = useT();
  const [filter, setFilter] = useState<OwnerStatus | "all">("all");
  const names = (ids: readonly Id[], s: Structure) =>
    ids.length === 0 ? t("compare.noOwner") : ids.map((id) => s.units.get(id)?.name ?? id).join("; ");
  const rows = comparison.nodes.filter((n) => filter === "all" || n.status === filter);
  return (
    <table className="compare-table compare-table--owners">
      <caption>
        {t("compare.ownerTable")}{" "}
        <label className="compare-table__filter">
          {t("compare.filterStatus")}{" "}
          <select value={filter} onChange={(e) => setFilter(e.currentTarget.value as OwnerStatus | "all")}>
            <option value="all">{t("compare.allStatuses")}</option>
            {OWNER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {`${t(`ownerStatus.${s}`)} (${comparison.statusCounts[s]})`}
              </option>
            ))}
          </select>
        </label>
      </caption>
      <thead>
        <tr>
          <th scope="col">{t("compare.node")}</th>
          <th scope="col">{t("compare.kind")}</th>
          <th scope="col">{t("compare.ownerA", { name: a.name })}</th>
          <th scope="col">{t("compare.ownerB", { name: b.name })}</th>
          <th scope="col">{t("compare.status")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((n) => {
          const node = doc.nodes.get(n.nodeId);
          return (
            <tr key={n.nodeId}>
              <td>{node ? (node.code ? `${node.code} ${node.name}` : node.name) : n.nodeId}</td>
              <td>{t(`kind.${n.kind}`)}</td>
              <td>{names(n.ownersA, a)}</td>
              <td>{names(n.ownersB, b)}</td>
              <td>
                <span className={`owner-status owner-status--${n.status}`}>
                  {t(`ownerStatus.${n.status}`)}
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
