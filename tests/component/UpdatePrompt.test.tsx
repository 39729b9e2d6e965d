// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { createAppStore } from "../../src/store/appStore";
import { appUpdate } from "../../src/store/appUpdate";
import { StoreProvider } from "../../src/store/context";
import { UpdatePrompt } from "../../src/ui/UpdatePrompt";

function renderPrompt(language: "en" | "id" = "en") {
  render(
    <StoreProvider store={createAppStore({ language })}>
      <UpdatePrompt />
    </StoreProvider>,
  );
}

describe("the update prompt", () => {
  afterEach(() => {
    cleanup();
    act(() => appUpdate.setState({ status: "idle", apply: async () => {} }));
  });

  it("shows nothing until a newer version waits", () => {
    renderPrompt();
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("offers Reload, which runs the save-then-switch step", async () => {
    let applied = 0;
    act(() =>
      appUpdate.setState({
        status: "ready",
        apply: async () => {
          applied++;
        },
      }),
    );
    renderPrompt();
    expect(screen.getByRole("status").textContent).toContain("A new version of Selaras is available.");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Reload" })));
    expect(applied).toBe(1);
  });

  it("says so, in the UI language, when the work could not be stored and the page stays", () => {
    act(() => appUpdate.setState({ status: "unsaved" }));
    renderPrompt("id");
    expect(screen.getByRole("status").textContent).toContain("tidak dimuat ulang");
    expect(screen.getByRole("button", { name: "Muat ulang" })).toBeTruthy();
  });
});
