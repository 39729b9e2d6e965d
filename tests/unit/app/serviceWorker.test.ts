import { describe, expect, it, vi } from "vitest";
import { saveThenSwitch } from "../../../src/app/serviceWorker";

// The update prompt's promise: unsaved work is stored before the new build takes over, or nothing switches.

describe("switching to a new build", () => {
  it("stores the open document first, then switches", async () => {
    const order: string[] = [];
    const switched = await saveThenSwitch(
      async () => {
        order.push("flush");
        return true;
      },
      () => order.push("switch"),
    );
    expect(switched).toBe(true);
    expect(order).toEqual(["flush", "switch"]);
  });

  it("does not switch when the document could not be stored", async () => {
    const switchToNewBuild = vi.fn();
    expect(await saveThenSwitch(async () => false, switchToNewBuild)).toBe(false);
    expect(switchToNewBuild).not.toHaveBeenCalled();
  });
});
