import {
  type Coverage,
  type Diagnosis,
  diagnose,
  type Finding,
  type RuleId,
  type Severity,
} from "./diagnostics";
import type { Id, PlanDocument } from "./types";

// The alignment report of format.md: the diagnostics of one structure as JSON,
// and the same rows as CSV for spreadsheets. Sentences come from the caller.

export const REPORT_FORMAT = "strategy-map-report";
export const REPORT_VERSION = 1;

export interface ReportFinding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly nodeId?: Id;
  readonly indicatorId?: Id;
  readonly unitId?: Id;
  readonly message: string;
}

export interface AlignmentReport {
  readonly format: typeof REPORT_FORMAT;
  readonly version: typeof REPORT_VERSION;
  /** The document's title (meta.title). */
  readonly document: string;
  readonly structureId: Id;
  readonly coverage: Coverage;
  readonly findings: readonly ReportFinding[];
}

/**
 * Build the report of structure `structureId`. `messages` writes each finding's
 * sentence in the UI language. Pass `diagnosis` when it is already computed for
 * this document and structure.
 */
export function buildReport(
  doc: PlanDocument,
  structureId: Id,
  messages: (finding: Finding) => string,
  diagnosis: Diagnosis = diagnose(doc, structureId),
): AlignmentReport {
  const findings = diagnosis.findings.map(
    (finding): ReportFinding => ({
      rule: finding.rule,
      severity: finding.severity,
      // Only the ids the rule concerns, and no `undefined` keys.
      ...("nodeId" in finding ? { nodeId: finding.nodeId } : {}),
      ...("indicatorId" in finding ? { indicatorId: finding.indicatorId } : {}),
      ...("unitId" in finding ? { unitId: finding.unitId } : {}),
      message: messages(finding),
    }),
  );
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    document: doc.meta.title,
    structureId,
    coverage: diagnosis.coverage,
    findings,
  };
}

/** The first characters with which a spreadsheet starts a formula (OWASP CSV injection). */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text as a spreadsheet cell may hold it without running it: a leading `'`
 * when it starts with `=`, `+`, `-`, `@`, a tab or CR. The one rule behind every
 * CSV and XLSX cell the app writes.
 */
export function formulaSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, a double quote, CR or LF,
 * with quotes doubled. A text starting with `=`, `+`, `-`, `@`, a tab or CR gets a
 * leading `'` first, so a spreadsheet never runs it as a formula. Numbers and
 * booleans are written as they are; null and undefined as an empty cell.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" ? formulaSafe(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record, without its line break. */
export function csvRow(values: readonly (string | number | boolean | null | undefined)[]): string {
  return values.map(csvCell).join(",");
}

export const REPORT_CSV_COLUMNS = [
  "rule",
  "severity",
  "nodeId",
  "indicatorId",
  "unitId",
  "message",
  "nodeName",
  "indicatorName",
  "unitName",
] as const;
export type ReportCsvColumn = (typeof REPORT_CSV_COLUMNS)[number];

export interface ReportCsvOptions {
  /**
   * The document the report was made from: adds the node, indicator and unit
   * names (of the report's structure) after the ids, for spreadsheet readers.
   */
  readonly doc?: PlanDocument;
  /** Header labels, e.g. translated; a column without one keeps its key. */
  readonly headers?: Partial<Record<ReportCsvColumn, string>>;
  /** Severity words, e.g. translated; without them the codes (error, warning, info) are written. */
  readonly severities?: Partial<Record<Severity, string>>;
}

/**
 * The report's findings as CSV: a header, then one record per finding (rule,
 * severity, nodeId, indicatorId, unitId, message; and the names when `doc` is
 * given). Records end with CRLF, as RFC 4180 says. No byte-order mark: a writer
 * that wants one for Excel adds "\uFEFF" in front.
 */
export function reportToCsv(report: AlignmentReport, options: ReportCsvOptions = {}): string {
  const { doc, headers, severities } = options;
  const columns: readonly ReportCsvColumn[] = doc ? REPORT_CSV_COLUMNS : REPORT_CSV_COLUMNS.slice(0, 6);
  const lines: string[] = [csvRow(columns.map((column) => headers?.[column] ?? column))];

  let indicatorNames: Map<Id, string> | undefined;
  if (doc) {
    indicatorNames = new Map();
    for (const node of doc.nodes.values()) {
      for (const indicator of node.indicators ?? []) indicatorNames.set(indicator.id, indicator.name);
    }
  }
  const units = doc?.structures.get(report.structureId)?.units;

  for (const finding of report.findings) {
    const values: (string | undefined)[] = [
      finding.rule,
      severities?.[finding.severity] ?? finding.severity,
      finding.nodeId,
      finding.indicatorId,
      finding.unitId,
      finding.message,
    ];
    if (doc) {
      values.push(
        finding.nodeId !== undefined ? doc.nodes.get(finding.nodeId)?.name : undefined,
        finding.indicatorId !== undefined ? indicatorNames?.get(finding.indicatorId) : undefined,
        finding.unitId !== undefined ? units?.get(finding.unitId)?.name : undefined,
      );
    }
    lines.push(csvRow(values));
  }
  return `${lines.join("\r\n")}\r\n`;
}
