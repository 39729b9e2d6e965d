import Dexie from "dexie";
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { afterEach, describe, expect, it, vi } from "vitest";
import { setTitle } from "../../../src/domain/document";
import { serializeDocument } from "../../../src/format/serialize";
import { openDatabase } from "../../../src/persistence/db";
import {
  createRepository,
  isStaleDocumentError,
  type StoredChange,
} from "../../../src/persistence/repository";
import { docWith, node } from "../../helpers/build";

// Two tabs are two repositories over one database: a save based on a revision
// that another tab has since replaced is refused and writes nothing.

function twoTabs() {
  Dexie.dependencies.indexedDB = new IDBFactory();
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  const name = `test-${Math.random()}`;
  const changes: StoredChange[] = [];
  const a = createRepository(openDatabase(name), { onChange: (change) => changes.push(change) });
  const b = createRepository(openDatabase(name));
  /** Another tab over the same database, started later (its database too, to break it). */
  const another = () => {
    const db = openDatabase(name);
    return { db, repository: createRepository(db) };
  };
  return { a, b, changes, another };
}

/** The browser's localStorage, which Node has not: one map shared by the "tabs". */
function stubLocalStorage(): Map<string, string> {
  const items = new Map<string, string>();
  vi.stubGlobal("localStorage", {
    get length() {
      return items.size;
    },
    key: (i: number) => [...items.keys()][i] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  });
  return items;
}

/** Web Locks, which Node has not: a queue per name, counting how many holders there were at once. */
function stubLocks() {
  const seen = { requests: [] as string[], mostAtOnce: 0 };
  let active = 0;
  let tail: Promise<unknown> = Promise.resolve();
  vi.stubGlobal("navigator", {
    locks: {
      request: (name: string, _options: { signal?: AbortSignal }, work: () => Promise<unknown>) => {
        seen.requests.push(name);
        const run = tail.then(async () => {
          active++;
          seen.mostAtOnce = Math.max(seen.mostAtOnce, active);
          try {
            return await work();
          } finally {
            active--;
          }
        });
        tail = run.catch(() => undefined);
        return run;
      },
    },
  });
  return seen;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const doc = docWith([node("g", null, "goal", { name: "Tujuan" })]);

async function titleIn(repository: ReturnType<typeof createRepository>, id: string) {
  const result = await repository.load(id);
  return result?.ok ? result.document.meta.title : null;
}

describe("document revisions", () => {
  it("counts every write and tells what it stored", async () => {
    const { a, changes } = twoTabs();
    const id = await a.create(doc);
    await a.save(id, setTitle(doc, "Kedua"));
    expect(a.knownRevision(id)).toBe(2);
    expect(changes).toEqual([
      { kind: "saved", id, revision: 1 },
      { kind: "saved", id, revision: 2 },
    ]);
    expect((await a.list())[0]?.revision).toBe(2);
  });

  it("refuses a save based on a revision another tab replaced, and keeps the other tab's version", async () => {
    const { a, b } = twoTabs();
    const id = await a.create(doc);
    await b.load(id);
    await b.save(id, setTitle(doc, "From tab B"));
    const refused = await a.save(id, setTitle(doc, "From tab A")).catch((error: unknown) => error);
    expect(isStaleDocumentError(refused)).toBe(true);
    expect(await titleIn(a, id)).toBe("From tab B");
    // Having read the newer version, tab A may save over it.
    await a.save(id, setTitle(doc, "From tab A, after reading B"));
    expect(await titleIn(b, id)).toBe("From tab A, after reading B");
  });

  it("refuses to write back a document another tab deleted, until this tab takes over", async () => {
    const { a, b } = twoTabs();
    const id = await a.create(doc);
    await b.load(id);
    await b.remove(id);
    const refused = await a.save(id, doc).catch((error: unknown) => error);
    expect(isStaleDocumentError(refused) && refused.storedRevision).toBe(null);
    expect(await a.list()).toEqual([]);
    await a.adopt(id);
    await a.save(id, setTitle(doc, "Kept"));
    expect(await titleIn(b, id)).toBe("Kept");
  });

  it("a save by a tab that never read the document is refused", async () => {
    const { a, b } = twoTabs();
    const id = await a.create(doc);
    await expect(b.save(id, setTitle(doc, "Blind"))).rejects.toThrow(/another tab/);
    expect(await titleIn(a, id)).toBe(doc.meta.title);
  });

  it("a row stored before revisions existed counts as revision 0", async () => {
    Dexie.dependencies.indexedDB = new IDBFactory();
    const db = openDatabase("legacy");
    const id = "old";
    const legacy = createRepository(db);
    await legacy.create(doc);
    // As the first version of Selaras wrote it: no revision field.
    await db.documents.put({
      id,
      title: "Lama",
      createdAt: "2025-01-01T00:00:00Z",
      updatedAt: "2025-01-01T00:00:00Z",
      nodeCount: 1,
    });
    await db.bodies.put({ id, json: serializeDocument(doc) });
    await legacy.load(id);
    expect(legacy.knownRevision(id)).toBe(0);
    await legacy.save(id, setTitle(doc, "Baru"));
    expect((await db.documents.get(id))?.revision).toBe(1);
  });
});

describe("versions rescued from a closing page", () => {
  const copyTitle = (title: string) => `${title} (recovered)`;
  /** Lets the rescue's raw IndexedDB transaction (sent without waiting) commit. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

  it("are put back in place at the next start when nobody wrote since", async () => {
    const { a, b } = twoTabs();
    const id = await a.create(doc);
    a.rescue(new Map([[id, setTitle(doc, "Unsaved when closed")]]));
    await settle();
    expect(await b.recoverRescued(copyTitle)).toEqual({
      recovered: [{ id, as: "restored", title: "Unsaved when closed" }],
      failures: [],
    });
    expect(await titleIn(b, id)).toBe("Unsaved when closed");
    expect(await b.recoverRescued(copyTitle)).toEqual({ recovered: [], failures: [] });
  });

  it("become a new document when another tab wrote the document meanwhile", async () => {
    const { a, b } = twoTabs();
    const id = await a.create(doc);
    await b.load(id);
    a.rescue(new Map([[id, setTitle(doc, "Closing tab")]]));
    await settle();
    // The other tab's save clears its own rescued versions only.
    await b.save(id, setTitle(doc, "Other tab"));
    const [recovered] = (await b.recoverRescued(copyTitle)).recovered;
    expect(recovered?.as).toBe("copy");
    expect(await titleIn(b, id)).toBe("Other tab");
    expect(await titleIn(b, recovered!.id)).toBe("Closing tab (recovered)");
  });

  it("kept in localStorage, survive a start that is left while it puts them back", async () => {
    const local = stubLocalStorage();
    const { a, another } = twoTabs();
    const id = await a.create(doc);
    a.rescue(new Map([[id, setTitle(doc, "Rescued in localStorage")]]));
    expect(local.size).toBe(1);

    // The next start is left (reloaded, navigated away) before its write commits.
    const interrupted = another();
    vi.spyOn(interrupted.db.documents, "put").mockRejectedValue(new Error("the page went away"));
    const failed = await interrupted.repository.recoverRescued(copyTitle);
    expect(failed.recovered).toEqual([]);
    expect(failed.failures).toEqual([expect.stringContaining("the page went away")]);
    expect(await titleIn(a, id)).toBe(doc.meta.title);

    const next = another().repository;
    expect((await next.recoverRescued(copyTitle)).recovered).toEqual([
      { id, as: "restored", title: "Rescued in localStorage" },
    ]);
    expect(await titleIn(next, id)).toBe("Rescued in localStorage");
    expect(local.size).toBe(0);
    expect(await next.recoverRescued(copyTitle)).toEqual({ recovered: [], failures: [] });
  });

  it("one that cannot be put back now does not keep the others from going back", async () => {
    const { a, another } = twoTabs();
    const first = await a.create(doc);
    const second = await a.create(setTitle(doc, "Second"));
    a.rescue(
      new Map([
        [first, setTitle(doc, "First rescued")],
        [second, setTitle(doc, "Second rescued")],
      ]),
    );
    await settle();
    const failing = another();
    vi.spyOn(failing.db.documents, "put").mockRejectedValueOnce(new Error("disk full"));
    const result = await failing.repository.recoverRescued(copyTitle);
    expect(result.recovered).toHaveLength(1);
    expect(result.failures).toEqual([expect.stringContaining("disk full")]);

    const next = another().repository;
    expect((await next.recoverRescued(copyTitle)).recovered).toHaveLength(1);
    expect([await titleIn(next, first), await titleIn(next, second)]).toEqual([
      "First rescued",
      "Second rescued",
    ]);
  });

  it("are put back once when two starts recover at the same moment (a browser restoring two tabs)", async () => {
    const { a, another } = twoTabs();
    const id = await a.create(doc);
    a.rescue(new Map([[id, setTitle(doc, "Rescued once")]]));
    await settle();
    const first = another().repository;
    const second = another().repository;
    const results = await Promise.all([first.recoverRescued(copyTitle), second.recoverRescued(copyTitle)]);
    expect(results.flatMap((result) => result.recovered)).toEqual([
      { id, as: "restored", title: "Rescued once" },
    ]);
    expect(results.flatMap((result) => result.failures)).toEqual([]);
    expect(await titleIn(first, id)).toBe("Rescued once");
    expect((await first.list()).map((d) => d.id)).toEqual([id]);
  });

  it("a newer version rescued into localStorage while a start moves the older one is kept", async () => {
    const local = stubLocalStorage();
    const { a, another } = twoTabs();
    const id = await a.create(doc);
    a.rescue(new Map([[id, setTitle(doc, "Older")]]));
    const starting = another();
    // The tab that wrote it stayed (it was asked before closing), and rescues again as it goes.
    const put = starting.db.settings.put.bind(starting.db.settings);
    vi.spyOn(starting.db.settings, "put").mockImplementationOnce(((...args: Parameters<typeof put>) =>
      put(...args).then((written) => {
        a.rescue(new Map([[id, setTitle(doc, "Newer")]]));
        return written;
      })) as never);
    await starting.repository.recoverRescued(copyTitle);
    expect(local.size).toBe(1);
    // The older one went back in place; the newer one, based on the revision before, is kept beside it.
    const next = another().repository;
    const [kept] = (await next.recoverRescued(copyTitle)).recovered;
    expect(kept).toMatchObject({ as: "copy", title: "Newer (recovered)" });
    expect(await titleIn(next, id)).toBe("Older");
    expect(await titleIn(next, kept!.id)).toBe("Newer (recovered)");
  });

  it("one too large for localStorage replaces the older one the tab had rescued there", async () => {
    const local = stubLocalStorage();
    const { a, b } = twoTabs();
    const id = await a.create(doc);
    a.rescue(new Map([[id, setTitle(doc, "Small")]]));
    expect(local.size).toBe(1);
    const setItem = vi.spyOn(localStorage, "setItem").mockImplementation(() => {
      throw new DOMException("full", "QuotaExceededError");
    });
    a.rescue(new Map([[id, setTitle(doc, "Large")]]));
    setItem.mockRestore();
    await settle();
    expect(local.size).toBe(0);
    await b.recoverRescued(copyTitle);
    expect(await titleIn(b, id)).toBe("Large");
  });

  it("starts take turns through Web Locks, and a start that fails lets the next one go on", async () => {
    const lock = stubLocks();
    const { a, another } = twoTabs();
    const id = await a.create(doc);
    a.rescue(new Map([[id, setTitle(doc, "After a broken start")]]));
    await settle();
    const broken = another();
    vi.spyOn(broken.db.settings, "where").mockImplementation(() => {
      throw new Error("broken start");
    });
    const healthy = another().repository;
    const [first, second] = await Promise.allSettled([
      broken.repository.recoverRescued(copyTitle),
      healthy.recoverRescued(copyTitle),
    ]);
    expect(first.status).toBe("rejected");
    expect(second).toMatchObject({ status: "fulfilled", value: { recovered: [{ id, as: "restored" }] } });
    expect(lock.requests).toEqual(["selaras-recovery", "selaras-recovery"]);
    expect(lock.mostAtOnce).toBe(1);
  });

  it("a start that waits too long for another tab's lock (a frozen tab holds it) goes on without it", async () => {
    const waits: (AbortSignal | undefined)[] = [];
    vi.stubGlobal("navigator", {
      locks: {
        request: (_name: string, options: { signal?: AbortSignal }) => {
          waits.push(options.signal);
          return Promise.reject(new DOMException("The lock was not granted in time", "TimeoutError"));
        },
      },
    });
    const { a, b } = twoTabs();
    const id = await a.create(doc);
    a.rescue(new Map([[id, setTitle(doc, "Without the lock")]]));
    await settle();
    expect((await b.recoverRescued(copyTitle)).recovered).toEqual([
      { id, as: "restored", title: "Without the lock" },
    ]);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeInstanceOf(AbortSignal);
  });

  it("of two rescues under one key, in localStorage and in the database, the later goes back", async () => {
    const local = stubLocalStorage();
    const { a, b, another } = twoTabs();
    const id = await a.create(doc);
    a.rescue(new Map([[id, setTitle(doc, "Older, in localStorage")]]));
    // A later, larger rescue reached the database, and the page went before it could clear the older one.
    const key = [...local.keys()][0]!.slice("selaras.".length);
    const newer = {
      id,
      base: 1,
      json: serializeDocument(setTitle(doc, "Later, in the database")),
      at: Date.now() + 1000,
    };
    await another().db.settings.put({ key, value: newer });
    expect((await b.recoverRescued(copyTitle)).recovered).toEqual([
      { id, as: "restored", title: "Later, in the database" },
    ]);
    expect(await titleIn(b, id)).toBe("Later, in the database");
    expect(local.size).toBe(0);
  });

  it("one written by a newer Selaras is kept for it", async () => {
    const { a, another } = twoTabs();
    const id = await a.create(doc);
    const newer = serializeDocument(setTitle(doc, "From a newer Selaras")).replace(
      /"version":\d+/,
      '"version":999',
    );
    const starting = another();
    await starting.db.settings.put({ key: `rescue:${id}:newer`, value: { id, base: 1, json: newer } });
    expect(await starting.repository.recoverRescued(copyTitle)).toEqual({ recovered: [], failures: [] });
    expect(await starting.db.settings.get(`rescue:${id}:newer`)).toBeDefined();
    expect(await titleIn(a, id)).toBe(doc.meta.title);
  });

  it("are dropped once a regular save stores the document", async () => {
    const { a } = twoTabs();
    const id = await a.create(doc);
    a.rescue(new Map([[id, setTitle(doc, "Rescued")]]));
    await settle();
    await a.save(id, setTitle(doc, "Saved normally"));
    expect(await a.recoverRescued(copyTitle)).toEqual({ recovered: [], failures: [] });
    expect(await titleIn(a, id)).toBe("Saved normally");
  });
});
