import { type ReactNode, useEffect, useMemo, useState } from "react";
import type { TargetValue } from "../../domain/types";
import {
  type AlignmentRef,
  diffVersions,
  type IndicatorRef,
  NODE_MARKS,
  type NodeRef,
  nodeMarks,
  type VersionDiff,
} from "../../domain/versionDiff";
import { formatDateTime, formatNumber, type Language } from "../../i18n/translate";
import { type VersionsTranslate, versionsTranslator } from "../../i18n/versionsDialog";
import type { VersionCompareState } from "../../store/appStore";
import { useApp, useAppStoreApi } from "../../store/context";
import { useTranslator } from "../../store/useT";
import { useCommands } from "../commands";

// The changes between a saved version and the open document, grouped, with
// names and codes; it takes the side panel's place while shown. It keeps the
// marks on the tree in step with the open document as it is edited. A box that
// still exists can be shown on the tree from here.

export function VersionComparePanel({ compare }: { compare: VersionCompareState }) {
  const t = useTranslator(versionsTranslator);
  const store = useAppStoreApi();
  const doc = useApp((s) => s.doc);
  const language = useApp((s) => s.language);
  const diff = useMemo(() => (doc ? diffVersions(compare.before, doc) : null), [compare.before, doc]);
  const marks = useMemo(() => (diff ? nodeMarks(diff) : null), [diff]);

  useEffect(() => {
    const current = store.getState().versionCompare;
    if (marks && current && current.marks !== marks)
      store.getState().setVersionCompare({ ...current, marks });
  }, [marks, store]);

  if (!diff) return null;
  const date = formatDateTime(language, compare.createdAt);
  return (
    <aside className="panel version-compare" aria-label={t("versionDiff.region")}>
      <div className="panel__body">
        <h2 className="version-compare__title">{t("versionDiff.title", { date })}</h2>
        {compare.note && <p className="version-compare__note">{compare.note}</p>}
        <CompareActions compare={compare} date={date} />
        <p className="version-compare__count" role="status">
          {diff.changeCount === 0
            ? t("versionDiff.none")
            : t("versionDiff.count", { count: diff.changeCount })}
        </p>
        <Levels diff={diff} t={t} />
        {diff.changeCount > 0 && <Legend t={t} />}
        <Changes diff={diff} t={t} language={language} />
      </div>
    </aside>
  );
}

function CompareActions({ compare, date }: { compare: VersionCompareState; date: string }) {
  const t = useTranslator(versionsTranslator);
  const commands = useCommands();
  const close = useApp((s) => s.setVersionCompare);
  const [confirming, setConfirming] = useState(false);
  if (confirming) {
    return (
      <div
        className="doc-list__confirm version-compare__confirm"
        role="alertdialog"
        aria-label={t("versions.restore")}
      >
        <p className="versions__confirm-restore">{t("versions.confirmRestore", { date })}</p>
        <button
          type="button"
          className="primary"
          // biome-ignore lint/a11y/noAutofocus: the confirmation is what the user just asked for
          autoFocus
          onClick={() => {
            setConfirming(false);
            void commands.restoreVersion(compare.versionId);
          }}
        >
          {t("versions.confirmRestoreButton")}
        </button>
        <button type="button" onClick={() => setConfirming(false)}>
          {t("versions.cancel")}
        </button>
      </div>
    );
  }
  return (
    <div className="version-compare__actions">
      <button type="button" onClick={() => close(null)}>
        {t("versionDiff.close")}
      </button>
      <button type="button" onClick={() => setConfirming(true)}>
        {t("versionDiff.restore")}
      </button>
    </div>
  );
}

function Levels({ diff, t }: { diff: VersionDiff; t: VersionsTranslate }) {
  const shown = diff.levels.filter((level) => level.before > 0 || level.after > 0);
  if (shown.length === 0) return null;
  return (
    <section className="version-compare__levels">
      <h3>{t("versionDiff.levels")}</h3>
      <ul>
        {shown.map((level) => {
          const changed = level.added > 0 || level.removed > 0;
          return (
            <li key={level.kind} className={changed ? "is-changed" : undefined}>
              {t("versionDiff.level", {
                kind: t(`kind.${level.kind}`),
                before: level.before,
                after: level.after,
              })}
              {changed && ` ${t("versionDiff.levelDelta", { added: level.added, removed: level.removed })}`}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Legend({ t }: { t: VersionsTranslate }) {
  return (
    <p className="version-compare__legend">
      {t("versionDiff.legend")}{" "}
      {NODE_MARKS.map((mark) => (
        <span key={mark} className={`version-mark version-mark--${mark}`}>
          {t(`mark.${mark}`)}
        </span>
      ))}
    </p>
  );
}

function nodeText(node: NodeRef): string {
  return node.code ? `${node.code} ${node.name}` : node.name;
}

function indicatorText(indicator: IndicatorRef): string {
  return indicator.code ? `${indicator.code} ${indicator.name}` : indicator.name;
}

function valueText(language: Language, t: VersionsTranslate, value: TargetValue | undefined): string {
  if (value === undefined) return t("versionDiff.noValue");
  return typeof value === "number" ? formatNumber(language, value) : value;
}

/** A box by kind, code and name; a button that shows it on the tree when it is there. */
function NodeLabel({ node, t, canShow }: { node: NodeRef; t: VersionsTranslate; canShow: boolean }) {
  const focusNode = useApp((s) => s.focusNode);
  const exists = useApp((s) => s.doc?.nodes.has(node.id) ?? false);
  const content = (
    <>
      <span className="version-compare__kind">{t(`kindShort.${node.kind}`)}</span> {nodeText(node)}
    </>
  );
  if (!canShow || !exists) return <span className="version-compare__node">{content}</span>;
  return (
    <button
      type="button"
      className="version-compare__node is-link"
      title={t("versionDiff.show")}
      onClick={() => focusNode(node.id)}
    >
      {content}
    </button>
  );
}

/** Groups longer than this start folded, so that the short ones below stay in sight. */
const OPEN_GROUP_MAX = 12;

function Group({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  if (count === 0) return null;
  return (
    <details className="version-compare__group" open={count <= OPEN_GROUP_MAX}>
      <summary>
        <h3>
          {title} <span className="version-compare__group-count">{count}</span>
        </h3>
      </summary>
      <ul>{children}</ul>
    </details>
  );
}

/** An indicator and the box it belongs to, as each indicator line of the comparison starts. */
function IndicatorOnBox({ indicator, t }: { indicator: IndicatorRef; t: VersionsTranslate }) {
  return (
    <>
      {indicatorText(indicator)}
      <span className="version-compare__detail">
        {t("versionDiff.onBox", { box: nodeText(indicator.node) })}
      </span>
    </>
  );
}

function alignmentText(t: VersionsTranslate, alignment: AlignmentRef): string {
  return t("versionDiff.alignment", {
    unit: alignment.unitName,
    structure: alignment.structureName,
    box: nodeText(alignment.node),
  });
}

function Changes({ diff, t, language }: { diff: VersionDiff; t: VersionsTranslate; language: Language }) {
  const { nodes, indicators, alignments } = diff;
  const where = (node: NodeRef | null) => (node ? nodeText(node) : t("versionDiff.top"));
  return (
    <>
      <Group title={t("versionDiff.nodesAdded")} count={nodes.added.length}>
        {nodes.added.map((node) => (
          <li key={node.id}>
            <NodeLabel node={node} t={t} canShow />
          </li>
        ))}
      </Group>
      <Group title={t("versionDiff.nodesRemoved")} count={nodes.removed.length}>
        {nodes.removed.map((node) => (
          <li key={node.id}>
            <NodeLabel node={node} t={t} canShow={false} />
          </li>
        ))}
      </Group>
      <Group title={t("versionDiff.nodesRenamed")} count={nodes.renamed.length}>
        {nodes.renamed.map(({ node, from }) => (
          <li key={node.id}>
            <NodeLabel node={node} t={t} canShow />
            <span className="version-compare__detail">
              <del>{nodeText({ ...node, ...from })}</del>
            </span>
          </li>
        ))}
      </Group>
      <Group title={t("versionDiff.nodesMoved")} count={nodes.moved.length}>
        {nodes.moved.map(({ node, from, to }) => (
          <li key={node.id}>
            <NodeLabel node={node} t={t} canShow />
            <span className="version-compare__detail">
              {t("versionDiff.movedFromTo", { from: where(from), to: where(to) })}
            </span>
          </li>
        ))}
      </Group>
      <Group title={t("versionDiff.nodesRekinded")} count={nodes.rekinded.length}>
        {nodes.rekinded.map(({ node, from }) => (
          <li key={node.id}>
            <NodeLabel node={node} t={t} canShow />
            <span className="version-compare__detail">
              {t(`kind.${from}`)} → {t(`kind.${node.kind}`)}
            </span>
          </li>
        ))}
      </Group>
      <Group title={t("versionDiff.indicatorsAdded")} count={indicators.added.length}>
        {indicators.added.map((indicator) => (
          <li key={indicator.id}>
            <IndicatorOnBox indicator={indicator} t={t} />
          </li>
        ))}
      </Group>
      <Group title={t("versionDiff.indicatorsRemoved")} count={indicators.removed.length}>
        {indicators.removed.map((indicator) => (
          <li key={indicator.id}>
            <IndicatorOnBox indicator={indicator} t={t} />
          </li>
        ))}
      </Group>
      <Group title={t("versionDiff.indicatorsChanged")} count={indicators.changed.length}>
        {indicators.changed.map((change) => (
          <li key={change.indicator.id}>
            <IndicatorOnBox indicator={change.indicator} t={t} />
            {change.movedFrom && (
              <span className="version-compare__detail">
                {t("versionDiff.movedBox", { box: nodeText(change.movedFrom) })}
              </span>
            )}
            {change.fields.length > 0 && (
              <span className="version-compare__detail">
                {change.fields.map((field) => t(`versionDiff.field.${field}`)).join(", ")}
              </span>
            )}
            {change.targets.map((target) => (
              <span key={target.year} className="version-compare__detail">
                {t("versionDiff.target", {
                  year: target.year,
                  from: valueText(language, t, target.from),
                  to: valueText(language, t, target.to),
                })}
              </span>
            ))}
          </li>
        ))}
      </Group>
      <Group title={t("versionDiff.alignmentsAdded")} count={alignments.added.length}>
        {alignments.added.map((alignment) => (
          <li key={`added-${alignment.id}`}>
            {alignmentText(t, alignment)}
            <span className="version-compare__detail">{t(`role.${alignment.role}`)}</span>
          </li>
        ))}
      </Group>
      <Group title={t("versionDiff.alignmentsRemoved")} count={alignments.removed.length}>
        {alignments.removed.map((alignment) => (
          <li key={`removed-${alignment.id}`}>
            {alignmentText(t, alignment)}
            <span className="version-compare__detail">{t(`role.${alignment.role}`)}</span>
          </li>
        ))}
      </Group>
      <Group title={t("versionDiff.alignmentsRole")} count={alignments.roleChanged.length}>
        {alignments.roleChanged.map(({ alignment, from }) => (
          <li key={alignment.id}>
            {alignmentText(t, alignment)}
            <span className="version-compare__detail">
              {t(`role.${from}`)} → {t(`role.${alignment.role}`)}
            </span>
          </li>
        ))}
      </Group>
    </>
  );
}
