import { useCallback, useEffect, useState } from "react";
import { formatDateTime } from "../i18n/translate";
import { useApp } from "../store/context";
import { useT } from "../store/useT";
import { type DocumentListItem, useCommands } from "./commands";
import { StorageStatusLine } from "./safety/StorageStatusLine";
import { useModalDialog } from "./useModalDialog";

// The documents kept in this browser: open, rename, duplicate, delete (with a
// confirmation that names the document), and create a blank one.

export function DocumentsDialog() {
  const t = useT();
  const open = useApp((s) => s.documentsOpen);
  const setOpen = useApp((s) => s.setDocumentsOpen);
  const dialog = useModalDialog(open);

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="documents-title" onClose={() => setOpen(false)}>
      <div className="dialog__header">
        <h2 id="documents-title">{t("docs.title")}</h2>
        <button type="button" onClick={() => setOpen(false)}>
          {t("docs.close")}
        </button>
      </div>
      {open && <DocumentList />}
      {open && <StorageStatusLine />}
    </dialog>
  );
}

type Mode = { kind: "idle" } | { kind: "rename"; id: string; title: string } | { kind: "delete"; id: string };

function DocumentList() {
  const t = useT();
  const commands = useCommands();
  const language = useApp((s) => s.language);
  const openId = useApp((s) => s.documentId);
  const openTitle = useApp((s) => s.doc?.meta.title);
  const [items, setItems] = useState<DocumentListItem[] | null>(null);
  const [mode, setMode] = useState<Mode>({ kind: "idle" });

  const refresh = useCallback(() => {
    void commands.listDocuments().then(setItems);
  }, [commands]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the open title changes when a rename lands
  useEffect(refresh, [refresh, openTitle]);

  const act = (work: Promise<void>) => {
    setMode({ kind: "idle" });
    void work.then(refresh);
  };

  if (!items) return null;
  return (
    <>
      <button type="button" className="primary" onClick={() => void commands.newDocument()}>
        {t("toolbar.newDocument")}
      </button>
      {items.length === 0 && <p>{t("docs.empty")}</p>}
      <ul className="doc-list">
        {items.map((item) => (
          <li key={item.id} className={`doc-list__item${item.id === openId ? " is-open" : ""}`}>
            {mode.kind === "rename" && mode.id === item.id ? (
              <form
                className="doc-list__rename"
                onSubmit={(event) => {
                  event.preventDefault();
                  if (mode.title.trim()) act(commands.renameDocument(item.id, mode.title));
                }}
              >
                <label>
                  <span className="visually-hidden">{t("docs.renamePrompt")}</span>
                  <input
                    value={mode.title}
                    maxLength={300}
                    // biome-ignore lint/a11y/noAutofocus: the rename field is what the user just asked for
                    autoFocus
                    onChange={(event) => setMode({ ...mode, title: event.currentTarget.value })}
                  />
                </label>
                <button type="submit">{t("docs.save")}</button>
                <button type="button" onClick={() => setMode({ kind: "idle" })}>
                  {t("docs.cancel")}
                </button>
              </form>
            ) : (
              <div className="doc-list__info">
                <span className="doc-list__title">{item.title}</span>
                {item.id === openId && <span className="badge">{t("docs.current")}</span>}
                <span className="doc-list__meta">
                  {t("docs.nodes", { count: item.nodeCount })} ·{" "}
                  {t("docs.updated", { date: formatDateTime(language, item.updatedAt) })}
                </span>
              </div>
            )}
            {mode.kind === "delete" && mode.id === item.id ? (
              <div className="doc-list__confirm" role="alertdialog" aria-label={t("docs.delete")}>
                <p>{t("docs.confirmDelete", { title: item.title })}</p>
                <button
                  type="button"
                  className="danger"
                  onClick={() => act(commands.deleteDocument(item.id))}
                >
                  {t("docs.confirmDeleteButton")}
                </button>
                <button type="button" onClick={() => setMode({ kind: "idle" })}>
                  {t("docs.cancel")}
                </button>
              </div>
            ) : (
              mode.kind === "idle" && (
                <div className="doc-list__actions">
                  {item.id !== openId && (
                    <button type="button" onClick={() => act(commands.openDocument(item.id))}>
                      {t("docs.open")}
                    </button>
                  )}
                  <button
                    type="button"
                    onClick={() => setMode({ kind: "rename", id: item.id, title: item.title })}
                  >
                    {t("docs.rename")}
                  </button>
                  <button type="button" onClick={() => act(commands.duplicateDocument(item.id))}>
                    {t("docs.duplicate")}
                  </button>
                  <button type="button" onClick={() => setMode({ kind: "delete", id: item.id })}>
                    {t("docs.delete")}
                  </button>
                </div>
              )
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
