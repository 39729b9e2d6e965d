import { setTitle, touch } from "../domain/document";
import type { PlanDocument } from "../domain/types";
import { translator } from "../i18n/translate";
import type { Autosaver } from "../persistence/autosave";
import { type DocumentRepository, isStaleDocumentError, type StoredChange } from "../persistence/repository";
import type { TabChannel } from "../persistence/tabChannel";
import type { AppStore } from "../store/appStore";

// The same document open in two tabs. Design (docs/safety.md):
//
// - Every save is checked against the revision this tab read (repository.ts):
//   a stale save is refused inside the transaction and writes nothing.
// - Each committed save is announced on a BroadcastChannel. A tab showing that
//   document with nothing unsaved loads the newer version at once; a tab with
//   unsaved edits (or whose save was refused) turns read-only with a banner:
//   Reload (take the other tab's version), Take over (store this one) or Keep
//   mine as a copy (store this one as a new document). No choice is made for
//   the user, and no version is dropped without the user choosing it.

export interface TabSyncDeps {
  readonly store: AppStore;
  readonly repository: DocumentRepository;
  readonly channel: TabChannel;
  /** The autosaver, which is built with `write` below. */
  readonly autosaver: () => Autosaver;
  /** Apply a store change that comes from storage, which autosave must not write back. */
  readonly quietly: (apply: () => void) => void;
  readonly openLoaded: (id: string, doc: PlanDocument) => Promise<void>;
  readonly now?: () => string;
}

export interface TabSync {
  /** The autosaver's write: a save refused as stale pauses editing instead of failing again and again. */
  write(id: string, doc: PlanDocument): Promise<void>;
  /** Show the stored version; this tab's unsaved edits are dropped (the user chose so). */
  reload(): Promise<void>;
  /** Store this tab's version over the stored one. */
  takeOver(): Promise<void>;
  /** Store this tab's version as a new document and open it; the stored one stays as it is. */
  keepMineAsCopy(): Promise<void>;
  dispose(): void;
}

export function createTabSync(deps: TabSyncDeps): TabSync {
  const { store, repository, channel, autosaver, quietly } = deps;
  const now = deps.now ?? (() => new Date().toISOString());
  const t = () => translator(store.getState().language);

  function pause(reason: "changedElsewhere" | "deletedElsewhere") {
    const { documentId } = store.getState();
    // The store keeps this tab's version (nothing can change it while paused);
    // autosave must not try it again over the other tab's.
    if (documentId) autosaver().discard(documentId);
    store.getState().setReadOnly(reason);
  }

  /** Replace the open document by its stored version, keeping the view, folds and selection. */
  function show(id: string, doc: PlanDocument) {
    const { collapsed, selectedIds } = store.getState();
    quietly(() => store.getState().openDocument(id, doc, collapsed));
    const kept = [...selectedIds].filter((nodeId) => doc.nodes.has(nodeId));
    if (kept.length > 0) store.getState().selectNodes(kept);
  }

  async function follow(change: StoredChange) {
    const { documentId, readOnly } = store.getState();
    if (change.id !== documentId || readOnly !== null) return;
    const known = repository.knownRevision(change.id);
    if (change.kind === "saved" && typeof known === "number" && change.revision <= known) return;
    if (change.kind === "removed") {
      pause("deletedElsewhere");
      return;
    }
    if (autosaver().hasPending()) {
      pause("changedElsewhere");
      return;
    }
    const before = store.getState().doc;
    const result = await repository.load(change.id);
    if (store.getState().documentId !== change.id) return;
    if (!result?.ok) {
      pause(result ? "changedElsewhere" : "deletedElsewhere");
      return;
    }
    if (store.getState().doc !== before) {
      // An edit landed while the newer version was read: it is based on the older one.
      pause("changedElsewhere");
      return;
    }
    show(change.id, result.document);
    store.getState().pushMessage({ tone: "info", text: t()("tabs.updated") });
  }

  const unsubscribe = channel.subscribe((change) => void follow(change).catch(() => undefined));

  // Leaving a paused document (opening another) keeps this tab's version as a
  // new document: the user did not choose to drop it.
  const unwatch = store.subscribe((state, previous) => {
    if (state.documentId === previous.documentId || !previous.doc) return;
    if (previous.readOnly !== "changedElsewhere" && previous.readOnly !== "deletedElsewhere") return;
    const mine = previous.doc;
    store.getState().setReadOnly(null);
    const copy = setTitle(mine, t()("tabs.copyTitle", { title: mine.meta.title }));
    void repository.create(copy).then(
      () =>
        store.getState().pushMessage({ tone: "info", text: t()("tabs.copied", { title: copy.meta.title }) }),
      () => undefined,
    );
  });

  return {
    async write(id, doc) {
      try {
        await repository.save(id, doc);
      } catch (error) {
        if (!isStaleDocumentError(error)) throw error;
        if (store.getState().documentId === id) {
          pause(error.storedRevision === null ? "deletedElsewhere" : "changedElsewhere");
          return;
        }
        // No longer open here: kept as a new document rather than dropped.
        const copy = setTitle(doc, t()("tabs.copyTitle", { title: doc.meta.title }));
        await repository.create(copy);
        store.getState().pushMessage({ tone: "info", text: t()("tabs.copied", { title: copy.meta.title }) });
      }
    },

    async reload() {
      const { documentId } = store.getState();
      if (!documentId) return;
      autosaver().discard(documentId);
      const result = await repository.load(documentId);
      if (!result?.ok) return;
      store.getState().setReadOnly(null);
      show(documentId, result.document);
    },

    async takeOver() {
      const { documentId, doc } = store.getState();
      if (!documentId || !doc) return;
      await repository.adopt(documentId);
      store.getState().setReadOnly(null);
      autosaver().schedule(documentId, touch(doc, now()));
      await autosaver().flush();
    },

    async keepMineAsCopy() {
      const { doc } = store.getState();
      if (!doc) return;
      const stamp = now();
      const titled = setTitle(doc, t()("tabs.copyTitle", { title: doc.meta.title }));
      const copy = { ...titled, meta: { ...titled.meta, createdAt: stamp, updatedAt: stamp } };
      const id = await repository.create(copy);
      store.getState().setReadOnly(null);
      await deps.openLoaded(id, copy);
      store.getState().pushMessage({ tone: "success", text: t()("tabs.copied", { title: copy.meta.title }) });
    },

    dispose() {
      unsubscribe();
      unwatch();
    },
  };
}
