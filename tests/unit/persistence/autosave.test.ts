import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { PlanDocument } from "../../../src/domain/types";
import { createAutosaver, type SaveStatus } from "../../../src/persistence/autosave";
import { docWith, node } from "../../helpers/build";

describe("autosave", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const v1 = docWith([node("a", null)]);
  const v2 = docWith([node("a", null), node("b", "a")]);

  it("writes the latest version once, shortly after a burst of changes", async () => {
    const writes: [string, PlanDocument][] = [];
    const statuses: SaveStatus["state"][] = [];
    const saver = createAutosaver({
      write: async (id, doc) => void writes.push([id, doc]),
      onStatus: (s) => statuses.push(s.state),
      delayMs: 400,
    });
    saver.schedule("d1", v1);
    await vi.advanceTimersByTimeAsync(200);
    saver.schedule("d1", v2);
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(450);
    expect(writes).toEqual([["d1", v2]]);
    expect(statuses.at(-1)).toBe("saved");
  });

  it("flush writes at once, without waiting for the delay", async () => {
    const writes: string[] = [];
    const saver = createAutosaver({
      write: async (id) => void writes.push(id),
      onStatus: () => {},
      delayMs: 10_000,
    });
    saver.schedule("d1", v1);
    await saver.flush();
    expect(writes).toEqual(["d1"]);
    expect(saver.hasPending()).toBe(false);
  });

  it("reports a failed write and retries it until it succeeds, never dropping the version", async () => {
    let fail = 2;
    const writes: PlanDocument[] = [];
    const statuses: SaveStatus[] = [];
    const saver = createAutosaver({
      write: async (_id, doc) => {
        if (fail-- > 0) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        writes.push(doc);
      },
      onStatus: (s) => statuses.push(s),
      delayMs: 100,
      retryDelaysMs: [1000],
    });
    saver.schedule("d1", v1);
    await vi.advanceTimersByTimeAsync(150);
    expect(statuses.at(-1)).toEqual({
      state: "error",
      reason: "QuotaExceededError: The quota has been exceeded.",
    });
    expect(saver.hasPending()).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toEqual([v1]);
    expect(statuses.at(-1)).toEqual({ state: "saved" });
  });

  it("a newer version scheduled during a failing write is the one retried", async () => {
    let fail = true;
    const writes: PlanDocument[] = [];
    const saver = createAutosaver({
      write: async (_id, doc) => {
        if (fail) {
          fail = false;
          throw new Error("disk busy");
        }
        writes.push(doc);
      },
      onStatus: () => {},
      delayMs: 100,
      retryDelaysMs: [500],
    });
    saver.schedule("d1", v1);
    await vi.advanceTimersByTimeAsync(120);
    saver.schedule("d1", v2);
    await vi.advanceTimersByTimeAsync(600);
    expect(writes).toEqual([v2]);
  });

  it("keeps pending versions of two documents apart", async () => {
    const writes: string[] = [];
    const saver = createAutosaver({
      write: async (id) => void writes.push(id),
      onStatus: () => {},
      delayMs: 100,
    });
    saver.schedule("d1", v1);
    saver.schedule("d2", v2);
    await saver.flush();
    expect(writes.sort()).toEqual(["d1", "d2"]);
  });
});
