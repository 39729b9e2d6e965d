import { useState } from "react";
import { useT } from "../store/useT";

/** Long text shown in a few lines, with a button to read all of it. */
export function ExpandableText({ text, lines = 6 }: { text: string; lines?: number }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const long = text.length > lines * 45 || text.split("\n").length > lines;
  if (!long) return <>{text}</>;
  return (
    <>
      <span
        className={open ? "expandable" : "expandable is-clamped"}
        style={{ WebkitLineClamp: open ? "none" : lines }}
      >
        {text}
      </span>
      <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t("panel.showLess") : t("panel.showMore")}
      </button>
    </>
  );
}
