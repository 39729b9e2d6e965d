import { readFileSync } from "node:fs";

// On a virtual machine the host can take a core away for a while ("steal"):
// the page then misses frames that no change to Selaras caused or can cure.
// Linux counts that time in /proc/stat, so every measured phase reports how
// much was taken during it, next to its frame times.

/** Linux's unit of /proc/stat (USER_HZ), 100 per second on every Linux this runs on. */
const TICK_MS = 10;

/** The stolen time in /proc/stat's text, summed over all cores, in ms; null when the line is not there. */
export function stolenMsIn(procStat: string): number | null {
  const total = procStat.split("\n").find((line) => line.startsWith("cpu "));
  // cpu user nice system idle iowait irq softirq steal ...
  const steal = total?.trim().split(/\s+/)[8];
  if (steal === undefined || !/^\d+$/.test(steal)) return null;
  return Number(steal) * TICK_MS;
}

/** The time stolen from this machine since it booted, in ms; null where /proc/stat cannot be read (not Linux). */
export function stolenMs(): number | null {
  try {
    return stolenMsIn(readFileSync("/proc/stat", "utf8"));
  } catch {
    return null;
  }
}

/** How much was stolen between two readings; null when either is missing. */
export function stolenBetween(before: number | null, after: number | null): number | null {
  return before === null || after === null ? null : after - before;
}

/** One measured pan, zoom or drag, as far as its steal goes. */
export interface StealOfPhase {
  readonly label: string;
  readonly stolenMs: number | null;
  /** The phase's wall time, from its first input to its last frame. */
  readonly durationMs: number;
}

/**
 * Warnings for the phases from which the host took more CPU time, summed
 * over all cores, than a tenth of the phase's wall time (on 2 cores, 5% of the
 * CPU): enough to make a pan that keeps up miss several frames on this
 * machine. Their pass or fail stands; the warning says why it may not last.
 */
export function disturbed(phases: readonly StealOfPhase[]): string[] {
  return phases
    .filter((phase) => phase.stolenMs !== null && phase.stolenMs > phase.durationMs / 10)
    .map(
      (phase) =>
        `the host took ${Math.round(phase.stolenMs!)} ms of CPU during ${phase.label} (${Math.round(phase.durationMs)} ms): those frame times say more about the host than the page; run again to tell`,
    );
}
