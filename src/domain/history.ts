import type { PlanDocument } from "./types";

// Undo/redo as an immutable value: every method returns a new History (or the
// same one when nothing changes) and never mutates. No timers, no globals: the
// time of a push is passed in.
//
// A step is a whole document snapshot. Snapshots are cheap because operations
// share structure: an edit makes a new `nodes` Map but keeps every unchanged
// node object, and leaves untouched Maps (links, alignments, layout) shared.
// What a snapshot does cost is its own Maps: about 3.7 MB for a 100,000-node
// `nodes` Map (measured with Node 20), so 200 such steps would hold ~730 MB.
// Memory is therefore bounded twice: by a count of steps (`capacity`, 200 by
// default) and by the number of Map entries all snapshots retain together
// (`maxRetainedEntries`; distinct Maps are counted once). Over the budget the
// oldest steps are dropped, but `minSteps` steps are always kept. Documents
// up to 25,000 nodes get the full 200 steps with the default budget.

export interface HistoryOptions {
  /** Most undo steps kept; the oldest are dropped first. Default 200. */
  readonly capacity?: number;
  /** Pushes with the same coalesceKey at most this many ms apart merge into one step. Default 1000. */
  readonly coalesceWindowMs?: number;
  /** Map entries (nodes, links, alignments, positions, units) all snapshots may retain together. Default 5,000,000. */
  readonly maxRetainedEntries?: number;
  /** Undo steps kept whatever the entry budget says. Default 20. */
  readonly minSteps?: number;
}

export interface PushOptions {
  /** What the step did, for "Undo …" (the UI's words). */
  readonly label?: string;
  /**
   * Consecutive pushes with the same non-empty key within the window merge into
   * one step: a burst of typing in one field is undone at once. E.g. `name:${id}`.
   */
  readonly coalesceKey?: string;
  /** The time of the push in ms (Date.now()); without it the push never coalesces. */
  readonly now?: number;
}

interface Step {
  readonly doc: PlanDocument;
  readonly label?: string;
}

interface Settings {
  readonly capacity: number;
  readonly coalesceWindowMs: number;
  readonly maxRetainedEntries: number;
  readonly minSteps: number;
}

const DEFAULTS: Settings = {
  capacity: 200,
  coalesceWindowMs: 1000,
  maxRetainedEntries: 5_000_000,
  minSteps: 20,
};

function settingsFrom(options: HistoryOptions): Settings {
  const whole = (value: number | undefined, fallback: number, min: number) =>
    value !== undefined && (Number.isInteger(value) || value === Number.POSITIVE_INFINITY) && value >= min
      ? value
      : fallback;
  return {
    capacity: whole(options.capacity, DEFAULTS.capacity, 1),
    coalesceWindowMs:
      options.coalesceWindowMs !== undefined && options.coalesceWindowMs >= 0
        ? options.coalesceWindowMs
        : DEFAULTS.coalesceWindowMs,
    maxRetainedEntries: whole(options.maxRetainedEntries, DEFAULTS.maxRetainedEntries, 0),
    minSteps: whole(options.minSteps, DEFAULTS.minSteps, 0),
  };
}

/** Map entries retained by the snapshots together, each distinct Map counted once. */
function retainedEntries(steps: Iterable<Step>): number {
  const seen = new Set<ReadonlyMap<unknown, unknown>>();
  let total = 0;
  const count = (map: ReadonlyMap<unknown, unknown>) => {
    if (seen.has(map)) return;
    seen.add(map);
    total += map.size;
  };
  for (const { doc } of steps) {
    count(doc.nodes);
    count(doc.links);
    count(doc.alignments);
    count(doc.structures);
    count(doc.layout.nodes);
    for (const structure of doc.structures.values()) count(structure.units);
  }
  return total;
}

export class History {
  /** Older steps, oldest first. */
  private readonly past: readonly Step[];
  private readonly present: Step;
  /** Undone steps, the next to redo first. */
  private readonly future: readonly Step[];
  private readonly settings: Settings;
  /** The key and time of the last push, while it may still coalesce; undo and redo end it. */
  private readonly burst: { readonly key: string; readonly at: number } | null;

  private constructor(
    past: readonly Step[],
    present: Step,
    future: readonly Step[],
    settings: Settings,
    burst: { readonly key: string; readonly at: number } | null,
  ) {
    this.past = past;
    this.present = present;
    this.future = future;
    this.settings = settings;
    this.burst = burst;
  }

  /** A history whose only state is `doc` (a document just opened). */
  static create(doc: PlanDocument, options: HistoryOptions = {}): History {
    return new History([], { doc }, [], settingsFrom(options), null);
  }

  /** The document to show. */
  get doc(): PlanDocument {
    return this.present.doc;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** Steps that can be undone / redone. */
  get undoCount(): number {
    return this.past.length;
  }

  get redoCount(): number {
    return this.future.length;
  }

  /** The label of the step undo would take back. */
  get undoLabel(): string | undefined {
    return this.canUndo ? this.present.label : undefined;
  }

  /** The label of the step redo would bring back. */
  get redoLabel(): string | undefined {
    return this.future[0]?.label;
  }

  /**
   * Record `doc` as the new current state. Pushing the current document again
   * does nothing. A push clears what could be redone. A drag is one step when
   * the caller pushes only at its end.
   */
  push(doc: PlanDocument, options: PushOptions = {}): History {
    if (doc === this.present.doc) return this;
    const { label, coalesceKey: key, now } = options;
    const burst = key !== undefined && key !== "" && now !== undefined ? { key, at: now } : null;
    const previous = this.burst;
    if (
      burst !== null &&
      previous !== null &&
      previous.key === burst.key &&
      burst.at >= previous.at &&
      burst.at - previous.at <= this.settings.coalesceWindowMs &&
      this.past.length > 0
    ) {
      const present: Step = { doc, label: label ?? this.present.label };
      return new History(this.past, present, [], this.settings, burst);
    }
    let past = [...this.past, this.present];
    if (past.length > this.settings.capacity) past = past.slice(past.length - this.settings.capacity);
    const present: Step = label === undefined ? { doc } : { doc, label };
    past = this.trimToBudget(past, present);
    return new History(past, present, [], this.settings, burst);
  }

  /** Step back. The document to show is then `.doc`. Returns this history when there is nothing to undo. */
  undo(): History {
    const previous = this.past[this.past.length - 1];
    if (!previous) return this;
    return new History(this.past.slice(0, -1), previous, [this.present, ...this.future], this.settings, null);
  }

  /** Step forward again. Returns this history when there is nothing to redo. */
  redo(): History {
    const [next, ...rest] = this.future;
    if (!next) return this;
    return new History([...this.past, this.present], next, rest, this.settings, null);
  }

  /**
   * Replace the current document without making a step (a change that should
   * not be undone on its own, such as a refreshed `updatedAt`).
   */
  replace(doc: PlanDocument): History {
    if (doc === this.present.doc) return this;
    return new History(this.past, { ...this.present, doc }, this.future, this.settings, this.burst);
  }

  private trimToBudget(past: Step[], present: Step): Step[] {
    const { maxRetainedEntries, minSteps } = this.settings;
    if (maxRetainedEntries === Number.POSITIVE_INFINITY) return past;
    let start = 0;
    while (
      past.length - start > minSteps &&
      retainedEntries([...past.slice(start), present]) > maxRetainedEntries
    ) {
      start++;
    }
    return start === 0 ? past : past.slice(start);
  }
}
