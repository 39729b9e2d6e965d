import { useCallback, useEffect, useRef, useState } from "react";
import { formatDateTime, formatNumber, type Language } from "../../i18n/translate";
import { versionsTranslator } from "../../i18n/versionsDialog";
import { MAX_AUTOMATIC_VERSIONS } from "../../persistence/versions";
import { useApp } from "../../store/context";
import { useTranslator } from "../../store/useT";
import { useCommands } from "../commands";
import { useModalDialog } from "../useModalDialog";
import type { VersionListItem } from "./versionCommands";

// The saved versions of the open document: save one with a note, and for each
// version compare, restore or delete (restore and delete ask first, naming the
// version by its time).

export function VersionsDialog() {
  const t = useTranslator(versionsTranslator);
  const open = useApp((s) => s.versionsOpen);
  const setOpen = useApp((s) => s.setVersionsOpen);
  const title = useApp((s) => s.doc?.meta.title ?? "");
  const dialog = useModalDialog(open);

  return (
    <dialog
      ref={dialog}
      className="dialog versions-dialog"
      aria-labelledby="versions-title"
      onClose={() => setOpen(false)}
    >
      <div className="dialog__header">
        <h2 id="versions-title">{t("versions.title", { title })}</h2>
        <button type="button" onClick={() => setOpen(false)}>
          {t("versions.close")}
        </button>
      </div>
      {open && <VersionsBody />}
    </dialog>
  );
}

/** A size in the planner's terms: kB below a megabyte, MB above. */
export function formatSize(language: Language, bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatNumber(language, Math.max(1, Math.round(bytes / 1024)))} kB`;
  return `${formatNumber(language, Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`;
}

type Mode = { kind: "idle" } | { kind: "restore"; id: string } | { kind: "delete"; id: string };

function VersionsBody() {
  const t = useTranslator(versionsTranslator);
  const commands = useCommands();
  const language = useApp((s) => s.language);
  const documentId = useApp((s) => s.documentId);
  const setOpen = useApp((s) => s.setVersionsOpen);
  const setView = useApp((s) => s.setView);
  const [items, setItems] = useState<VersionListItem[] | null | undefined>(undefined);
  const [note, setNote] = useState("");
  const [mode, setMode] = useState<Mode>({ kind: "idle" });
  const [busy, setBusy] = useState(false);
  // Where the keyboard focus goes after a confirmation closes or an action ends,
  // so that it never falls out of the dialog (Escape then still closes it).
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusAfter === null) return;
    const target =
      body.current?.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focusAfter)}"]`) ??
      body.current?.querySelector<HTMLElement>('[data-focus-key="note"]');
    target?.focus();
    setFocusAfter(null);
  }, [focusAfter]);

  const refresh = useCallback(() => {
    void commands.listVersions().then(setItems);
  }, [commands]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: another document has other versions
  useEffect(refresh, [refresh, documentId]);

  const act = async (work: Promise<boolean>, focusKey: string, after?: (ok: boolean) => void) => {
    if (busy) return;
    setBusy(true);
    setMode({ kind: "idle" });
    const ok = await work;
    setBusy(false);
    after?.(ok);
    refresh();
    setFocusAfter(focusKey);
  };
  const cancel = (focusKey: string) => {
    setMode({ kind: "idle" });
    setFocusAfter(focusKey);
  };

  if (items === undefined) return <p className="versions__muted">{t("versions.loading")}</p>;
  if (items === null) return <p className="versions__muted">{t("versions.unavailable")}</p>;
  const date = (iso: string) => formatDateTime(language, iso);

  return (
    <div ref={body}>
      <p className="versions__intro">{t("versions.intro", { max: MAX_AUTOMATIC_VERSIONS })}</p>
      <form
        className="versions__save"
        onSubmit={(event) => {
          event.preventDefault();
          void act(commands.saveVersion(note), "note", (ok) => ok && setNote(""));
        }}
      >
        <label className="versions__note">
          <span>{t("versions.note")}</span>
          <input
            data-focus-key="note"
            value={note}
            maxLength={300}
            placeholder={t("versions.notePlaceholder")}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
        </label>
        <button type="submit" className="primary">
          {t("versions.save")}
        </button>
      </form>
      <h3 className="versions__heading">{t("versions.list")}</h3>
      {items.length === 0 && <p className="versions__muted">{t("versions.empty")}</p>}
      <ul className="doc-list versions__list" aria-label={t("versions.list")}>
        {items.map((item) => (
          <li key={item.id} className={`doc-list__item versions__item kind-${item.kind}`}>
            <div className="doc-list__info">
              <span className="doc-list__title versions__time">{date(item.createdAt)}</span>
              <span className={`versions__kind${item.kind === "manual" ? " is-manual" : ""}`}>
                {t(`versionKind.${item.kind}`)}
              </span>
              {item.note && <span className="versions__note-text">{item.note}</span>}
              <span className="doc-list__meta">
                {formatSize(language, item.size)} · {t("versions.nodes", { count: item.nodeCount })}
              </span>
            </div>
            {mode.kind !== "idle" && mode.id === item.id ? (
              <div
                className="doc-list__confirm"
                role="alertdialog"
                aria-label={mode.kind === "restore" ? t("versions.restore") : t("versions.delete")}
              >
                <p className={mode.kind === "restore" ? "versions__confirm-restore" : undefined}>
                  {mode.kind === "restore"
                    ? t("versions.confirmRestore", { date: date(item.createdAt) })
                    : t("versions.confirmDelete", { date: date(item.createdAt) })}
                </p>
                {mode.kind === "restore" ? (
                  <button
                    type="button"
                    className="primary"
                    // biome-ignore lint/a11y/noAutofocus: the confirmation is what the user just asked for
                    autoFocus
                    onClick={() =>
                      void act(
                        commands.restoreVersion(item.id),
                        `restore:${item.id}`,
                        (ok) => ok && setOpen(false),
                      )
                    }
                  >
                    {t("versions.confirmRestoreButton")}
                  </button>
                ) : (
                  <button
                    type="button"
                    className="danger"
                    // biome-ignore lint/a11y/noAutofocus: the confirmation is what the user just asked for
                    autoFocus
                    onClick={() => void act(commands.deleteVersion(item.id), "note")}
                  >
                    {t("versions.confirmDeleteButton")}
                  </button>
                )}
                <button type="button" onClick={() => cancel(`${mode.kind}:${item.id}`)}>
                  {t("versions.cancel")}
                </button>
              </div>
            ) : (
              <div className="doc-list__actions">
                <button
                  type="button"
                  data-focus-key={`compare:${item.id}`}
                  onClick={() =>
                    void act(commands.compareVersion(item.id), `compare:${item.id}`, (ok) => {
                      if (!ok) return;
                      setView("tree");
                      setOpen(false);
                    })
                  }
                >
                  {t("versions.compare")}
                </button>
                <button
                  type="button"
                  data-focus-key={`restore:${item.id}`}
                  onClick={() => setMode({ kind: "restore", id: item.id })}
                >
                  {t("versions.restore")}
                </button>
                <button
                  type="button"
                  data-focus-key={`delete:${item.id}`}
                  onClick={() => setMode({ kind: "delete", id: item.id })}
                >
                  {t("versions.delete")}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
