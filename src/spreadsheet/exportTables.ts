import { childrenIndex, preorder } from "../domain/tree";
import type { Id, Indicator, PlanDocument, PlanNode, TargetValue } from "../domain/types";
import { sheetWords } from "../i18n/sheetsDialog";
import { headerText, MATRIX_COLUMNS, type MatrixColumn, STRUCTURE_COLUMNS, TARGETS_AFTER } from "./columns";
import type { Cell, Table } from "./table";
import "../i18n/structureViews";

// The Matriks Kinerja and the structures table of a document: what "Export
// spreadsheet" writes (as XLSX or CSV) and what the importer reads back.
// One row per indicator, in tree order; a box without indicators still gets a
// row, so that the tree can be rebuilt from the sheet.

export type SheetLanguage = "en" | "id";

function dictionary(language: SheetLanguage): Readonly<Record<string, string>> {
  return sheetWords(language);
}

/** The header row of the Matriks Kinerja for a period. */
export function matrixHeader(language: SheetLanguage, years: readonly number[]): string[] {
  const words = dictionary(language);
  const header: string[] = [];
  for (const column of MATRIX_COLUMNS) {
    header.push(headerText(column, words));
    if (column === TARGETS_AFTER)
      for (const year of years)
        header.push((words["sheets.col.target"] ?? "Target {year}").replace("{year}", String(year)));
  }
  return header;
}

export function periodYears(doc: PlanDocument): number[] {
  const years: number[] = [];
  for (let year = doc.meta.period.start; year <= doc.meta.period.end; year++) years.push(year);
  return years;
}

/** How a row refers to a box: its code when no other box has the same code, else its ID. */
function referenceOf(nodes: ReadonlyMap<Id, PlanNode>): (nodeId: Id) => string {
  const codeCount = new Map<string, number>();
  for (const node of nodes.values())
    if (node.code) codeCount.set(node.code, (codeCount.get(node.code) ?? 0) + 1);
  return (nodeId) => {
    const node = nodes.get(nodeId);
    if (!node) return nodeId;
    return node.code && codeCount.get(node.code) === 1 ? node.code : node.id;
  };
}

function value(target: TargetValue | undefined): Cell {
  return target === undefined ? null : target;
}

/**
 * The Matriks Kinerja: header, then one row per indicator (one row for a box
 * without indicators). `structureId` chooses the structure whose primary
 * owners fill the owner columns (none when null).
 */
export function matrixTable(doc: PlanDocument, structureId: Id | null, language: SheetLanguage): Table {
  const words = dictionary(language);
  const years = periodYears(doc);
  const reference = referenceOf(doc.nodes);
  const units = structureId === null ? undefined : doc.structures.get(structureId)?.units;
  const owners = new Map<Id, Id[]>();
  if (units) {
    for (const alignment of doc.alignments.values()) {
      if (alignment.structureId !== structureId || alignment.role !== "primary") continue;
      if (alignment.indicatorId !== undefined || !units.has(alignment.unitId)) continue;
      const list = owners.get(alignment.nodeId) ?? [];
      list.push(alignment.unitId);
      owners.set(alignment.nodeId, list);
    }
  }

  const rows: Cell[][] = [matrixHeader(language, years)];
  for (const nodeId of preorder(childrenIndex(doc.nodes))) {
    const node = doc.nodes.get(nodeId);
    if (!node) continue;
    const ownerIds = owners.get(node.id) ?? [];
    const indicators: readonly (Indicator | undefined)[] =
      node.indicators && node.indicators.length > 0 ? node.indicators : [undefined];
    for (const indicator of indicators) {
      const cells: Partial<Record<MatrixColumn, Cell>> = {
        kind: words[`kind.${node.kind}`] ?? node.kind,
        code: node.code ?? null,
        parent: node.parentId === null ? null : reference(node.parentId),
        name: node.name,
        statement: node.statement ?? null,
        owner: ownerIds.map((unitId) => units?.get(unitId)?.name ?? unitId).join("; ") || null,
        ownerId: ownerIds.join("; ") || null,
        nodeId: node.id,
      };
      if (indicator) {
        Object.assign(cells, {
          indicatorType: words[`sheets.indicatorType.${node.kind}`] || null,
          indicatorCode: indicator.code ?? null,
          indicator: indicator.name,
          unit: indicator.unit ?? null,
          polarity: indicator.polarity
            ? (words[`polarity.${indicator.polarity}`] ?? indicator.polarity)
            : null,
          key: indicator.key === undefined ? null : words[indicator.key ? "sheets.yes" : "sheets.no"],
          baselineYear: indicator.baseline?.year ?? null,
          baseline: value(indicator.baseline?.value),
          dataSource: indicator.dataSource ?? null,
          definition: indicator.definition ?? null,
          formula: indicator.formula ?? null,
          frequency: indicator.frequency
            ? (words[`frequency.${indicator.frequency}`] ?? indicator.frequency)
            : null,
          indicatorId: indicator.id,
        });
      }
      const row: Cell[] = [];
      for (const column of MATRIX_COLUMNS) {
        row.push(cells[column] ?? null);
        if (column === TARGETS_AFTER)
          for (const year of years) row.push(value(indicator?.targets?.[String(year)]));
      }
      rows.push(row);
    }
  }
  return { name: words["sheets.sheetMatrix"] ?? "Matriks Kinerja", rows };
}

export function structuresHeader(language: SheetLanguage): string[] {
  const words = dictionary(language);
  return STRUCTURE_COLUMNS.map((column) => headerText(column, words));
}

/** Units in tree order: parents before their children, siblings by `order` then file order. */
function unitOrder(units: ReadonlyMap<Id, { id: Id; parentId: Id | null; order?: number }>): Id[] {
  const children = new Map<Id | null, Id[]>();
  for (const unit of units.values()) {
    const parent = unit.parentId !== null && units.has(unit.parentId) ? unit.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(unit.id);
    children.set(parent, list);
  }
  for (const list of children.values())
    list.sort((a, b) => (units.get(a)?.order ?? Infinity) - (units.get(b)?.order ?? Infinity));
  const ordered: Id[] = [];
  const visit = (parent: Id | null) => {
    for (const unitId of children.get(parent) ?? []) {
      ordered.push(unitId);
      visit(unitId);
    }
  };
  visit(null);
  return ordered;
}

/** Every unit of every structure, one row each, with its structure, parent, tier and kind. */
export function structuresTable(doc: PlanDocument, language: SheetLanguage): Table {
  const words = dictionary(language);
  const rows: Cell[][] = [structuresHeader(language)];
  for (const structure of doc.structures.values()) {
    for (const unitId of unitOrder(structure.units)) {
      const unit = structure.units.get(unitId);
      if (!unit) continue;
      const cells: Record<(typeof STRUCTURE_COLUMNS)[number], Cell> = {
        structureId: structure.id,
        structure: structure.name,
        structureRole: words[`structureRole.${structure.role}`] ?? structure.role,
        unitId: unit.id,
        parentUnitId: unit.parentId,
        unitName: unit.name,
        shortName: unit.shortName ?? null,
        tier: words[`tierShort.${unit.tier}`] ?? unit.tier,
        unitKind: unit.kind ? (words[`unitKind.${unit.kind}`] ?? unit.kind) : null,
        retention: unit.retentionReason
          ? (words[`retention.${unit.retentionReason}`] ?? unit.retentionReason)
          : null,
        headcount: unit.headcount ?? null,
        notes: unit.notes ?? null,
      };
      rows.push(STRUCTURE_COLUMNS.map((column) => cells[column]));
    }
  }
  return { name: words["sheets.sheetStructures"] ?? "Structures", rows };
}

/** Both tables of a document. */
export function documentTables(doc: PlanDocument, structureId: Id | null, language: SheetLanguage): Table[] {
  return [matrixTable(doc, structureId, language), structuresTable(doc, language)];
}
