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
