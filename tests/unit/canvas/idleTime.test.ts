import { afterEach, describe, expect, it, vi } from "vitest";
import { IDLE_SLICE_MS, inIdleTime } from "../../../src/canvas/idleTime";

// A page's idle periods, driven by hand: idle(remaining) runs the callback that
// waits for one, with `remaining` ms of the period left.
function stubIdlePeriods() {
  const waiting = new Map<number, IdleRequestCallback>();
  let requests = 0;
  vi.stubGlobal("requestIdleCallback", (callback: IdleRequestCallback) => {
    waiting.set(++requests, callback);
    return requests;
  });
  vi.stubGlobal("cancelIdleCallback", (id: number) => waiting.delete(id));
  return {
    idle(remaining = 50) {
      const [id, callback] = [...waiting][0] ?? [];
      if (id === undefined || !callback) return;
      waiting.delete(id);
      callback({ didTimeout: false, timeRemaining: () => remaining });
    },
    get waiting() {
      return waiting.size;
    },
  };
}

describe("work done in the page's idle time", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it("runs the work a slice per idle period until it says it is done", () => {
    const page = stubIdlePeriods();
    const slices: number[] = [];
    inIdleTime(() => {
      slices.push(slices.length);
      return slices.length === 3;
    });
    expect(slices).toEqual([]);
    page.idle();
    page.idle();
    expect(slices).toEqual([0, 1]);
    page.idle();
    expect(slices).toEqual([0, 1, 2]);
    expect(page.waiting).toBe(0);
  });

  it(`asks the work to stop once its slice has run ${IDLE_SLICE_MS} ms, or the idle period has under 1 ms left`, () => {
    const page = stubIdlePeriods();
    let now = 1000;
    vi.spyOn(performance, "now").mockImplementation(() => now);
    const done: number[] = [];
    inIdleTime((stop) => {
      // Each item takes 3 ms of the clock.
      while (!stop()) {
        done.push(done.length);
        now += 3;
        if (done.length === 5) return true;
      }
      return false;
    });
    page.idle();
    // Items at 0, 3 and 6 ms; at 9 ms the slice is over.
    expect(done).toEqual([0, 1, 2]);
    page.idle(0.5);
    expect(done).toEqual([0, 1, 2]);
    page.idle();
    expect(done).toEqual([0, 1, 2, 3, 4]);
    expect(page.waiting).toBe(0);
  });

  it("cancels the request that is waiting, so nothing more runs", () => {
    const page = stubIdlePeriods();
    let slices = 0;
    const cancel = inIdleTime(() => {
      slices++;
      return false;
    });
    page.idle();
    expect(page.waiting).toBe(1);
    cancel();
    expect(page.waiting).toBe(0);
    page.idle();
    expect(slices).toBe(1);
  });

  it("runs nothing where the browser has no idle callbacks", () => {
    vi.stubGlobal("requestIdleCallback", undefined);
    let slices = 0;
    const cancel = inIdleTime(() => {
      slices++;
      return true;
    });
    cancel();
    expect(slices).toBe(0);
  });
});
