import { useEffect } from "react";
import type { PlanNode } from "../domain/types";
import { cardSize } from "../layout/cardMetrics";
import { PERF } from "../perf/marks";
import { useApp } from "../store/context";
import { inIdleTime } from "./idleTime";

/** Cards sized between two looks at the clock: sizing one takes a few microseconds. */
const BATCH = 64;

/**
 * While the page is idle, every card of the open document is sized ahead
 * (cardSize keeps the size per node object). A large plan opens collapsed to
 * its programs, so Expand all would otherwise read the name and statement of
 * every box first: at 10,000 boxes that was most of its time (93 ms → 28 in a
 * bench profile). After an edit the pass runs again, and finds every box it
 * did not change already sized.
 *
 * The sizes are kept from the start rather than from the first Expand all:
 * a few small objects per box, which a planner who never expands carries too
 * (heap after open at 10,000 boxes: 70.1-70.9 MB before, 74.2 MB after, in
 * full bench runs; a full collection took 40-48 ms against 34-54 without).
 * Expand all would make the same entries.
 */
export function useCardSizesAhead(): void {
  const nodes = useApp((s) => s.doc?.nodes);
  useEffect(() => {
    if (!nodes) return;
    const pending: Iterator<PlanNode> = nodes.values();
    return inIdleTime((stop) => {
      for (;;) {
        for (let i = 0; i < BATCH; i++) {
          const next = pending.next();
          if (next.done) {
            performance.mark(PERF.sizesAhead);
            return true;
          }
          cardSize(next.value);
        }
        if (stop()) return false;
      }
    });
  }, [nodes]);
}
