import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../src/spreadsheet/csv";
import { readTables } from "../../../src/spreadsheet/readTables";
import { createAppStore } from "../../../src/store/appStore";
import { parseLocaleNumber } from "../../../src/ui/editing/numbers";
import { updateOpenDocumentFromSpreadsheet } from "../../../src/ui/sheets/sheetActions";
import { sample } from "./helpers";

// The one path by which a spreadsheet changes the open document: a version of
// the document first, then one undo step; a refusal leaves the store untouched
// and makes no version.

function rows(csv: string) {
  const read = readTables([parseCsv(csv, "m.csv")], "en", parseLocaleNumber);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.data;
}

describe("updateOpenDocumentFromSpreadsheet", () => {
  it("saves a version of the document as it was, then applies the rows as one undoable step", async () => {
    const store = createAppStore({ language: "en" });
    const doc = sample();
    store.getState().openDocument("d1", doc);
    const data = rows(
      "Kind,Code,Parent code,Name,Box ID\nGoal,T1,,Renamed,t1\nStrategic target,SS9,T1,New target,\n",
    );
    const versionsOf: unknown[] = [];
    const result = await updateOpenDocumentFromSpreadsheet(
      store,
      data,
      "perpres-46-2015",
      "en",
      "spreadsheet import",
      async () => versionsOf.push(store.getState().doc),
    );
    expect(result.ok).toBe(true);
    expect(versionsOf).toEqual([doc]);
    expect(store.getState().doc!.nodes.get("t1")!.name).toBe("Renamed");
    expect(store.getState().doc!.nodes.get("SS9")!.parentId).toBe("t1");
    store.getState().undo();
    expect(store.getState().doc).toBe(doc);
    expect(store.getState().history!.canUndo).toBe(false);
  });

  it("changes nothing and makes no version when the rows do not fit the document", async () => {
    const store = createAppStore({ language: "en" });
    const doc = sample();
    store.getState().openDocument("d1", doc);
    const data = rows("Kind,Code,Parent code,Name\nProgram,027.DK,6381,Program Perlindungan Sosial\n");
    const versionsOf: unknown[] = [];
    const result = await updateOpenDocumentFromSpreadsheet(
      store,
      data,
      "perpres-46-2015",
      "en",
      "spreadsheet import",
      async () => versionsOf.push(store.getState().doc),
    );
    expect(result.ok).toBe(false);
    expect(versionsOf).toEqual([]);
    expect(store.getState().doc).toBe(doc);
    expect(store.getState().history!.canUndo).toBe(false);
  });
});
