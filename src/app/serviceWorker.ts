import { appUpdate } from "../store/appUpdate";

// Registers the service worker of the production build (sw.js, written by
// scripts/pwa/plugin.ts; the dev server has none) and turns a waiting newer
// build into the "A new version is available — Reload" prompt. Reloading first
// flushes the autosave; when the document cannot be stored, nothing switches.

/**
 * The order that protects unsaved work: store everything, and only when that
 * succeeded let the new build take over. Returns whether it switched.
 */
export async function saveThenSwitch(
  flush: () => Promise<boolean>,
  switchToNewBuild: () => void,
): Promise<boolean> {
  if (!(await flush())) return false;
  switchToNewBuild();
  return true;
}

export function registerServiceWorker(flush: () => Promise<boolean>): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  const container = navigator.serviceWorker;
  let switching = false;

  // Only a switch the user asked for reloads; the first install taking charge of the page does not.
  container.addEventListener("controllerchange", () => {
    if (switching) location.reload();
  });

  const offer = (waiting: ServiceWorker) => {
    appUpdate.setState({
      status: "ready",
      apply: async () => {
        appUpdate.setState({ status: "saving" });
        const switched = await saveThenSwitch(flush, () => {
          switching = true;
          waiting.postMessage({ type: "SKIP_WAITING" });
        });
        if (!switched) appUpdate.setState({ status: "unsaved" });
      },
    });
  };

  container.register("/sw.js").then(
    (registration) => {
      // A newer build may already be waiting from an earlier visit.
      if (registration.waiting && container.controller) offer(registration.waiting);
      registration.addEventListener("updatefound", () => {
        const installing = registration.installing;
        installing?.addEventListener("statechange", () => {
          if (installing.state === "installed" && container.controller) offer(installing);
        });
      });
      // Look for a newer build when the planner comes back to the tab.
      document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "visible") void registration.update().catch(() => undefined);
      });
    },
    // No worker (private mode, blocked): the app works as before, online only.
    () => undefined,
  );
}
