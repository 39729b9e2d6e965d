import { useState } from "react";
import { derivedFor, unitChildren } from "../../canvas/structure/derived";
import { requestUnitFocus } from "../../canvas/structure/unitFocus";
import {
  addUnit,
  deleteUnit,
  isUnitAncestor,
  MAX_SHORT_NAME,
  moveUnit,
  removeAlignment,
  type UnitPatch,
  updateUnit,
} from "../../domain/structureOps";
import {
  type Id,
  type PlanDocument,
  RETENTION_REASONS,
  type Structure,
  UNIT_KINDS,
  UNIT_TIERS,
  type Unit,
} from "../../domain/types";
import { useApp, useAppStoreApi } from "../../store/context";
import { useT } from "../../store/useT";
import { SelectField, TextField } from "./fields";
import { findingText } from "./findingText";
import { refusalText } from "./refusal";
import { childTier } from "./unitDefaults";
import "../../i18n/structureViews";

// The side panel of a selected unit: every unit field of the format, its
// parent, sub-unit and delete actions, what it is aligned to, and its findings.

const NONE = "";

export function UnitPanel({ doc, structure, unit }: { doc: PlanDocument; structure: Structure; unit: Unit }) {
  const t = useT();
  const store = useAppStoreApi();
  const [confirming, setConfirming] = useState(false);

  const patch = (p: UnitPatch) => {
    const result = store
      .getState()
      .edit((d) => updateUnit(d, structure.id, unit.id, p), { label: t("unit.panel") });
    if (result && !result.ok)
      store.getState().pushMessage({ tone: "error", text: refusalText(result.reason, t) });
  };
  const reparent = (parentId: Id | null) => {
    const result = store
      .getState()
      .edit((d) => moveUnit(d, structure.id, unit.id, parentId), { label: t("unit.parent") });
    if (result && !result.ok)
      store.getState().pushMessage({ tone: "error", text: refusalText(result.reason, t, unit.name) });
    else requestUnitFocus(unit.id);
  };
  const addChild = () => {
    const state = store.getState();
    const result = state.edit(
      (d) =>
        addUnit(d, structure.id, { parentId: unit.id, name: t("unit.newName"), tier: childTier(unit.tier) }),
      { label: t("unit.addChild") },
    );
    if (result?.ok) {
      state.selectUnit(result.id);
      requestUnitFocus(result.id);
    }
  };
  const remove = () => {
    const parentId = unit.parentId;
    store.getState().edit((d) => deleteUnit(d, structure.id, unit.id), { label: t("unit.delete") });
    setConfirming(false);
    store.getState().selectUnit(parentId !== null && structure.units.has(parentId) ? parentId : null);
  };

  // A unit may hang under any unit but itself and its own sub-units.
  const parentOptions = [{ value: NONE, label: t("unit.top") }];
  for (const other of structure.units.values())
    if (!isUnitAncestor(structure.units, unit.id, other.id))
      parentOptions.push({ value: other.id, label: other.name });
  const childCount = unitChildren(structure.units).get(unit.id)?.length ?? 0;
  const parent = unit.parentId !== null ? structure.units.get(unit.parentId) : undefined;

  return (
    <div className="panel__body unit-panel" key={`${structure.id}/${unit.id}`}>
      <h2 className="panel__heading">
        <span className="panel__kind unit-panel__tier">{t(`tierShort.${unit.tier}`)}</span>
        <span className="panel__muted">{structure.name}</span>
      </h2>
      <p className="panel__title">{unit.name}</p>
      <TextField
        label={t("unit.name")}
        value={unit.name}
        maxLength={300}
        required
        onCommit={(name) => patch({ name })}
      />
      <TextField
        label={t("unit.shortName")}
        value={unit.shortName ?? ""}
        maxLength={MAX_SHORT_NAME}
        onCommit={(shortName) => patch({ shortName })}
      />
      <SelectField
        label={t("unit.tier")}
        value={unit.tier}
        options={UNIT_TIERS.map((tier) => ({ value: tier, label: t(`tier.${tier}`) }))}
        onChange={(tier) => patch({ tier })}
      />
      <SelectField
        label={t("unit.kind")}
        value={unit.kind ?? NONE}
        options={[
          { value: NONE, label: t("unitKind.none") },
          ...UNIT_KINDS.map((kind) => ({ value: kind, label: t(`unitKind.${kind}`) })),
        ]}
        onChange={(kind) => patch({ kind: kind === NONE ? undefined : (kind as Unit["kind"]) })}
      />
      <SelectField
        label={t("unit.retentionReason")}
        value={unit.retentionReason ?? NONE}
        options={[
          { value: NONE, label: t("retention.none") },
          ...RETENTION_REASONS.map((r) => ({ value: r, label: t(`retention.${r}`) })),
        ]}
        onChange={(r) => patch({ retentionReason: r === NONE ? undefined : (r as Unit["retentionReason"]) })}
      />
      <TextField
        label={t("unit.headcount")}
        value={unit.headcount === undefined ? "" : String(unit.headcount)}
        maxLength={7}
        onCommit={(text) => {
          const trimmed = text.trim();
          const value = Number(trimmed);
          if (trimmed === "") patch({ headcount: undefined });
          else if (Number.isInteger(value) && value >= 0) patch({ headcount: value });
        }}
      />
      <SelectField
        label={t("unit.parent")}
        value={unit.parentId ?? NONE}
        options={parentOptions}
        onChange={(id) => reparent(id === NONE ? null : id)}
      />
      <TextField
        label={t("unit.notes")}
        value={unit.notes ?? ""}
        maxLength={2000}
        multiline
        onCommit={(notes) => patch({ notes })}
      />
      <div className="unit-panel__actions">
        <button type="button" onClick={addChild}>
          {t("unit.addChild")}
        </button>
        <button type="button" onClick={() => setConfirming(true)}>
          {t("unit.delete")}
        </button>
      </div>
      {confirming && (
        <div className="unit-panel__confirm" role="alertdialog" aria-label={t("unit.delete")}>
          <p>
            {parent
              ? t("unit.confirmDelete", { name: unit.name, count: childCount, parent: parent.name })
              : t("unit.confirmDeleteTop", { name: unit.name, count: childCount })}
          </p>
          <button type="button" className="danger" onClick={remove}>
            {t("unit.confirmDeleteButton")}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t("structure.cancel")}
          </button>
        </div>
      )}
      <UnitAlignments doc={doc} structure={structure} unit={unit} />
      <UnitFindings doc={doc} structure={structure} unit={unit} />
    </div>
  );
}

function UnitAlignments({ doc, structure, unit }: { doc: PlanDocument; structure: Structure; unit: Unit }) {
  const t = useT();
  const store = useAppStoreApi();
  const rows = [...doc.alignments.values()].filter(
    (a) => a.structureId === structure.id && a.unitId === unit.id,
  );
  return (
    <>
      <h3 className="panel__subheading">{t("unit.owned")}</h3>
      {rows.length === 0 ? (
        <p className="panel__muted">{t("unit.ownedNone")}</p>
      ) : (
        <ul className="plain-list alignment-list">
          {rows.map((a) => {
            const node = doc.nodes.get(a.nodeId);
            const indicator = a.indicatorId
              ? node?.indicators?.find((i) => i.id === a.indicatorId)
              : undefined;
            return (
              <li key={a.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    store.getState().selectUnit(null);
                    store.getState().focusNode(a.nodeId);
                  }}
                >
                  {node?.code ? `${node.code} ` : ""}
                  {node?.name ?? a.nodeId}
                </button>
                <span className="panel__muted">
                  {" · "}
                  {t(`role.${a.role}`)}
                  {indicator ? ` · ${t("align.indicator", { name: indicator.name })}` : ""}
                </span>
                <button
                  type="button"
                  className="alignment-list__remove"
                  aria-label={t("align.removeLabel", { unit: node?.name ?? a.nodeId })}
                  title={t("align.remove")}
                  onClick={() =>
                    store.getState().edit((d) => removeAlignment(d, a.id), { label: t("align.remove") })
                  }
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

function UnitFindings({ doc, structure, unit }: { doc: PlanDocument; structure: Structure; unit: Unit }) {
  const t = useT();
  const findings = derivedFor(doc, structure.id)?.byUnit.get(unit.id) ?? [];
  if (findings.length === 0) return null;
  return (
    <>
      <h3 className="panel__subheading">{t("unit.findings")}</h3>
      <ul className="plain-list">
        {findings.map((f, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: findings have no ids; the list is rebuilt whole
          <li key={i} className={`finding-line finding-line--${f.severity}`}>
            <span className="finding-line__rule">{f.rule}</span> {findingText(doc, structure.id, f, t)}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The unit panel for the selected unit of the structure in view, or null. */
export function SelectedUnitPanel() {
  const doc = useApp((s) => s.doc);
  const structureId = useApp((s) => s.structureId);
  const unitId = useApp((s) => s.selectedUnitId);
  const structure = structureId !== null ? doc?.structures.get(structureId) : undefined;
  const unit = unitId !== null ? structure?.units.get(unitId) : undefined;
  if (!doc || !structure || !unit) return null;
  return <UnitPanel doc={doc} structure={structure} unit={unit} />;
}
