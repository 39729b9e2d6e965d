import { touch } from "../domain/document";
import type { PlanDocument } from "../domain/types";
import { loadDocument } from "../format/load";
import { chooseLanguage, translator } from "../i18n/translate";
import { type Autosaver, createAutosaver } from "../persistence/autosave";
import { isQuotaProblem } from "../persistence/browserStorage";
import { keepStoredAway } from "../persistence/dailyVersionAway";
import { openDatabase, type SelarasDb } from "../persistence/db";
import { createRepository, type DocumentRepository } from "../persistence/repository";
import { createTabChannel } from "../persistence/tabChannel";
import { createVersionRepository, type VersionRepository } from "../persistence/versions";
import { type AppStore, createAppStore } from "../store/appStore";
import type { Commands } from "../ui/commands";
import type { SafetyCommands } from "../ui/safety/context";
import { createCommands, LANGUAGE_STORAGE_KEY, LAST_OPEN_KEY } from "./commands";
import { createSafety } from "./safety";
import { registerServiceWorker } from "./serviceWorker";
import { createTabSync, type TabSync } from "./tabSync";

// Start-up: choose the language, open storage, reopen the last document (or
// create the built-in sample on first start), and wire autosave.

export interface Booted {
  readonly store: AppStore;
  readonly commands: Commands;
  readonly safety: SafetyCommands;
}

function savedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

async function loadSample(): Promise<PlanDocument> {
  // A lazy chunk: only the first start needs it. It takes the same load path as any file.
  const { default: text } = await import("../sample/kemensos-2020-2024.json?raw");
  const result = loadDocument(text);
  if (!result.ok)
    throw new Error(`The built-in sample is invalid: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return result.document;
}

export async function boot(): Promise<Booted> {
  const query = new URLSearchParams(location.search).get("lang");
  const language = chooseLanguage(query, savedLanguage(), navigator.languages ?? [navigator.language]);
  document.documentElement.lang = language;
  const store = createAppStore({ language });
  const t = translator(language);

  let repository: DocumentRepository | null = null;
  let autosaver: Autosaver | null = null;
  let versions: VersionRepository | null = null;
  let tabSync: TabSync | null = null;
  let storageProblem: string | null = null;
  let db: SelarasDb | null = null;
  const channel = createTabChannel();
  try {
    db = openDatabase();
    // Another tab holds an older version open while this one upgrades: say so, not a blank page.
    db.on("blocked", () => showBootNotice(t("storage.blocked")));
    await db.open();
    repository = createRepository(db, { onChange: (change) => channel.post(change) });
    versions = createVersionRepository(db);
  } catch (error) {
    storageProblem = error instanceof Error ? error.message : String(error);
  }

  const quiet = { on: false };
  const base = createCommands({ store, repository, autosaver: null, versions });
  if (repository) {
    const repo = repository;
    tabSync = createTabSync({
      store,
      repository: repo,
      channel,
      autosaver: () => autosaver!,
      quietly: (apply) => {
        quiet.on = true;
        try {
          apply();
        } finally {
          quiet.on = false;
        }
      },
      openLoaded: (id, doc) => base.openLoaded(id, doc),
    });
    const sync = tabSync;
    const daily = versions;
    const keepAway = db ? keepStoredAway(db.name) : null;
    autosaver = createAutosaver({
      write: async (id, doc) => {
        // The first save of a day keeps the stored document as it was: a daily version,
        // copied in a worker (on the page if the worker cannot). A failure there must
        // not stop the save itself; it is tried again on the next save.
        const keep =
          keepAway && daily ? () => keepAway(id).catch(() => daily.keepStored(id, "daily")) : undefined;
        await daily?.dailySnapshot(id, doc, keep).catch(() => null);
        await sync.write(id, doc);
      },
      onStatus: (status) => {
        // A save refused because another tab wrote is not "saved": the tab banner explains.
        if (status.state === "saved" && store.getState().readOnly !== null)
          store.getState().setSaveState("pending");
        else
          store
            .getState()
            .setSaveState(status.state, status.state === "error" ? shortReason(status.reason) : undefined);
      },
    });
    wireAutosave(store, repo, autosaver, quiet);
    if (db) handleUpgradeElsewhere(db, store, autosaver);
  }

  const created = createCommands({ store, repository, autosaver, versions });
  const safety = createSafety({ store, repository, tabSync, exportJson: () => created.exportJson() });
  // Export JSON is also the document's latest backup (for the reminder).
  const commands: typeof created = {
    ...created,
    exportJson() {
      created.exportJson();
      safety.recordExport();
    },
  };
  // An update reloads only once the open document is stored (never without storage).
  registerServiceWorker(() => (autosaver ? autosaver.flush() : Promise.resolve(false)));

  if (storageProblem !== null || !repository) {
    store.getState().pushMessage({
      tone: "error",
      text: t("message.storageUnavailable", { reason: storageProblem ?? "?" }),
    });
    await commands.openLoaded("memory-sample", await loadSample());
    return { store, commands, safety };
  }

  // Versions rescued as a page closed go back in place first (or become new documents).
  // One that cannot be put back now stays stored for the next start; the planner is told.
  const recovery = await repository
    .recoverRescued((title) => t("recover.title", { title }))
    .catch((error: unknown) => ({
      recovered: [],
      failures: [error instanceof Error ? error.message : String(error)],
    }));
  for (const item of recovery.recovered)
    store.getState().pushMessage({
      tone: item.as === "restored" ? "info" : "error",
      text: t(item.as === "restored" ? "recover.restored" : "recover.copy", { title: item.title }),
    });
  if (recovery.failures.length > 0)
    store
      .getState()
      .pushMessage({ tone: "error", text: t("recover.failed"), details: [...recovery.failures] });

  const lastId = await repository.getSetting<string>(LAST_OPEN_KEY);
  const candidates = [lastId, ...(await repository.list()).map((d) => d.id)].filter(
    (id, i, all): id is string => typeof id === "string" && all.indexOf(id) === i,
  );
  for (const id of candidates) {
    const result = await repository.load(id);
    if (result?.ok) {
      await commands.openLoaded(id, result.document);
      return { store, commands, safety };
    }
    if (result && !result.ok) {
      store.getState().pushMessage({
        tone: "error",
        text: t("docs.loadFailed"),
        details: await commands.issueLines(result),
      });
    }
  }
  const sample = await loadSample();
  await commands.openLoaded(await repository.create(sample), sample);
  return { store, commands, safety };
}

function wireAutosave(
  store: AppStore,
  repository: DocumentRepository,
  autosaver: Autosaver,
  quiet: { readonly on: boolean },
) {
  store.subscribe((state, previous) => {
    // A version just read from storage (another tab saved it) is not written back.
    if (!state.documentId || !state.doc || quiet.on) return;
    if (state.doc !== previous.doc && state.documentId === previous.documentId) {
      autosaver.schedule(state.documentId, touch(state.doc, new Date().toISOString()));
    }
    if (state.collapsed !== previous.collapsed && state.documentId === previous.documentId) {
      void repository
        .setSetting(`collapsed:${state.documentId}`, [...state.collapsed])
        .catch(() => undefined);
    }
  });
  // Flush when the page is hidden or closed: the last edit must not wait for the debounce.
  const flush = () => void autosaver.flush();
  // A closing page may go before a regular save completes (it needs several
  // round trips): the unsaved versions are also rescued in one fire-and-forget
  // transaction, put back at the next start.
  // A tab paused by another tab's save holds its own version only in memory.
  const paused = () => {
    const { readOnly, documentId, doc } = store.getState();
    return (readOnly === "changedElsewhere" || readOnly === "deletedElsewhere") && documentId && doc
      ? ([documentId, doc] as const)
      : null;
  };
  const rescue = () => {
    const unsaved = new Map(autosaver.unsaved());
    const held = paused();
    if (held) unsaved.set(held[0], held[1]);
    if (unsaved.size > 0) repository.rescue(unsaved);
  };
  addEventListener("pagehide", () => {
    rescue();
    flush();
  });
  // While a change is not yet stored (or storing failed), ask before the tab closes.
  addEventListener("beforeunload", (event) => {
    if (!autosaver.hasPending() && !paused()) return;
    rescue();
    flush();
    event.preventDefault();
  });
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") flush();
  });
}

/** The reason shown beside "Not saved" in the top bar: short; the banner under it explains (src/ui/safety). */
function shortReason(reason: string): string {
  if (isQuotaProblem(reason)) return "QuotaExceededError";
  return reason.length > 80 ? `${reason.slice(0, 79)}…` : reason;
}

/** A plain text notice in place of the app, before the app is drawn (it replaces it). */
function showBootNotice(text: string) {
  const root = document.getElementById("root");
  if (!root || root.childElementCount > 0) return;
  const notice = document.createElement("p");
  notice.className = "boot-notice";
  notice.setAttribute("role", "alert");
  notice.textContent = text;
  root.replaceChildren(notice);
}

/**
 * A newer Selaras in another tab upgrades the database: this tab writes what is
 * pending, closes its connection so the upgrade can go on, and turns read-only
 * with a message asking to reload (src/ui/safety/TabBanner.tsx). Never a broken page.
 */
function handleUpgradeElsewhere(db: SelarasDb, store: AppStore, autosaver: Autosaver) {
  db.on("versionchange", () => {
    void (async () => {
      const saved = await Promise.race([
        autosaver.flush(),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 3000)),
      ]);
      autosaver.dispose();
      db.close({ disableAutoOpen: true });
      if (!saved) store.getState().setSaveState("error", "storage upgraded by another tab");
      store.getState().setReadOnly("upgraded");
    })();
    // Dexie's own handler would close at once, before the pending edit is written.
    return false;
  });
}
