import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { helpTranslator } from "../../i18n/helpDialog";
import { useAppStoreApi } from "../../store/context";
import { useTranslator } from "../../store/useT";
import { TOUR_STEPS } from "./tourSteps";

// The tour card: not modal (the app stays usable around it), pointing at one
// part of the screen per step with a ring around it. Escape or "Skip" ends it.

const CARD_WIDTH = 340;
const GAP = 12;

interface Rect {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

function targetRect(selector: string): Rect | null {
  const element = document.querySelector(selector);
  if (!element) return null;
  const r = element.getBoundingClientRect();
  return { top: r.top, left: r.left, width: r.width, height: r.height };
}

/** Below the target when it fits, else above, else over its top edge; always inside the window. */
function cardPosition(target: Rect | null, cardHeight: number): { top: number; left: number } {
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  if (!target) return { top: vh / 2 - cardHeight / 2, left: vw / 2 - CARD_WIDTH / 2 };
  let top = target.top + target.height + GAP;
  if (top + cardHeight > vh - GAP) top = target.top - cardHeight - GAP;
  if (top < GAP) top = Math.min(target.top + GAP, vh - cardHeight - GAP);
  const left = Math.min(
    Math.max(GAP, target.left + target.width / 2 - CARD_WIDTH / 2),
    vw - CARD_WIDTH - GAP,
  );
  return { top: Math.max(GAP, top), left };
}

export function Tour({ onEnd }: { onEnd: () => void }) {
  const t = useTranslator(helpTranslator);
  const store = useAppStoreApi();
  const [index, setIndex] = useState(0);
  const [rect, setRect] = useState<Rect | null>(null);
  const [cardHeight, setCardHeight] = useState(200);
  const card = useRef<HTMLDivElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const step = TOUR_STEPS[index]!;
  const last = index === TOUR_STEPS.length - 1;

  useEffect(() => {
    if (step.view && store.getState().view !== step.view) store.getState().setView(step.view);
  }, [step, store]);

  // Follow the target as the window changes (and once the view it lives in is drawn).
  useLayoutEffect(() => {
    const measure = () => {
      setRect(targetRect(step.target));
      if (card.current) setCardHeight(card.current.offsetHeight);
    };
    measure();
    const frame = requestAnimationFrame(measure);
    addEventListener("resize", measure);
    return () => {
      cancelAnimationFrame(frame);
      removeEventListener("resize", measure);
    };
  }, [step]);

  useEffect(() => {
    next.current?.focus();
  }, []);

  const position = cardPosition(rect, cardHeight);
  return (
    <>
      {rect && (
        <div
          className="tour-ring"
          aria-hidden="true"
          style={{ top: rect.top - 4, left: rect.left - 4, width: rect.width + 8, height: rect.height + 8 }}
        />
      )}
      <div
        ref={card}
        className="tour-card"
        role="dialog"
        aria-modal="false"
        aria-labelledby="tour-title"
        aria-describedby="tour-text"
        style={{ top: position.top, left: position.left, width: CARD_WIDTH }}
        onKeyDown={(event) => {
          if (event.key !== "Escape") return;
          event.stopPropagation();
          onEnd();
        }}
      >
        <p className="tour-card__step">{t("tour.step", { current: index + 1, total: TOUR_STEPS.length })}</p>
        <h2 id="tour-title" className="tour-card__title">
          {t(step.title)}
        </h2>
        <p id="tour-text" className="tour-card__text">
          {t(step.text)}
        </p>
        <div className="tour-card__actions">
          <button type="button" onClick={onEnd}>
            {t("tour.skip")}
          </button>
          <span className="tour-card__spacer" />
          {index > 0 && (
            <button type="button" onClick={() => setIndex(index - 1)}>
              {t("tour.back")}
            </button>
          )}
          <button
            ref={next}
            type="button"
            className="primary"
            onClick={() => (last ? onEnd() : setIndex(index + 1))}
          >
            {last ? t("tour.done") : t("tour.next")}
          </button>
        </div>
      </div>
    </>
  );
}
