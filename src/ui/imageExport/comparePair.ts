import type { Id } from "../../domain/types";

// The two structures the Compare view shows, so that an image of that view
// draws the same pair. Compare keeps its choice in its own state; it reports
// it here whenever it changes.

let pair: readonly [Id, Id] | null = null;

export function setComparePair(next: readonly [Id, Id] | null): void {
  pair = next;
}

export function comparePair(): readonly [Id, Id] | null {
  return pair;
}
