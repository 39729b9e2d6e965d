import type { PlanDocument } from "../domain/types";
import { type LoadResult, loadDocument } from "../format/load";
import {
  compactRuns,
  compactRunsInSteps,
  runText,
  serializeDocument,
  type TextRun,
} from "../format/serialize";
import { measureAsync, PERF } from "../perf/marks";
import { deleteBody, readBodyText, readStoredBody, writeBodyRuns } from "./bodyText";
import type { SelarasDb, StoredDocumentInfo } from "./db";
import { deleteVersionsOf } from "./versions";

// The documents kept in this browser. Every read goes through loadDocument, the
// one load path that an imported file takes too.
//
// Two tabs, one document: every stored document has a revision, counted up by
// each write. A repository (one per tab) remembers the revision each document
// had when it read or wrote it, and a save checks, inside its transaction, that
// the stored revision is still that one. A save based on a stale revision is
// refused with StaleDocumentError and writes nothing: one tab can never
// overwrite what another tab stored meanwhile without being told.

/** A save refused because another tab stored (or deleted) the document since this tab read it. */
export class StaleDocumentError extends Error {
  override readonly name = "StaleDocumentError";
  constructor(
    readonly documentId: string,
    /** The stored revision, or null when the document was deleted meanwhile. */
    readonly storedRevision: number | null,
  ) {
    super(
      `document ${documentId} was changed in another tab (stored revision ${storedRevision ?? "deleted"})`,
    );
  }
}

export function isStaleDocumentError(error: unknown): error is StaleDocumentError {
  return error instanceof StaleDocumentError;
}

/** What changed in storage, told to the other tabs. */
export type StoredChange =
  | { readonly kind: "saved"; readonly id: string; readonly revision: number }
  | { readonly kind: "removed"; readonly id: string };

export interface DocumentRepository {
  list(): Promise<StoredDocumentInfo[]>;
  load(id: string): Promise<LoadResult | undefined>;
  /** Store a document over the revision this tab knows; throws StaleDocumentError when another tab wrote since. */
  save(id: string, doc: PlanDocument): Promise<void>;
  create(doc: PlanDocument): Promise<string>;
  remove(id: string): Promise<void>;
  getSetting<T>(key: string): Promise<T | undefined>;
  setSetting(key: string, value: unknown): Promise<void>;
  /** The revision this tab last read or wrote (null: not stored), undefined when it has not. */
  knownRevision(id: string): number | null | undefined;
  /**
   * The last gasp of a closing page: keep these unsaved versions beside the
   * documents (never over them), synchronously in localStorage, or when too
   * large in one IndexedDB transaction sent at once. A regular save of the
   * document clears them; the next start puts what is left in place (recoverRescued).
   */
  rescue(unsaved: ReadonlyMap<string, PlanDocument>): void;
  /**
   * Put rescued versions in place: over the document if nobody wrote since, else
   * as a new document. A version that could not be put back stays for the next start.
   */
  recoverRescued(copyTitle: (title: string) => string): Promise<Recovery>;
  /**
   * Make the stored revision the one this tab knows, so that its next save goes
   * over it: the user chose to take over. Returns that revision (0 if deleted).
   */
  adopt(id: string): Promise<number>;
}

export interface RepositoryScheduling {
  /** Runs `work` when the page is idle (the repository's priming after a load). */
  readonly idle?: (work: () => void) => void;
}

/** A rescued version put back at start-up. */
export interface RecoveredDocument {
  readonly id: string;
  /** "restored": it is the document now; "copy": the document had changed meanwhile, so it became a new one. */
  readonly as: "restored" | "copy";
  readonly title: string;
}

/** What a start did with the versions rescued as pages closed. */
export interface Recovery {
  readonly recovered: readonly RecoveredDocument[];
  /** Why some could not be put back now (they are kept for the next start). */
  readonly failures: readonly string[];
}

/** A version rescued when its page closed, kept in the settings table. */
interface RescueRow {
  readonly id: string;
  /** The revision it was based on (null: the document was new). */
  readonly base: number | null;
  readonly json: string;
  /** When it was rescued (ms since 1970): of two under one key, the later wins. Absent in older builds' rows. */
  readonly at?: number;
}

/** When a stored row was rescued (0 when unknown). */
function rescuedAt(value: unknown): number {
  const at = (value as { at?: unknown } | null)?.at;
  return typeof at === "number" ? at : 0;
}

const RESCUE_PREFIX = "rescue:";
const LOCAL_PREFIX = "selaras.";

/** A version rescued into localStorage: its key without the app's prefix, its row, and its text as read. */
interface LocalRescue {
  readonly key: string;
  readonly value: unknown;
  readonly raw: string;
}

function localRescues(): LocalRescue[] {
  const found: LocalRescue[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key?.startsWith(`${LOCAL_PREFIX}${RESCUE_PREFIX}`)) continue;
      const raw = localStorage.getItem(key) ?? "null";
      let value: unknown = null;
      try {
        value = JSON.parse(raw);
      } catch {
        // unreadable: moved as it is and dropped with the other unreadable rows
      }
      found.push({ key: key.slice(LOCAL_PREFIX.length), value, raw });
    }
  } catch {
    // no localStorage (tests, disabled storage): nothing was rescued there
  }
  return found;
}

/** How long a start waits for another tab's recovery before it goes on without the lock (ms). */
const LOCK_WAIT_MS = 5000;

/**
 * Runs `work` while no other tab of this browser runs it (Web Locks), or at
 * once where there are none. A tab that holds the lock and hangs (frozen in the
 * background) must not keep this start from opening: after LOCK_WAIT_MS it goes
 * on without it (each row's own transaction still keeps two starts apart).
 */
function oneTabAtATime<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (!locks) return work();
  let granted = false;
  const held = () => {
    granted = true;
    return work();
  };
  return locks.request(name, { signal: AbortSignal.timeout(LOCK_WAIT_MS) }, held).catch((error: unknown) => {
    if (granted) throw error;
    return work();
  });
}

/**
 * Removes a version rescued into localStorage; given the text it was read as,
 * only while it is still that text (no newer rescue replaced it meanwhile).
 */
function forgetLocalRescue(key: string, asRead?: string): void {
  try {
    const stored = `${LOCAL_PREFIX}${key}`;
    if (asRead === undefined || localStorage.getItem(stored) === asRead) localStorage.removeItem(stored);
  } catch {
    // no localStorage (tests, disabled storage): nothing was rescued there
  }
}

export interface RepositoryOptions extends RepositoryScheduling {
  readonly newId?: () => string;
  /** Told after each committed write or delete (to tell the other tabs). */
  readonly onChange?: (change: StoredChange) => void;
}

/** requestIdleCallback where there is one (browsers), else a timer (tests). */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(() => work(), { timeout: 1000 });
  else setTimeout(work, 0);
}

export function createRepository(
  db: SelarasDb,
  options: RepositoryOptions | (() => string) = {},
): DocumentRepository {
  const {
    newId = () => crypto.randomUUID(),
    onChange,
    idle = whenIdle,
  } = typeof options === "function" ? { newId: options } : options;
  /** Names this tab's rescued versions, so that its saves clear its own and never another tab's. */
  const tabId = Math.random().toString(36).slice(2, 10);
  const rescueKey = (id: string) => `${RESCUE_PREFIX}${id}:${tabId}`;
  /** Per document: the stored revision this tab's copy is based on; null: known to be not stored (new). */
  const known = new Map<string, number | null>();
  /** Per document: the runs of the text this tab last wrote, and the revision that write made. */
  const written = new Map<
    string,
    { readonly revision: number; readonly runs: ReadonlyMap<string, TextRun> }
  >();

  /**
   * After a load, in idle moments: serialise the document's objects (so that the
   * first save does not do all of them at once) and, when the text is stored in
   * runs and every run comes out exactly as stored, remember the runs as
   * written: the first save then writes only what its edit changed. Any
   * difference, or a write meanwhile, and nothing is remembered (that save
   * writes every run, as without priming).
   */
  function prime(
    id: string,
    doc: PlanDocument,
    revision: number,
    storedRuns: ReadonlyMap<string, string> | null,
  ) {
    const steps = compactRunsInSteps(doc);
    const stillTheSame = () => known.get(id) === revision && !written.has(id);
    const slice = () => {
      if (!stillTheSame()) return;
      const start = performance.now();
      let step = steps.next();
      while (!step.done && performance.now() - start < 8) step = steps.next();
      if (!step.done) {
        idle(slice);
        return;
      }
      const runs = step.value;
      if (!storedRuns) return;
      const storedKeys = [...storedRuns.keys()];
      if (runs.length !== storedKeys.length || runs.some((run, i) => run.key !== storedKeys[i])) return;
      verify(runs, 0);
    };
    const verify = (runs: TextRun[], from: number) => {
      if (!stillTheSame()) return;
      const start = performance.now();
      let i = from;
      for (; i < runs.length && performance.now() - start < 8; i++) {
        if (runText(runs[i]!) !== storedRuns?.get(runs[i]!.key)) return;
      }
      if (i < runs.length) idle(() => verify(runs, i));
      else {
        written.set(id, { revision, runs: new Map(runs.map((run) => [run.key, run])) });
      }
    };
    idle(slice);
  }

  async function save(id: string, doc: PlanDocument): Promise<void> {
    const committed = await measureAsync(PERF.save, () => writeRows(id, doc, known.get(id), []));
    committed();
  }

  /**
   * Writes the document's rows, based on revision `base`, in a transaction of
   * its own or in the one running (recovery's), with the settings rows
   * `alsoDrop` (rescued versions) deleted in the same transaction. Returns what
   * this tab records and tells the other tabs, to be run once that transaction
   * has committed.
   */
  async function writeRows(
    id: string,
    doc: PlanDocument,
    base: number | null | undefined,
    alsoDrop: readonly string[],
  ): Promise<() => void> {
    const runs = compactRuns(doc);
    const now = doc.meta.updatedAt ?? new Date().toISOString();
    const last = written.get(id);
    const revision = await db.transaction(
      "rw",
      [db.documents, db.bodies, db.bodyParts, db.settings],
      async () => {
        const [existing, body] = await Promise.all([db.documents.get(id), db.bodies.get(id)]);
        const stored = existing ? (existing.revision ?? 0) : null;
        // A save must be based on what is stored now: that revision, or no row for a new document.
        if (base === undefined || stored !== base) {
          throw new StaleDocumentError(id, stored);
        }
        const next = (stored ?? 0) + 1;
        // What this tab wrote last is what is stored only if nobody wrote since.
        // The writes go out together: one round trip to the storage.
        await Promise.all([
          writeBodyRuns(db, id, runs, last && last.revision === stored ? last.runs : null, body),
          db.documents.put({
            id,
            title: doc.meta.title,
            createdAt: existing?.createdAt ?? doc.meta.createdAt ?? now,
            updatedAt: now,
            nodeCount: doc.nodes.size,
            revision: next,
          }),
          // Stored: a version rescued from a closing page is no longer needed.
          db.settings.bulkDelete([rescueKey(id), ...alsoDrop]),
        ]);
        return next;
      },
    );
    return () => {
      forgetLocalRescue(rescueKey(id));
      known.set(id, revision);
      written.set(id, { revision, runs: new Map(runs.map((run) => [run.key, run])) });
      onChange?.({ kind: "saved", id, revision });
    };
  }

  /**
   * Puts back one rescued row, in one transaction: read it (another start may
   * have put it back already), decide, write the version and drop the row.
   */
  async function recoverRow(
    key: string,
    copyTitle: (title: string) => string,
  ): Promise<RecoveredDocument | null> {
    const { outcome, committed } = await db.transaction(
      "rw",
      [db.documents, db.bodies, db.bodyParts, db.settings],
      async (): Promise<{ outcome: RecoveredDocument | null; committed?: () => void }> => {
        const row = await db.settings.get(key);
        if (!row) return { outcome: null };
        const rescued = row.value as RescueRow | null;
        const loaded =
          typeof rescued?.id === "string" && typeof rescued.json === "string"
            ? loadDocument(rescued.json)
            : null;
        if (!rescued || !loaded?.ok) {
          // Written by a newer Selaras: kept for it. Not a row, or a text no Selaras reads: dropped.
          const newer = loaded?.ok === false && loaded.issues.some((issue) => issue.code === "newer_version");
          if (!newer) await db.settings.delete(key);
          return { outcome: null };
        }
        const [info, json] = await Promise.all([db.documents.get(rescued.id), readBodyText(db, rescued.id)]);
        const stored = info ? (info.revision ?? 0) : null;
        if (json === rescued.json) {
          // The regular flush made it after all.
          await db.settings.delete(key);
          return { outcome: null };
        }
        if (stored === rescued.base) {
          const committed = await measureAsync(PERF.save, () =>
            writeRows(rescued.id, loaded.document, stored, [key]),
          );
          return {
            outcome: { id: rescued.id, as: "restored", title: loaded.document.meta.title },
            committed,
          };
        }
        // Another tab wrote (or deleted) it meanwhile: both versions are kept.
        const title = copyTitle(loaded.document.meta.title);
        const copy = { ...loaded.document, meta: { ...loaded.document.meta, title } };
        const id = newId();
        const committed = await measureAsync(PERF.save, () => writeRows(id, copy, null, [key]));
        return { outcome: { id, as: "copy", title }, committed };
      },
    );
    committed?.();
    return outcome;
  }

  return {
    async list() {
      const all = await db.documents.toArray();
      return all.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
    },
    async load(id) {
      // Body and revision read together, so the revision is the body's.
      const [info, body] = await db.transaction("r", db.documents, db.bodies, db.bodyParts, () =>
        Promise.all([db.documents.get(id), readStoredBody(db, id)]),
      );
      if (body === undefined) return undefined;
      const revision = info?.revision ?? 0;
      known.set(id, revision);
      written.delete(id);
      const result = loadDocument(body.json);
      if (result.ok && info) prime(id, result.document, revision, body.runs);
      return result;
    },
    save,
    async create(doc) {
      const id = newId();
      known.set(id, null);
      await save(id, doc);
      return id;
    },
    async remove(id) {
      // Its saved versions go with it, in the same transaction.
      await db.transaction(
        "rw",
        [db.documents, db.bodies, db.bodyParts, db.versions, db.versionBodies],
        async () => {
          await deleteBody(db, id);
          await db.documents.delete(id);
          await deleteVersionsOf(db, id);
        },
      );
      known.delete(id);
      written.delete(id);
      onChange?.({ kind: "removed", id });
    },
    async getSetting<T>(key: string) {
      const row = await db.settings.get(key);
      return row?.value as T | undefined;
    },
    async setSetting(key, value) {
      await db.settings.put({ key, value });
    },
    knownRevision(id) {
      return known.get(id);
    },
    rescue(unsaved) {
      const large: RescueRow[] = [];
      for (const [id, doc] of unsaved) {
        const row: RescueRow = {
          id,
          base: known.get(id) ?? null,
          json: serializeDocument(doc),
          at: Date.now(),
        };
        // localStorage writes at once and for sure, but holds a few MB only.
        try {
          localStorage.setItem(`${LOCAL_PREFIX}${rescueKey(id)}`, JSON.stringify(row));
        } catch {
          large.push(row);
        }
      }
      if (large.length === 0) return;
      // Too large for localStorage: raw IndexedDB, all requests sent at once and
      // committed without waiting (Dexie's promises would need turns the page may not get).
      try {
        const idb = db.backendDB();
        const transaction = idb.transaction(db.settings.name, "readwrite");
        const store = transaction.objectStore(db.settings.name);
        for (const row of large) store.put({ key: rescueKey(row.id), value: row });
        // An older version this tab rescued into localStorage goes once this one is stored
        // (until then it is all there is; the recovery prefers the later of the two).
        transaction.oncomplete = () => {
          for (const row of large) forgetLocalRescue(rescueKey(row.id));
        };
        transaction.commit?.();
      } catch {
        // Nothing more can be done as the page goes away; the regular flush runs beside this.
      }
    },
    recoverRescued(copyTitle) {
      // Two starts at once (a browser restoring two tabs) take turns.
      return oneTabAtATime("selaras-recovery", async () => {
        // What was rescued into localStorage moves into the database first, and
        // each row is dropped only by the transaction that stores its version: a
        // page left while this runs (a reload, a navigation) finds them again.
        const local = localRescues();
        if (local.length > 0) {
          // Over a row of the same key only when later (a tab's larger rescue went to the database).
          await db.transaction("rw", db.settings, async () => {
            for (const { key, value } of local) {
              const stored = await db.settings.get(key);
              if (!stored || rescuedAt(stored.value) <= rescuedAt(value))
                await db.settings.put({ key, value });
            }
          });
          for (const { key, raw } of local) forgetLocalRescue(key, raw);
        }
        const keys = await db.settings.where("key").startsWith(RESCUE_PREFIX).primaryKeys();
        const recovered: RecoveredDocument[] = [];
        const failures: string[] = [];
        for (const key of keys) {
          try {
            const outcome = await recoverRow(key, copyTitle);
            if (outcome) recovered.push(outcome);
          } catch (error) {
            // Kept for the next start; the other rows are still tried.
            failures.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
          }
        }
        return { recovered, failures };
      });
    },
    async adopt(id) {
      const info = await db.documents.get(id);
      const revision = info ? (info.revision ?? 0) : null;
      known.set(id, revision);
      return revision ?? 0;
    },
  };
}
