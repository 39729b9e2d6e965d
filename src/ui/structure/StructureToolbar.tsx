import { useEffect, useRef, useState } from "react";
import { requestUnitFocus } from "../../canvas/structure/unitFocus";
import { draftStructureFromTree, freeStructureId } from "../../domain/draftStructure";
import {
  addUnit,
  createStructure,
  deleteStructure,
  duplicateStructure,
  updateStructure,
} from "../../domain/structureOps";
import { STRUCTURE_ROLES, type StructureRole } from "../../domain/types";
import { useApp, useAppStoreApi } from "../../store/context";
import { useT } from "../../store/useT";
import { refusalText } from "./refusal";
import { childTier, newUnitParent } from "./unitDefaults";
import "../../i18n/structureViews";

// The structure toolbar of the Structure and Alignment views: which structure
// is in view and its role, and create / duplicate / rename / delete / draft from
// the tree. Every change is one undo step.

export function StructureToolbar({ unitTools = false }: { unitTools?: boolean }) {
  const t = useT();
  const store = useAppStoreApi();
  const structures = useApp((s) => s.doc?.structures);
  const structureId = useApp((s) => s.structureId);
  const setStructure = useApp((s) => s.setStructure);
  const structure = structureId !== null ? structures?.get(structureId) : undefined;
  const [mode, setMode] = useState<"idle" | "rename" | "delete">("idle");

  const fail = (reason: Parameters<typeof refusalText>[0]) =>
    store.getState().pushMessage({ tone: "error", text: refusalText(reason, t) });

  const create = () => {
    const result = store
      .getState()
      .edit((doc) => createStructure(doc, { name: t("structure.newName"), role: "proposed" }), {
        label: t("structure.new"),
      });
    if (result?.ok) {
      setStructure(result.id);
      setMode("rename");
    } else if (result) fail(result.reason);
  };
  const duplicate = () => {
    if (!structure) return;
    const result = store
      .getState()
      .edit(
        (doc) =>
          duplicateStructure(doc, structure.id, { name: t("structure.copyOf", { name: structure.name }) }),
        {
          label: t("structure.duplicate"),
        },
      );
    if (result?.ok) setStructure(result.id);
    else if (result) fail(result.reason);
  };
  const draft = () => {
    const state = store.getState();
    const doc = state.doc;
    if (!doc) return;
    const id = freeStructureId(doc, "draft");
    const name = t("structure.draftName");
    state.updateDocument(
      (d) =>
        draftStructureFromTree(d, {
          structureId: id,
          name,
          idPrefix: `${id}-`,
          now: new Date().toISOString(),
          names: {
            minister: t("structure.draftMinister"),
            unitPrefix: t("structure.draftUnit"),
            functionalGroupPrefix: t("structure.draftGroup"),
          },
        }),
      { label: t("structure.draft") },
    );
    const units = store.getState().doc?.structures.get(id)?.units.size ?? 0;
    setStructure(id);
    state.pushMessage({ tone: "success", text: t("structure.drafted", { name, units }) });
  };
  const addUnitHere = () => {
    const state = store.getState();
    if (!structure) return;
    const parentId = newUnitParent(structure, state.selectedUnitId);
    const parentTier = parentId !== null ? structure.units.get(parentId)?.tier : undefined;
    const result = state.edit(
      (doc) => addUnit(doc, structure.id, { parentId, name: t("unit.newName"), tier: childTier(parentTier) }),
      { label: t("structure.addTop") },
    );
    if (result?.ok) {
      state.select(null);
      state.selectUnit(result.id);
      requestUnitFocus(result.id);
    } else if (result) fail(result.reason);
  };

  const alignments = useApp((s) => {
    if (!s.doc || s.structureId === null) return 0;
    let count = 0;
    for (const a of s.doc.alignments.values()) if (a.structureId === s.structureId) count++;
    return count;
  });

  return (
    <div className="structure-toolbar" role="toolbar" aria-label={t("structure.toolbar")}>
      <label className="structure-toolbar__field">
        <span>{t("structure.picker")}</span>
        <select
          value={structureId ?? ""}
          onChange={(event) => {
            setStructure(event.currentTarget.value);
            setMode("idle");
          }}
          disabled={!structures || structures.size === 0}
        >
          {(!structures || structures.size === 0) && <option value="">{t("structure.none")}</option>}
          {[...(structures?.values() ?? [])].map((s) => (
            <option key={s.id} value={s.id}>
              {`${s.name} (${t(`structureRole.${s.role}`)})`}
            </option>
          ))}
        </select>
      </label>
      {structure && (
        <label className="structure-toolbar__field">
          <span>{t("structure.role")}</span>
          <select
            value={structure.role}
            onChange={(event) => {
              const role = event.currentTarget.value as StructureRole;
              store
                .getState()
                .edit((doc) => updateStructure(doc, structure.id, { role }), { label: t("structure.role") });
            }}
          >
            {STRUCTURE_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`structureRole.${role}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="button" onClick={create}>
        {t("structure.new")}
      </button>
      <button type="button" onClick={duplicate} disabled={!structure}>
        {t("structure.duplicate")}
      </button>
      <button type="button" onClick={() => setMode("rename")} disabled={!structure}>
        {t("structure.rename")}
      </button>
      <button type="button" onClick={() => setMode("delete")} disabled={!structure}>
        {t("structure.delete")}
      </button>
      <button type="button" onClick={draft}>
        {t("structure.draft")}
      </button>
      {unitTools && structure && (
        <button type="button" className="primary" onClick={addUnitHere}>
          {t("structure.addTop")}
        </button>
      )}
      {mode === "rename" && structure && (
        <RenameForm
          key={structure.id}
          name={structure.name}
          basis={structure.basis ?? ""}
          onCancel={() => setMode("idle")}
          onSave={(name, basis) => {
            const result = store
              .getState()
              .edit((doc) => updateStructure(doc, structure.id, { name, basis }), {
                label: t("structure.rename"),
              });
            if (result && !result.ok) fail(result.reason);
            else setMode("idle");
          }}
        />
      )}
      {mode === "delete" && structure && (
        <div className="structure-toolbar__confirm" role="alertdialog" aria-label={t("structure.delete")}>
          <p>
            {t("structure.confirmDelete", { name: structure.name, units: structure.units.size, alignments })}
          </p>
          <button
            type="button"
            className="danger"
            onClick={() => {
              const name = structure.name;
              const result = store
                .getState()
                .edit((doc) => deleteStructure(doc, structure.id), { label: t("structure.delete") });
              setMode("idle");
              if (result?.ok)
                store.getState().pushMessage({ tone: "info", text: t("structure.deleted", { name }) });
            }}
          >
            {t("structure.confirmDeleteButton", { name: structure.name })}
          </button>
          <button type="button" onClick={() => setMode("idle")}>
            {t("structure.cancel")}
          </button>
        </div>
      )}
    </div>
  );
}

function RenameForm({
  name,
  basis,
  onSave,
  onCancel,
}: {
  name: string;
  basis: string;
  onSave: (name: string, basis: string) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [draftName, setDraftName] = useState(name);
  const [draftBasis, setDraftBasis] = useState(basis);
  const nameInput = useRef<HTMLInputElement>(null);
  // The form opens on request (Rename, or right after New structure): type the name at once.
  useEffect(() => nameInput.current?.select(), []);
  return (
    <form
      className="structure-toolbar__rename"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(draftName, draftBasis);
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
    >
      <label>
        <span>{t("structure.renamePrompt")}</span>
        <input
          value={draftName}
          maxLength={300}
          ref={nameInput}
          onChange={(e) => setDraftName(e.currentTarget.value)}
        />
      </label>
      <label>
        <span>{t("structure.basis")}</span>
        <input value={draftBasis} maxLength={2000} onChange={(e) => setDraftBasis(e.currentTarget.value)} />
      </label>
      <button type="submit" className="primary">
        {t("structure.save")}
      </button>
      <button type="button" onClick={onCancel}>
        {t("structure.cancel")}
      </button>
    </form>
  );
}
