import { useEffect, useState } from "react";
import type { PlanDocument } from "../../domain/types";
import { useApp } from "../../store/context";
import { useT } from "../../store/useT";
import { useTreeActions } from "./context";
import { SelectField, TextField } from "./fields";

/** Title, organisation, period and language of the open document. */
export function DocumentEditor({ doc }: { doc: PlanDocument }) {
  const t = useT();
  const actions = useTreeActions();
  const pushMessage = useApp((s) => s.pushMessage);
  const { meta } = doc;
  const [start, setStart] = useState(String(meta.period.start));
  const [end, setEnd] = useState(String(meta.period.end));
  const [periodError, setPeriodError] = useState(false);
  // Follow the period when it changes from elsewhere (undo).
  useEffect(() => {
    setStart(String(meta.period.start));
    setEnd(String(meta.period.end));
  }, [meta.period.start, meta.period.end]);

  const commitPeriod = (startText: string, endText: string) => {
    const s = Number.parseInt(startText, 10);
    const e = Number.parseInt(endText, 10);
    const valid =
      /^\d{4}$/.test(startText) &&
      /^\d{4}$/.test(endText) &&
      e >= s &&
      e - s + 1 <= 25 &&
      s >= 1945 &&
      e <= 2200;
    setPeriodError(!valid);
    if (!valid || (s === meta.period.start && e === meta.period.end)) return;
    actions.updateMeta({ period: { start: s, end: e } }, "period");
    // Targets outside the new period stay in the document; say so, so nothing seems lost.
    let outside = 0;
    for (const node of doc.nodes.values()) {
      for (const indicator of node.indicators ?? []) {
        for (const year of Object.keys(indicator.targets ?? {})) {
          const y = Number(year);
          if (y < s || y > e) outside++;
        }
      }
    }
    if (outside > 0)
      pushMessage({
        tone: "info",
        text: t("editor.periodKept", { count: outside, start: String(s), end: String(e) }),
      });
  };

  return (
    <div className="node-editor">
      <TextField
        label={t("editor.title")}
        value={meta.title}
        maxLength={300}
        hint={t("editor.nameRequired")}
        onChange={(title) => {
          if (title.trim() === "") return false;
          actions.updateMeta({ title }, "title");
          return true;
        }}
      />
      <TextField
        label={t("editor.organization")}
        value={meta.organization ?? ""}
        maxLength={300}
        onChange={(organization) => {
          actions.updateMeta({ organization: organization || undefined }, "organization");
          return true;
        }}
      />
      <div className="form-row">
        <div className="form-field">
          <label htmlFor="period-start">{t("editor.periodStart")}</label>
          <input
            id="period-start"
            inputMode="numeric"
            maxLength={4}
            value={start}
            aria-invalid={periodError || undefined}
            onChange={(e) => setStart(e.currentTarget.value)}
            onBlur={() => commitPeriod(start, end)}
          />
        </div>
        <div className="form-field">
          <label htmlFor="period-end">{t("editor.periodEnd")}</label>
          <input
            id="period-end"
            inputMode="numeric"
            maxLength={4}
            value={end}
            aria-invalid={periodError || undefined}
            onChange={(e) => setEnd(e.currentTarget.value)}
            onBlur={() => commitPeriod(start, end)}
          />
        </div>
      </div>
      {periodError && (
        <p className="form-field__hint" role="alert">
          {t("editor.periodInvalid")}
        </p>
      )}
      <SelectField
        label={t("editor.language")}
        value={meta.language}
        noneLabel={t("editor.none")}
        options={[
          { value: "id", label: "Bahasa Indonesia" },
          { value: "en", label: "English" },
        ]}
        onChange={(language) => actions.updateMeta({ language }, "language")}
      />
      <TextField
        label={t("panel.notes")}
        value={meta.notes ?? ""}
        multiline
        maxLength={20000}
        onChange={(notes) => {
          actions.updateMeta({ notes: notes || undefined }, "notes");
          return true;
        }}
      />
    </div>
  );
}
