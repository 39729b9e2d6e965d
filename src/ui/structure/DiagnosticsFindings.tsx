import { useMemo } from "react";
import type { StructureDerived } from "../../canvas/structure/derived";
import { requestUnitFocus } from "../../canvas/structure/unitFocus";
import {
  type Finding,
  findingNodeId,
  findingUnitId,
  RULE_BY_ID,
  RULES,
  type RuleId,
  SEVERITIES,
  type Severity,
} from "../../domain/diagnostics";
import type { PlanDocument, Structure } from "../../domain/types";
import { useAppStoreApi } from "../../store/context";
import { useT } from "../../store/useT";
import { findingText } from "./findingText";

// The open `Diagnostics` region (DiagnosticsRegion.tsx): rule chips, filters,
// coverage figures and the findings as sentences; a click selects and centres
// what a finding concerns. Loads the first time the region is opened.

/** Rows rendered at once; the filters narrow a long list. */
const MAX_ROWS = 300;

/** The filters, kept by the region: closing and opening it keeps them. */
export interface FindingFilters {
  readonly rule: RuleId | "all";
  readonly severity: Severity | "all";
}

export function DiagnosticsFindings({
  derived,
  doc,
  structure,
  filters,
  setFilters,
}: {
  derived: StructureDerived;
  doc: PlanDocument;
  structure: Structure;
  filters: FindingFilters;
  setFilters: (filters: FindingFilters) => void;
}) {
  const t = useT();
  const store = useAppStoreApi();
  const { rule, severity } = filters;
  const setRule = (next: RuleId | "all") => setFilters({ ...filters, rule: next });
  const setSeverity = (next: Severity | "all") => setFilters({ ...filters, severity: next });
  const { counts, coverage } = derived.diagnosis;

  const shown = useMemo(
    () =>
      derived.diagnosis.findings.filter(
        (f) => (rule === "all" || f.rule === rule) && (severity === "all" || f.severity === severity),
      ),
    [derived, rule, severity],
  );

  const go = (finding: Finding) => {
    const state = store.getState();
    const nodeId = findingNodeId(finding);
    const unitId = findingUnitId(finding);
    if (nodeId !== undefined) {
      if (state.view !== "tree" && state.view !== "alignment") state.setView("tree");
      state.selectUnit(null);
      state.focusNode(nodeId);
    } else if (unitId !== undefined) {
      if (state.view !== "structure" && state.view !== "alignment") state.setView("structure");
      state.select(null);
      state.selectUnit(unitId);
      requestUnitFocus(unitId);
    }
  };

  return (
    <div className="diagnostics__body">
      <div className="diagnostics__rules">
        {RULES.map((r) => (
          <button
            key={r.id}
            type="button"
            className={`rule-chip rule-chip--${r.severity}${rule === r.id ? " is-active" : ""}`}
            aria-pressed={rule === r.id}
            title={`${t(`rule.${r.id}`)}. ${t("diag.basis", { basis: r.basis })}`}
            onClick={() => setRule(rule === r.id ? "all" : r.id)}
          >
            <span className="rule-chip__id">{r.id}</span> {t(`rule.${r.id}`)}{" "}
            <span className="rule-chip__count">{counts.byRule[r.id]}</span>
          </button>
        ))}
      </div>
      <div className="diagnostics__filters">
        <label>
          {t("diag.filterRule")}{" "}
          <select value={rule} onChange={(e) => setRule(e.currentTarget.value as RuleId | "all")}>
            <option value="all">{t("diag.allRules")}</option>
            {RULES.map((r) => (
              <option key={r.id} value={r.id}>
                {`${r.id} ${t(`rule.${r.id}`)} (${counts.byRule[r.id]})`}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("diag.filterSeverity")}{" "}
          <select value={severity} onChange={(e) => setSeverity(e.currentTarget.value as Severity | "all")}>
            <option value="all">{t("diag.allSeverities")}</option>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {`${t(`severity.${s}`)} (${counts.bySeverity[s]})`}
              </option>
            ))}
          </select>
        </label>
        <span className="diagnostics__coverage" title={t("diag.coverage")}>
          {t("diag.coverageNodes", {
            owned: coverage.nodes.owned,
            total: coverage.nodes.total,
            percent:
              coverage.nodes.total === 0
                ? 0
                : Math.round((coverage.nodes.owned / coverage.nodes.total) * 100),
          })}
          {" · "}
          {t("diag.coverageUnits", { aligned: coverage.units.aligned, total: coverage.units.total })}
          {" · "}
          {t("diag.coverageIndicators", { ...coverage.indicatorsPerUnit })}
        </span>
      </div>
      {counts.total === 0 ? (
        <p className="diagnostics__empty">{t("diag.none")}</p>
      ) : shown.length === 0 ? (
        <p className="diagnostics__empty">{t("diag.noneFiltered")}</p>
      ) : (
        <ul className="diagnostics__list">
          {shown.slice(0, MAX_ROWS).map((f, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: findings have no ids; the list is rebuilt per change
            <li key={i}>
              <button
                type="button"
                className={`finding-line finding-line--${f.severity}`}
                onClick={() => go(f)}
              >
                <span className="finding-line__severity" title={t(`severity.${f.severity}`)}>
                  <span aria-hidden="true">{t(`severityLetter.${f.severity}`)}</span>
                  <span className="visually-hidden">{t(`severity.${f.severity}`)}</span>
                </span>
                <span
                  className="finding-line__rule"
                  title={t("diag.basis", { basis: RULE_BY_ID.get(f.rule)!.basis })}
                >
                  {f.rule}
                </span>
                <span className="finding-line__text">{findingText(doc, structure.id, f, t)}</span>
              </button>
            </li>
          ))}
          {shown.length > MAX_ROWS && (
            <li className="panel__muted">{t("diag.more", { count: shown.length - MAX_ROWS })}</li>
          )}
        </ul>
      )}
    </div>
  );
}
