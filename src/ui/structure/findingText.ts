import type { Finding } from "../../domain/diagnostics";
import type { Id, PlanDocument, UnitTier } from "../../domain/types";
import type { Translate } from "../../i18n/translate";

// A finding as a sentence in the UI language, naming what it concerns by name
// (the node's code and name, the unit's name), never by id. Also used for the
// report's `message`. Plain text: the UI renders it as text.

export function findingText(doc: PlanDocument, structureId: Id, finding: Finding, t: Translate): string {
  const units = doc.structures.get(structureId)?.units;
  const nodeName = (id: Id) => {
    const node = doc.nodes.get(id);
    if (!node) return id;
    return node.code ? `${node.code} ${node.name}` : node.name;
  };
  const unitName = (id: Id) => units?.get(id)?.name ?? id;
  const tier = (value: UnitTier) => t(`tierShort.${value}`);
  const or = (items: readonly string[]) => items.join(t("finding.or"));
  switch (finding.rule) {
    case "A1":
    case "A8":
      return t(`finding.${finding.rule}`, {
        kind: t(`kind.${finding.params.kind}`),
        node: nodeName(finding.nodeId),
      });
    case "A2":
      return t("finding.A2", { unit: unitName(finding.unitId) });
    case "A3":
      return t("finding.A3", {
        kind: t(`kind.${finding.params.kind}`),
        node: nodeName(finding.nodeId),
        count: finding.params.ownerIds.length,
        owners: finding.params.ownerIds.map((id) => `“${unitName(id)}”`).join(", "),
      });
    case "A4":
      return t("finding.A4", {
        unit: unitName(finding.unitId),
        actual: tier(finding.params.actualTier),
        kind: t(`kind.${finding.params.kind}`).toLocaleLowerCase(),
        node: nodeName(finding.nodeId),
        expected: or(finding.params.expectedTiers.map(tier)),
      });
    case "A5":
      return t("finding.A5", {
        kind: t(`kind.${finding.params.kind}`),
        node: nodeName(finding.nodeId),
        owner: unitName(finding.params.ownerId),
        parentOwner: unitName(finding.params.parentOwnerId),
        parent: nodeName(finding.params.parentId),
      });
    case "A6":
      if (finding.params.expectedParentKinds.length === 0)
        return t("finding.A6goal", {
          node: nodeName(finding.nodeId),
          parentKind: t(`kind.${finding.params.parentKind}`).toLocaleLowerCase(),
          parent: nodeName(finding.params.parentId),
        });
      return t("finding.A6", {
        kind: t(`kind.${finding.params.kind}`),
        node: nodeName(finding.nodeId),
        parentKind: t(`kind.${finding.params.parentKind}`).toLocaleLowerCase(),
        parent: nodeName(finding.params.parentId),
        expected: or(finding.params.expectedParentKinds.map((k) => t(`kind.${k}`).toLocaleLowerCase())),
      });
    case "A7": {
      const missing: string[] = [];
      if (finding.params.missingUnit) missing.push(t("finding.A7unit"));
      if (finding.params.missingBaseline) missing.push(t("finding.A7baseline"));
      if (finding.params.missingYears.length > 0)
        // Years as text: a number parameter would be formatted as 2.021 in Indonesian.
        missing.push(t("finding.A7years", { years: finding.params.missingYears.map(String).join(", ") }));
      const node = doc.nodes.get(finding.nodeId);
      const indicator =
        node?.indicators?.find((i) => i.id === finding.indicatorId)?.name ?? finding.indicatorId;
      return t("finding.A7", {
        indicator,
        node: nodeName(finding.nodeId),
        missing: missing.join(t("finding.and")),
      });
    }
    case "A9":
      return t("finding.A9", {
        unit: unitName(finding.unitId),
        tier: tier(finding.params.tier),
        parent: unitName(finding.params.parentId),
        parentTier: tier(finding.params.parentTier),
      });
    case "A10":
      return t("finding.A10", { unit: unitName(finding.unitId), tier: tier(finding.params.tier) });
  }
}
