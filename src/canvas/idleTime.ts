/** The longest a slice of work done in idle time may take: well inside a frame, so input is not kept waiting. */
export const IDLE_SLICE_MS = 8;

/**
 * Runs `step` in the page's idle time, a slice at a time, until it says it is
 * done (returns true). `step` asks `stop()` as it goes whether its slice is
 * used up, and then returns false to be called again in the next idle period.
 * Returns the function that cancels what is left. Without requestIdleCallback
 * nothing is run: the work is only ever done ahead of need.
 */
export function inIdleTime(step: (stop: () => boolean) => boolean): () => void {
  if (typeof requestIdleCallback !== "function") return () => undefined;
  let request = 0;
  const slice = (deadline: IdleDeadline) => {
    const end = performance.now() + IDLE_SLICE_MS;
    const stop = () => performance.now() > end || deadline.timeRemaining() < 1;
    if (!step(stop)) request = requestIdleCallback(slice);
  };
  request = requestIdleCallback(slice);
  return () => cancelIdleCallback(request);
}
