import { memo, useState } from "react";
import {
  type Baseline,
  FREQUENCIES,
  type Id,
  type Indicator,
  type PlanNode,
  POLARITIES,
  type TargetValue,
} from "../../domain/types";
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
          nodeId={node.id}
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

// Memoised: typing a box's name (or any field but this indicator's) renders none
// of its indicators' fields and target grids again.
const IndicatorEditor = memo(function IndicatorEditor({
  nodeId,
  indicator,
  index,
  count,
}: {
  nodeId: Id;
  indicator: Indicator;
  index: number;
  count: number;
}) {
  const t = useT();
  const actions = useTreeActions();
  const language = useApp((s) => s.language);
  const period = useApp((s) => s.doc?.meta.period);
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
      <BaselineEditor
        key={indicator.baseline ? `${indicator.baseline.year}:${indicator.baseline.value}` : "none"}
        baseline={indicator.baseline}
        language={language}
        onChange={(baseline) => actions.updateIndicator(nodeId, indicatorId, { baseline }, "baseline")}
      />
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
});

/**
 * Year and value of the baseline, stored together when the user leaves either
 * field with both filled in (the format needs both), removed when both are
 * emptied. Nothing is invented for the half not yet typed.
 */
function BaselineEditor({
  baseline,
  language,
  onChange,
}: {
  baseline: Baseline | undefined;
  language: "en" | "id";
  onChange: (baseline: Baseline | undefined) => boolean;
}) {
  const t = useT();
  const [year, setYear] = useState(baseline ? String(baseline.year) : "");
  const [value, setValue] = useState(showValue(baseline?.value, language));
  const [incomplete, setIncomplete] = useState(false);
  const commit = () => {
    const y = year.trim();
    const parsed = parseTargetValue(value, language);
    if (y === "" && parsed === undefined) {
      setIncomplete(false);
      if (baseline) onChange(undefined);
      return;
    }
    const yearNumber = Number(y);
    if (!/^\d{4}$/.test(y) || yearNumber < 1945 || yearNumber > 2200 || parsed === undefined) {
      setIncomplete(true);
      return;
    }
    setIncomplete(false);
    if (baseline?.year !== yearNumber || baseline?.value !== parsed)
      onChange({ year: yearNumber, value: parsed });
  };
  return (
    <>
      <div className="form-row">
        <div className="form-field">
          <label>
            {t("editor.baselineYear")}
            <input
              inputMode="numeric"
              maxLength={4}
              value={year}
              aria-invalid={incomplete || undefined}
              onChange={(e) => setYear(e.currentTarget.value)}
              onBlur={commit}
            />
          </label>
        </div>
        <div className="form-field">
          <label>
            {t("editor.baselineValue")}
            <input
              maxLength={100}
              value={value}
              aria-invalid={incomplete || undefined}
              onChange={(e) => setValue(e.currentTarget.value)}
              onBlur={commit}
            />
          </label>
        </div>
      </div>
      {incomplete && (
        <p className="form-field__hint" role="alert">
          {t("editor.baselineIncomplete")}
        </p>
      )}
    </>
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
        // Passing through a cell changes nothing: only a text the user changed is read.
        if (e.currentTarget.value === e.currentTarget.defaultValue) return;
        const parsed = parseTargetValue(e.currentTarget.value, language);
        if (parsed !== value) onChange(parsed);
      }}
      onKeyDown={(e) => {
        if (e.key === "Enter") e.currentTarget.blur();
      }}
    />
  );
}
