import type { ReactNode } from "react";
import { countIndicators, isIllustrative } from "../domain/document";
import type { Id, Indicator, PlanDocument, PlanNode, TargetValue } from "../domain/types";
import { formatNumber, type Language, type Translate } from "../i18n/translate";
import { useApp } from "../store/context";
import { useT } from "../store/useT";
import { ExpandableText } from "./ExpandableText";

// The side panel: every field of the selected node, read-only here (editing has
// its own issue), or the document's summary when nothing is selected.

export function DetailsPanel() {
  const t = useT();
  const doc = useApp((s) => s.doc);
  const selectedId = useApp((s) => s.selectedId);
  const node = selectedId ? doc?.nodes.get(selectedId) : undefined;
  return (
    <aside className="panel" aria-label={t("panel.title")}>
      {doc && node ? <NodeDetails doc={doc} node={node} /> : doc ? <DocumentSummary doc={doc} /> : null}
    </aside>
  );
}

function DocumentSummary({ doc }: { doc: PlanDocument }) {
  const t = useT();
  const { meta } = doc;
  return (
    <div className="panel__body">
      <h2 className="panel__heading">{t("panel.documentTitle")}</h2>
      <p className="panel__title">{meta.title}</p>
      <dl className="fields">
        <Field label={t("panel.organization")}>{meta.organization}</Field>
        <Field label={t("panel.period")}>{`${meta.period.start}–${meta.period.end}`}</Field>
        <Field label={t("panel.notes")}>{meta.notes && <ExpandableText text={meta.notes} />}</Field>
      </dl>
      <p className="panel__counts">
        {t("panel.counts", {
          nodes: doc.nodes.size,
          indicators: countIndicators(doc.nodes),
          structures: doc.structures.size,
        })}
      </p>
      <p className="panel__hint">{t("panel.empty")}</p>
    </div>
  );
}

function NodeDetails({ doc, node }: { doc: PlanDocument; node: PlanNode }) {
  const t = useT();
  const language = useApp((s) => s.language);
  const childCount = useApp((s) => s.children.get(node.id)?.length ?? 0);
  const parent = node.parentId !== null ? doc.nodes.get(node.parentId) : undefined;
  const contributesTo: PlanNode[] = [];
  const contributedBy: PlanNode[] = [];
  for (const link of doc.links.values()) {
    if (link.from === node.id) pushNode(contributesTo, doc, link.to);
    if (link.to === node.id) pushNode(contributedBy, doc, link.from);
  }
  return (
    <div className="panel__body">
      <h2 className="panel__heading" style={{ ["--kind" as string]: `var(--kind-${node.kind})` }}>
        <span className="panel__kind">{t(`kind.${node.kind}`)}</span>
        {node.code && <span className="panel__code">{node.code}</span>}
        {isIllustrative(node) && <span className="plan-card__tag">{t("illustrative.tag")}</span>}
      </h2>
      <p className="panel__title">{node.name}</p>
      <dl className="fields">
        <Field label={t("panel.statement")}>{node.statement}</Field>
        <Field label={t("panel.perspective")}>
          {node.perspective && t(`perspective.${node.perspective}`)}
        </Field>
        <Field label={t("panel.programType")}>
          {node.programType && t(`programType.${node.programType}`)}
        </Field>
        <Field label={t("panel.status")}>{node.status && t(`status.${node.status}`)}</Field>
        <Field label={t("panel.source")}>{node.source && <ExpandableText text={node.source} />}</Field>
        <Field label={t("panel.notes")}>{node.notes && <ExpandableText text={node.notes} />}</Field>
        <Field label={t("panel.parent")}>{parent ? <NodeLink node={parent} /> : t("panel.root")}</Field>
        <Field label={t("panel.children")}>{String(childCount)}</Field>
        <Field label={t("panel.contributesTo")}>{nodeList(contributesTo)}</Field>
        <Field label={t("panel.contributedBy")}>{nodeList(contributedBy)}</Field>
      </dl>
      <Owners doc={doc} nodeId={node.id} t={t} />
      <h3 className="panel__subheading">
        {t("panel.indicators")} <span className="panel__muted">({t(`indicatorName.${node.kind}`)})</span>
      </h3>
      {(node.indicators ?? []).length === 0 ? (
        <p className="panel__muted">{t("panel.noIndicators")}</p>
      ) : (
        (node.indicators ?? []).map((indicator) => (
          <IndicatorDetails key={indicator.id} indicator={indicator} doc={doc} language={language} t={t} />
        ))
      )}
    </div>
  );
}

function pushNode(list: PlanNode[], doc: PlanDocument, id: Id) {
  const node = doc.nodes.get(id);
  if (node) list.push(node);
}

function nodeList(nodes: readonly PlanNode[]): ReactNode {
  if (nodes.length === 0) return undefined;
  return (
    <ul className="plain-list">
      {nodes.map((n) => (
        <li key={n.id}>
          <NodeLink node={n} />
        </li>
      ))}
    </ul>
  );
}

function NodeLink({ node }: { node: PlanNode }) {
  const focusNode = useApp((s) => s.focusNode);
  return (
    <button type="button" className="link-button" onClick={() => focusNode(node.id)}>
      {node.code ? `${node.code} ` : ""}
      {node.name}
    </button>
  );
}

function Owners({ doc, nodeId, t }: { doc: PlanDocument; nodeId: Id; t: Translate }) {
  if (doc.structures.size === 0) return null;
  const byStructure = new Map<Id, { unit: string; role: string; indicator?: string }[]>();
  for (const alignment of doc.alignments.values()) {
    if (alignment.nodeId !== nodeId) continue;
    const structure = doc.structures.get(alignment.structureId);
    const unit = structure?.units.get(alignment.unitId);
    if (!structure || !unit) continue;
    const node = doc.nodes.get(nodeId);
    const indicator = alignment.indicatorId
      ? node?.indicators?.find((i) => i.id === alignment.indicatorId)?.name
      : undefined;
    const list = byStructure.get(structure.id) ?? [];
    list.push({
      unit: unit.shortName || unit.name,
      role: t(`role.${alignment.role}`),
      ...(indicator ? { indicator } : {}),
    });
    byStructure.set(structure.id, list);
  }
  return (
    <>
      <h3 className="panel__subheading">{t("panel.owners")}</h3>
      {[...doc.structures.values()].map((structure) => {
        const owners = byStructure.get(structure.id) ?? [];
        return (
          <div key={structure.id} className="owners">
            <p className="owners__structure">
              {structure.name} <span className="panel__muted">({t(`structureRole.${structure.role}`)})</span>
            </p>
            {owners.length === 0 ? (
              <p className="panel__muted">{t("panel.ownersNone", { structure: structure.name })}</p>
            ) : (
              <ul className="plain-list">
                {owners.map((o, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: derived rows without ids of their own
                  <li key={i}>
                    <strong>{o.unit}</strong> · {o.role}
                    {o.indicator ? ` · ${o.indicator}` : ""}
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </>
  );
}

function IndicatorDetails({
  indicator,
  doc,
  language,
  t,
}: {
  indicator: Indicator;
  doc: PlanDocument;
  language: Language;
  t: Translate;
}) {
  const { start, end } = doc.meta.period;
  const years: string[] = [];
  for (let y = start; y <= end; y++) years.push(String(y));
  // Targets outside the period are kept in the document; show them too.
  for (const y of Object.keys(indicator.targets ?? {})) if (!years.includes(y)) years.push(y);
  years.sort();
  const show = (value: TargetValue | undefined) =>
    value === undefined ? t("panel.none") : typeof value === "number" ? formatNumber(language, value) : value;
  return (
    <section className="indicator">
      <p className="indicator__name">
        {indicator.code && <span className="panel__code">{indicator.code}</span>} {indicator.name}
        {indicator.key && <span className="badge">{t("panel.indicator.key")}</span>}
      </p>
      <dl className="fields fields--compact">
        <Field label={t("panel.indicator.unit")}>{indicator.unit}</Field>
        <Field label={t("panel.indicator.polarity")}>
          {indicator.polarity && t(`polarity.${indicator.polarity}`)}
        </Field>
        <Field label={t("panel.indicator.baseline")}>
          {indicator.baseline && `${show(indicator.baseline.value)} (${indicator.baseline.year})`}
        </Field>
      </dl>
      <table className="targets">
        <caption className="visually-hidden">{t("panel.indicator.targets")}</caption>
        <thead>
          <tr>
            {years.map((y) => (
              <th key={y} scope="col">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {years.map((y) => (
              <td key={y}>{show(indicator.targets?.[y])}</td>
            ))}
          </tr>
        </tbody>
      </table>
      <dl className="fields fields--compact">
        <Field label={t("panel.indicator.definition")}>{indicator.definition}</Field>
        <Field label={t("panel.indicator.formula")}>{indicator.formula}</Field>
        <Field label={t("panel.indicator.dataSource")}>{indicator.dataSource}</Field>
        <Field label={t("panel.indicator.frequency")}>
          {indicator.frequency && t(`frequency.${indicator.frequency}`)}
        </Field>
      </dl>
    </section>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  if (children === undefined || children === null || children === "" || children === false) return null;
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
