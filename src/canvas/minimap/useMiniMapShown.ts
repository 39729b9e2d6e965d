import { useCallback, useState } from "react";

// Whether the tree's map is shown: the planner's choice, kept in this browser
// (a preference of the screen, not of the document), shown unless hidden.

const KEY = "selaras.minimap";

function stored(): boolean {
  try {
    return localStorage.getItem(KEY) !== "hidden";
  } catch {
    return true;
  }
}

export function useMiniMapShown(): readonly [boolean, (shown: boolean) => void] {
  const [shown, setShown] = useState(stored);
  const choose = useCallback((next: boolean) => {
    setShown(next);
    try {
      if (next) localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, "hidden");
    } catch {
      // no localStorage (disabled storage): the choice lasts until the page closes
    }
  }, []);
  return [shown, choose];
}
