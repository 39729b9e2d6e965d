import type {
  Baseline,
  Frequency,
  Id,
  Indicator,
  PlanDocument,
  PlanNode,
  Polarity,
  TargetValue,
} from "../types";
import { defaultIndicatorName } from "./defaults";
import { applyFieldPatch, INDICATOR_FIELD_SPECS } from "./fields";
import { createIdAllocator, indicatorIdPrefix, indicatorIds } from "./ids";
import {
  isValidId,
  MAX_INDICATORS_PER_NODE,
  MAX_VALUE_TEXT,
  MAX_YEAR,
  MIN_YEAR,
  TARGET_YEAR_PATTERN,
} from "./limits";
import { fail, type OperationError, type OperationFailure, type OperationResult } from "./result";

// Indicators of a node: add, edit (baseline, targets), remove, reorder.

/** Editable fields of an indicator. A present key sets the field; "" or undefined removes an optional one. */
export interface IndicatorPatch {
  readonly code?: string;
  readonly name?: string;
  readonly unit?: string;
  readonly polarity?: Polarity | undefined;
  readonly key?: boolean | undefined;
  readonly baseline?: Baseline | undefined;
  /** Replaces all targets; an empty object or undefined removes them. */
  readonly targets?: Readonly<Record<string, TargetValue>> | undefined;
  readonly definition?: string;
  readonly formula?: string;
  readonly dataSource?: string;
  readonly frequency?: Frequency | undefined;
}

export interface AddIndicatorInit extends IndicatorPatch {
  /** The new indicator's id; by default `${nodeId}-i${n}`, unique across all indicators of the document. */
  readonly id?: Id;
  /** Position in the node's list (clamped); default last. */
  readonly index?: number;
}

type Checked<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: OperationError };

/** A target or baseline value: a finite number, or a text of 1..100 characters. */
export function checkTargetValue(value: unknown, field: string): Checked<TargetValue> {
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? { ok: true, value }
      : { ok: false, reason: { code: "invalid-value", params: { field } } };
  }
  if (typeof value === "string" && value.length > 0) {
    return value.length <= MAX_VALUE_TEXT
      ? { ok: true, value }
      : { ok: false, reason: { code: "too-long", params: { field, max: MAX_VALUE_TEXT } } };
  }
  return { ok: false, reason: { code: "invalid-value", params: { field } } };
}

export function checkBaseline(value: unknown): Checked<Baseline> {
  if (typeof value !== "object" || value === null) {
    return { ok: false, reason: { code: "invalid-value", params: { field: "baseline" } } };
  }
  const { year, value: v } = value as { year?: unknown; value?: unknown };
  if (typeof year !== "number" || !Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    return { ok: false, reason: { code: "invalid-year", params: { year: String(year) } } };
  }
  const checked = checkTargetValue(v, "baseline");
  return checked.ok ? { ok: true, value: { year, value: checked.value } } : checked;
}

/** Normalise a target year (2024 or "2024") to its key, or undefined when it is not a year the format allows. */
function targetKey(year: unknown): string | undefined {
  const key = typeof year === "number" && Number.isInteger(year) ? String(year) : year;
  return typeof key === "string" && TARGET_YEAR_PATTERN.test(key) ? key : undefined;
}

export function checkTargets(value: unknown): Checked<Readonly<Record<string, TargetValue>> | undefined> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, reason: { code: "invalid-value", params: { field: "targets" } } };
  }
  // Year keys are digits only (checked below), so a plain object is safe.
  const targets: Record<string, TargetValue> = {};
  let count = 0;
  for (const year of Object.keys(value)) {
    const key = targetKey(year);
    if (key === undefined) return { ok: false, reason: { code: "invalid-year", params: { year } } };
    const checked = checkTargetValue((value as Record<string, unknown>)[year], "target");
    if (!checked.ok) return checked;
    targets[key] = checked.value;
    count++;
  }
  return { ok: true, value: count > 0 ? targets : undefined };
}

function sameBaseline(a: Baseline | undefined, b: Baseline | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.year === b.year && a.value === b.value);
}

function sameTargets(a: Readonly<Record<string, TargetValue>> | undefined, b: typeof a): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
}

/** Apply a patch to an indicator; returns the same object when nothing changes. */
export function patchIndicator(indicator: Indicator, patch: IndicatorPatch): Checked<Indicator> {
  const patched = applyFieldPatch(indicator, patch, INDICATOR_FIELD_SPECS);
  if (!patched.ok) return patched;
  let next: Indicator = patched.value;
  if (Object.hasOwn(patch, "baseline")) {
    let baseline: Baseline | undefined;
    if (patch.baseline !== undefined) {
      const checked = checkBaseline(patch.baseline);
      if (!checked.ok) return checked;
      baseline = checked.value;
    }
    if (!sameBaseline(baseline, next.baseline)) next = withField(next, "baseline", baseline);
  }
  if (Object.hasOwn(patch, "targets")) {
    let targets: Readonly<Record<string, TargetValue>> | undefined;
    if (patch.targets !== undefined) {
      const checked = checkTargets(patch.targets);
      if (!checked.ok) return checked;
      targets = checked.value;
    }
    if (!sameTargets(targets, next.targets)) next = withField(next, "targets", targets);
  }
  return { ok: true, value: next };
}

function withField<K extends "baseline" | "targets">(
  indicator: Indicator,
  field: K,
  value: Indicator[K],
): Indicator {
  const copy: Record<string, unknown> = { ...indicator };
  if (value === undefined) delete copy[field];
  else copy[field] = value;
  return copy as unknown as Indicator;
}

function replaceIndicators(
  doc: PlanDocument,
  node: PlanNode,
  indicators: readonly Indicator[],
): PlanDocument {
  let next: PlanNode;
  if (indicators.length > 0) {
    next = { ...node, indicators };
  } else {
    const { indicators: _none, ...rest } = node;
    next = rest;
  }
  const nodes = new Map(doc.nodes);
  nodes.set(node.id, next);
  return { ...doc, nodes };
}

function findIndicator(
  doc: PlanDocument,
  nodeId: Id,
  indicatorId: Id,
): { node: PlanNode; list: readonly Indicator[]; at: number } | OperationFailure {
  const node = doc.nodes.get(nodeId);
  if (!node) return fail("not-found", { what: "node", id: nodeId });
  const list = node.indicators ?? [];
  const at = list.findIndex((i) => i.id === indicatorId);
  if (at < 0) return fail("not-found", { what: "indicator", id: indicatorId });
  return { node, list, at };
}

export function addIndicator(
  doc: PlanDocument,
  nodeId: Id,
  init: AddIndicatorInit = {},
): OperationResult<{ readonly id: Id }> {
  const node = doc.nodes.get(nodeId);
  if (!node) return fail("not-found", { what: "node", id: nodeId });
  const list = node.indicators ?? [];
  if (list.length >= MAX_INDICATORS_PER_NODE)
    return fail("too-many-indicators", { max: MAX_INDICATORS_PER_NODE });
  if (init.index !== undefined && !Number.isInteger(init.index)) {
    return fail("invalid-index", { index: String(init.index) });
  }
  const taken = indicatorIds(doc);
  let id: Id;
  if (init.id !== undefined) {
    if (!isValidId(init.id)) return fail("invalid-id", { id: String(init.id) });
    if (taken.has(init.id)) return fail("duplicate-id", { id: init.id });
    id = init.id;
  } else {
    id = createIdAllocator((candidate) => taken.has(candidate))(indicatorIdPrefix(nodeId));
  }
  const { id: _id, index: _index, ...patch } = init;
  const checked = patchIndicator(
    { id, name: defaultIndicatorName(doc) },
    patch.name === undefined ? { ...patch, name: defaultIndicatorName(doc) } : patch,
  );
  if (!checked.ok) return checked;
  const at = init.index === undefined ? list.length : Math.max(0, Math.min(list.length, init.index));
  const indicators = [...list.slice(0, at), checked.value, ...list.slice(at)];
  return { ok: true, doc: replaceIndicators(doc, node, indicators), id };
}

export function updateIndicator(
  doc: PlanDocument,
  nodeId: Id,
  indicatorId: Id,
  patch: IndicatorPatch,
): OperationResult {
  const found = findIndicator(doc, nodeId, indicatorId);
  if ("ok" in found) return found;
  const { node, list, at } = found;
  const checked = patchIndicator(list[at]!, patch);
  if (!checked.ok) return checked;
  if (checked.value === list[at]) return { ok: true, doc };
  const indicators = list.slice();
  indicators[at] = checked.value;
  return { ok: true, doc: replaceIndicators(doc, node, indicators) };
}

/** Set the target of one year (2024 or "2024"); undefined or "" removes it. */
export function setIndicatorTarget(
  doc: PlanDocument,
  nodeId: Id,
  indicatorId: Id,
  year: number | string,
  value: TargetValue | undefined,
): OperationResult {
  const key = targetKey(year);
  if (key === undefined) return fail("invalid-year", { year: String(year) });
  const found = findIndicator(doc, nodeId, indicatorId);
  if ("ok" in found) return found;
  const current = found.list[found.at]!.targets ?? {};
  const targets: Record<string, TargetValue> = { ...current };
  if (value === undefined || value === "") {
    if (!Object.hasOwn(current, key)) return { ok: true, doc };
    delete targets[key];
  } else {
    const checked = checkTargetValue(value, "target");
    if (!checked.ok) return { ok: false, reason: checked.reason };
    if (current[key] === checked.value) return { ok: true, doc };
    targets[key] = checked.value;
  }
  return updateIndicator(doc, nodeId, indicatorId, { targets });
}

/** Remove an indicator and every alignment that names it. */
export function removeIndicator(
  doc: PlanDocument,
  nodeId: Id,
  indicatorId: Id,
): OperationResult<{ readonly removedAlignments: number }> {
  const found = findIndicator(doc, nodeId, indicatorId);
  if ("ok" in found) return found;
  const { node, list, at } = found;
  let next = replaceIndicators(doc, node, [...list.slice(0, at), ...list.slice(at + 1)]);
  let removedAlignments = 0;
  for (const a of doc.alignments.values())
    if (a.nodeId === nodeId && a.indicatorId === indicatorId) removedAlignments++;
  if (removedAlignments > 0) {
    const alignments = new Map(doc.alignments);
    for (const [id, a] of doc.alignments) {
      if (a.nodeId === nodeId && a.indicatorId === indicatorId) alignments.delete(id);
    }
    next = { ...next, alignments };
  }
  return { ok: true, doc: next, removedAlignments };
}

/** Move an indicator to `toIndex` of its node's list (clamped). */
export function moveIndicator(
  doc: PlanDocument,
  nodeId: Id,
  indicatorId: Id,
  toIndex: number,
): OperationResult {
  if (!Number.isInteger(toIndex)) return fail("invalid-index", { index: String(toIndex) });
  const found = findIndicator(doc, nodeId, indicatorId);
  if ("ok" in found) return found;
  const { node, list, at } = found;
  const to = Math.max(0, Math.min(list.length - 1, toIndex));
  if (to === at) return { ok: true, doc };
  const indicators = list.slice();
  const [moved] = indicators.splice(at, 1);
  indicators.splice(to, 0, moved!);
  return { ok: true, doc: replaceIndicators(doc, node, indicators) };
}
