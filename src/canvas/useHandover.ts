import { type Edge, type Node, useStoreApi } from "@xyflow/react";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Id } from "../domain/types";
import type { Rect } from "../layout/bounds";
import { handOver } from "./handover";
import { viewRect } from "./viewportWindow";

/**
 * What React Flow should hold this frame on the way to `part` (see
 * handover.ts), and whether more is to come: then the next frame steps again,
 * and meanwhile the overview canvas draws what React Flow does not hold.
 * Off (`enabled` false), `part` as it is.
 */
export function useHandover<N extends Node>(
  part: { readonly nodes: N[]; readonly edges: Edge[] } | null,
  boxes: ReadonlyMap<Id, Rect> | null,
  enabled: boolean,
): { readonly part: { readonly nodes: N[]; readonly edges: Edge[] } | null; readonly pending: boolean } {
  const flowStore = useStoreApi();
  // What React Flow holds: advanced when a step is committed, never during a
  // render, which React may throw away (a background render restarted).
  const held = useRef<N[]>([]);
  const [frame, nextFrame] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `frame` asks for the next step.
  const step = useMemo(() => {
    if (!part || !boxes || !enabled) return { part, pending: false, holds: part?.nodes ?? [] };
    const { transform, width, height } = flowStore.getState();
    const view = viewRect(transform, width, height);
    const onScreen = (id: Id) => {
      const box = boxes.get(id);
      return (
        box !== undefined &&
        box.x < view.x + view.width &&
        box.x + box.width > view.x &&
        box.y < view.y + view.height &&
        box.y + box.height > view.y
      );
    };
    const next = handOver(part.nodes, held.current, onScreen);
    if (next.done) return { part, pending: false, holds: next.nodes };
    const ids = new Set(next.nodes.map((node) => node.id));
    const edges = part.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target));
    const hidden = next.hidden.map((node) => ({ ...node, hidden: true }));
    return {
      part: { nodes: hidden.length > 0 ? [...next.nodes, ...hidden] : next.nodes, edges },
      pending: true,
      holds: next.nodes,
    };
  }, [part, boxes, enabled, frame, flowStore]);
  useLayoutEffect(() => {
    held.current = step.holds;
  }, [step]);
  useEffect(() => {
    if (!step.pending) return;
    const request = requestAnimationFrame(() => nextFrame((n) => n + 1));
    return () => cancelAnimationFrame(request);
  }, [step]);
  return step;
}
