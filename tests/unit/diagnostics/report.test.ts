import { describe, expect, it } from "vitest";
import type { Finding } from "../../../src/domain/diagnostics";
import { buildReport, csvCell, csvRow, reportToCsv } from "../../../src/domain/report";
import type { PlanDocument } from "../../../src/domain/types";
import { align, indicator, node, planDoc, structure, unit } from "./fixtures";

/** The small example of format.md. */
function formatExample(): PlanDocument {
  const doc = planDoc(
    [
      node("g1", null, "goal", { name: "Meningkatnya kesejahteraan sosial" }),
      node("ss1", "g1", "strategic_target", {
        code: "SS1",
        name: "Terpenuhinya kebutuhan dasar penduduk miskin dan rentan",
        perspective: "stakeholder",
        indicators: [
          indicator("ss1-i1", {
            name: "Indeks Kesejahteraan Sosial",
            unit: "indeks",
            polarity: "maximize",
            baseline: { year: 2019, value: 50 },
            targets: { "2020": 51, "2021": 52, "2022": 53, "2023": 54, "2024": 55 },
          }),
        ],
      }),
      node("p1", "ss1", "program", {
        name: "Program Perlindungan Sosial",
        statement: "Meningkatnya keberfungsian sosial",
        programType: "technical",
      }),
    ],
    [
      structure(
        "asis",
        [
          unit("m", null, "minister", { name: "Menteri Sosial" }),
          unit("dj1", "m", "echelon_1", {
            name: "Ditjen Perlindungan dan Jaminan Sosial",
            kind: "substantive",
          }),
        ],
        { name: "Struktur saat ini" },
      ),
    ],
    [align("asis", "m", "ss1", "primary", { id: "a1" }), align("asis", "dj1", "p1", "primary", { id: "a2" })],
  );
  return { ...doc, meta: { title: "Renstra contoh", period: { start: 2020, end: 2024 }, language: "id" } };
}

const KIND_NAMES: Record<string, string> = {
  goal: "Goal",
  program: "Program",
  strategic_target: "Strategic target",
};

function englishMessage(finding: Finding): string {
  if (finding.rule === "A1") return `${KIND_NAMES[finding.params.kind]} has no owner`;
  if (finding.rule === "A8") return `${KIND_NAMES[finding.params.kind]} has no indicator`;
  return finding.rule;
}

describe("the alignment report", () => {
  it("is the report of format.md for its example document", () => {
    const report = buildReport(formatExample(), "asis", englishMessage);
    const expected = {
      format: "strategy-map-report",
      version: 1,
      document: "Renstra contoh",
      structureId: "asis",
      coverage: {
        nodes: {
          owned: 2,
          total: 3,
          byKind: {
            goal: { owned: 0, total: 1 },
            strategic_target: { owned: 1, total: 1 },
            program: { owned: 1, total: 1 },
            activity: { owned: 0, total: 0 },
            output: { owned: 0, total: 0 },
          },
        },
        units: { aligned: 2, total: 2 },
        indicatorsPerUnit: { min: 0, median: 0.5, max: 1 },
      },
      findings: [
        { rule: "A1", severity: "error", nodeId: "g1", message: "Goal has no owner" },
        { rule: "A8", severity: "warning", nodeId: "p1", message: "Program has no indicator" },
      ],
    };
    // Compared as JSON data: no extra keys, not even undefined ones.
    expect(JSON.parse(JSON.stringify(report))).toStrictEqual(expected);
    expect(Object.keys(report.findings[0]!)).toEqual(["rule", "severity", "nodeId", "message"]);
  });

  it("names the node and indicator for A7, the node and owner for A4, the unit for A2", () => {
    const doc = formatExample();
    const broken: PlanDocument = {
      ...doc,
      nodes: new Map(doc.nodes).set("p1", {
        ...doc.nodes.get("p1")!,
        indicators: [indicator("p1-i", { unit: undefined })],
      }),
      structures: new Map([
        [
          "asis",
          structure("asis", [
            ...doc.structures.get("asis")!.units.values(),
            unit("idle", "m", "echelon_1"),
            unit("e2", "m", "echelon_2"),
          ]),
        ],
      ]),
      alignments: new Map(doc.alignments).set("a3", align("asis", "e2", "g1", "primary", { id: "a3" })),
    };
    const report = buildReport(broken, "asis", (f) => f.rule);
    expect(report.findings).toEqual([
      { rule: "A2", severity: "warning", unitId: "idle", message: "A2" },
      { rule: "A4", severity: "warning", nodeId: "g1", unitId: "e2", message: "A4" },
      { rule: "A5", severity: "warning", nodeId: "ss1", message: "A5" },
      { rule: "A7", severity: "warning", nodeId: "p1", indicatorId: "p1-i", message: "A7" },
    ]);
  });
});

describe("CSV", () => {
  it("quotes cells per RFC 4180", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("cr\rhere")).toBe('"cr\rhere"');
    expect(csvCell("")).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(null)).toBe("");
    expect(csvCell(0.5)).toBe("0.5");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(true)).toBe("true");
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
    expect(csvCell("=1,2")).toBe('"\'=1,2"');
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvRow(["=x", "y,z", 1])).toBe('\'=x,"y,z",1');
  });

  it("writes a header and one CRLF-ended record per finding, with names when given the document", () => {
    const doc = formatExample();
    const renamed: PlanDocument = {
      ...doc,
      nodes: new Map(doc.nodes).set("g1", { ...doc.nodes.get("g1")!, name: '=Goal, "one"' }),
    };
    const report = buildReport(renamed, "asis", englishMessage);
    expect(reportToCsv(report)).toBe(
      "rule,severity,nodeId,indicatorId,unitId,message\r\n" +
        "A1,error,g1,,,Goal has no owner\r\n" +
        "A8,warning,p1,,,Program has no indicator\r\n",
    );
    expect(reportToCsv(report, { doc: renamed, headers: { rule: "Aturan", message: "Pesan" } })).toBe(
      "Aturan,severity,nodeId,indicatorId,unitId,Pesan,nodeName,indicatorName,unitName\r\n" +
        'A1,error,g1,,,Goal has no owner,"\'=Goal, ""one""",,\r\n' +
        "A8,warning,p1,,,Program has no indicator,Program Perlindungan Sosial,,\r\n",
    );
  });
});
