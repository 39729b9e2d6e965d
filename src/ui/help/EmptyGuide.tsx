import { useRef } from "react";
import { helpTranslator } from "../../i18n/helpDialog";
import { useApp } from "../../store/context";
import { useTranslator } from "../../store/useT";
import { useCommands } from "../commands";
import { useTreeActions } from "../editing/context";

/**
 * What a blank document shows instead of an empty canvas: how to start. The
 * sample opens as an import (a new document), so the blank one stays as it is.
 */
export function EmptyGuide() {
  const t = useTranslator(helpTranslator);
  const actions = useTreeActions();
  const commands = useCommands();
  const empty = useApp((s) => s.doc !== null && s.doc.nodes.size === 0);
  const fileInput = useRef<HTMLInputElement>(null);
  if (!empty) return null;

  const openSample = async () => {
    const { default: text } = await import("../../sample/kemensos-2020-2024.json?raw");
    await commands.importFile(new File([text], "kemensos-2020-2024.json", { type: "application/json" }));
  };

  return (
    <section className="empty-guide" aria-labelledby="empty-guide-title">
      <h2 id="empty-guide-title">{t("empty.title")}</h2>
      <p>{t("empty.text")}</p>
      <div className="empty-guide__actions">
        <button type="button" className="primary" onClick={() => actions.addChild(null, "goal")}>
          {t("empty.addGoal")}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t("empty.import")}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = "";
            if (file) void commands.importFile(file);
          }}
        />
        <button type="button" onClick={() => void openSample()}>
          {t("empty.sample")}
        </button>
      </div>
      <p className="empty-guide__hint">{t("empty.hint")}</p>
    </section>
  );
}
