import { FREQUENCIES, type Indicator, type PlanNode, POLARITIES, type TargetValue } from "../../domain/types";
import { useApp } from "../../store/context";
import { useT } from "../../store/useT";
import { useTreeActions } from "./context";
import { SelectField, TextField } from "./fields";
import { editableNumber, parseTargetValue } from "./numbers";

/** The indicators of a node: add, remove, reorder, and every field with a target per year. */
export function IndicatorsEditor({ node }: { node: PlanNode }) {
  const t = useT();
  const actions = useTreeActions();
  const indicators = node.indicators ?? [];
  return (
    <div className="indicators-editor">
      {indicators.map((indicator, index) => (
        <IndicatorEditor
          key={indicator.id}
          node={node}
          indicator={indicator}
          index={index}
          count={indicators.length}
        />
      ))}
      <button type="button" onClick={() => actions.addIndicator(node.id)}>
        {t("editor.addIndicator")}
      </button>
    </div>
  );
}

function IndicatorEditor({
  node,
  indicator,
  index,
  count,
}: {
  node: PlanNode;
  indicator: Indicator;
  index: number;
  count: number;
}) {
  const t = useT();
  const actions = useTreeActions();
  const language = useApp((s) => s.language);
  const period = useApp((s) => s.doc?.meta.period);
  const nodeId = node.id;
  const indicatorId = indicator.id;
  const update = (field: string) => (value: string) =>
    actions.updateIndicator(nodeId, indicatorId, { [field]: value }, field);

  const years: string[] = [];
  if (period) for (let y = period.start; y <= period.end; y++) years.push(String(y));
  const outside = Object.keys(indicator.targets ?? {})
    .filter((y) => !years.includes(y))
    .sort();

  return (
    <section className="indicator indicator--edit" aria-label={indicator.name}>
      <div className="indicator__toolbar">
        <span className="indicator__index">{index + 1}</span>
        <button
          type="button"
          aria-label={t("editor.moveUp")}
          title={t("editor.moveUp")}
          disabled={index === 0}
          onClick={() => actions.moveIndicator(nodeId, indicatorId, index - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={t("editor.moveDown")}
          title={t("editor.moveDown")}
          disabled={index === count - 1}
          onClick={() => actions.moveIndicator(nodeId, indicatorId, index + 1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="indicator__remove"
          onClick={() => actions.removeIndicator(nodeId, indicatorId)}
        >
          {t("editor.removeIndicator")}
        </button>
      </div>
      <TextField
        label={t("editor.indicatorName")}
        value={indicator.name}
        multiline
        maxLength={2000}
        hint={t("editor.nameRequired")}
        onChange={(value) =>
          value.trim() === "" ? false : actions.updateIndicator(nodeId, indicatorId, { name: value }, "name")
        }
      />
      <div className="form-row">
        <TextField
          label={t("editor.indicatorCode")}
          value={indicator.code ?? ""}
          maxLength={64}
          onChange={update("code")}
        />
        <TextField
          label={t("panel.indicator.unit")}
          value={indicator.unit ?? ""}
          maxLength={100}
          onChange={update("unit")}
        />
      </div>
      <div className="form-row">
        <SelectField
          label={t("panel.indicator.polarity")}
          value={indicator.polarity}
          noneLabel={t("editor.none")}
          options={POLARITIES.map((p) => ({ value: p, label: t(`polarity.${p}`) }))}
          onChange={(polarity) => actions.updateIndicator(nodeId, indicatorId, { polarity }, "polarity")}
        />
        <SelectField
          label={t("panel.indicator.frequency")}
          value={indicator.frequency}
          noneLabel={t("editor.none")}
          options={FREQUENCIES.map((f) => ({ value: f, label: t(`frequency.${f}`) }))}
          onChange={(frequency) => actions.updateIndicator(nodeId, indicatorId, { frequency }, "frequency")}
        />
      </div>
      <label className="form-check">
        <input
          type="checkbox"
          checked={indicator.key === true}
          onChange={(e) =>
            actions.updateIndicator(nodeId, indicatorId, { key: e.currentTarget.checked || undefined }, "key")
          }
        />
        {t("panel.indicator.key")}
      </label>
      <div className="form-row">
        <TextField
          label={t("editor.baselineYear")}
          value={indicator.baseline ? String(indicator.baseline.year) : ""}
          maxLength={4}
          onChange={(text) => {
            const year = Number.parseInt(text, 10);
            if (text.trim() === "")
              return actions.updateIndicator(nodeId, indicatorId, { baseline: undefined }, "baseline");
            if (!/^\d{4}$/.test(text.trim())) return false;
            const value = indicator.baseline?.value ?? 0;
            return actions.updateIndicator(nodeId, indicatorId, { baseline: { year, value } }, "baseline");
          }}
        />
        <TextField
          label={t("editor.baselineValue")}
          value={showValue(indicator.baseline?.value, language)}
          maxLength={100}
          onChange={(text) => {
            const value = parseTargetValue(text, language);
            if (value === undefined) return false;
            const year = indicator.baseline?.year ?? (period ? period.start - 1 : new Date().getFullYear());
            return actions.updateIndicator(nodeId, indicatorId, { baseline: { year, value } }, "baseline");
          }}
        />
      </div>
      <table className="targets targets--edit">
        <caption>{t("panel.indicator.targets")}</caption>
        <thead>
          <tr>
            {[...years, ...outside].map((y) => (
              <th
                key={y}
                scope="col"
                className={years.includes(y) ? "" : "is-outside"}
                title={years.includes(y) ? undefined : t("editor.outsidePeriod")}
              >
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {[...years, ...outside].map((y) => (
              <td key={y}>
                <TargetCell
                  label={t("editor.targetFor", { year: y })}
                  value={indicator.targets?.[y]}
                  language={language}
                  onChange={(value) => actions.setTarget(nodeId, indicatorId, y, value)}
                />
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <TextField
        label={t("panel.indicator.definition")}
        value={indicator.definition ?? ""}
        multiline
        maxLength={2000}
        onChange={update("definition")}
      />
      <TextField
        label={t("panel.indicator.formula")}
        value={indicator.formula ?? ""}
        multiline
        maxLength={2000}
        onChange={update("formula")}
      />
      <TextField
        label={t("panel.indicator.dataSource")}
        value={indicator.dataSource ?? ""}
        maxLength={300}
        onChange={update("dataSource")}
      />
    </section>
  );
}

function showValue(value: TargetValue | undefined, language: "en" | "id"): string {
  if (value === undefined) return "";
  return typeof value === "number" ? editableNumber(value, language) : value;
}

function TargetCell({
  label,
  value,
  language,
  onChange,
}: {
  label: string;
  value: TargetValue | undefined;
  language: "en" | "id";
  onChange: (value: TargetValue | undefined) => boolean;
}) {
  return (
    <input
      className="target-cell"
      aria-label={label}
      defaultValue={showValue(value, language)}
      key={showValue(value, language)}
      maxLength={100}
      onBlur={(e) => {
        const parsed = parseTargetValue(e.currentTarget.value, language);
        if (parsed !== value) onChange(parsed);
      }}
      onKeyDown={(e) => {
        if (e.key === "Enter") e.currentTarget.blur();
      }}
    />
  );
}
