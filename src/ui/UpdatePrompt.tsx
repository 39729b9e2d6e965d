import { useAppUpdate } from "../store/appUpdate";
import { useT } from "../store/useT";

/**
 * "A new version is available — Reload", shown once a newer build of the app is
 * installed and waiting. Reload stores the open document first; if it cannot be
 * stored, the page stays as it is and says why.
 */
export function UpdatePrompt() {
  const t = useT();
  const status = useAppUpdate((s) => s.status);
  const apply = useAppUpdate((s) => s.apply);
  if (status === "idle") return null;
  return (
    <div className={`update-prompt${status === "unsaved" ? " is-error" : ""}`} role="status">
      <span>
        {status === "saving" ? t("update.saving") : t("update.available")}
        {status === "unsaved" && <> {t("update.unsaved")}</>}
      </span>
      <button type="button" className="primary" disabled={status === "saving"} onClick={() => void apply()}>
        {t("update.reload")}
      </button>
    </div>
  );
}
