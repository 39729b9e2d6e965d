import { describe, expect, it } from "vitest";
import { childrenIndex } from "../../../src/domain/tree";
import type { Indicator } from "../../../src/domain/types";
import { parseCsv, tableToCsv } from "../../../src/spreadsheet/csv";
import { documentTables } from "../../../src/spreadsheet/exportTables";
import { readXlsx, writeXlsx } from "../../../src/spreadsheet/xlsx";
import { importNew, sample } from "./helpers";

/** An indicator as the Matriks Kinerja carries it: targets of the period's years only (2020-2024). */
function inPeriod(indicator: Indicator): Indicator {
  const targets = Object.entries(indicator.targets ?? {}).filter(([year]) => +year >= 2020 && +year <= 2024);
  const { targets: _all, ...rest } = indicator;
  return targets.length > 0 ? { ...rest, targets: Object.fromEntries(targets) } : rest;
}

// Export the sample, import what was exported as a new document: the same tree,
// indicators, targets, structures and owners come back.

describe("sample export then import", () => {
  for (const format of ["xlsx", "csv"] as const) {
    for (const language of ["id", "en"] as const) {
      it(`gives back the same boxes, indicators and units (${format}, ${language})`, () => {
        const doc = sample();
        const tables = documentTables(doc, "perpres-46-2015", language);
        const back =
          format === "xlsx"
            ? readXlsx(writeXlsx(tables))
            : tables.map((t) => parseCsv(tableToCsv(t.rows), t.name));
        const result = importNew(back, language);
        if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5)));
        const got = result.doc;
        expect([...got.nodes.keys()].sort()).toEqual([...doc.nodes.keys()].sort());
        for (const node of doc.nodes.values()) {
          const other = got.nodes.get(node.id)!;
          expect(other.parentId).toBe(node.parentId);
          expect(other.kind).toBe(node.kind);
          expect(other.name).toBe(node.name);
          expect(other.code).toBe(node.code);
          expect(other.statement).toBe(node.statement);
          expect(other.indicators ?? []).toEqual((node.indicators ?? []).map(inPeriod));
        }
        expect(childrenIndex(got.nodes).get(null)).toEqual(childrenIndex(doc.nodes).get(null));
        expect([...got.structures.keys()]).toEqual([...doc.structures.keys()]);
        for (const structure of doc.structures.values()) {
          const other = got.structures.get(structure.id)!;
          expect(other.name).toBe(structure.name);
          expect(other.role).toBe(structure.role);
          for (const unit of structure.units.values()) {
            const { order: _order, ...rest } = unit;
            expect(other.units.get(unit.id)).toEqual(rest);
          }
        }
        const owners = (d: typeof doc) =>
          [...d.alignments.values()]
            .filter((a) => a.structureId === "perpres-46-2015" && a.role === "primary" && !a.indicatorId)
            .map((a) => `${a.nodeId}>${a.unitId}`)
            .sort();
        expect(owners(got)).toEqual(owners(doc));
      });
    }
  }
});
