import { useEffect } from "react";
import type { PlanNode } from "../domain/types";
import { cardSize } from "../layout/cardMetrics";
import { useAppStoreApi } from "../store/context";
import { inIdleTime } from "./idleTime";

/** Cards sized between two looks at the clock: sizing one takes a few microseconds. */
const BATCH = 64;

/**
 * While the page is idle after a document opens, every card's size is worked
 * out ahead (cardSize keeps it per node object). A large plan opens collapsed
 * to its programs, so Expand all would otherwise read the name and statement
 * of every box first: at 10,000 boxes that was most of its time (93 ms → 28
 * in a bench profile). Boxes edited later are sized when next laid out, as before.
 * Call it in a component that is mounted anew for each document.
 */
export function useCardSizesAhead(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    let pending: Iterator<PlanNode> | null = null;
    return inIdleTime((stop) => {
      if (pending === null) {
        const nodes = store.getState().doc?.nodes;
        if (!nodes) return true;
        pending = nodes.values();
      }
      for (;;) {
        for (let i = 0; i < BATCH; i++) {
          const next = pending.next();
          if (next.done) return true;
          cardSize(next.value);
        }
        if (stop()) return false;
      }
    });
  }, [store]);
}
