import { type ComponentType, useState } from "react";
import { useApp } from "../../store/context";
import { useT } from "../../store/useT";

// The top-bar entry to the spreadsheet exchange. Only this button is in the
// first download: the dialog, with the zip and XML code, loads on first use.

type DialogComponent = ComponentType<{ onClose: () => void }>;

export function SpreadsheetsButton() {
  const t = useT();
  const pushMessage = useApp((s) => s.pushMessage);
  const [Dialog, setDialog] = useState<DialogComponent | null>(null);
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);

  const show = () => {
    if (Dialog) {
      setOpen(true);
      return;
    }
    setLoading(true);
    import("./SpreadsheetsDialog")
      .then((module) => {
        setDialog(() => module.SpreadsheetsDialog);
        setOpen(true);
      })
      .catch(() => pushMessage({ tone: "error", text: t("sheets.loadFailed") }))
      .finally(() => setLoading(false));
  };

  return (
    <>
      <button type="button" onClick={show} aria-haspopup="dialog" aria-busy={loading || undefined}>
        {loading ? t("sheets.loading") : t("sheets.button")}
      </button>
      {open && Dialog && <Dialog onClose={() => setOpen(false)} />}
    </>
  );
}
