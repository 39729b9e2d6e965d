import { memo, type ReactNode, Suspense, useDeferredValue, useState } from "react";
import { alignmentsOfNode } from "../domain/alignmentsByNode";
import { countIndicators, isIllustrative } from "../domain/document";
import type { Id, PlanDocument, PlanNode } from "../domain/types";
import { useApp } from "../store/context";
import { useT } from "../store/useT";
import { DocumentEditor } from "./editing/DocumentEditor";
import { NodeEditor } from "./editing/NodeEditor";
import { lazyNamed } from "./lazyNamed";
import { sameOwnedBox } from "./structure/sameOwnedBox";

// The box's own fields come with the first download; the rest of the panel
// (links, owners, indicators, units) loads the first time a box or unit is selected.
const IndicatorsEditor = lazyNamed(() => import("./editing/IndicatorEditor"), "IndicatorsEditor");
const LinkEditor = lazyNamed(() => import("./editing/LinkEditor"), "LinkEditor");
const NodeOwnersEditor = lazyNamed(() => import("./structure/NodeOwnersEditor"), "NodeOwnersEditor");
const SelectedUnitPanel = lazyNamed(() => import("./structure/UnitPanel"), "SelectedUnitPanel");

// The side panel: every field of the selected node, read-only here (editing has
// its own issue), or the document's summary when nothing is selected.

export function DetailsPanel() {
  const t = useT();
  const doc = useApp((s) => s.doc);
  const selectedId = useApp((s) => s.selectedId);
  // A press that drags a box also selects it, in the drag's first frame. Building
  // the panel (fields, owners, indicator rows) in that same task held the drag
  // for 40-80 ms at 10,000 boxes, so from a drag's start the panel follows the
  // selection in a background render of its own (React drops it for each frame
  // of the drag, so it may land only after the drop), until it has caught up.
  // Otherwise it follows at once: a click and then typing in the panel must
  // reach the clicked box.
  const deferredId = useDeferredValue(selectedId);
  const dragging = useApp((s) => s.drag !== null);
  const [lagging, setLagging] = useState(false);
  if (dragging && !lagging) setLagging(true);
  else if (lagging && !dragging && deferredId === selectedId) setLagging(false);
  const shownId = dragging || lagging ? deferredId : selectedId;
  const node = shownId ? doc?.nodes.get(shownId) : undefined;
  // A unit selected on a structure view is edited here (src/ui/structure/UnitPanel).
  const unitShown = useApp((s) => s.selectedUnitId !== null && s.view !== "tree");
  return (
    <aside className="panel" aria-label={t("panel.title")}>
      {unitShown ? (
        <Suspense fallback={null}>
          <SelectedUnitPanel />
        </Suspense>
      ) : doc && node ? (
        <NodeDetails node={node} />
      ) : doc ? (
        <DocumentSummary doc={doc} />
      ) : null}
    </aside>
  );
}

function DocumentSummary({ doc }: { doc: PlanDocument }) {
  const t = useT();
  return (
    <div className="panel__body">
      <h2 className="panel__heading">{t("editor.document")}</h2>
      <DocumentEditor doc={doc} />
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

// Memoised, and given the box alone: the deferred selection above renders the
// panel a second time with the same box, and an edit elsewhere (a box dropped, a
// name typed on another box) leaves this one's panel as it is. What it shows of
// other boxes and units it reads from the store.
const NodeDetails = memo(function NodeDetails({ node }: { node: PlanNode }) {
  const t = useT();
  const childCount = useApp((s) => s.children.get(node.id)?.length ?? 0);
  const nodes = useApp((s) => s.doc?.nodes);
  const links = useApp((s) => s.doc?.links);
  const parent = node.parentId !== null ? nodes?.get(node.parentId) : undefined;
  const contributesTo: PlanNode[] = [];
  const contributedBy: PlanNode[] = [];
  for (const link of links?.values() ?? []) {
    if (link.from === node.id) pushNode(contributesTo, nodes, link.to);
    if (link.to === node.id) pushNode(contributedBy, nodes, link.from);
  }
  return (
    <div className="panel__body">
      <h2 className="panel__heading" style={{ ["--kind" as string]: `var(--kind-${node.kind})` }}>
        <span className="panel__kind">{t(`kind.${node.kind}`)}</span>
        {node.code && <span className="panel__code">{node.code}</span>}
        {isIllustrative(node) && <span className="plan-card__tag">{t("illustrative.tag")}</span>}
      </h2>
      <NodeEditor node={node} />
      <dl className="fields fields--related">
        <Field label={t("panel.parent")}>{parent ? <NodeLink node={parent} /> : t("panel.root")}</Field>
        <Field label={t("panel.children")}>{String(childCount)}</Field>
        <Field label={t("panel.contributesTo")}>{nodeList(contributesTo)}</Field>
        <Field label={t("panel.contributedBy")}>{nodeList(contributedBy)}</Field>
      </dl>
      <Suspense fallback={null}>
        <LinkEditor node={node} />
      </Suspense>
      <Owners node={node} />
      <Suspense fallback={null}>
        <NodeOwnersEditor node={node} />
      </Suspense>
      <h3 className="panel__subheading">
        {t("panel.indicators")} <span className="panel__muted">({t(`indicatorName.${node.kind}`)})</span>
      </h3>
      {(node.indicators ?? []).length === 0 && <p className="panel__muted">{t("panel.noIndicators")}</p>}
      <Suspense fallback={<p className="panel__muted">{t("views.loading")}</p>}>
        <IndicatorsEditor node={node} />
      </Suspense>
    </div>
  );
});

function pushNode(list: PlanNode[], nodes: ReadonlyMap<Id, PlanNode> | undefined, id: Id) {
  const node = nodes?.get(id);
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

/**
 * The units that own the box, per structure. It reads the box's id and
 * indicators only (for the names of owned indicators): typing the box's name
 * renders none of it again.
 */
const Owners = memo(function Owners({ node }: { node: PlanNode }) {
  const t = useT();
  const structures = useApp((s) => s.doc?.structures);
  const alignments = useApp((s) => s.doc?.alignments);
  if (!structures || !alignments || structures.size === 0) return null;
  const nodeId = node.id;
  const byStructure = new Map<Id, { unit: string; role: string; indicator?: string }[]>();
  for (const alignment of alignmentsOfNode(alignments, nodeId)) {
    const structure = structures.get(alignment.structureId);
    const unit = structure?.units.get(alignment.unitId);
    if (!structure || !unit) continue;
    const indicator = alignment.indicatorId
      ? node.indicators?.find((i) => i.id === alignment.indicatorId)?.name
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
      {[...structures.values()].map((structure) => {
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
}, sameOwnedBox);

function Field({ label, children }: { label: string; children: ReactNode }) {
  if (children === undefined || children === null || children === "" || children === false) return null;
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
