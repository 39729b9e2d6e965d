import { NODE_KINDS, NODE_STATUSES, PERSPECTIVES, type PlanNode, PROGRAM_TYPES } from "../../domain/types";
import { useApp } from "../../store/context";
import { useT } from "../../store/useT";
import { useTreeActions } from "./context";
import { SelectField, TextField } from "./fields";

/** Every field of a node, edited in place. Typing in one field is one undo step. */
export function NodeEditor({ node }: { node: PlanNode }) {
  const t = useT();
  const actions = useTreeActions();
  const renameSeq = useApp((s) =>
    s.renameRequest?.id === node.id && s.renameRequest.where === "panel" ? s.renameRequest.seq : 0,
  );
  const id = node.id;
  const text = (field: "code" | "statement" | "source" | "notes") => (value: string) =>
    actions.updateNode(id, { [field]: value }, field);

  return (
    <div className="node-editor">
      <TextField
        label={t("panel.name")}
        value={node.name}
        multiline
        maxLength={2000}
        focusSeq={renameSeq}
        hint={t("editor.nameRequired")}
        onChange={(value) => (value.trim() === "" ? false : actions.updateNode(id, { name: value }, "name"))}
      />
      <div className="form-row">
        <TextField label={t("panel.code")} value={node.code ?? ""} maxLength={64} onChange={text("code")} />
        <SelectField
          label={t("panel.kind")}
          value={node.kind}
          options={NODE_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          onChange={(kind) => kind && actions.updateNode(id, { kind }, "kind")}
        />
      </div>
      <TextField
        label={t("panel.statement")}
        value={node.statement ?? ""}
        multiline
        maxLength={2000}
        onChange={text("statement")}
      />
      <div className="form-row">
        <SelectField
          label={t("panel.perspective")}
          value={node.perspective}
          noneLabel={t("editor.none")}
          options={PERSPECTIVES.map((p) => ({ value: p, label: t(`perspective.${p}`) }))}
          onChange={(perspective) => actions.updateNode(id, { perspective }, "perspective")}
        />
        <SelectField
          label={t("panel.status")}
          value={node.status}
          noneLabel={t("editor.none")}
          options={NODE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          onChange={(status) => actions.updateNode(id, { status }, "status")}
        />
      </div>
      {(node.kind === "program" || node.programType) && (
        <SelectField
          label={t("panel.programType")}
          value={node.programType}
          noneLabel={t("editor.none")}
          options={PROGRAM_TYPES.map((p) => ({ value: p, label: t(`programType.${p}`) }))}
          onChange={(programType) => actions.updateNode(id, { programType }, "programType")}
        />
      )}
      <TextField
        label={t("panel.source")}
        value={node.source ?? ""}
        multiline
        maxLength={2000}
        onChange={text("source")}
      />
      <TextField
        label={t("panel.notes")}
        value={node.notes ?? ""}
        multiline
        maxLength={2000}
        onChange={text("notes")}
      />
    </div>
  );
}
