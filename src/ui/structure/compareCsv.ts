import type { StructureComparison } from "../../domain/compare";
import { csvRow } from "../../domain/report";
import type { Id, PlanDocument } from "../../domain/types";
import type { Translate } from "../../i18n/translate";
import "../../i18n/structureViews";

// The comparison of two structures as CSV: one record per unit change, then one
// per line node with its primary owners in A and B, then the coverage figures.
// Every cell goes through csvCell (formula-safe, quoted when needed).

export function comparisonToCsv(doc: PlanDocument, c: StructureComparison, t: Translate): string {
  const unitsA = doc.structures.get(c.aId)?.units;
  const unitsB = doc.structures.get(c.bId)?.units;
  const unitName = (id: Id | null) =>
    id === null ? t("compare.top") : (unitsB?.get(id)?.name ?? unitsA?.get(id)?.name ?? id);
  const ownerNames = (ids: readonly Id[], which: "a" | "b") =>
    ids.map((id) => (which === "a" ? unitsA : unitsB)?.get(id)?.name ?? id).join("; ");
  const header = [
    t("csv.section"),
    t("csv.id"),
    t("csv.name"),
    t("csv.change"),
    t("csv.detail"),
    t("csv.kind"),
    t("csv.ownerA"),
    t("csv.ownerB"),
    t("csv.status"),
  ];
  const lines = [csvRow(header)];
  const unit = (id: Id, change: string, detail = "") =>
    lines.push(csvRow(["unit", id, unitName(id), change, detail, "", "", "", ""]));
  for (const id of c.units.added) unit(id, t("compare.added"));
  for (const id of c.units.removed) unit(id, t("compare.removed"));
  for (const r of c.units.renamed) unit(r.unitId, t("compare.renamed"), `${r.from} → ${r.to}`);
  for (const m of c.units.moved)
    unit(m.unitId, t("compare.moved"), `${unitName(m.from)} → ${unitName(m.to)}`);
  for (const r of c.units.retiered)
    unit(r.unitId, t("compare.retiered"), `${t(`tierShort.${r.from}`)} → ${t(`tierShort.${r.to}`)}`);
  for (const n of c.nodes) {
    const node = doc.nodes.get(n.nodeId);
    lines.push(
      csvRow([
        "node",
        n.nodeId,
        node ? (node.code ? `${node.code} ${node.name}` : node.name) : n.nodeId,
        "",
        "",
        t(`kind.${n.kind}`),
        ownerNames(n.ownersA, "a"),
        ownerNames(n.ownersB, "b"),
        t(`ownerStatus.${n.status}`),
      ]),
    );
  }
  const cov = (label: string, a: string, b: string) =>
    lines.push(csvRow(["coverage", "", label, "", "", "", a, b, ""]));
  cov(
    t("compare.coverageRow"),
    `${c.coverage.a.nodes.owned}/${c.coverage.a.nodes.total}`,
    `${c.coverage.b.nodes.owned}/${c.coverage.b.nodes.total}`,
  );
  cov(
    t("compare.coverageUnits"),
    `${c.coverage.a.units.aligned}/${c.coverage.a.units.total}`,
    `${c.coverage.b.units.aligned}/${c.coverage.b.units.total}`,
  );
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
