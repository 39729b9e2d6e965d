import { touch } from "../domain/document";
import type { PlanDocument } from "../domain/types";
import type { LoadResult } from "../format/load";
import { formatDateTime, translator } from "../i18n/translate";
import type { Autosaver } from "../persistence/autosave";
import type { VersionKind } from "../persistence/db";
import type { VersionRepository } from "../persistence/versions";
import type { AppStore } from "../store/appStore";
import type { VersionCommands } from "../ui/versions/versionCommands";

// Saved versions of the open document: save, list, compare, restore, delete, and
// the automatic version an importer takes before it replaces the document.
// Restoring is safe twice over: the current state is stored as a version first
// (no restore without it), and the restore is one undo step.

export interface VersionCommandDeps {
  readonly store: AppStore;
  /** Null when the browser's storage could not be opened. */
  readonly versions: VersionRepository | null;
  readonly autosaver: Autosaver | null;
  readonly issueLines: (result: LoadResult) => Promise<string[]>;
  readonly now?: () => string;
}

export function createVersionCommands(deps: VersionCommandDeps): VersionCommands {
  const { store, versions, autosaver } = deps;
  const now = deps.now ?? (() => new Date().toISOString());
  const t = () => translator(store.getState().language);
  const dateOf = (iso: string) => formatDateTime(store.getState().language, iso);

  function fail(text: string, error?: unknown) {
    const details =
      error === undefined ? undefined : [error instanceof Error ? error.message : String(error)];
    store.getState().pushMessage({ tone: "error", text, ...(details ? { details } : {}) });
  }

  /** The open document and its id, or null (with a message when storage is missing). */
  function open(): { id: string; doc: PlanDocument; repo: VersionRepository } | null {
    const { documentId, doc } = store.getState();
    if (!documentId || !doc) return null;
    if (!versions) {
      fail(t()("versions.unavailable"));
      return null;
    }
    return { id: documentId, doc, repo: versions };
  }

  async function snapshot(kind: VersionKind, note?: string): Promise<boolean> {
    const current = open();
    if (!current) return false;
    try {
      await current.repo.create({
        documentId: current.id,
        kind,
        doc: touch(current.doc, now()),
        ...(note !== undefined ? { note } : {}),
      });
      return true;
    } catch (error) {
      fail(t()("versions.failed"), error);
      return false;
    }
  }

  /** A version of the open document, read through the file load path; null after a message. */
  async function readVersion(
    versionId: string,
  ): Promise<{ doc: PlanDocument; createdAt: string; note: string } | null> {
    const current = open();
    if (!current) return null;
    try {
      const info = await current.repo.get(versionId);
      if (!info || info.documentId !== current.id) {
        fail(t()("versions.failed"));
        return null;
      }
      const result = await current.repo.load(versionId);
      if (!result?.ok) {
        store.getState().pushMessage({
          tone: "error",
          text: t()("versions.unreadable"),
          ...(result ? { details: await deps.issueLines(result) } : {}),
        });
        return null;
      }
      return { doc: result.document, createdAt: info.createdAt, note: info.note };
    } catch (error) {
      fail(t()("versions.failed"), error);
      return null;
    }
  }

  return {
    async listVersions() {
      const { documentId } = store.getState();
      if (!versions || !documentId) return null;
      try {
        return await versions.list(documentId);
      } catch (error) {
        fail(t()("versions.failed"), error);
        return [];
      }
    },

    async saveVersion(note) {
      const saved = await snapshot("manual", note);
      if (saved) store.getState().pushMessage({ tone: "success", text: t()("versions.saved") });
      return saved;
    },

    async restoreVersion(versionId) {
      const version = await readVersion(versionId);
      if (!version) return false;
      // Pending edits are written first, so that the stored document and the
      // version taken below are the state the user sees.
      await autosaver?.flush();
      if (!(await snapshot("before-restore"))) return false;
      const state = store.getState();
      state.updateDocument(() => version.doc, { label: t()("versions.restoreStep") });
      state.setVersionCompare(null);
      state.pushMessage({
        tone: "success",
        text: t()("versions.restored", { date: dateOf(version.createdAt) }),
      });
      return true;
    },

    async deleteVersion(versionId) {
      if (!versions) {
        fail(t()("versions.unavailable"));
        return false;
      }
      try {
        await versions.remove(versionId);
      } catch (error) {
        fail(t()("versions.failed"), error);
        return false;
      }
      const state = store.getState();
      if (state.versionCompare?.versionId === versionId) state.setVersionCompare(null);
      state.pushMessage({ tone: "success", text: t()("versions.deleted") });
      return true;
    },

    async compareVersion(versionId) {
      const version = await readVersion(versionId);
      // Loaded on first use: comparing versions is rare, the first download is not.
      const { diffVersions, nodeMarks } = await import("../domain/versionDiff");
      const { doc } = store.getState();
      if (!version || !doc) return false;
      store.getState().setVersionCompare({
        versionId,
        createdAt: version.createdAt,
        note: version.note,
        before: version.doc,
        marks: nodeMarks(diffVersions(version.doc, doc)),
      });
      return true;
    },

    takeAutomaticSnapshot(kind, note) {
      return snapshot(kind, note);
    },
  };
}
