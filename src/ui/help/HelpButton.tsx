import { useEffect, useState } from "react";
import { useApp, useAppStoreApi } from "../../store/context";
import { useT } from "../../store/useT";
import { lazyNamed, OnceShown } from "../lazyNamed";
import { rememberTourDone, tourDone } from "./tourSteps";

// The sheet and the tour load with their own chunk the first time they are wanted.
const HelpDialog = lazyNamed(() => import("./HelpDialog"), "HelpDialog");
const Tour = lazyNamed(() => import("./Tour"), "Tour");

function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * The Help button of the top bar: the shortcut sheet (also on `?`) and the
 * tour. The tour starts by itself once, on the first start with a document to
 * show; taking or skipping it is remembered. Automated browsers
 * (navigator.webdriver) never get it by themselves, so scripts see the app as is.
 */
export function HelpButton() {
  const t = useT();
  const store = useAppStoreApi();
  const [helpOpen, setHelpOpen] = useState(false);
  const [touring, setTouring] = useState(false);
  const hasNodes = useApp((s) => (s.doc?.nodes.size ?? 0) > 0);

  useEffect(() => {
    if (hasNodes && !tourDone() && !navigator.webdriver) setTouring(true);
  }, [hasNodes]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "?" || event.defaultPrevented || inTextField(event.target)) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      // Not over another dialog (the documents list, a confirmation).
      if (store.getState().documentsOpen || document.querySelector("dialog[open]")) return;
      event.preventDefault();
      setHelpOpen(true);
    };
    addEventListener("keydown", onKeyDown);
    return () => removeEventListener("keydown", onKeyDown);
  }, [store]);

  return (
    <>
      <button
        type="button"
        data-help-button
        aria-haspopup="dialog"
        aria-keyshortcuts="?"
        title={`${t("help.title")} (?)`}
        onClick={() => setHelpOpen(true)}
      >
        {t("help.button")}
      </button>
      <OnceShown when={helpOpen}>
        <HelpDialog
          open={helpOpen}
          onClose={() => setHelpOpen(false)}
          onStartTour={() => {
            setHelpOpen(false);
            setTouring(true);
          }}
        />
      </OnceShown>
      {touring && (
        <OnceShown when>
          <Tour
            onEnd={() => {
              rememberTourDone();
              setTouring(false);
              document.querySelector<HTMLElement>("[data-help-button]")?.focus();
            }}
          />
        </OnceShown>
      )}
    </>
  );
}
