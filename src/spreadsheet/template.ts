import type { Id, PlanDocument, PlanNode, Structure, Unit } from "../domain/types";
import { documentTables, type SheetLanguage } from "./exportTables";
import type { Table } from "./table";

// The downloadable template: both tables with their headers and a few example
// rows (a goal, a strategic target with its IKSS, a program with its IKP, and a
// two-unit structure owning them), made by the exporter itself so that the
// template always has exactly the columns the importer reads.

const TEXT = {
  id: {
    goal: "Meningkatnya kesejahteraan sosial penduduk miskin dan rentan",
    target: "Terpenuhinya kebutuhan dasar penduduk miskin dan rentan",
    targetIndicator: "Indeks Kesejahteraan Sosial",
    program: "Program Perlindungan Sosial",
    programStatement: "Meningkatnya keberfungsian sosial penduduk miskin dan rentan",
    programIndicator: "Persentase penerima bantuan sosial yang tepat sasaran",
    source: "BPS, Susenas",
    structure: "Struktur saat ini",
    minister: "Menteri Sosial",
    ditjen: "Direktorat Jenderal Perlindungan dan Jaminan Sosial",
  },
  en: {
    goal: "Higher social welfare of the poor and vulnerable",
    target: "Basic needs of the poor and vulnerable met",
    targetIndicator: "Social Welfare Index",
    program: "Social Protection Program",
    programStatement: "Better social functioning of the poor and vulnerable",
    programIndicator: "Share of social assistance recipients correctly targeted",
    source: "BPS, Susenas",
    structure: "Current structure",
    minister: "Minister of Social Affairs",
    ditjen: "Directorate General of Social Protection and Security",
  },
} as const;

export const TEMPLATE_PERIOD = { start: 2025, end: 2029 } as const;

export function templateDocument(language: SheetLanguage): PlanDocument {
  const text = TEXT[language];
  const nodes: PlanNode[] = [
    { id: "t1", kind: "goal", parentId: null, code: "T1", name: text.goal },
    {
      id: "ss1",
      kind: "strategic_target",
      parentId: "t1",
      code: "SS1",
      name: text.target,
      indicators: [
        {
          id: "ss1-i1",
          code: "IKSS 1.1",
          name: text.targetIndicator,
          unit: language === "id" ? "indeks" : "index",
          polarity: "maximize",
          key: true,
          baseline: { year: 2024, value: 50 },
          targets: { 2025: 51, 2026: 52, 2027: 53, 2028: 54, 2029: 55 },
          dataSource: text.source,
          frequency: "annual",
        },
      ],
    },
    {
      id: "p1",
      kind: "program",
      parentId: "ss1",
      code: "027.DK",
      name: text.program,
      statement: text.programStatement,
      indicators: [
        {
          id: "p1-i1",
          code: "IKP 1.1",
          name: text.programIndicator,
          unit: language === "id" ? "persen" : "percent",
          polarity: "maximize",
          baseline: { year: 2024, value: 80.5 },
          targets: { 2025: 82, 2026: 84, 2027: 86, 2028: 88, 2029: 90 },
          dataSource: "DTKS, Pusdatin",
          frequency: "annual",
        },
      ],
    },
  ];
  const units: Unit[] = [
    { id: "u-menteri", parentId: null, name: text.minister, tier: "minister" },
    {
      id: "u-ditjen-pjs",
      parentId: "u-menteri",
      name: text.ditjen,
      shortName: "Ditjen PJS",
      tier: "echelon_1",
      kind: "substantive",
    },
  ];
  const structure: Structure = {
    id: "asis",
    name: text.structure,
    role: "existing",
    units: new Map(units.map((unit) => [unit.id, unit])),
  };
  const owners: [Id, Id][] = [
    ["ss1", "u-menteri"],
    ["p1", "u-ditjen-pjs"],
  ];
  return {
    meta: { title: "Template", period: TEMPLATE_PERIOD },
    nodes: new Map(nodes.map((node) => [node.id, node])),
    links: new Map(),
    structures: new Map([[structure.id, structure]]),
    alignments: new Map(
      owners.map(([nodeId, unitId], i) => [
        `a${i + 1}`,
        { id: `a${i + 1}`, structureId: "asis", unitId, nodeId, role: "primary" as const },
      ]),
    ),
    layout: { nodes: new Map(), units: new Map() },
  };
}

/** The template's two tables in the UI language. */
export function templateTables(language: SheetLanguage): Table[] {
  return documentTables(templateDocument(language), "asis", language);
}
