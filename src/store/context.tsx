import { createContext, type ReactNode, useContext } from "react";
import { useStore } from "zustand";
import type { AppActions, AppState, AppStore } from "./appStore";

// Each app (and each component test) gets its own store through context.

const StoreContext = createContext<AppStore | null>(null);

export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useApp must be used inside <StoreProvider>");
  return store;
}

/** Subscribe to one narrow slice of the state; the component re-renders only when it changes. */
export function useApp<T>(selector: (state: AppState & AppActions) => T): T {
  return useStore(useAppStoreApi(), selector);
}
