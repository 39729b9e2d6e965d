import { useApp } from "../store/context";
import { useT } from "../store/useT";
import { useCommands } from "./commands";

export function SaveIndicator() {
  const t = useT();
  const commands = useCommands();
  const save = useApp((s) => s.save);
  if (save.state === "error") {
    return (
      <div className="save save--error" role="alert">
        <span>{t("save.error", { reason: save.reason ?? "?" })}</span>
        <button type="button" onClick={() => void commands.retrySave()}>
          {t("save.retryNow")}
        </button>
      </div>
    );
  }
  const key =
    save.state === "saved" ? "save.saved" : save.state === "saving" ? "save.saving" : "save.pending";
  return (
    <output className={`save save--${save.state}`} aria-live="polite">
      {t(key)}
    </output>
  );
}
