import { memo } from "react";
import { type Finding, RULE_BY_ID, worstSeverity } from "../../domain/diagnostics";
import type { Id } from "../../domain/types";
import type { AppState } from "../../store/appStore";
import { useApp } from "../../store/context";
import { useT } from "../../store/useT";
import { derivedFor } from "./derived";

// A small mark on a card that has findings in the structure in view: the count
// and a severity letter (E/W/i), so colour is never the only carrier.

const NONE: readonly Finding[] = [];

function nodeFindings(s: AppState, id: Id): readonly Finding[] {
  if (!s.diagnosedDoc || s.structureId === null) return NONE;
  return derivedFor(s.diagnosedDoc, s.structureId)?.byNode.get(id) ?? NONE;
}

function unitFindings(s: AppState, id: Id): readonly Finding[] {
  if (!s.diagnosedDoc || s.structureId === null) return NONE;
  return derivedFor(s.diagnosedDoc, s.structureId)?.byUnit.get(id) ?? NONE;
}

function Badge({ findings }: { findings: readonly Finding[] }) {
  const t = useT();
  const severity = worstSeverity(findings);
  if (!severity) return null;
  const label = t("diag.badge", { count: findings.length, severity: t(`severity.${severity}`) });
  // The tooltip also names each rule found and the regulation it rests on.
  const rules = [...new Set(findings.map((f) => f.rule))].map(
    (rule) => `${rule} ${t(`rule.${rule}`)} (${t("diag.basis", { basis: RULE_BY_ID.get(rule)!.basis })})`,
  );
  const title = [label, ...rules].join("\n");
  return (
    <span className={`finding-badge finding-badge--${severity}`} title={title} role="img" aria-label={title}>
      <span className="finding-badge__letter" aria-hidden="true">
        {t(`severityLetter.${severity}`)}
      </span>
      {findings.length}
    </span>
  );
}

function NodeFindingBadgeImpl({ id }: { id: Id }) {
  const findings = useApp((s) => nodeFindings(s, id));
  return <Badge findings={findings} />;
}

function UnitFindingBadgeImpl({ id, structureId }: { id: Id; structureId: Id }) {
  // Only the structure in view is diagnosed; a compared structure shows no badges.
  const findings = useApp((s) => (s.structureId === structureId ? unitFindings(s, id) : NONE));
  return <Badge findings={findings} />;
}

export const NodeFindingBadge = memo(NodeFindingBadgeImpl);
export const UnitFindingBadge = memo(UnitFindingBadgeImpl);
