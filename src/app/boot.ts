import { touch } from "../domain/document";
import type { PlanDocument } from "../domain/types";
import { loadDocument } from "../format/load";
import { chooseLanguage, translator } from "../i18n/translate";
import { type Autosaver, createAutosaver } from "../persistence/autosave";
import { openDatabase } from "../persistence/db";
import { createRepository, type DocumentRepository } from "../persistence/repository";
import { createVersionRepository, type VersionRepository } from "../persistence/versions";
import { type AppStore, createAppStore } from "../store/appStore";
import type { Commands } from "../ui/commands";
import { createCommands, LANGUAGE_STORAGE_KEY, LAST_OPEN_KEY } from "./commands";
import { registerServiceWorker } from "./serviceWorker";

// Start-up: choose the language, open storage, reopen the last document (or
// create the built-in sample on first start), and wire autosave.

export interface Booted {
  readonly store: AppStore;
  readonly commands: Commands;
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
  let storageProblem: string | null = null;
  try {
    const db = openDatabase();
    await db.open();
    repository = createRepository(db);
    versions = createVersionRepository(db);
  } catch (error) {
    storageProblem = error instanceof Error ? error.message : String(error);
  }

  if (repository) {
    const repo = repository;
    const daily = versions;
    autosaver = createAutosaver({
      write: async (id, doc) => {
        // The first save of a day keeps the stored document as it was: a daily version.
        // A failure there must not stop the save itself; it is tried again on the next save.
        await daily
          ?.dailySnapshot(id, doc, async () => {
            const stored = await repo.load(id);
            return stored?.ok ? stored.document : undefined;
          })
          .catch(() => null);
        await repo.save(id, doc);
      },
      onStatus: (status) =>
        store.getState().setSaveState(status.state, status.state === "error" ? status.reason : undefined),
    });
    wireAutosave(store, repo, autosaver);
  }

  const commands = createCommands({ store, repository, autosaver, versions });
  // An update reloads only once the open document is stored (never without storage).
  registerServiceWorker(() => (autosaver ? autosaver.flush() : Promise.resolve(false)));

  if (storageProblem !== null || !repository) {
    store.getState().pushMessage({
      tone: "error",
      text: t("message.storageUnavailable", { reason: storageProblem ?? "?" }),
    });
    await commands.openLoaded("memory-sample", await loadSample());
    return { store, commands };
  }

  const lastId = await repository.getSetting<string>(LAST_OPEN_KEY);
  const candidates = [lastId, ...(await repository.list()).map((d) => d.id)].filter(
    (id, i, all): id is string => typeof id === "string" && all.indexOf(id) === i,
  );
  for (const id of candidates) {
    const result = await repository.load(id);
    if (result?.ok) {
      await commands.openLoaded(id, result.document);
      return { store, commands };
    }
    if (result && !result.ok) {
      store
        .getState()
        .pushMessage({ tone: "error", text: t("docs.loadFailed"), details: commands.issueLines(result) });
    }
  }
  const sample = await loadSample();
  await commands.openLoaded(await repository.create(sample), sample);
  return { store, commands };
}

function wireAutosave(store: AppStore, repository: DocumentRepository, autosaver: Autosaver) {
  store.subscribe((state, previous) => {
    if (!state.documentId || !state.doc) return;
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
  addEventListener("pagehide", flush);
  // While a change is not yet stored (or storing failed), ask before the tab closes.
  addEventListener("beforeunload", (event) => {
    if (!autosaver.hasPending()) return;
    flush();
    event.preventDefault();
  });
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") flush();
  });
}
