// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { updateIndicator, updateNode } from "../../src/domain/operations";
import { addAlignment, addUnit, createStructure } from "../../src/domain/structureOps";
import type { PlanDocument } from "../../src/domain/types";
import { createAppStore } from "../../src/store/appStore";
import { StoreProvider } from "../../src/store/context";
import { DetailsPanel } from "../../src/ui/DetailsPanel";
import { TreeActionsProvider } from "../../src/ui/editing/context";
import { docWith, node } from "../helpers/build";

function renderPanel() {
  const store = createAppStore({ language: "en" });
  const doc = docWith([
    node("g", null, "goal", { name: "Meningkatnya kesejahteraan sosial", code: "T1" }),
    node("s", "g", "strategic_target", {
      name: "Terpenuhinya kebutuhan dasar",
      indicators: [
        { id: "s-i1", name: "Indeks Kesejahteraan Sosial", unit: "indeks", targets: { "2024": 55 } },
      ],
    }),
  ]);
  store.getState().openDocument("d1", doc);
  render(
    <StoreProvider store={store}>
      <TreeActionsProvider>
        <DetailsPanel />
      </TreeActionsProvider>
    </StoreProvider>,
  );
  return store;
}

describe("the side panel's editor", () => {
  afterEach(cleanup);

  it("shows the document's properties when nothing is selected", () => {
    renderPanel();
    expect(screen.getByRole("textbox", { name: "Title" })).toHaveProperty("value", "Test plan");
    expect(screen.getByText("2 nodes, 1 indicators, 0 structures")).toBeTruthy();
  });

  it("edits a box's name as one undo step, however many keystrokes", () => {
    const store = renderPanel();
    act(() => store.getState().select("s"));
    const name = screen.getByRole("textbox", { name: "Name" });
    fireEvent.change(name, { target: { value: "Terpenuhinya" } });
    fireEvent.change(name, { target: { value: "Terpenuhinya kebutuhan" } });
    expect(store.getState().doc?.nodes.get("s")?.name).toBe("Terpenuhinya kebutuhan");
    act(() => store.getState().undo());
    expect(store.getState().doc?.nodes.get("s")?.name).toBe("Terpenuhinya kebutuhan dasar");
  });

  it("refuses an empty name with a hint and keeps the last name", () => {
    const store = renderPanel();
    act(() => store.getState().select("g"));
    fireEvent.change(screen.getByRole("textbox", { name: "Name" }), { target: { value: "   " } });
    expect(screen.getByRole("alert").textContent).toContain("cannot be empty");
    expect(store.getState().doc?.nodes.get("g")?.name).toBe("Meningkatnya kesejahteraan sosial");
  });

  // The indicators editor loads with its own chunk the first time a box is selected: find* waits for it.
  it("reads a target typed the Indonesian way and writes it to the indicator", async () => {
    const store = renderPanel();
    act(() => store.getState().select("s"));
    const cell = await screen.findByRole("textbox", { name: "Target 2022" });
    fireEvent.change(cell, { target: { value: "1.234,5" } });
    fireEvent.blur(cell);
    expect(store.getState().doc?.nodes.get("s")?.indicators?.[0]?.targets?.["2022"]).toBe(1234.5);
    const text = screen.getByRole("textbox", { name: "Target 2023" });
    fireEvent.change(text, { target: { value: "WTP" } });
    fireEvent.blur(text);
    expect(store.getState().doc?.nodes.get("s")?.indicators?.[0]?.targets?.["2023"]).toBe("WTP");
  });

  it("changes the kind from the select, and adds and removes indicators", async () => {
    const store = renderPanel();
    act(() => store.getState().select("g"));
    await screen.findByRole("button", { name: "Add indicator" });
    fireEvent.change(screen.getByRole("combobox", { name: "Kind" }), { target: { value: "condition" } });
    expect(store.getState().doc?.nodes.get("g")?.kind).toBe("condition");
    fireEvent.click(screen.getByRole("button", { name: "Add indicator" }));
    expect(store.getState().doc?.nodes.get("g")?.indicators).toHaveLength(1);
    fireEvent.click(screen.getByRole("button", { name: "Remove indicator" }));
    expect(store.getState().doc?.nodes.get("g")?.indicators).toBeUndefined();
  });

  it("stores a baseline only once both its year and value are typed, inventing nothing", async () => {
    const store = renderPanel();
    act(() => store.getState().select("s"));
    const year = await screen.findByRole("textbox", { name: "Baseline year" });
    fireEvent.change(year, { target: { value: "2019" } });
    fireEvent.blur(year);
    expect(screen.getByRole("alert").textContent).toContain("needs a year");
    expect(store.getState().doc?.nodes.get("s")?.indicators?.[0]?.baseline).toBeUndefined();
    const value = screen.getByRole("textbox", { name: "Baseline value" });
    fireEvent.change(value, { target: { value: "1,000" } });
    fireEvent.blur(value);
    expect(store.getState().doc?.nodes.get("s")?.indicators?.[0]?.baseline).toEqual({
      year: 2019,
      value: 1000,
    });
  });

  it("tabbing through a target cell changes nothing", async () => {
    const store = renderPanel();
    act(() => store.getState().select("s"));
    const cell = await screen.findByRole("textbox", { name: "Target 2024" });
    const before = store.getState().doc;
    fireEvent.focus(cell);
    fireEvent.blur(cell);
    expect(store.getState().doc).toBe(before);
  });

  // The panel of a box renders again only for what it shows: these edits leave the
  // box itself as it was, and each must still show.
  it("follows edits around the box: its parent renamed, an owner given, an owned indicator renamed", async () => {
    const store = renderPanel();
    act(() => store.getState().select("s"));
    await screen.findByRole("button", { name: "Add indicator" });
    const edit = (change: (doc: PlanDocument) => PlanDocument) =>
      act(() => store.getState().updateDocument(change));
    const ok = <T extends { ok: boolean }>(outcome: T) => {
      if (!outcome.ok) throw new Error("edit refused");
      return (outcome as T & { doc: PlanDocument }).doc;
    };
    edit((doc) => ok(updateNode(doc, "g", { name: "Kesejahteraan sosial meningkat" })));
    expect(screen.getByRole("button", { name: "T1 Kesejahteraan sosial meningkat" })).toBeTruthy();
    edit((doc) => ok(createStructure(doc, { id: "st", name: "SOTK 2024", role: "existing" })));
    edit((doc) =>
      ok(
        addUnit(doc, "st", {
          id: "u1",
          parentId: null,
          name: "Direktorat Jaminan Sosial",
          tier: "echelon_2",
        }),
      ),
    );
    // The panel's list of owners, per structure.
    const ownersList = () => [...document.querySelectorAll(".owners")].map((element) => element.textContent);
    expect(ownersList()).toEqual([expect.stringContaining("SOTK 2024")]);
    edit((doc) =>
      ok(addAlignment(doc, { structureId: "st", unitId: "u1", nodeId: "s", indicatorId: "s-i1" })),
    );
    expect(ownersList()).toEqual([
      expect.stringContaining("Direktorat Jaminan Sosial · owner · Indeks Kesejahteraan Sosial"),
    ]);
    // The box's indicator renamed: the owner's line names it anew.
    edit((doc) => ok(updateIndicator(doc, "s", "s-i1", { name: "Indeks Kesejahteraan" })));
    expect(ownersList()).toEqual([
      expect.stringMatching(/Direktorat Jaminan Sosial · owner · Indeks Kesejahteraan$/),
    ]);
  });
});
