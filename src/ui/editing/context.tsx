import { createContext, type ReactNode, useContext, useMemo } from "react";
import { translator } from "../../i18n/translate";
import { useAppStoreApi } from "../../store/context";
import { createTreeActions, type TreeActions } from "./treeActions";

const TreeActionsContext = createContext<TreeActions | null>(null);

/** One set of tree actions per app, shared by toolbar, keyboard, menus, outline and canvas. */
export function TreeActionsProvider({ children }: { children: ReactNode }) {
  const store = useAppStoreApi();
  const actions = useMemo(
    () => createTreeActions(store, () => translator(store.getState().language)),
    [store],
  );
  return <TreeActionsContext.Provider value={actions}>{children}</TreeActionsContext.Provider>;
}

export function useTreeActions(): TreeActions {
  const actions = useContext(TreeActionsContext);
  if (!actions) throw new Error("useTreeActions must be used inside <TreeActionsProvider>");
  return actions;
}
