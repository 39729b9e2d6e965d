import { createBlankDocument, setTitle, touch } from "../domain/document";
import { childrenIndex, defaultCollapsed } from "../domain/tree";
import type { PlanDocument } from "../domain/types";
import { downloadBlob, fileNameFor } from "../export/download";
import { type LoadResult, loadDocument } from "../format/load";
import { serializeDocument } from "../format/serialize";
import { type Language, translator } from "../i18n/translate";
import type { Autosaver } from "../persistence/autosave";
import type { DocumentRepository } from "../persistence/repository";
import type { VersionRepository } from "../persistence/versions";
import type { AppStore } from "../store/appStore";
import type { Commands } from "../ui/commands";
import { createVersionCommands } from "./versionCommands";

// The app's commands: the only place where the store, the stored documents and
// files meet. The UI calls these; they never throw into the UI: every failure
// becomes a message, and a failure changes nothing.

export const LAST_OPEN_KEY = "lastOpenDocumentId";
export const LANGUAGE_STORAGE_KEY = "selaras.language";
const MAX_LISTED_ISSUES = 10;

export interface CommandDeps {
  readonly store: AppStore;
  /** Null when the browser's storage could not be opened: the document then lives in memory only. */
  readonly repository: DocumentRepository | null;
  readonly autosaver: Autosaver | null;
  /** Saved versions of documents; null or absent when storage is unavailable. */
  readonly versions?: VersionRepository | null;
  readonly now?: () => string;
}

/** The document inside a PNG or SVG image, or null when the file is not an image. */
async function documentInImage(bytes: Uint8Array, fileName: string) {
  // PNG starts with 0x89 "PNG"; an SVG is XML text with an <svg> element. Only
  // then is the image code loaded: a JSON import never downloads it.
  const looksLikeImage =
    bytes[0] === 0x89 ||
    /\.svgz?$/i.test(fileName) ||
    /<svg[\s>]/i.test(new TextDecoder().decode(bytes.subarray(0, 1024)));
  if (!looksLikeImage) return null;
  const { imageKind, readEmbeddedDocument } = await import("../export/embedded");
  const kind = imageKind(bytes, fileName);
  return kind ? readEmbeddedDocument(bytes, kind) : null;
}

export function createCommands(deps: CommandDeps): Commands & {
  openLoaded(id: string, doc: PlanDocument): Promise<void>;
  issueLines(result: LoadResult): Promise<string[]>;
} {
  const { store, repository, autosaver } = deps;
  const now = deps.now ?? (() => new Date().toISOString());
  const t = () => translator(store.getState().language);

  /** The first problems of a file that could not be read, as sentences (loaded only then). */
  async function issueLines(result: LoadResult): Promise<string[]> {
    if (result.ok) return [];
    const { describeIssue } = await import("../format/issueSentences");
    const language = store.getState().language;
    const lines = result.issues.slice(0, MAX_LISTED_ISSUES).map((issue) => describeIssue(issue, language));
    if (result.issues.length > MAX_LISTED_ISSUES) lines.push(t()("import.moreIssues"));
    return lines;
  }

  function fail(text: string, error?: unknown) {
    const details =
      error === undefined ? undefined : [error instanceof Error ? error.message : String(error)];
    store.getState().pushMessage({ tone: "error", text, ...(details ? { details } : {}) });
  }

  async function openLoaded(id: string, doc: PlanDocument) {
    // Saved folds win; a large document opened for the first time shows its strategic level.
    const saved = await repository?.getSetting<string[]>(`collapsed:${id}`).catch(() => undefined);
    const collapsed = saved ?? defaultCollapsed(doc.nodes, childrenIndex(doc.nodes));
    // Remembered before it is shown, so that a reload right away reopens this document.
    await repository?.setSetting(LAST_OPEN_KEY, id).catch(() => undefined);
    store.getState().openDocument(id, doc, collapsed);
  }

  /**
   * Before the open document is left: write what is pending. When that fails the
   * open document stays open (its newest version exists only here) and the user
   * is told to export it; switching now would show an older stored copy.
   */
  async function savedBeforeLeaving(): Promise<boolean> {
    if (!autosaver || (await autosaver.flush())) return true;
    store.getState().pushMessage({ tone: "error", text: t()("docs.unsavedStays") });
    return false;
  }

  async function loadStored(id: string): Promise<PlanDocument | null> {
    if (!repository) return null;
    const result = await repository.load(id);
    if (!result) return null;
    if (!result.ok) {
      // The stored copy is left exactly as it is, so that nothing more is lost.
      store
        .getState()
        .pushMessage({ tone: "error", text: t()("docs.loadFailed"), details: await issueLines(result) });
      return null;
    }
    return result.document;
  }

  return {
    ...createVersionCommands({ store, versions: deps.versions ?? null, autosaver, issueLines, now }),
    openLoaded,
    issueLines,

    async listDocuments() {
      if (!repository) {
        const { documentId, doc } = store.getState();
        return documentId && doc
          ? [
              {
                id: documentId,
                title: doc.meta.title,
                updatedAt: doc.meta.updatedAt ?? now(),
                nodeCount: doc.nodes.size,
              },
            ]
          : [];
      }
      return repository.list();
    },

    async newDocument() {
      const doc = createBlankDocument({
        title: t()("docs.newTitle"),
        language: store.getState().language,
        now: now(),
      });
      try {
        if (!(await savedBeforeLeaving())) return;
        const id = repository ? await repository.create(doc) : `memory-${Date.now()}`;
        await openLoaded(id, doc);
        store.getState().setDocumentsOpen(false);
      } catch (error) {
        fail(t()("docs.storageError"), error);
      }
    },

    async openDocument(id) {
      try {
        if (!(await savedBeforeLeaving())) return;
        const doc = await loadStored(id);
        if (!doc) return;
        await openLoaded(id, doc);
        store.getState().setDocumentsOpen(false);
      } catch (error) {
        fail(t()("docs.storageError"), error);
      }
    },

    async renameDocument(id, title) {
      const state = store.getState();
      if (id === state.documentId) {
        state.renameOpenDocument(title);
        await autosaver?.flush();
        return;
      }
      try {
        const doc = await loadStored(id);
        if (doc && repository) await repository.save(id, touch(setTitle(doc, title), now()));
      } catch (error) {
        fail(t()("docs.storageError"), error);
      }
    },

    async duplicateDocument(id) {
      try {
        if (!(await savedBeforeLeaving())) return;
        const doc = await loadStored(id);
        if (!doc || !repository) return;
        const stamp = now();
        const copy = setTitle(doc, t()("docs.copyOf", { title: doc.meta.title }));
        await repository.create({ ...copy, meta: { ...copy.meta, createdAt: stamp, updatedAt: stamp } });
      } catch (error) {
        fail(t()("docs.storageError"), error);
      }
    },

    async deleteDocument(id) {
      if (!repository) return;
      try {
        const wasOpen = store.getState().documentId === id;
        // Its unsaved versions go with it: a retry must not write a deleted document back.
        autosaver?.discard(id);
        await repository.remove(id);
        await repository.setSetting(`collapsed:${id}`, undefined).catch(() => undefined);
        if (!wasOpen) return;
        const [next] = await repository.list();
        const doc = next ? await loadStored(next.id) : null;
        if (next && doc) await openLoaded(next.id, doc);
        else {
          const blank = createBlankDocument({
            title: t()("docs.newTitle"),
            language: store.getState().language,
            now: now(),
          });
          await openLoaded(await repository.create(blank), blank);
        }
      } catch (error) {
        fail(t()("docs.storageError"), error);
      }
    },

    async importFile(file) {
      let bytes: ArrayBuffer;
      try {
        bytes = await file.arrayBuffer();
      } catch (error) {
        fail(t()("import.readError"), error);
        return;
      }
      // An image exported by Selaras carries its document; anything else is read as JSON.
      const embedded = await documentInImage(new Uint8Array(bytes), file.name);
      if (embedded && !embedded.ok) {
        const key = embedded.reason === "no_document" ? "import.noEmbedded" : "import.imageDamaged";
        const { imageDialogText } = await import("../i18n/imageDialog");
        const text = imageDialogText(store.getState().language)(key, { file: file.name });
        store.getState().pushMessage({ tone: "error", text });
        return;
      }
      const result = loadDocument(embedded ? embedded.json : bytes);
      if (!result.ok) {
        store.getState().pushMessage({
          tone: "error",
          text: t()("import.failed", { file: file.name }),
          details: await issueLines(result),
        });
        return;
      }
      try {
        if (!(await savedBeforeLeaving())) return;
        // An import becomes a new document beside the others: nothing open or stored is
        // overwritten, so no version is needed. An importer that replaces the open
        // document calls takeAutomaticSnapshot first.
        const id = repository ? await repository.create(result.document) : `memory-${Date.now()}`;
        await openLoaded(id, result.document);
        const details =
          result.dropped.length > 0 ? [t()("import.dropped", { count: result.dropped.length })] : undefined;
        store.getState().pushMessage({
          tone: "success",
          text: t()("import.success", {
            title: result.document.meta.title,
            count: result.document.nodes.size,
          }),
          ...(details ? { details } : {}),
        });
      } catch (error) {
        fail(t()("import.failed", { file: file.name }), error);
      }
    },

    async openNewDocument(doc, successText) {
      try {
        if (!(await savedBeforeLeaving())) return false;
        // Like an import: a new document beside the others, nothing open or stored is overwritten.
        const id = repository ? await repository.create(doc) : `memory-${Date.now()}`;
        await openLoaded(id, doc);
        store.getState().pushMessage({ tone: "success", text: successText });
        return true;
      } catch (error) {
        fail(t()("docs.storageError"), error);
        return false;
      }
    },

    exportJson() {
      const { doc } = store.getState();
      if (!doc) return;
      const fileName = fileNameFor(doc.meta.title, "json");
      downloadBlob(
        new Blob([serializeDocument(doc, { pretty: true })], { type: "application/json" }),
        fileName,
      );
    },

    setLanguage(language: Language) {
      store.getState().setLanguage(language);
      try {
        localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
      } catch {
        // Storage may be disabled; the choice then lasts for this tab.
      }
      document.documentElement.lang = language;
    },

    async retrySave() {
      await autosaver?.flush();
    },
  };
}
