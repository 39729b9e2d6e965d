import { useMemo } from "react";
import { StrategyMapCanvas, type StrategyMapHandlers } from "../../canvas/strategy/StrategyMapCanvas";
import { useTreeActions } from "./context";

/** The Balanced Scorecard strategy map of the document: drag a box to another lane to change its perspective. */
export function StrategyMapView() {
  const actions = useTreeActions();
  const handlers = useMemo<StrategyMapHandlers>(
    () => ({ setPerspective: (ids, perspective) => actions.setPerspective(ids, perspective) }),
    [actions],
  );
  return (
    <div className="view-body">
      <StrategyMapCanvas handlers={handlers} />
    </div>
  );
}
