import { describe, expect, it } from "vitest";
import { setTitle } from "../../../src/domain/document";
import { createAppStore } from "../../../src/store/appStore";
import { docWith, node } from "../../helpers/build";

function openSample() {
  const store = createAppStore({ language: "en" });
  const doc = docWith([
    node("g", null, "goal", { name: "Kesejahteraan sosial", code: "T1" }),
    node("s", "g", "strategic_target", { name: "Terpenuhinya kebutuhan dasar", code: "SS1" }),
    node("p", "s", "program", { name: "Program Perlindungan Sosial", code: "PS" }),
    node("a", "p", "activity", { name: "Penyaluran bansos PKH", code: "5678" }),
  ]);
  store.getState().openDocument("d1", doc, ["s", "not-a-node"]);
  return store;
}

describe("app store", () => {
  it("findings follow an edit a moment later; a document just opened is diagnosed at once", async () => {
    const store = openSample();
    const opened = store.getState().doc;
    expect(store.getState().diagnosedDoc).toBe(opened);
    store.getState().updateDocument((doc) => setTitle(doc, "Renamed"));
    const edited = store.getState().doc;
    expect(edited).not.toBe(opened);
    // The keystroke's task does not diagnose; a later one does.
    expect(store.getState().diagnosedDoc).toBe(opened);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().diagnosedDoc).toBe(opened);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(store.getState().diagnosedDoc).toBe(edited);
    // Another document: at once, never the last document's findings.
    const other = docWith([node("x", null, "goal", { name: "Lain" })]);
    store.getState().openDocument("d2", other);
    expect(store.getState().diagnosedDoc).toBe(other);
  });

  it("findings wait for the edit's save to be stored (at most a second), then follow in a task of their own", async () => {
    const store = openSample();
    const opened = store.getState().doc;
    const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    store.getState().updateDocument((doc) => setTitle(doc, "Renamed"));
    store.getState().setSaveState("saving");
    const edited = store.getState().doc;
    await wait(120);
    expect(store.getState().diagnosedDoc).toBe(opened);
    store.getState().setSaveState("saved");
    expect(store.getState().diagnosedDoc).toBe(opened);
    await wait(0);
    expect(store.getState().diagnosedDoc).toBe(edited);
    // A save that never ends (a paused tab, say) holds the findings back a second at most.
    store.getState().updateDocument((doc) => setTitle(doc, "Renamed again"));
    store.getState().setSaveState("pending");
    await wait(500);
    expect(store.getState().diagnosedDoc).toBe(edited);
    await wait(700);
    expect(store.getState().diagnosedDoc).toBe(store.getState().doc);
  });

  it("opens a document with its children index and only the collapsed ids that exist", () => {
    const store = openSample();
    const s = store.getState();
    expect(s.children.get("g")).toEqual(["s"]);
    expect([...s.collapsed]).toEqual(["s"]);
    expect(s.selectedId).toBeNull();
  });

  it("searches code and name, case-insensitively, and steps through matches", () => {
    const store = openSample();
    store.getState().setSearch("program");
    expect(store.getState().search.matches).toEqual(["p"]);
    store.getState().setSearch("s");
    expect(store.getState().search.matches).toEqual(["g", "s", "p", "a"]);
    store.getState().setSearch("ss1");
    expect(store.getState().search.matches).toEqual(["s"]);
  });

  it("revealing a match selects it, opens its collapsed ancestors and asks the canvas to centre it", () => {
    const store = openSample();
    store.getState().setSearch("PKH");
    store.getState().stepSearch(1);
    const s = store.getState();
    expect(s.selectedId).toBe("a");
    expect(s.collapsed.has("s")).toBe(false);
    expect(s.focus?.id).toBe("a");
    expect(s.search.index).toBe(0);
  });

  it("wraps around when stepping past the last match", () => {
    const store = openSample();
    store.getState().setSearch("s");
    store.getState().stepSearch(-1);
    expect(store.getState().selectedId).toBe("a");
    store.getState().stepSearch(1);
    expect(store.getState().selectedId).toBe("g");
  });

  it("renames the open document, trimming, and ignores an empty title", () => {
    const store = openSample();
    store.getState().renameOpenDocument("  Renstra baru ");
    expect(store.getState().doc?.meta.title).toBe("Renstra baru");
    const before = store.getState().doc;
    store.getState().renameOpenDocument("   ");
    expect(store.getState().doc).toBe(before);
  });

  it("toggles collapse and keeps messages until dismissed", () => {
    const store = openSample();
    store.getState().toggleCollapsed("g");
    expect(store.getState().collapsed.has("g")).toBe(true);
    store.getState().toggleCollapsed("g");
    expect(store.getState().collapsed.has("g")).toBe(false);
    const id = store.getState().pushMessage({ tone: "error", text: "Bad file" });
    expect(store.getState().messages.map((m) => m.text)).toEqual(["Bad file"]);
    store.getState().dismissMessage(id);
    expect(store.getState().messages).toEqual([]);
  });
});
