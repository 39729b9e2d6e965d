import { useMemo, useRef } from "react";
import { findIllustrative } from "../domain/document";
import type { Id, PlanNode } from "../domain/types";
import { useApp } from "../store/context";
import { useT } from "../store/useT";

/** Says plainly that a document holds illustrative values, whenever it does. */
export function IllustrativeBanner() {
  const t = useT();
  const nodes = useApp((s) => s.doc?.nodes);
  // What was found last, so that an edit looks only at what it changed (findIllustrative).
  const last = useRef<{ nodes: ReadonlyMap<Id, PlanNode>; found: Id | null } | undefined>(undefined);
  const any = useMemo(() => {
    if (!nodes) return false;
    const found = findIllustrative(nodes, last.current);
    last.current = { nodes, found };
    return found !== null;
  }, [nodes]);
  if (!any) return null;
  return (
    <p className="banner banner--illustrative" role="note">
      <span className="plan-card__tag">{t("illustrative.tag")}</span> {t("illustrative.banner")}
    </p>
  );
}
