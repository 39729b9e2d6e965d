import { type RefObject, useEffect, useRef } from "react";

/**
 * A <dialog> shown as a modal while `open` is true and closed when it turns
 * false. The dialog's own `onClose` (Escape, a form's close) must report back,
 * so that `open` follows.
 */
export function useModalDialog(open: boolean): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return dialog;
}
