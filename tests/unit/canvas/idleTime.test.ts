import { afterEach, describe, expect, it, vi } from "vitest";
import { inIdleTime } from "../../../src/canvas/idleTime";

// A page's idle periods, driven by hand: each call of idle() runs the callback
// waiting for one, with `remaining` ms of it left.
function stubIdlePeriods() {
  let waiting: IdleRequestCallback | null = null;
  let requests = 0;
  vi.stubGlobal("requestIdleCallback", (callback: IdleRequestCallback) => {
    waiting = callback;
    return ++requests;
  });
  vi.stubGlobal("cancelIdleCallback", () => {
    waiting = null;
  });
  return {
    idle(remaining = 50) {
      const callback = waiting;
      waiting = null;
      callback?.({ didTimeout: false, timeRemaining: () => remaining });
    },
    get waiting() {
      return waiting !== null;
    },
  };
}

describe("work done in the page's idle time", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("runs a slice per idle period until the work says it is done, stopping each slice when asked", () => {
    const page = stubIdlePeriods();
    const done: number[] = [];
    let next = 0;
    inIdleTime((stop) => {
      // Three items per slice: the stop below stands for the slice's time running out.
      for (let taken = 0; next < 7; taken++) {
        if (taken === 3 || stop()) return false;
        done.push(next++);
      }
      return true;
    });
    expect(done).toEqual([]);
    page.idle();
    expect(done).toEqual([0, 1, 2]);
    page.idle();
    page.idle();
    expect(done).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(page.waiting).toBe(false);
  });

  it("has the work stop once the idle period has less than a millisecond left", () => {
    const page = stubIdlePeriods();
    const stops: boolean[] = [];
    inIdleTime((stop) => {
      stops.push(stop());
      return stops.length === 2;
    });
    page.idle(0.5);
    page.idle(40);
    expect(stops).toEqual([true, false]);
  });

  it("runs nothing more once cancelled", () => {
    const page = stubIdlePeriods();
    let slices = 0;
    const cancel = inIdleTime(() => {
      slices++;
      return false;
    });
    page.idle();
    cancel();
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
