import { Suspense, useState } from "react";
import { derivedFor } from "../../canvas/structure/derived";
import type { Severity } from "../../domain/diagnostics";
import type { Id, PlanDocument } from "../../domain/types";
import type { Translate } from "../../i18n/translate";
import { useApp, useAppStoreApi } from "../../store/context";
import { useT } from "../../store/useT";
import { lazyNamed } from "../lazyNamed";
import type { FindingFilters } from "./DiagnosticsFindings";

// The `Diagnostics` region: rules A1-A10 and the coverage figures for the
// structure in view, recomputed with every change (memoised per document
// version). Counts by severity here; opened, the filters and the findings as
// sentences (DiagnosticsFindings.tsx). `Export report` is here. The open
// region's code loads the first time it opens, the report's the first time it
// is exported: neither is part of the first download.
const DiagnosticsFindings = lazyNamed(() => import("./DiagnosticsFindings"), "DiagnosticsFindings");

async function exportReport(
  doc: PlanDocument,
  structureId: Id,
  format: "json" | "csv",
  t: Translate,
  failed: () => void,
) {
  let report: typeof import("./reportExport");
  try {
    report = await import("./reportExport");
  } catch {
    return failed();
  }
  report.exportReport(doc, structureId, format, t);
}

export function DiagnosticsRegion() {
  const t = useT();
  const store = useAppStoreApi();
  const doc = useApp((s) => s.diagnosedDoc);
  const structureId = useApp((s) => s.structureId);
  const derived = useApp((s) =>
    s.diagnosedDoc && s.structureId !== null ? derivedFor(s.diagnosedDoc, s.structureId) : null,
  );
  const [open, setOpen] = useState(false);
  const [filters, setFilters] = useState<FindingFilters>({ rule: "all", severity: "all" });
  const structure = structureId !== null ? doc?.structures.get(structureId) : undefined;
  const counts = derived?.diagnosis.counts;
  const exportFailed = () =>
    store.getState().pushMessage({ tone: "error", text: t("diag.exportUnavailable") });
  return (
    <section className={`diagnostics${open ? " is-open" : ""}`} aria-label={t("diag.region")}>
      <div className="diagnostics__header">
        <h2 className="diagnostics__title">{t("diag.title")}</h2>
        {structure ? (
          <span className="diagnostics__for">{t("diag.for", { structure: structure.name })}</span>
        ) : (
          <span className="diagnostics__for">{t("diag.noStructure")}</span>
        )}
        {counts && (
          <span className="diagnostics__severities">
            <SeverityCount
              severity="error"
              count={counts.bySeverity.error}
              text={t("diag.errors", { count: counts.bySeverity.error })}
            />
            <SeverityCount
              severity="warning"
              count={counts.bySeverity.warning}
              text={t("diag.warnings", { count: counts.bySeverity.warning })}
            />
            <SeverityCount
              severity="info"
              count={counts.bySeverity.info}
              text={t("diag.infos", { count: counts.bySeverity.info })}
            />
          </span>
        )}
        <span className="diagnostics__spacer" />
        {doc && structure && (
          <>
            <button
              type="button"
              onClick={() => exportReport(store.getState().doc ?? doc, structure.id, "json", t, exportFailed)}
            >
              {t("diag.exportReport")}
            </button>
            <button
              type="button"
              title={t("diag.exportCsvTitle")}
              onClick={() => exportReport(store.getState().doc ?? doc, structure.id, "csv", t, exportFailed)}
            >
              {t("diag.exportCsv")}
            </button>
          </>
        )}
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t("diag.hide") : t("diag.show")}
        </button>
      </div>
      {open && derived && doc && structure && (
        <Suspense fallback={<p className="diagnostics__empty">{t("views.loading")}</p>}>
          <DiagnosticsFindings
            derived={derived}
            doc={doc}
            structure={structure}
            filters={filters}
            setFilters={setFilters}
          />
        </Suspense>
      )}
    </section>
  );
}

function SeverityCount({ severity, count, text }: { severity: Severity; count: number; text: string }) {
  return (
    <span className={`severity-count severity-count--${severity}${count === 0 ? " is-zero" : ""}`}>
      {text}
    </span>
  );
}
