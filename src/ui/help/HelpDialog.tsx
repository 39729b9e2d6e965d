import { Fragment } from "react";
import { helpTranslator } from "../../i18n/helpDialog";
import { useTranslator } from "../../store/useT";
import { useModalDialog } from "../useModalDialog";
import { SHORTCUT_GROUPS } from "./shortcutList";

/** The help sheet: every keyboard shortcut by where it works, and the tour to start again. */
export function HelpDialog({
  open,
  onClose,
  onStartTour,
}: {
  open: boolean;
  onClose: () => void;
  onStartTour: () => void;
}) {
  const t = useTranslator(helpTranslator);
  const dialog = useModalDialog(open);

  return (
    <dialog ref={dialog} className="dialog help-dialog" aria-labelledby="help-title" onClose={onClose}>
      <div className="dialog__header">
        <h2 id="help-title">{t("help.title")}</h2>
        <span className="help-dialog__actions">
          <button type="button" onClick={onStartTour}>
            {t("help.startTour")}
          </button>
          <button type="button" onClick={onClose}>
            {t("help.close")}
          </button>
        </span>
      </div>
      {open && (
        <>
          <p className="help-dialog__intro">{t("help.intro")}</p>
          <div className="help-dialog__groups">
            {SHORTCUT_GROUPS.map((group) => (
              <table key={group.title} className="shortcut-table">
                <caption>{t(group.title)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("help.keys")}</th>
                    <th scope="col">{t("help.does")}</th>
                  </tr>
                </thead>
                <tbody>
                  {group.rows.map((row) => (
                    <tr key={row.does + row.keys.join()}>
                      <td>
                        {row.keys.map((key, i) => (
                          <Fragment key={key}>
                            {i > 0 && " "}
                            <kbd>{key}</kbd>
                          </Fragment>
                        ))}
                      </td>
                      <td>{t(row.does)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ))}
          </div>
          <p className="help-dialog__basis">{t("help.basis")}</p>
        </>
      )}
    </dialog>
  );
}
