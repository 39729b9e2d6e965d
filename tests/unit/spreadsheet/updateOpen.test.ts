import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../src/spreadsheet/csv";
import { readTables } from "../../../src/spreadsheet/readTables";
import { createAppStore } from "../../../src/store/appStore";
import { parseLocaleNumber } from "../../../src/ui/editing/numbers";
import { updateOpenDocumentFromSpreadsheet } from "../../../src/ui/sheets/sheetActions";
import { sample } from "./helpers";

// The one path by which a spreadsheet changes the open document: one undo step,
// and a refusal leaves the store untouched.

function rows(csv: string) {
  const read = readTables([parseCsv(csv, "m.csv")], "en", parseLocaleNumber);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.data;
}

describe("updateOpenDocumentFromSpreadsheet", () => {
  it("applies the rows as one undoable step", () => {
    const store = createAppStore({ language: "en" });
    const doc = sample();
    store.getState().openDocument("d1", doc);
    const data = rows(
      "Kind,Code,Parent code,Name,Box ID\nGoal,T1,,Renamed,t1\nStrategic target,SS9,T1,New target,\n",
    );
    const result = updateOpenDocumentFromSpreadsheet(
      store,
      data,
      "perpres-46-2015",
      "en",
      "spreadsheet import",
    );
    expect(result.ok).toBe(true);
    expect(store.getState().doc!.nodes.get("t1")!.name).toBe("Renamed");
    expect(store.getState().doc!.nodes.get("SS9")!.parentId).toBe("t1");
    store.getState().undo();
    expect(store.getState().doc).toBe(doc);
    expect(store.getState().history!.canUndo).toBe(false);
  });

  it("changes nothing when the rows do not fit the document", () => {
    const store = createAppStore({ language: "en" });
    const doc = sample();
    store.getState().openDocument("d1", doc);
    const data = rows("Kind,Code,Parent code,Name\nProgram,027.DK,6381,Program Perlindungan Sosial\n");
    const result = updateOpenDocumentFromSpreadsheet(
      store,
      data,
      "perpres-46-2015",
      "en",
      "spreadsheet import",
    );
    expect(result.ok).toBe(false);
    expect(store.getState().doc).toBe(doc);
    expect(store.getState().history!.canUndo).toBe(false);
  });
});
