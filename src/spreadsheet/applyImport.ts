import { createIdAllocator, indicatorIdPrefix, indicatorIds, nodeIdPrefix } from "../domain/operations/ids";
import type {
  Alignment,
  Id,
  Indicator,
  PlanDocument,
  PlanNode,
  Structure,
  TargetValue,
  Unit,
} from "../domain/types";
import { describeIssue } from "../format/issueSentences";
import { loadDocument } from "../format/load";
import { ID_PATTERN, MAX_PERIOD_YEARS } from "../format/schema";
import { toFileObject } from "../format/serialize";
import { sheetWords } from "../i18n/sheetsDialog";
import { normalise } from "./columns";
import type { SheetProblem } from "./problems";
import type { ImportedIndicator, ImportedNode, ImportedUnit, SpreadsheetData } from "./readTables";

// Applying the rows of a spreadsheet to a document: the one way a spreadsheet
// changes a document, both for "a new document" (applied to a blank one) and
// for "the open document". Rows are matched to what is there by ID, then by
// code; what matches is updated (the columns the file has are the truth, an
// empty cell clears its field), what does not is added, nothing is removed.
// References (parent codes, parent units, owners) are resolved here, against
// the rows and the document together. The result passes the format's own
// checks (the load path), or the import is refused with row-by-row problems.

export interface ApplyOptions {
  readonly mode: "new" | "update";
  /**
   * The structure the owner columns name units of; null for none (an owner cell
   * is then a problem). When absent: the first structure of the file (an
   * existing one first), else the document's first.
   */
  readonly ownerStructureId?: Id | null;
  readonly language: "en" | "id";
}

export type ApplyResult =
  | { ok: true; doc: PlanDocument; nodes: number; units: number }
  | { ok: false; problems: SheetProblem[] };

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Sets `key` to `value`, or removes it when the value is undefined (an empty cell clears a field). */
function assign<T extends object, K extends keyof T>(target: Mutable<T>, key: K, value: T[K] | undefined) {
  if (value === undefined) delete target[key];
  else target[key] = value;
}

export function applySpreadsheetImport(
  doc: PlanDocument,
  data: SpreadsheetData,
  options: ApplyOptions,
): ApplyResult {
  const words = sheetWords(options.language);
  const problems: SheetProblem[] = [];
  const nodes = new Map(doc.nodes);
  const structures = new Map(doc.structures);
  const alignments = new Map(doc.alignments);
  let meta = doc.meta;

  // --- Period of a new document: the years of its target columns.
  if (options.mode === "new" && data.years.length > 0) {
    const start = data.years[0]!;
    const end = data.years.at(-1)!;
    if (end - start + 1 > MAX_PERIOD_YEARS)
      problems.push({ sheet: data.nodes[0]?.sheet ?? "", row: 1, code: "periodTooLong" });
    else meta = { ...meta, period: { start, end } };
  }

  // --- Structures and units.
  const unitRows = new Map<string, ImportedUnit>();
  const touched: Id[] = [];
  const newStructureId = createIdAllocator((id) => structures.has(id));
  for (const imported of data.structures) {
    let target: Structure | undefined = imported.id !== undefined ? structures.get(imported.id) : undefined;
    if (!target && imported.id === undefined) {
      const wanted = normalise(imported.name ?? "");
      target = [...structures.values()].find((s) => normalise(s.name) === wanted);
    }
    const structureId = target?.id ?? imported.id ?? newStructureId("structure-");
    const units = new Map<Id, Unit>(target?.units ?? []);
    for (const row of imported.units) {
      const unit: Mutable<Unit> = {
        ...(units.get(row.id) ?? { id: row.id, parentId: null, name: "", tier: row.tier }),
      };
      unit.name = row.name;
      unit.tier = row.tier;
      if (data.structureColumns.has("parentUnitId") || !units.has(row.id)) unit.parentId = row.parentId;
      if (data.structureColumns.has("shortName")) assign(unit, "shortName", row.shortName);
      if (data.structureColumns.has("unitKind")) assign(unit, "kind", row.kind);
      if (data.structureColumns.has("retention")) assign(unit, "retentionReason", row.retentionReason);
      if (data.structureColumns.has("headcount")) assign(unit, "headcount", row.headcount);
      if (data.structureColumns.has("notes")) assign(unit, "notes", row.notes);
      units.set(row.id, unit);
      unitRows.set(`${structureId}\u0000${row.id}`, row);
    }
    for (const row of imported.units) {
      if (row.parentId === null) continue;
      if (row.parentId === row.id) problemAt(problems, row, row.parentColumn, "selfParent");
      else if (!units.has(row.parentId))
        problemAt(problems, row, row.parentColumn, "unknownParentUnit", { value: row.parentId });
    }
    for (const row of imported.units) {
      if (unitCycle(units, row.id)) problemAt(problems, row, row.parentColumn, "cycle", { value: row.id });
    }
    const structure: Mutable<Structure> = target
      ? { ...target }
      : {
          id: structureId,
          name: imported.name ?? words["sheets.sheetStructures"] ?? "Structure",
          role: "existing",
          units,
        };
    if (imported.name !== undefined) structure.name = imported.name;
    if (imported.role !== undefined) structure.role = imported.role;
    structure.units = units;
    structures.set(structureId, structure);
    if (!touched.includes(structureId)) touched.push(structureId);
  }

  // --- Boxes: match each to a box of the document, or give it an id.
  const docByCode = new Map<string, Id[]>();
  for (const node of doc.nodes.values())
    if (node.code) docByCode.set(node.code, [...(docByCode.get(node.code) ?? []), node.id]);
  const sheetIds = new Set(data.nodes.flatMap((n) => (n.id !== undefined ? [n.id] : [])));
  const fromCodes = new Set<Id>();
  const newNodeId = createIdAllocator((id) => nodes.has(id) || sheetIds.has(id) || fromCodes.has(id));
  /** A new box without an ID is named by its code when the code is a free, valid ID ("SS1", "027.DK"). */
  const idFromCode = (code: string | undefined): Id | undefined => {
    if (code === undefined || code.length > 64 || !ID_PATTERN.test(code)) return undefined;
    if (nodes.has(code) || sheetIds.has(code) || fromCodes.has(code)) return undefined;
    fromCodes.add(code);
    return code;
  };
  const targetOf = new Map<ImportedNode, Id>();
  const rowOf = new Map<Id, ImportedNode>();
  for (const row of data.nodes) {
    let target: Id | undefined;
    if (row.id !== undefined && nodes.has(row.id)) target = row.id;
    else if (row.id === undefined && row.code !== undefined && docByCode.get(row.code)?.length === 1)
      target = docByCode.get(row.code)![0];
    target ??= row.id ?? idFromCode(row.code) ?? newNodeId(nodeIdPrefix(row.kind));
    const first = rowOf.get(target);
    if (first) {
      problemAt(problems, row, undefined, "duplicate", {
        value: row.code ?? row.id ?? target,
        first: first.row,
      });
      continue;
    }
    targetOf.set(row, target);
    rowOf.set(target, row);
  }

  const sheetById = new Map<string, Id>();
  const sheetByCode = new Map<string, Set<Id>>();
  for (const [row, target] of targetOf) {
    if (row.id !== undefined) sheetById.set(row.id, target);
    if (row.code !== undefined)
      sheetByCode.set(row.code, (sheetByCode.get(row.code) ?? new Set()).add(target));
  }
  /** The box a parent cell names: an ID first, then a code (which must name one box). */
  const lookup = (ref: string): Id | "ambiguous" | undefined => {
    const byId = sheetById.get(ref) ?? (doc.nodes.has(ref) ? ref : undefined);
    if (byId !== undefined) return byId;
    const inSheet = sheetByCode.get(ref);
    if (inSheet) return inSheet.size === 1 ? [...inSheet][0] : "ambiguous";
    const inDoc = docByCode.get(ref);
    if (inDoc) return inDoc.length === 1 ? inDoc[0] : "ambiguous";
    return undefined;
  };

  const docIndicatorIds = indicatorIds(doc);
  const allIndicatorIds = new Set(docIndicatorIds);
  for (const row of data.nodes) for (const ind of row.indicators) if (ind.id) allIndicatorIds.add(ind.id);
  const newIndicatorId = createIdAllocator((id) => allIndicatorIds.has(id));
  const claimedIndicatorIds = new Set<Id>();

  for (const [row, target] of targetOf) {
    const existing = nodes.get(target);
    let parentId: Id | null = existing?.parentId ?? null;
    if (data.matrixColumns.has("parent")) {
      if (row.parent === "") parentId = null;
      else {
        const found = lookup(row.parent);
        if (found === undefined)
          problemAt(problems, row, row.parentColumn, "unknownParent", { value: row.parent });
        else if (found === "ambiguous")
          problemAt(problems, row, row.parentColumn, "ambiguousParent", { value: row.parent });
        else if (found === target) problemAt(problems, row, row.parentColumn, "selfParent");
        else parentId = found;
      }
    }
    const node: Mutable<PlanNode> = existing
      ? { ...existing }
      : { id: target, kind: row.kind, parentId, name: row.name };
    if (existing && existing.parentId !== parentId) delete node.order;
    node.parentId = parentId;
    node.kind = row.kind;
    node.name = row.name;
    if (data.matrixColumns.has("code") || !existing) assign(node, "code", row.code);
    if (data.matrixColumns.has("statement") || !existing) assign(node, "statement", row.statement);
    if (row.indicators.length > 0) {
      const list = [...(existing?.indicators ?? [])];
      for (const imported of row.indicators) {
        const index = matchIndicator(list, imported);
        const id =
          index >= 0
            ? list[index]!.id
            : imported.id !== undefined &&
                !docIndicatorIds.has(imported.id) &&
                !claimedIndicatorIds.has(imported.id)
              ? imported.id
              : newIndicatorId(indicatorIdPrefix(target));
        claimedIndicatorIds.add(id);
        const merged = mergeIndicator(index >= 0 ? list[index] : undefined, id, imported, data);
        if (index >= 0) list[index] = merged;
        else list.push(merged);
      }
      node.indicators = list;
    }
    nodes.set(target, node);
  }
  for (const [row, target] of targetOf) {
    if (nodeCycle(nodes, target)) problemAt(problems, row, row.parentColumn, "cycle", { value: row.parent });
  }

  // --- Owners: primary alignments in the owner structure.
  const ownerStructureId =
    options.ownerStructureId !== undefined
      ? options.ownerStructureId
      : (touched.find((s) => structures.get(s)?.role === "existing") ??
        touched[0] ??
        structures.keys().next().value ??
        null);
  const ownerStructure = ownerStructureId === null ? undefined : structures.get(ownerStructureId);
  const alignmentIds = createIdAllocator((id) => alignments.has(id));
  // The box-level primary alignments of the owner structure, by box: looked up once, not per row.
  const primaries = new Map<Id, Alignment[]>();
  if (ownerStructure) {
    for (const alignment of alignments.values()) {
      if (alignment.structureId !== ownerStructure.id || alignment.role !== "primary") continue;
      if (alignment.indicatorId !== undefined) continue;
      primaries.set(alignment.nodeId, [...(primaries.get(alignment.nodeId) ?? []), alignment]);
    }
  }
  const unitsByName = ownerStructure ? unitNameIndex(ownerStructure) : new Map<string, Id[]>();
  for (const [row, target] of targetOf) {
    if (row.ownerIds.length === 0 && row.ownerNames.length === 0) continue;
    if (!ownerStructure) {
      problemAt(problems, row, row.ownerColumn, "noOwnerStructure");
      continue;
    }
    const owners: Id[] = [];
    const wanted = row.ownerIds.length > 0 ? row.ownerIds : row.ownerNames;
    for (const ref of wanted) {
      const unitId =
        row.ownerIds.length > 0
          ? ownerStructure.units.has(ref)
            ? ref
            : undefined
          : unitByName(unitsByName, ref);
      if (unitId === undefined)
        problemAt(problems, row, row.ownerColumn, "unknownUnit", {
          value: ref,
          structure: ownerStructure.name,
        });
      else if (!owners.includes(unitId)) owners.push(unitId);
    }
    if (owners.length !== wanted.length) continue;
    const kept = new Set<Id>();
    for (const alignment of primaries.get(target) ?? []) {
      if (owners.includes(alignment.unitId)) kept.add(alignment.unitId);
      else alignments.delete(alignment.id);
    }
    for (const unitId of owners) {
      if (kept.has(unitId)) continue;
      const alignment: Alignment = {
        id: alignmentIds("alignment-"),
        structureId: ownerStructure.id,
        unitId,
        nodeId: target,
        role: "primary",
      };
      alignments.set(alignment.id, alignment);
    }
  }

  if (problems.length > 0) return { ok: false, problems };

  // --- The format's own checks, through the one load path.
  const next: PlanDocument = { ...doc, meta, nodes, structures, alignments };
  const loaded = loadDocument(toFileObject(next));
  if (!loaded.ok) {
    const nodeIds = [...nodes.keys()];
    const structureIds = [...structures.keys()];
    const matrixSheet = data.nodes[0]?.sheet ?? data.structures[0]?.sheet ?? "";
    return {
      ok: false,
      problems: loaded.issues.map((issue): SheetProblem => {
        const detail = describeIssue(issue, options.language);
        const nodeMatch = /^nodes\[(\d+)\]/.exec(issue.path);
        const unitMatch = /^structures\[(\d+)\]\.units\[(\d+)\]/.exec(issue.path);
        let where: { sheet: string; row: number } | undefined;
        if (nodeMatch) where = rowOf.get(nodeIds[Number(nodeMatch[1])] ?? "");
        else if (unitMatch) {
          const structureId = structureIds[Number(unitMatch[1])] ?? "";
          const unitId = [...(structures.get(structureId)?.units.keys() ?? [])][Number(unitMatch[2])] ?? "";
          where = unitRows.get(`${structureId}\u0000${unitId}`);
        }
        return {
          sheet: where?.sheet ?? matrixSheet,
          ...(where ? { row: where.row } : {}),
          code: "format",
          params: { detail },
        };
      }),
    };
  }
  let units = 0;
  for (const structure of data.structures) units += structure.units.length;
  return { ok: true, doc: loaded.document, nodes: data.nodes.length, units };
}

function problemAt(
  problems: SheetProblem[],
  row: { sheet: string; row: number },
  column: string | undefined,
  code: SheetProblem["code"],
  params?: SheetProblem["params"],
) {
  problems.push({
    sheet: row.sheet,
    row: row.row,
    ...(column !== undefined ? { column } : {}),
    code,
    ...(params ? { params } : {}),
  });
}

/** Units by their name and short name as compared (lower case, single spaces). */
function unitNameIndex(structure: Structure): Map<string, Id[]> {
  const index = new Map<string, Id[]>();
  for (const unit of structure.units.values()) {
    for (const name of new Set([unit.name, unit.shortName].filter((n) => n !== undefined).map(normalise)))
      index.set(name, [...(index.get(name) ?? []), unit.id]);
  }
  return index;
}

/** The one unit with this name or short name, if exactly one has it. */
function unitByName(index: ReadonlyMap<string, Id[]>, name: string): Id | undefined {
  const found = index.get(normalise(name));
  return found?.length === 1 ? found[0] : undefined;
}

function unitCycle(units: ReadonlyMap<Id, Unit>, start: Id): boolean {
  let current = units.get(start)?.parentId ?? null;
  for (let steps = 0; current !== null && steps <= units.size; steps++) {
    if (current === start) return true;
    current = units.get(current)?.parentId ?? null;
  }
  return false;
}

function nodeCycle(nodes: ReadonlyMap<Id, PlanNode>, start: Id): boolean {
  let current = nodes.get(start)?.parentId ?? null;
  for (let steps = 0; current !== null && steps <= nodes.size; steps++) {
    if (current === start) return true;
    current = nodes.get(current)?.parentId ?? null;
  }
  return false;
}

/** The indicator of a box a row updates: same ID, else the same code, else the same name. */
function matchIndicator(list: readonly Indicator[], row: ImportedIndicator): number {
  if (row.id !== undefined) {
    const index = list.findIndex((ind) => ind.id === row.id);
    if (index >= 0) return index;
  }
  if (row.code !== undefined) {
    const matches = list.filter((ind) => ind.code === row.code);
    if (matches.length === 1) return list.indexOf(matches[0]!);
  }
  const name = normalise(row.name);
  const matches = list.filter(
    (ind) => normalise(ind.name) === name && (row.code === undefined || ind.code === undefined),
  );
  return matches.length === 1 ? list.indexOf(matches[0]!) : -1;
}

function mergeIndicator(
  existing: Indicator | undefined,
  id: Id,
  row: ImportedIndicator,
  data: SpreadsheetData,
): Indicator {
  const columns = data.matrixColumns;
  const indicator: Mutable<Indicator> = existing ? { ...existing } : { id, name: row.name };
  indicator.name = row.name;
  const set = <K extends keyof Indicator>(
    column: Parameters<typeof columns.has>[0],
    key: K,
    value: Indicator[K],
  ) => {
    if (columns.has(column) || !existing) assign(indicator, key, value);
  };
  set("indicatorCode", "code", row.code);
  set("unit", "unit", row.unit);
  set("polarity", "polarity", row.polarity);
  set("key", "key", row.key);
  if (columns.has("baseline") || columns.has("baselineYear") || !existing)
    assign(indicator, "baseline", row.baseline);
  set("dataSource", "dataSource", row.dataSource);
  set("definition", "definition", row.definition);
  set("formula", "formula", row.formula);
  set("frequency", "frequency", row.frequency);
  const targets: Record<string, TargetValue> = { ...(existing?.targets ?? {}) };
  for (const [year, value] of row.targets) {
    if (value === undefined) delete targets[year];
    else targets[year] = value;
  }
  assign(indicator, "targets", Object.keys(targets).length > 0 ? targets : undefined);
  return indicator;
}
