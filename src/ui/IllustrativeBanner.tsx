import { useMemo } from "react";
import { isIllustrative } from "../domain/document";
import { useApp } from "../store/context";
import { useT } from "../store/useT";

/** Says plainly that a document holds illustrative values, whenever it does. */
export function IllustrativeBanner() {
  const t = useT();
  const nodes = useApp((s) => s.doc?.nodes);
  const any = useMemo(() => {
    if (!nodes) return false;
    for (const node of nodes.values()) if (isIllustrative(node)) return true;
    return false;
  }, [nodes]);
  if (!any) return null;
  return (
    <p className="banner banner--illustrative" role="note">
      <span className="plan-card__tag">{t("illustrative.tag")}</span> {t("illustrative.banner")}
    </p>
  );
}
