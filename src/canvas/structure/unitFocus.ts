import { useSyncExternalStore } from "react";
import type { Id } from "../../domain/types";

// Requests to centre a unit on the structure canvases (a click on a finding or
// in a panel). The node focus lives in the app store; this is its small twin
// for units, kept here so that the store stays untouched by this feature.
// `seq` makes a repeated request distinct; a canvas mounted later still sees
// the last request and honours it once.

export interface UnitFocusRequest {
  readonly id: Id;
  readonly seq: number;
}

let current: UnitFocusRequest | null = null;
let seq = 0;
const listeners = new Set<() => void>();

export function requestUnitFocus(id: Id): void {
  current = { id, seq: ++seq };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useUnitFocus(): UnitFocusRequest | null {
  return useSyncExternalStore(subscribe, () => current);
}
