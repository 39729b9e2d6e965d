import { derivedFor } from "../../canvas/structure/derived";
import { buildReport, REPORT_CSV_COLUMNS, type ReportCsvColumn, reportToCsv } from "../../domain/report";
import type { Id, PlanDocument } from "../../domain/types";
import { downloadBlob, fileNameFor } from "../../export/download";
import type { Translate } from "../../i18n/translate";
import { findingText } from "./findingText";

// "Export report": the alignment report of format.md for the structure in view,
// as JSON or as CSV, with messages in the UI language. Ordinary downloads.

export function exportReport(
  doc: PlanDocument,
  structureId: Id,
  format: "json" | "csv",
  t: Translate,
): string {
  const diagnosis = derivedFor(doc, structureId)?.diagnosis;
  const report = buildReport(doc, structureId, (f) => findingText(doc, structureId, f, t), diagnosis);
  const base = fileNameFor(t("report.file", { title: doc.meta.title, structure: structureId }), format);
  if (format === "json") {
    downloadBlob(new Blob([`${JSON.stringify(report, null, 2)}\n`], { type: "application/json" }), base);
  } else {
    const headers: Partial<Record<ReportCsvColumn, string>> = {};
    for (const column of REPORT_CSV_COLUMNS) headers[column] = t(`reportCsv.${column}`);
    // A byte-order mark so that Excel reads the UTF-8 names correctly.
    const severities = {
      error: t("severity.error"),
      warning: t("severity.warning"),
      info: t("severity.info"),
    };
    const csv = `\uFEFF${reportToCsv(report, { doc, headers, severities })}`;
    downloadBlob(new Blob([csv], { type: "text/csv;charset=utf-8" }), base);
  }
  return base;
}
