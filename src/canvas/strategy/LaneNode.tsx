import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import { useT } from "../../store/useT";
import type { LaneFlowNode } from "./mapFlow";

/** A perspective's lane: a band with its title, behind the boxes. */
function LaneNodeImpl({ data, width, height }: NodeProps<LaneFlowNode>) {
  const t = useT();
  const title = data.lane === "unassigned" ? t("map.lane.unassigned") : t(`perspective.${data.lane}`);
  return (
    <section className={`lane lane--${data.lane}`} style={{ width, height }} aria-label={title}>
      <h3 className="lane__title">{title}</h3>
    </section>
  );
}

export const LaneNode = memo(LaneNodeImpl);
