import { memo, useId, useState } from "react";
import { requestUnitFocus } from "../../canvas/structure/unitFocus";
import { alignmentsOfNode } from "../../domain/alignmentsByNode";
import { addAlignment, removeAlignment, updateAlignment } from "../../domain/structureOps";
import { ALIGNMENT_ROLES, type AlignmentRole, type Id, type PlanNode } from "../../domain/types";
import { useApp, useAppStoreApi } from "../../store/context";
import { useT } from "../../store/useT";
import { refusalText } from "./refusal";
import { searchUnits } from "./unitDefaults";
import "../../i18n/structureViews";
import { sameOwnedBox } from "./sameOwnedBox";

// In a node's side panel: its owners in the structure in view, each with a
// role that can be changed and a remove button, and a searchable unit picker
// to add one, for the whole box or for one of its indicators.

const WHOLE = "";
const MAX_SHOWN = 8;

// Memoised on what it reads of the box (its id and indicators): typing the box's
// name renders none of it again.
export const NodeOwnersEditor = memo(function NodeOwnersEditor({ node }: { node: PlanNode }) {
  const t = useT();
  const store = useAppStoreApi();
  const structure = useApp((s) =>
    s.structureId !== null ? s.doc?.structures.get(s.structureId) : undefined,
  );
  const alignments = useApp((s) => s.doc?.alignments);
  const [query, setQuery] = useState("");
  const [target, setTarget] = useState<Id>(WHOLE);
  const [role, setRole] = useState<AlignmentRole>("primary");
  const ids = { search: useId(), target: useId(), role: useId() };
  if (!structure || !alignments) return <p className="panel__muted">{t("align.noStructure")}</p>;

  const rows = alignmentsOfNode(alignments, node.id).filter((a) => a.structureId === structure.id);
  const matches = query.trim() === "" ? [] : searchUnits(structure, query);
  const indicatorName = (id: Id | undefined) => node.indicators?.find((i) => i.id === id)?.name;

  const add = (unitId: Id) => {
    const state = store.getState();
    const result = state.edit(
      (doc) =>
        addAlignment(doc, {
          structureId: structure.id,
          unitId,
          nodeId: node.id,
          role,
          ...(target !== WHOLE ? { indicatorId: target } : {}),
        }),
      { label: t("align.addOwner") },
    );
    if (result && !result.ok) state.pushMessage({ tone: "error", text: refusalText(result.reason, t) });
    else setQuery("");
  };

  return (
    <section className="owners-editor" aria-label={t("align.owners", { structure: structure.name })}>
      <h3 className="panel__subheading">{t("align.owners", { structure: structure.name })}</h3>
      <ul className="plain-list alignment-list">
        {rows.map((a) => {
          const unit = structure.units.get(a.unitId);
          const name = unit?.name ?? a.unitId;
          return (
            <li key={a.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  store.getState().select(null);
                  store.getState().selectUnit(a.unitId);
                  requestUnitFocus(a.unitId);
                }}
              >
                {name}
              </button>
              {a.indicatorId && (
                <span className="panel__muted">
                  {" "}
                  · {t("align.indicator", { name: indicatorName(a.indicatorId) ?? a.indicatorId })}
                </span>
              )}
              <select
                aria-label={`${t("align.roleLabel")}: ${name}`}
                value={a.role}
                onChange={(event) => {
                  const next = event.currentTarget.value as AlignmentRole;
                  const result = store.getState().edit((doc) => updateAlignment(doc, a.id, { role: next }), {
                    label: t("align.roleLabel"),
                  });
                  if (result && !result.ok)
                    store.getState().pushMessage({ tone: "error", text: refusalText(result.reason, t) });
                }}
              >
                {ALIGNMENT_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`role.${r}`)}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="alignment-list__remove"
                aria-label={t("align.removeLabel", { unit: name })}
                title={t("align.remove")}
                onClick={() =>
                  store.getState().edit((doc) => removeAlignment(doc, a.id), { label: t("align.remove") })
                }
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <div className="owners-editor__add">
        <label htmlFor={ids.search}>{t("align.addOwner")}</label>
        <input
          id={ids.search}
          type="search"
          placeholder={t("align.pickPlaceholder")}
          aria-label={t("align.pickUnit")}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
        <div className="owners-editor__options">
          <label htmlFor={ids.target}>{t("align.target")}</label>
          <select id={ids.target} value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
            <option value={WHOLE}>{t("align.wholeNode")}</option>
            {(node.indicators ?? []).map((i) => (
              <option key={i.id} value={i.id}>
                {t("align.indicator", { name: i.name })}
              </option>
            ))}
          </select>
          <label htmlFor={ids.role}>{t("align.roleLabel")}</label>
          <select
            id={ids.role}
            value={role}
            onChange={(e) => setRole(e.currentTarget.value as AlignmentRole)}
          >
            {ALIGNMENT_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </div>
        {query.trim() !== "" && (
          <ul className="owners-editor__matches" aria-label={t("align.pickUnit")}>
            {matches.length === 0 && <li className="panel__muted">{t("align.noMatch")}</li>}
            {matches.slice(0, MAX_SHOWN).map((unitId) => {
              const unit = structure.units.get(unitId)!;
              return (
                <li key={unitId}>
                  <button type="button" className="owners-editor__match" onClick={() => add(unitId)}>
                    <span>{unit.name}</span>
                    <span className="panel__muted"> · {t(`tierShort.${unit.tier}`)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}, sameOwnedBox);
