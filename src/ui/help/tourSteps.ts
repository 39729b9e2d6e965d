import type { HelpKey } from "../../i18n/helpDialog";
import type { ViewId } from "../../store/appStore";

// The first-run tour: a few stops over the open document (the sample on a first
// start), each pointing at one part of the screen by a selector.

export interface TourStep {
  readonly id: string;
  readonly title: HelpKey;
  readonly text: HelpKey;
  /** What the card points at; the first match on screen. */
  readonly target: string;
  /** The view to show first, when the stop is inside a view. */
  readonly view?: ViewId;
}

export const TOUR_STEPS: readonly TourStep[] = [
  { id: "views", title: "tour.views.title", text: "tour.views.text", target: "[role=tablist]" },
  {
    id: "tree",
    title: "tour.tree.title",
    text: "tour.tree.text",
    target: ".workspace__canvas .canvas",
    view: "tree",
  },
  { id: "panel", title: "tour.panel.title", text: "tour.panel.text", target: ".workspace .panel" },
  {
    id: "diagnostics",
    title: "tour.diagnostics.title",
    text: "tour.diagnostics.text",
    target: ".diagnostics",
  },
  { id: "exports", title: "tour.exports.title", text: "tour.exports.text", target: ".topbar__actions" },
  { id: "help", title: "tour.help.title", text: "tour.help.text", target: "[data-help-button]" },
];

/** Where "the tour was taken or skipped" is remembered, per browser. */
export const TOUR_DONE_KEY = "selaras.tourDone";

export function tourDone(): boolean {
  try {
    return localStorage.getItem(TOUR_DONE_KEY) === "1";
  } catch {
    return true; // no storage: never nag on every start
  }
}

export function rememberTourDone(): void {
  try {
    localStorage.setItem(TOUR_DONE_KEY, "1");
  } catch {
    // Nothing to remember it in; the tour simply may show again.
  }
}
