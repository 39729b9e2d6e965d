import Dexie from "dexie";
import type { PlanDocument } from "../domain/types";
import { type LoadResult, loadDocument } from "../format/load";
import { serializeDocument } from "../format/serialize";
import { readBodyText } from "./bodyText";
import type { SelarasDb, StoredVersionInfo, VersionKind } from "./db";

// Saved versions (snapshots) of a document, kept beside it in IndexedDB. A
// version is the document's file-format JSON, so restoring or comparing one
// takes the same load path as opening a file.
//
// - Manual versions are kept until the user deletes them.
// - Automatic versions (before an import, before a restore, once a day while
//   the document is edited) are kept up to MAX_AUTOMATIC_VERSIONS per
//   document; beyond that the oldest automatic ones go, never a manual one.
// - An automatic version identical in content to the newest version of the
//   document is not written again (its time of last change aside).
// - Deleting a document deletes its versions (deleteVersionsOf, called by the
//   document repository in the same transaction).

export const MAX_AUTOMATIC_VERSIONS = 30;

export interface NewVersion {
  readonly documentId: string;
  readonly kind: VersionKind;
  readonly doc: PlanDocument;
  readonly note?: string;
}

/** A document as stored: its file text and what the documents list shows of it. */
export interface StoredText {
  readonly json: string;
  readonly title: string;
  readonly nodeCount: number;
}

/** The stored copy of a document, read without parsing it (undefined when nothing is stored yet). */
export async function storedTextOf(db: SelarasDb, documentId: string): Promise<StoredText | undefined> {
  const [row, json] = await db.transaction("r", db.documents, db.bodies, db.bodyParts, () =>
    Promise.all([db.documents.get(documentId), readBodyText(db, documentId)]),
  );
  return row && json !== undefined ? { json, title: row.title, nodeCount: row.nodeCount } : undefined;
}

export interface VersionRepository {
  /** The versions of a document, newest first (without their bodies). */
  list(documentId: string): Promise<StoredVersionInfo[]>;
  /**
   * Store a version. An automatic one identical to the newest version is not
   * stored again: the newest version is returned instead.
   */
  create(version: NewVersion): Promise<StoredVersionInfo>;
  get(versionId: string): Promise<StoredVersionInfo | undefined>;
  load(versionId: string): Promise<LoadResult | undefined>;
  remove(versionId: string): Promise<void>;
  /**
   * The first save of a day keeps the document as it was before that save:
   * `keep` stores the stored copy as the daily version (by default
   * keepStored here; the app does it in a worker: dailyVersionAway.ts), or
   * gives undefined for a new document, whose first saved state is kept
   * instead. Returns the version made, if any.
   */
  dailySnapshot(
    documentId: string,
    next: PlanDocument,
    keep?: () => Promise<StoredVersionInfo | undefined>,
  ): Promise<StoredVersionInfo | null>;
  /**
   * Store a document's stored copy as a version of `kind`, its text copied as
   * it is, never parsed (this runs inside a save, and parsing a 10,000-box
   * document would hold the page for half a second). Undefined when nothing
   * is stored.
   */
  keepStored(documentId: string, kind: VersionKind): Promise<StoredVersionInfo | undefined>;
}

/** The local calendar day of a time, e.g. "2026-11-27": "one a day" means the planner's day. */
export function localDay(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The content of a document's text, leaving out its time of last change
 * (autosave refreshes it), and the text's size in bytes (UTF-8). `updatedAt` is
 * the last field of `meta`, which comes before any text from the document's
 * boxes; inside such text the quotes would be escaped, so only meta's own field
 * matches. SHA-256 by the browser's crypto, which hashes away from the page's
 * thread: a 10,000-box text is 8 MB, too much to hash on it at every day's first
 * save; the text is encoded for it a slice per task.
 */
export async function textFingerprint(json: string): Promise<{ print: string; size: number }> {
  const encoder = new TextEncoder();
  const stamp = /,"updatedAt":"[^"]*"/.exec(json);
  const parts = stamp ? [json.slice(0, stamp.index), json.slice(stamp.index + stamp[0].length)] : [json];
  // Encoded a slice per task: encoding 8 MB at once would hold the page for ~40 ms.
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (const part of parts) {
    for (let at = 0; at < part.length; ) {
      let end = Math.min(part.length, at + ENCODE_SLICE);
      // Never between the two halves of a surrogate pair (each half alone would encode as U+FFFD).
      if (end < part.length && isHighSurrogate(part.charCodeAt(end - 1))) end--;
      const chunk = encoder.encode(part.slice(at, end));
      chunks.push(chunk);
      length += chunk.length;
      at = end;
      if (at < part.length) await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  const print = Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
  return { print, size: length + (stamp ? encoder.encode(stamp[0]).length : 0) };
}

/** Characters encoded per task by textFingerprint. */
const ENCODE_SLICE = 1 << 20;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function versionsOf(db: SelarasDb, documentId: string) {
  return db.versions
    .where("[documentId+createdAt]")
    .between([documentId, Dexie.minKey], [documentId, Dexie.maxKey]);
}

/** Delete every version of a document; call inside a transaction that covers both version tables. */
export async function deleteVersionsOf(db: SelarasDb, documentId: string): Promise<void> {
  const ids = await versionsOf(db, documentId).primaryKeys();
  await db.versionBodies.bulkDelete(ids);
  await db.versions.bulkDelete(ids);
}

interface StoredInfoWithFingerprint extends StoredVersionInfo {
  /** Content fingerprint, for not storing the same automatic version twice. */
  fingerprint?: string;
}

export function createVersionRepository(
  db: SelarasDb,
  options: { newId?: () => string; now?: () => string; maxAutomatic?: number } = {},
): VersionRepository {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const now = options.now ?? (() => new Date().toISOString());
  const maxAutomatic = options.maxAutomatic ?? MAX_AUTOMATIC_VERSIONS;
  // Documents whose daily version of that day exists: spares a query on every save.
  const dailyDone = new Map<string, string>();

  function strip(info: StoredInfoWithFingerprint): StoredVersionInfo {
    const { fingerprint: _ignored, ...rest } = info;
    return rest;
  }

  function create(version: NewVersion): Promise<StoredVersionInfo> {
    const { doc, ...rest } = version;
    const text = { json: serializeDocument(doc), title: doc.meta.title, nodeCount: doc.nodes.size };
    return createFromText({ ...rest, ...text });
  }

  async function createFromText(version: Omit<NewVersion, "doc"> & StoredText): Promise<StoredVersionInfo> {
    const { json } = version;
    const { print, size } = await textFingerprint(json);
    const createdAt = now();
    const info: StoredInfoWithFingerprint = {
      id: newId(),
      documentId: version.documentId,
      createdAt,
      kind: version.kind,
      note: version.note?.trim() ?? "",
      title: version.title,
      nodeCount: version.nodeCount,
      size,
      fingerprint: print,
    };
    return db.transaction("rw", db.versions, db.versionBodies, async () => {
      const existing = (await versionsOf(db, version.documentId).toArray()) as StoredInfoWithFingerprint[];
      const newest = existing.at(-1);
      if (version.kind !== "manual" && newest && newest.fingerprint === print) return strip(newest);
      await db.versionBodies.put({ id: info.id, json });
      await db.versions.put(info);
      if (version.kind !== "manual") {
        const automatic = existing.filter((v) => v.kind !== "manual");
        const excess = automatic.length + 1 - maxAutomatic;
        if (excess > 0) {
          const old = automatic.slice(0, excess).map((v) => v.id);
          await db.versionBodies.bulkDelete(old);
          await db.versions.bulkDelete(old);
        }
      }
      return strip(info);
    });
  }

  async function keepStored(documentId: string, kind: VersionKind): Promise<StoredVersionInfo | undefined> {
    const stored = await storedTextOf(db, documentId);
    return stored ? createFromText({ documentId, kind, ...stored }) : undefined;
  }

  return {
    async list(documentId) {
      const rows = (await versionsOf(db, documentId).reverse().toArray()) as StoredInfoWithFingerprint[];
      return rows.map(strip);
    },
    create,
    async get(versionId) {
      const row = (await db.versions.get(versionId)) as StoredInfoWithFingerprint | undefined;
      return row ? strip(row) : undefined;
    },
    async load(versionId) {
      const body = await db.versionBodies.get(versionId);
      return body ? loadDocument(body.json) : undefined;
    },
    async remove(versionId) {
      await db.transaction("rw", db.versions, db.versionBodies, async () => {
        await db.versionBodies.delete(versionId);
        await db.versions.delete(versionId);
      });
    },
    keepStored,
    async dailySnapshot(documentId, next, keep = () => keepStored(documentId, "daily")) {
      const today = localDay(now());
      if (dailyDone.get(documentId) === today) return null;
      const versions = await versionsOf(db, documentId).toArray();
      if (versions.some((v) => v.kind === "daily" && localDay(v.createdAt) === today)) {
        dailyDone.set(documentId, today);
        return null;
      }
      const made = (await keep()) ?? (await create({ documentId, kind: "daily", doc: next }));
      dailyDone.set(documentId, today);
      return made;
    },
  };
}
