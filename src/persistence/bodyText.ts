import Dexie from "dexie";
import { runText, sameRun, type TextRun } from "../format/serialize";
import type { SelarasDb, StoredDocumentBody } from "./db";

// A document's text is stored in runs (format/serialize.ts: TextRun), one row
// each in `bodyParts`, and its `bodies` row lists their keys in order. Saving
// after one edit then writes the run or two it changed, a few kilobytes, instead
// of the whole text (8 MB at 10,000 boxes, which held the page for ~40 ms).
// Bodies written before database version 3 keep their whole text in `json`
// and are read as they are until their next save.

/** A stored text, and its runs by key in order when it is stored in runs. */
export interface StoredBody {
  readonly json: string;
  readonly runs: ReadonlyMap<string, string> | null;
}

/** The stored text of a body: its runs joined, or an older body's whole text. */
export async function readBody(db: SelarasDb, body: StoredDocumentBody): Promise<StoredBody | undefined> {
  if (body.parts === undefined) return body.json === undefined ? undefined : { json: body.json, runs: null };
  const rows = await db.bodyParts.bulkGet(body.parts.map((key): [string, string] => [body.id, key]));
  const runs = new Map<string, string>();
  for (const row of rows) {
    // Cannot happen (runs and list are written in one transaction); never hand out half a document.
    if (!row) throw new Error(`the stored text of document ${body.id} is incomplete`);
    runs.set(row.key, row.text);
  }
  return { json: [...runs.values()].join(""), runs };
}

/** The stored text of a document, with its runs; read inside a transaction over bodies and bodyParts. */
export async function readStoredBody(db: SelarasDb, id: string): Promise<StoredBody | undefined> {
  const body = await db.bodies.get(id);
  return body ? readBody(db, body) : undefined;
}

/** The stored text of a document; read inside a transaction over bodies and bodyParts to read one version. */
export async function readBodyText(db: SelarasDb, id: string): Promise<string | undefined> {
  return (await readStoredBody(db, id))?.json;
}

/**
 * Stores `runs` as the text of document `id`; call inside a transaction over
 * bodies and bodyParts. `stored` is what this tab knows to be stored now (the
 * runs of its last write, when the stored revision is still that write's):
 * runs equal to those are not written again. Runs the old text had and the new
 * one has not are deleted. `old` is the body row as it is now. The writes go
 * out together (one round trip to the storage, not one per write). Returns how
 * many runs were written.
 */
export async function writeBodyRuns(
  db: SelarasDb,
  id: string,
  runs: readonly TextRun[],
  stored: ReadonlyMap<string, TextRun> | null,
  old: StoredDocumentBody | undefined,
): Promise<number> {
  const storedKeys = new Set(old?.parts ?? []);
  const changed = runs.filter((run) => {
    const before = storedKeys.has(run.key) ? stored?.get(run.key) : undefined;
    return before === undefined || !sameRun(before, run);
  });
  const keys = runs.map((run) => run.key);
  const kept = new Set(keys);
  const gone = [...storedKeys].filter((key) => !kept.has(key));
  await Promise.all([
    changed.length > 0
      ? db.bodyParts.bulkPut(changed.map((run) => ({ id, key: run.key, text: runText(run) })))
      : null,
    gone.length > 0 ? db.bodyParts.bulkDelete(gone.map((key): [string, string] => [id, key])) : null,
    db.bodies.put({ id, parts: keys }),
  ]);
  return changed.length;
}

/** Deletes the stored text of a document, runs and all; inside a transaction over bodies and bodyParts. */
export async function deleteBody(db: SelarasDb, id: string): Promise<void> {
  await db.bodyParts.where("[id+key]").between([id, Dexie.minKey], [id, Dexie.maxKey]).delete();
  await db.bodies.delete(id);
}
