import { useEffect, useState } from "react";
import { formatDateTime } from "../../i18n/translate";
import { isQuotaProblem } from "../../persistence/browserStorage";
import { useApp } from "../../store/context";
import { useT } from "../../store/useT";
import { type BackupReminderState, useSafety } from "./context";

// Banners under the top bar that protect the user's work: this tab is paused
// because another tab changed the document, or a newer Selaras upgraded the
// storage; the latest changes could not be saved (storage full or refused);
// a backup (Export JSON) is due. Each says what happened and offers the way out.

export function SafetyBanners() {
  return (
    <>
      <TabBanner />
      <SaveProblem />
      <BackupReminder />
    </>
  );
}

function TabBanner() {
  const t = useT();
  const safety = useSafety();
  const readOnly = useApp((s) => s.readOnly);
  const saveState = useApp((s) => s.save.state);
  if (!safety || readOnly === null) return null;
  if (readOnly === "upgraded") {
    return (
      <div className="banner banner--safety" role="alert">
        <p>{saveState === "saved" ? t("tabs.upgraded") : t("tabs.upgradedUnsaved")}</p>
        <div className="banner__actions">
          {saveState !== "saved" && (
            <button type="button" onClick={() => safety.exportCopy()}>
              {t("storage.exportCopy")}
            </button>
          )}
          <button type="button" className="primary" onClick={() => safety.reloadPage()}>
            {t("tabs.reloadPage")}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="banner banner--safety" role="alert">
      <p>{readOnly === "deletedElsewhere" ? t("tabs.deletedElsewhere") : t("tabs.changedElsewhere")}</p>
      <div className="banner__actions">
        {readOnly === "changedElsewhere" && (
          <button type="button" title={t("tabs.reloadTitle")} onClick={() => void safety.reloadStored()}>
            {t("tabs.reload")}
          </button>
        )}
        <button type="button" title={t("tabs.takeOverTitle")} onClick={() => void safety.takeOver()}>
          {t("tabs.takeOver")}
        </button>
        <button type="button" title={t("tabs.keepCopyTitle")} onClick={() => void safety.keepMineAsCopy()}>
          {t("tabs.keepCopy")}
        </button>
      </div>
    </div>
  );
}

/** A save that failed (and is being retried): say plainly what it means and offer the export. */
function SaveProblem() {
  const t = useT();
  const safety = useSafety();
  const save = useApp((s) => s.save);
  const readOnly = useApp((s) => s.readOnly);
  if (!safety || save.state !== "error" || readOnly !== null) return null;
  return (
    <div className="banner banner--safety" role="alert">
      <p>
        {isQuotaProblem(save.reason)
          ? t("storage.full")
          : t("storage.saveFailed", { reason: save.reason ?? "?" })}
      </p>
      <div className="banner__actions">
        <button type="button" className="primary" onClick={() => safety.exportCopy()}>
          {t("storage.exportCopy")}
        </button>
      </div>
    </div>
  );
}

function BackupReminder() {
  const t = useT();
  const safety = useSafety();
  const language = useApp((s) => s.language);
  const documentId = useApp((s) => s.documentId);
  const saved = useApp((s) => s.save.state === "saved");
  const [state, setState] = useState<BackupReminderState | null>(null);

  // Checked when a document opens and after each save (one settings read).
  useEffect(() => {
    if (!safety || !documentId || !saved) return;
    let live = true;
    void safety.backupReminder(documentId).then((next) => live && setState(next));
    return () => {
      live = false;
    };
  }, [safety, documentId, saved]);

  if (!safety || !documentId || !state?.due) return null;
  const when =
    state.lastExportAt === null
      ? t("backup.never")
      : `${formatDateTime(language, state.lastExportAt)} (${t("backup.daysAgo", { count: state.days })})`;
  return (
    <div className="banner banner--backup" role="status">
      <p>{t("backup.reminder", { when })}</p>
      <div className="banner__actions">
        <button
          type="button"
          className="primary"
          onClick={() => {
            safety.exportCopy();
            setState({ ...state, due: false });
          }}
        >
          {t("storage.exportCopy")}
        </button>
        <button
          type="button"
          onClick={() => {
            setState({ ...state, due: false });
            void safety.putOffBackupReminder(documentId);
          }}
        >
          {t("backup.later")}
        </button>
      </div>
    </div>
  );
}
